import { z } from 'zod';
import type { SearchResult } from '../model/search.ts';

// Full-text search (the API's area, issue 8) over articles, entities, events and notes.

export type { SearchHit, SearchHitKind, SearchIndexing, SearchResult } from '../model/search.ts';
export const searchInputs = {
  search: z
    .object({
      query: z.string().max(500, 'the query is longer than 500 characters'),
      limit: z.number().int().min(1).max(200).optional(),
      /** While the index is first built, answer from the part built so far instead of waiting. */
      partial: z.boolean().optional(),
    })
    .strict(),
};
export interface SearchOutputs {
  search: SearchResult;
}
