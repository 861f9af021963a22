import { hashKey, type QueryClient } from '@tanstack/react-query';
import type {
  ApiInput,
  ArticleId,
  ArticleSummary,
  NotebookApi,
} from '../../electron/common/api/contract.ts';
import type { Touched } from '../../electron/common/api/change.ts';
import { apiQueryKey, readOfKey, type ReadMethod } from './query-keys.ts';

type StaleWhen<M extends ReadMethod> = (touched: Touched, input: ApiInput<M>) => boolean;

const anyArticle = (touched: Touched) => touched.articles.length > 0;
const always = () => true;
// Inputs are what the page sends (plain strings); the event's ids are branded.
const hasArticle = (touched: Touched, id: string) =>
  (touched.articles as readonly string[]).includes(id);

/**
 * Which cached reads a change makes stale, by what it touched. This table is the one place
 * that says so; a change that touched the `notebook` (a restore, a JSON import) makes every
 * read stale. Entity summaries count mentions, which live in the article files, so entity reads
 * follow the articles too; event views show their sources' titles and entities' names.
 * `listArticles` is not refetched whole: the touched articles' summaries are (see below).
 */
export const STALE_WHEN: { [M in ReadMethod]: StaleWhen<M> } = {
  info: always, // the undo and redo labels, the article count
  listArticles: (touched) => anyArticle(touched),
  getArticle: (touched, input) => hasArticle(touched, input.id) || touched.registry,
  listEntities: (touched) => touched.registry || anyArticle(touched),
  getEntity: (touched) => touched.registry || anyArticle(touched),
  findDuplicateEntities: (touched) => touched.registry || anyArticle(touched),
  entitiesNamed: (touched) => touched.registry,
  listSuggestions: (touched, input) => hasArticle(touched, input.articleId) || touched.registry,
  listSuggestionGroups: (touched) => touched.registry || anyArticle(touched),
  listEvents: (touched) =>
    touched.events || touched.registry || touched.sources || anyArticle(touched),
  listEventSuggestions: (touched, input) =>
    hasArticle(touched, input.articleId) || touched.events || touched.registry,
  listBriefings: (touched) => touched.briefings,
  getBriefing: (touched) => touched.briefings,
  renderBriefing: always, // a briefing quotes articles, events and entities
  listHighlights: (touched) => anyArticle(touched),
  listBackups: always, // a change may take a backup
  search: (touched) => anyArticle(touched) || touched.registry || touched.events,
  listSources: (touched) => touched.sources || anyArticle(touched),
  // Nodes are entities sized by mentions; links are relations and shared events.
  linkChart: (touched) =>
    touched.relations || touched.registry || touched.events || anyArticle(touched),
  linkChartOutline: (touched) =>
    touched.relations || touched.registry || touched.events || anyArticle(touched),
  // Quotes are re-anchored when their article's text changes; grades are the relation's.
  linkEvidence: (touched) => touched.relations || touched.events || anyArticle(touched),
};

/** Whether a change makes this cached read stale; what is not the API's (the window's) never. */
export function isStale(key: readonly unknown[], touched: Touched): boolean {
  const read = readOfKey(key);
  if (read === null) return false;
  if (touched.notebook) return true;
  const [method, input] = read;
  return (STALE_WHEN[method] as StaleWhen<ReadMethod>)(touched, input);
}

// The order listArticles answers in: newest first.
const newestFirst = (a: ArticleSummary, b: ArticleSummary) =>
  b.addedAt.localeCompare(a.addedAt) || a.id.localeCompare(b.id);

const patches = new WeakMap<QueryClient, Promise<void>>();

async function patchArticles(client: QueryClient, api: NotebookApi, ids: ArticleId[]) {
  const listKey = apiQueryKey('listArticles', {});
  const fresh = await api.listArticles({ ids }).catch(() => null);
  if (fresh === null) {
    await client.invalidateQueries({ queryKey: listKey, exact: true });
    return;
  }
  putSummaries(client, ids, fresh);
}

/** Put these articles' summaries in the cached list: `ids` out, `fresh` in (gone: not in it). */
export function putSummaries(client: QueryClient, ids: ArticleId[], fresh: ArticleSummary[]) {
  client.setQueryData<ArticleSummary[]>(apiQueryKey('listArticles', {}), (old) => {
    if (old === undefined) return old;
    const gone = new Set<string>(ids);
    const kept = old.filter((summary) => !gone.has(summary.id));
    return [...kept, ...fresh].sort(newestFirst);
  });
}

/**
 * Refetch what `touched` made stale. The whole notebook's article list (10,000 summaries at
 * scale) is patched with the summaries of the touched articles only: changed ones replaced,
 * deleted ones dropped, new ones added.
 */
export async function invalidateTouched(
  client: QueryClient,
  api: NotebookApi,
  touched: Touched,
): Promise<void> {
  const listKey = apiQueryKey('listArticles', {});
  const list = client.getQueryState<ArticleSummary[]>(listKey);
  const patchList =
    !touched.notebook &&
    anyArticle(touched) &&
    list?.data !== undefined &&
    list.fetchStatus === 'idle';
  const refetches = client.invalidateQueries({
    predicate: (query) =>
      isStale(query.queryKey, touched) && !(patchList && query.queryHash === hashKey(listKey)),
  });
  if (patchList) {
    // One patch at a time, in the order of the changes: an older answer arriving last would
    // put back what a later change replaced.
    const previous = patches.get(client) ?? Promise.resolve();
    const patched = previous.then(() => patchArticles(client, api, touched.articles));
    patches.set(client, patched);
    await patched;
  }
  await refetches;
}
