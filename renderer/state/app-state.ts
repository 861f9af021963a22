import type {
  ArticleId,
  ArticleSummary,
  ArticleView,
  NotebookInfo,
} from '../../electron/common/api/contract.ts';

export const VIEWS = [
  { id: 'library', label: 'Library' },
  { id: 'reader', label: 'Reader' },
  { id: 'entities', label: 'Entities' },
  { id: 'timeline', label: 'Timeline' },
  { id: 'briefing', label: 'Briefing' },
  { id: 'review', label: 'Review' },
] as const;

export type ViewId = (typeof VIEWS)[number]['id'];

/** Everything the page shows, in one place; components get slices of it and callbacks. */
export interface AppState {
  view: ViewId;
  info: NotebookInfo | null;
  /** null until the first list arrives. */
  articles: ArticleSummary[] | null;
  openId: ArticleId | null;
  article: ArticleView | null;
  /** Why the notebook could not be loaded at all (no token, server gone). */
  loadError: string | null;
  /** A mutation is in flight: undo/redo wait for it. */
  busy: boolean;
}

export const initialState: AppState = {
  view: 'library',
  info: null,
  articles: null,
  openId: null,
  article: null,
  loadError: null,
  busy: false,
};

export type Action =
  | { type: 'navigate'; view: ViewId }
  | { type: 'open-article'; id: ArticleId }
  | { type: 'loaded'; info: NotebookInfo; articles: ArticleSummary[] }
  | { type: 'article-loaded'; article: ArticleView }
  | { type: 'article-gone'; id: ArticleId }
  | { type: 'load-failed'; message: string }
  | { type: 'busy'; busy: boolean };

export function reducer(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'navigate':
      return { ...state, view: action.view };
    case 'open-article':
      return {
        ...state,
        view: 'reader',
        openId: action.id,
        article: state.article?.id === action.id ? state.article : null,
      };
    case 'loaded': {
      const stillThere =
        state.openId === null || action.articles.some((a) => a.id === state.openId);
      return {
        ...state,
        info: action.info,
        articles: action.articles,
        loadError: null,
        openId: stillThere ? state.openId : null,
        article: stillThere ? state.article : null,
      };
    }
    case 'article-loaded':
      return action.article.id === state.openId ? { ...state, article: action.article } : state;
    case 'article-gone':
      return state.openId === action.id ? { ...state, openId: null, article: null } : state;
    case 'load-failed':
      return { ...state, loadError: action.message };
    case 'busy':
      return { ...state, busy: action.busy };
  }
}
