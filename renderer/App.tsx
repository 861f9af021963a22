import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { ArticleId, ArticleSummary, EntityId } from '../electron/common/api/contract.ts';
import { ApiError, messageOf } from './api/api-error.ts';
import type { Connection } from './api/connect.ts';
import { useQueryClient } from '@tanstack/react-query';
import { useApi } from './api/api-provider.tsx';
import { putSummaries } from './api/invalidation.ts';
import { useApiMutation } from './api/use-api-mutation.ts';
import { useApiQuery } from './api/use-api-query.ts';
import { useUndoRedo } from './api/use-undo-redo.ts';
import { DamagedBanner } from './components/DamagedBanner.tsx';
import { CatalogRebuildBanner } from './components/CatalogRebuildBanner.tsx';
import { DropOverlay } from './import/DropOverlay.tsx';
import { useImport } from './import/useImport.ts';
import { Icon } from './components/Icon.tsx';
import { NavRail } from './components/NavRail.tsx';
import { StatusArea } from './components/StatusArea.tsx';
import { TopBar } from './components/TopBar.tsx';
import { initialState, reducer, type ViewId } from './state/app-state.ts';
import { useRememberedView } from './state/useRememberedView.ts';
import { applyTheme, initialTheme, rememberTheme, type Theme } from './state/theme.ts';
import { useAppCommands } from './commands/useAppCommands.tsx';
import { LibraryView } from './views/LibraryView.tsx';
import type { Metadata } from './views/library/DetailsPanel.tsx';
import { useLibraryUi } from './views/library/library-ui.ts';
import { BriefingView } from './views/BriefingView.tsx';
import { TimelineView } from './views/TimelineView.tsx';
import { ChartView } from './views/ChartView.tsx';
import { SourcesView } from './views/sources/SourcesView.tsx';
import { EntitiesView, type EntityFocus } from './views/EntitiesView.tsx';
import { ReaderView, type RevealRequest } from './views/ReaderView.tsx';
import { ReviewView } from './views/ReviewView.tsx';

