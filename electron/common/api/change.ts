import type { ArticleId } from '../model/ids.ts';

/**
 * What a change touched, so that a page refetches only that: the article files written or
 * removed, and whether the registry, the events, the briefings changed. `notebook` is the
 * notebook as a whole (a restore, a JSON import): everything may have changed.
 */
export interface Touched {
  articles: ArticleId[];
  registry: boolean;
  events: boolean;
  briefings: boolean;
  notebook: boolean;
}

/** What a command that does not say what it touches is taken to have touched. */
export const EVERYTHING: Touched = {
  articles: [],
  registry: true,
  events: true,
  briefings: true,
  notebook: true,
};

/** `only`'s fields set, the others empty: `touches({ articles: [id] })`. */
export function touches(only: Partial<Touched>): Touched {
  return {
    articles: [],
    registry: false,
    events: false,
    briefings: false,
    notebook: false,
    ...only,
  };
}

/** What two changes touched together (a compound command, a burst of changes). */
export function unionTouched(a: Touched, b: Touched): Touched {
  return {
    articles: [...new Set([...a.articles, ...b.articles])],
    registry: a.registry || b.registry,
    events: a.events || b.events,
    briefings: a.briefings || b.briefings,
    notebook: a.notebook || b.notebook,
  };
}

/** What Undo and Redo would do now, for the Edit menu and the page's buttons. */
export interface HistoryState {
  undoLabel: string | null;
  redoLabel: string | null;
}
