import type { ArticleId } from '../../electron/common/api/contract.ts';

export const VIEWS = [
  { id: 'library', label: 'Library' },
  { id: 'reader', label: 'Reader' },
  { id: 'entities', label: 'Entities' },
  { id: 'timeline', label: 'Timeline' },
  { id: 'briefing', label: 'Briefing' },
  { id: 'review', label: 'Review' },
  { id: 'chart', label: 'Link chart' },
  { id: 'sources', label: 'Sources' },
] as const;

export type ViewId = (typeof VIEWS)[number]['id'];

/** Where the page is; what it shows comes from the query cache (api/use-api-query.ts). */
export interface AppState {
  view: ViewId;
  openId: ArticleId | null;
}

export const initialState: AppState = { view: 'library', openId: null };

export type Action =
  | { type: 'navigate'; view: ViewId }
  | { type: 'open-article'; id: ArticleId }
  | { type: 'close-article' };

export function reducer(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'navigate':
      return { ...state, view: action.view };
    case 'open-article':
      return { view: 'reader', openId: action.id };
    case 'close-article':
      return { ...state, openId: null };
  }
}
