import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { ArticleId, ArticleSummary } from '../electron/core/api/contract.ts';
import { ApiError, messageOf } from './api/api-error.ts';
import type { Connection } from './api/connect.ts';
import { DamagedBanner } from './components/DamagedBanner.tsx';
import { Icon } from './components/Icon.tsx';
import { NavRail } from './components/NavRail.tsx';
import { StatusArea } from './components/StatusArea.tsx';
import { TopBar } from './components/TopBar.tsx';
import { initialState, reducer, VIEWS, type ViewId } from './state/app-state.ts';
import { applyTheme, initialTheme, rememberTheme, type Theme } from './state/theme.ts';
import { useAppShortcuts } from './state/shortcuts.ts';
import { LibraryView } from './views/LibraryView.tsx';
import { BriefingView, EntitiesView, TimelineView } from './views/PlannedViews.tsx';
import { ReaderView } from './views/ReaderView.tsx';

export function App({ connection }: { connection: Connection }) {
  const { api } = connection;
  const [state, dispatch] = useReducer(reducer, initialState);
  const [theme, setTheme] = useState<Theme>(initialTheme);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusPending = useRef(false);
  const loads = useRef(0);

  const notify = useCallback(
    (text: string, kind: 'info' | 'error' = 'info', undoable = false) =>
      dispatch({ type: 'toast', toast: { kind, text, undoable } }),
    [],
  );

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

  useEffect(() => {
    void refresh();
    return connection.subscribe((event) => {
      if (event.type === 'changed') void refresh();
    });
  }, [connection, refresh]);

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

  const dismissToast = useCallback((id: number) => dispatch({ type: 'dismiss-toast', id }), []);

  useAppShortcuts({
    onUndo: undo,
    onRedo: redo,
    onView: (index) => {
      const view = VIEWS[index];
      if (view !== undefined) navigate(view.id);
    },
  });

  const readOnly = state.info?.readOnly ?? false;
  let body;
  switch (state.view) {
    case 'library':
      body = (
        <LibraryView
          articles={state.articles}
          openId={openId}
          readOnly={readOnly}
          headingRef={headingRef}
          onOpen={openArticle}
          onDelete={deleteArticle}
          onAdd={addArticle}
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
        />
      );
      break;
    case 'entities':
      body = <EntitiesView headingRef={headingRef} />;
      break;
    case 'timeline':
      body = <TimelineView headingRef={headingRef} />;
      break;
    case 'briefing':
      body = <BriefingView headingRef={headingRef} />;
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
          <DamagedBanner damaged={state.info?.damaged ?? []} />
          {body}
        </main>
      </div>
      <StatusArea toasts={state.toasts} onDismiss={dismissToast} onUndo={undo} />
    </div>
  );
}
