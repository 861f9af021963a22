import type { ApiInput, ApiMethod } from '../../electron/common/api/contract.ts';

/**
 * The API's reads that the page caches. The others are commands (they change the notebook) or
 * reads run once on demand (`draftEvent`, `exportBriefing`), which are called, not cached.
 */
export const CACHED_READS = [
  'info',
  'listArticles',
  'getArticle',
  'listEntities',
  'getEntity',
  'findDuplicateEntities',
  'entitiesNamed',
  'listSuggestions',
  'listSuggestionGroups',
  'listEvents',
  'listEventSuggestions',
  'listBriefings',
  'getBriefing',
  'renderBriefing',
  'listHighlights',
  'listBackups',
  'search',
  'listSources', // sources (issue 18)
  'linkChart', // relations (issue 17)
  'linkChartOutline',
  'linkEvidence',
] as const satisfies readonly ApiMethod[];

export type ReadMethod = (typeof CACHED_READS)[number];

/** A read's place in the cache: the method's name, then its input (`['getArticle', { id }]`). */
export type ApiQueryKey<M extends ReadMethod = ReadMethod> = readonly [M, ApiInput<M>];

export function apiQueryKey<M extends ReadMethod>(method: M, input: ApiInput<M>): ApiQueryKey<M> {
  return [method, input];
}

/** The key's method and input, when the key is one of ours. */
export function readOfKey(key: readonly unknown[]): ApiQueryKey | null {
  const [method, input] = key;
  if (!(CACHED_READS as readonly unknown[]).includes(method)) return null;
  return [method as ReadMethod, (input ?? {}) as ApiInput<ReadMethod>];
}
