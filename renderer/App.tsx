import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { ArticleId, ArticleSummary, EntityId } from '../electron/common/api/contract.ts';
import { ApiError, messageOf } from './api/api-error.ts';
import type { Connection } from './api/connect.ts';
import { useApi } from './api/api-provider.tsx';
import { DamagedBanner } from './components/DamagedBanner.tsx';
import { DropOverlay } from './import/DropOverlay.tsx';
import { useImport } from './import/useImport.ts';
import { Icon } from './components/Icon.tsx';
import { NavRail } from './components/NavRail.tsx';
import { StatusArea } from './components/StatusArea.tsx';
import { TopBar } from './components/TopBar.tsx';
import { initialState, reducer, VIEWS, type ViewId } from './state/app-state.ts';
import { applyTheme, initialTheme, rememberTheme, type Theme } from './state/theme.ts';
import { useAppCommands } from './commands/useAppCommands.tsx';
import { useCoalesced } from './commands/useCoalesced.ts';
import { LibraryView } from './views/LibraryView.tsx';
import type { Metadata } from './views/library/DetailsPanel.tsx';
import { useLibraryUi } from './views/library/library-ui.ts';
import { BriefingView } from './views/BriefingView.tsx';
import { TimelineView } from './views/TimelineView.tsx';
import { EntitiesView, type EntityFocus } from './views/EntitiesView.tsx';
import { ReaderView, type RevealRequest } from './views/ReaderView.tsx';
import { ReviewView } from './views/ReviewView.tsx';

