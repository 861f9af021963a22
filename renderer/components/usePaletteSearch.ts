import { useEffect, useState } from 'react';
import type {
  EntitySummary,
  SearchHit,
  SearchIndexing,
} from '../../electron/common/api/contract.ts';
import { messageOf } from '../api/api-error.ts';
import { useApiQuery } from '../api/use-api-query.ts';

const SEARCH_DEBOUNCE_MS = 150;
/** How often a search made while the index is first built is made again. */
const REFRESH_MS = 1000;
const NO_ENTITIES: EntitySummary[] = [];

export interface PaletteHits {
  hits: SearchHit[];
  indexing: SearchIndexing | null;
  error?: string;
}

/**
 * What the palette finds beyond its commands: the notebook's entities (by name, in the page),
 * and the full-text hits of `trimmed` once it has settled (two characters or more), asked again
 * while the index is first built, as the results grow with it. `hits` is null until the answer
 * to this very query is in.
 */
export function usePaletteSearch(trimmed: string) {
  const [settled, setSettled] = useState(trimmed);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(trimmed), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [trimmed]);

  // Without entities the palette still finds commands and articles.
  const entities = useApiQuery('listEntities', {}).data ?? NO_ENTITIES;
  const search = useApiQuery(
    'search',
    { query: settled, limit: 8, partial: true },
    {
      enabled: settled.length >= 2,
      pollWhile: (found) => (found.indexing === null ? false : REFRESH_MS),
    },
  );

  let hits: PaletteHits | null = null;
  if (settled === trimmed && trimmed.length >= 2) {
    if (search.data !== undefined) hits = search.data;
    else if (search.error !== null)
      hits = { hits: [], indexing: null, error: messageOf(search.error) };
  }
  return { entities, hits };
}