export function App({ connection }: { connection: Connection }) {
  const { api } = connection;
  const [state, dispatch] = useReducer(reducer, initialState);
  const [theme, setTheme] = useState<Theme>(initialTheme);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusPending = useRef(false);
  const [libraryUi, setLibraryUi] = useLibraryUi();
  // Issue 4 (entities): the Reader and the Entities view open each other.
  const [reveal, setReveal] = useState<RevealRequest | null>(null);
  const [entityFocus, setEntityFocus] = useState<EntityFocus | null>(null);

  const { notify, toasts, dismissToast, listen } = useApi();

  // The cache refreshes what each change touched (api/invalidation.ts).
  const infoQuery = useApiQuery('info', {});
  const articlesQuery = useApiQuery('listArticles', {});
  const info = infoQuery.data ?? null;
  const articles = articlesQuery.data ?? null;
  const loadError = infoQuery.error ?? articlesQuery.error;
  const retryLoad = () => {
    void infoQuery.refetch();
    void articlesQuery.refetch();
  };
  const { undo, redo, canUndo, canRedo, busy } = useUndoRedo();
  const { run } = useApiMutation();
  const queryClient = useQueryClient();

  const refused = useCallback((message: string) => notify(message, 'error'), [notify]);
  const importer = useImport({ api, onRefused: refused });
  const { onProgress } = importer;

  useEffect(
    () =>
      listen((event) => {
        if (event.type === 'import-progress') onProgress(event);
      }),
    [listen, onProgress],
  );

  const { openId } = state;
  const articleQuery = useApiQuery(
    'getArticle',
    { id: openId ?? '' },
    { enabled: openId !== null },
  );
  const article = openId === null ? null : (articleQuery.data ?? null);
  // An article deleted (here, by an undo, elsewhere) closes; other failures are said.
  const articleError = articleQuery.error;
  const gone =
    openId !== null &&
    ((articles !== null && !articles.some((summary) => summary.id === openId)) ||
      (articleError instanceof ApiError && articleError.code === 'not-found'));
  useEffect(() => {
    if (gone) dispatch({ type: 'close-article' });
  }, [gone]);
  useEffect(() => {
    if (
      articleError != null &&
      !(articleError instanceof ApiError && articleError.code === 'not-found')
    ) {
      notify(messageOf(articleError), 'error');
    }
  }, [articleError, notify]);

  // After a navigation, the new view's heading takes the focus (once it is on screen).
  const readerLoading = state.view === 'reader' && openId !== null && article === null;
  useEffect(() => {
    if (focusPending.current && !readerLoading && headingRef.current !== null) {
      focusPending.current = false;
      headingRef.current.focus();
    }
  });

  const navigate = useCallback((view: ViewId) => {
    focusPending.current = true;
    dispatch({ type: 'navigate', view });
  }, []);

  const openArticle = useCallback((id: ArticleId) => {
    focusPending.current = true;
    dispatch({ type: 'open-article', id });
  }, []);

  /** Open an article in the Reader, scrolled to a span (a mention chosen in the Entities view). */
  const openMention = useCallback((articleId: ArticleId, start: number, end: number) => {
    setReveal((last) => ({ articleId, start, end, nonce: (last?.nonce ?? 0) + 1 }));
    focusPending.current = true;
    dispatch({ type: 'open-article', id: articleId });
  }, []);

  const openEntity = useCallback((id: EntityId) => {
    setEntityFocus((last) => ({ id, nonce: (last?.nonce ?? 0) + 1 }));
    focusPending.current = true;
    dispatch({ type: 'navigate', view: 'entities' });
  }, []);

  // Errors go back to the panel, which shows them next to the fields.
  const addArticle = useCallback(
    async (title: string, text: string) => {
      await run(
        'addText',
        { title, text },
        { describe: () => `Article added: “${title.trim()}”`, errors: 'caller' },
      );
    },
    [run],
  );

  // Errors go back to the details panel, which shows them next to the fields.
  const updateArticle = useCallback(
    async (id: ArticleId, metadata: Metadata) => {
      const updated = await run('updateArticle', { id, metadata }, { errors: 'caller' });
      // At once, not when the change event comes: the panel's next edit starts from it.
      if (updated !== undefined) putSummaries(queryClient, [id], [updated]);
    },
    [run, queryClient],
  );

  const deleteArticle = useCallback(
    (summary: ArticleSummary) =>
      void run(
        'deleteArticle',
        { id: summary.id },
        { describe: () => `Deleted “${summary.title}”`, undoable: true },
      ),
    [run],
  );

  const toggleTheme = useCallback(() => {
    const next: Theme = theme === 'dark' ? 'light' : 'dark';
    applyTheme(next);
    rememberTheme(next);
    setTheme(next);
  }, [theme]);

  // Issue 9: the commands (keys, the Electron menu, the palette, the shortcut sheet, backups).
  const commandUi = useAppCommands({
    host: connection.host,
    view: state.view,
    openId,
    articles: articles ?? [],
    readOnly: info?.readOnly ?? false,
    canUndo,
    canRedo,
    undo,
    redo,
    navigate,
    toggleTheme,
    openArticle,
    openEntity,
    importer,
  });

  // Not `navigate`: the restored view takes no focus.
  const restoreView = useCallback((view: ViewId) => dispatch({ type: 'navigate', view }), []);
  useRememberedView(state.view, restoreView);

  const readOnly = info?.readOnly ?? false;
  let body;
  switch (state.view) {
    case 'library':
      body = (
        <LibraryView
          articles={articles}
          readOnly={readOnly}
          headingRef={headingRef}
          ui={libraryUi}
          onUi={setLibraryUi}
          importer={importer}
          canUndoImport={info?.undoLabel?.startsWith('Import') ?? false}
          onOpen={openArticle}
          onDelete={deleteArticle}
          onAdd={addArticle}
          onUpdate={updateArticle}
          onUndo={undo}
        />
      );
      break;
    case 'reader':
      body = (
        <ReaderView
          article={article}
          articles={articles ?? []}
          openId={openId}
          loading={readerLoading}
          headingRef={headingRef}
          onOpen={openArticle}
          onShowLibrary={() => navigate('library')}
          info={info}
          reveal={reveal}
          onOpenEntity={openEntity}
        />
      );
      break;
    case 'entities':
      body = (
        <EntitiesView
          headingRef={headingRef}
          info={info}
          focus={entityFocus}
          onOpenMention={openMention}
        />
      );
      break;
    case 'timeline':
      body = (
        <TimelineView
          headingRef={headingRef}
          info={info}
          onOpenEvidence={openMention}
          onOpenEntity={openEntity}
          onShowLibrary={() => navigate('library')}
        />
      );
      break;
    case 'chart':
      body = (
        <ChartView
          headingRef={headingRef}
          theme={theme}
          notify={notify}
          onOpenEvidence={openMention}
        />
      );
      break;
    case 'sources':
      body = <SourcesView headingRef={headingRef} info={info} onOpenArticle={openArticle} />;
      break;
    case 'review':
      body = <ReviewView headingRef={headingRef} info={info} onOpenMention={openMention} />;
      break;
    case 'briefing':
      body = <BriefingView headingRef={headingRef} info={info} />;
      break;
  }

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <TopBar
        info={info}
        busy={busy}
        theme={theme}
        onUndo={undo}
        onRedo={redo}
        onToggleTheme={toggleTheme}
      />
      <div className="app-body">
        <NavRail view={state.view} articleCount={articles?.length ?? null} onNavigate={navigate} />
        <main className="main" id="main" tabIndex={-1}>
          {loadError != null && (
            <section className="banner banner-error" role="alert">
              <Icon name="warning" />
              <div>
                <h2 className="banner-title">The notebook cannot be reached</h2>
                <p className="banner-text">{messageOf(loadError)}</p>
              </div>
              <button type="button" className="button" onClick={retryLoad}>
                Try again
              </button>
            </section>
          )}
          <CatalogRebuildBanner rebuild={info?.catalogRebuild ?? null} />
          <DamagedBanner
            damaged={info?.damaged ?? []}
            onRestoreLatest={(backupId) => commandUi.openBackups(backupId ?? 'latest')}
          />
          {info?.backupProblem != null && (
            <section className="banner banner-warning" role="status">
              <Icon name="warning" />
              <div>
                <h2 className="banner-title">Backups are not being taken</h2>
                <p className="banner-text">{info.backupProblem}</p>
              </div>
            </section>
          )}
          {commandUi.backupsPanel}
          {body}
        </main>
      </div>
      <StatusArea toasts={toasts} onDismiss={dismissToast} onUndo={undo} />
      <DropOverlay
        enabled={!readOnly}
        onFiles={(files) => {
          navigate('library');
          void importer.importPicked(files);
        }}
        onRefused={refused}
      />
      {commandUi.overlays}
    </div>
  );
}