export function App({ connection }: { connection: Connection }) {
  const { api } = connection;
  const [state, dispatch] = useReducer(reducer, initialState);
  const [theme, setTheme] = useState<Theme>(initialTheme);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusPending = useRef(false);
  const loads = useRef(0);
  const [libraryUi, setLibraryUi] = useLibraryUi();
  // Issue 4 (entities): the Reader and the Entities view reload on every change and open each other.
  const [changes, setChanges] = useState(0);
  const [reveal, setReveal] = useState<RevealRequest | null>(null);
  const [entityFocus, setEntityFocus] = useState<EntityFocus | null>(null);

  const { notify, toasts, dismissToast, listen } = useApi();

  /** Reload what the page shows; the latest call wins when several overlap. */
  const refresh = useCallback(async () => {
    const load = ++loads.current;
    try {
      const [info, articles] = await Promise.all([api.info({}), api.listArticles({})]);
      if (load === loads.current) dispatch({ type: 'loaded', info, articles });
    } catch (error) {
      if (load === loads.current) dispatch({ type: 'load-failed', message: messageOf(error) });
    }
  }, [api]);

  const refused = useCallback((message: string) => notify(message, 'error'), [notify]);
  const reload = useCallback(() => void refresh(), [refresh]);
  const importer = useImport({ api, onFinished: reload, onRefused: refused });
  const { onProgress } = importer;

  // Issue 9: many `changed` events in a row (an import of 150 files) make one reload, not 150:
  // trailing 150 ms, at most 1 s late, and always one after the last event.
  const changed = useCoalesced(
    useCallback(() => {
      void refresh();
      setChanges((count) => count + 1);
    }, [refresh]),
    150,
    1000,
  );

  useEffect(() => {
    void refresh();
    return listen((event) => {
      if (event.type === 'changed') changed();
      else if (event.type === 'import-progress') onProgress(event);
    });
  }, [listen, refresh, onProgress, changed]);

  // The open article's text never changes, so it is fetched once per opening.
  const { openId, article } = state;
  useEffect(() => {
    if (openId === null || article?.id === openId) return;
    let current = true;
    api.getArticle({ id: openId }).then(
      (loaded) => {
        if (current) dispatch({ type: 'article-loaded', article: loaded });
      },
      (error: unknown) => {
        if (!current) return;
        dispatch({ type: 'article-gone', id: openId });
        if (!(error instanceof ApiError && error.code === 'not-found')) {
          notify(messageOf(error), 'error');
        }
      },
    );
    return () => {
      current = false;
    };
  }, [api, openId, article, notify]);

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

  /** Run a change, then show its effect; failures become messages, never silent. */
  const mutate = useCallback(
    async <T,>(change: () => Promise<T>, describe: (result: T) => string, undoable = false) => {
      dispatch({ type: 'busy', busy: true });
      try {
        const result = await change();
        notify(describe(result), 'info', undoable);
      } catch (error) {
        notify(messageOf(error), 'error');
      } finally {
        dispatch({ type: 'busy', busy: false });
        await refresh();
      }
    },
    [notify, refresh],
  );

  const undo = useCallback(() => {
    if (state.info?.undoLabel == null || state.busy) return;
    void mutate(
      () => api.undo({}),
      (result) => `Undone: ${result.undone}`,
    );
  }, [api, mutate, state.info, state.busy]);

  const redo = useCallback(() => {
    if (state.info?.redoLabel == null || state.busy) return;
    void mutate(
      () => api.redo({}),
      (result) => `Redone: ${result.redone}`,
    );
  }, [api, mutate, state.info, state.busy]);

  const addArticle = useCallback(
    async (title: string, text: string) => {
      dispatch({ type: 'busy', busy: true });
      try {
        // Errors go back to the panel, which shows them next to the fields.
        await api.addText({ title, text });
        notify(`Article added: “${title.trim()}”`);
      } finally {
        dispatch({ type: 'busy', busy: false });
        await refresh();
      }
    },
    [api, notify, refresh],
  );

  const updateArticle = useCallback(
    async (id: ArticleId, metadata: Metadata) => {
      dispatch({ type: 'busy', busy: true });
      try {
        // Errors go back to the details panel, which shows them next to the fields.
        await api.updateArticle({ id, metadata });
      } finally {
        dispatch({ type: 'busy', busy: false });
        await refresh();
      }
    },
    [api, refresh],
  );

  const deleteArticle = useCallback(
    (summary: ArticleSummary) =>
      void mutate(
        () => api.deleteArticle({ id: summary.id }),
        () => `Deleted “${summary.title}”`,
        true,
      ),
    [api, mutate],
  );

  const toggleTheme = useCallback(() => {
    const next: Theme = theme === 'dark' ? 'light' : 'dark';
    applyTheme(next);
    rememberTheme(next);
    setTheme(next);
  }, [theme]);

  // Issue 9: the commands (keys, the Electron menu, the palette, the shortcut sheet, backups).
  const commandUi = useAppCommands({
    api,
    host: connection.host,
    view: state.view,
    openId,
    articles: state.articles ?? [],
    readOnly: state.info?.readOnly ?? false,
    canUndo: state.info?.undoLabel != null && !state.busy,
    canRedo: state.info?.redoLabel != null && !state.busy,
    changes,
    undo,
    redo,
    navigate,
    toggleTheme,
    openArticle,
    openEntity,
    importer,
    notify,
  });

  // Electron remembers the view for the next start, and opens the last one.
  // (Not before the last one is known: remembering the first view would overwrite it.)
  const { view } = state;
  const viewRestored = useRef(window.dossierBridge?.lastView === undefined);
  useEffect(() => {
    if (viewRestored.current) window.dossierBridge?.rememberView?.(view);
  }, [view]);
  useEffect(() => {
    const bridge = window.dossierBridge;
    if (bridge?.lastView === undefined) return;
    let current = true;
    bridge.lastView().then(
      (last) => {
        if (!current) return;
        viewRestored.current = true;
        if (last !== null && VIEWS.some((item) => item.id === last)) {
          dispatch({ type: 'navigate', view: last });
        }
      },
      () => {
        // The Library, then.
        viewRestored.current = true;
      },
    );
    return () => {
      current = false;
    };
  }, []);

  const readOnly = state.info?.readOnly ?? false;
  let body;
  switch (state.view) {
    case 'library':
      body = (
        <LibraryView
          articles={state.articles}
          readOnly={readOnly}
          headingRef={headingRef}
          ui={libraryUi}
          onUi={setLibraryUi}
          importer={importer}
          canUndoImport={state.info?.undoLabel?.startsWith('Import') ?? false}
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
          articles={state.articles ?? []}
          openId={openId}
          loading={readerLoading}
          headingRef={headingRef}
          onOpen={openArticle}
          onShowLibrary={() => navigate('library')}
          api={api}
          info={state.info}
          changes={changes}
          reveal={reveal}
          notify={notify}
          onOpenEntity={openEntity}
        />
      );
      break;
    case 'entities':
      body = (
        <EntitiesView
          headingRef={headingRef}
          api={api}
          info={state.info}
          changes={changes}
          focus={entityFocus}
          notify={notify}
          onOpenMention={openMention}
        />
      );
      break;
    case 'timeline':
      body = (
        <TimelineView
          headingRef={headingRef}
          api={api}
          info={state.info}
          changes={changes}
          notify={notify}
          onOpenEvidence={openMention}
          onOpenEntity={openEntity}
          onShowLibrary={() => navigate('library')}
        />
      );
      break;
    case 'review':
      body = (
        <ReviewView
          headingRef={headingRef}
          api={api}
          info={state.info}
          changes={changes}
          notify={notify}
          onOpenMention={openMention}
        />
      );
      break;
    case 'briefing':
      body = (
        <BriefingView
          headingRef={headingRef}
          api={api}
          info={state.info}
          changes={changes}
          notify={notify}
        />
      );
      break;
  }

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <TopBar
        info={state.info}
        busy={state.busy}
        theme={theme}
        onUndo={undo}
        onRedo={redo}
        onToggleTheme={toggleTheme}
      />
      <div className="app-body">
        <NavRail
          view={state.view}
          articleCount={state.articles?.length ?? null}
          onNavigate={navigate}
        />
        <main className="main" id="main" tabIndex={-1}>
          {state.loadError !== null && (
            <section className="banner banner-error" role="alert">
              <Icon name="warning" />
              <div>
                <h2 className="banner-title">The notebook cannot be reached</h2>
                <p className="banner-text">{state.loadError}</p>
              </div>
              <button type="button" className="button" onClick={() => void refresh()}>
                Try again
              </button>
            </section>
          )}
          <DamagedBanner
            damaged={state.info?.damaged ?? []}
            onRestoreLatest={(backupId) => commandUi.openBackups(backupId ?? 'latest')}
          />
          {state.info?.backupProblem != null && (
            <section className="banner banner-warning" role="status">
              <Icon name="warning" />
              <div>
                <h2 className="banner-title">Backups are not being taken</h2>
                <p className="banner-text">{state.info.backupProblem}</p>
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
