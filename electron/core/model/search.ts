/** A full-text search result (the `search` API method). */
export type SearchHitKind = 'article' | 'entity' | 'event' | 'note';

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
