/** A full-text search result (the `search` API method). */
export type SearchHitKind = 'article' | 'entity' | 'event' | 'note';

/** How far the first build of the index has got: a search during it answers from that part. */
export interface SearchIndexing {
  /** Articles indexed so far, of `total` to index. Entities and events are indexed first. */
  indexed: number;
  total: number;
}

/** What `search` answers. */
export interface SearchResult {
  hits: SearchHit[];
  /** Null when the index is complete; else the hits come from the part indexed so far. */
  indexing: SearchIndexing | null;
}

export interface SearchHit {
  kind: SearchHitKind;
  /** The article's, entity's or event's id; a note's highlight id. */
  id: string;
  /** The article a note (a highlight's comment) is in. */
  articleId?: string;
  title: string;
  /** Words around the first match. */
  snippet: string;
  score: number;
}
