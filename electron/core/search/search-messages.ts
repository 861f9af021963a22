import type { SearchIndexing } from '../../common/model/search.ts';
import type { IndexHit } from './compact-index.ts';
import type { GroupUpdate } from './search-index.ts';

/**
 * Every article's id and the stamp of its file (`size:mtime`), in the same order, each list one
 * string of lines: 100,000 pairs as arrays of strings were copied to the worker in one go, on the
 * thread that answers (issue 21: the first search's longest stall).
 */
export interface ArticleStamps {
  ids: string;
  stamps: string;
}

/** The lines of one of ArticleStamps' lists. */
export function stampLines(list: string): string[] {
  return list === '' ? [] : list.split('\n');
}

/**
 * To the search process. `load` first (once); `updates` are the groups changed since the last
 * request, applied before it is answered.
 */
export type SearchRequest =
  | {
      type: 'load';
      /** The notebook's folder, and whether the index may be written there. */
      folder: string;
      readOnly: boolean;
      registry: GroupUpdate;
      events: GroupUpdate;
      articles: ArticleStamps;
    }
  | {
      type: 'search';
      id: number;
      query: string;
      limit: number;
      partial: boolean;
      updates: GroupUpdate[];
    }
  /** `closing`: a build in progress stops, and what it has indexed is written. */
  | { type: 'save'; id: number; updates: GroupUpdate[]; closing: boolean };

/** From the search process. */
export type SearchReply =
  | { type: 'opened'; loadedFrom: 'cache' | 'rebuild' }
  /** `indexed`: how many articles the load indexed (all of them: a build). */
  | { type: 'loaded'; indexed: number }
  /** The load itself failed: every request fails with this. */
  | { type: 'broken'; error: string }
  | { type: 'result'; id: number; hits: IndexHit[]; indexing: SearchIndexing | null }
  | { type: 'saved'; id: number }
  | { type: 'failed'; id: number; error: string };
