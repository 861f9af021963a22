// Where the main process's RSS goes after use (issue 21): the steps of size.ts that leave memory
// behind, RSS after each (the main process's, and its child processes': the recognizer's and the
// search index's), then each worker's or process's share (RSS dropped when it is stopped).
// Usage: tsx --expose-gc scripts/bench/rss-parts.ts FOLDER (a notebook with its catalog; a copy:
// suggestions and searches write its cache).
import { setTimeout } from 'node:timers/promises';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { localApi } from '../../electron/core/api/dispatch.ts';
import { readingPool } from '../../electron/core/suggest/reading-pool.ts';
import { SEARCH_QUERIES } from './search-queries.ts';
import { childrenRss } from './memory-step.ts';

const folder = process.argv[2]!;
const result: Record<string, number> = {};
// The workers are unreferenced once idle: this keeps the process alive while they are measured.
const alive = setInterval(() => undefined, 1000);

/**
 * RSS and the main thread's heap after a full collection and 1 s for V8 to return pages; and
 * the children's RSS then.
 */
async function measure(step: string): Promise<number> {
  global.gc?.();
  await setTimeout(1000);
  const { rss, heapUsed } = process.memoryUsage();
  const children = await childrenRss();
  result[`${step}_rss_mb`] = Math.round(rss / 1e5) / 10;
  result[`${step}_heap_mb`] = Math.round(heapUsed / 1e5) / 10;
  result[`${step}_children_rss_mb`] = Math.round(children / 1e5) / 10;
  process.stderr.write(
    `  ${step}: RSS ${Math.round(rss / 1e6)} MB, children ${Math.round(children / 1e6)} MB\n`,
  );
  return rss;
}

await measure('start');
const service = await NotebookService.open(folder, { app: 'bench' });
const api = localApi(service);
const summaries = await api.listArticles({});
await measure('open');
for (let i = 0; i < 15; i++) {
  const summary = summaries[(i * 104_729) % summaries.length]!;
  await api.getArticle({ id: summary.id });
  await api.listSuggestions({ articleId: summary.id });
}
await measure('suggestions');
// The recognizer drops the features it kept once idle 2 s (reading-worker.ts): its RSS rested.
await setTimeout(2000);
await measure('suggestions_rested');
await api.search({ query: 'ukraine' });
await measure('first_search');
for (let round = 0; round < 3; round++)
  for (const query of SEARCH_QUERIES) await api.search({ query, limit: 20 });
const used = await measure('searches');
service.store.search.dispose();
const withoutSearch = await measure('search_worker_stopped');
// The index in a process of its own (notebook-search.ts): its RSS, not the main process's.
result.search_process_mb =
  Math.round(
    (result.searches_children_rss_mb! - result.search_worker_stopped_children_rss_mb!) * 10,
  ) / 10;
await readingPool().release(); // measured once its thread has exited, not 1 s after asking
const mainOnly = await measure('reading_worker_stopped');
result.search_worker_mb = Math.round((used - withoutSearch) / 1e5) / 10;
result.reading_worker_mb = Math.round((withoutSearch - mainOnly) / 1e5) / 10;
// The recognizer in a process of its own: its RSS, not the main process's.
result.reading_process_mb = result.search_worker_stopped_children_rss_mb!;
clearInterval(alive);
await service.close();
process.stdout.write(JSON.stringify(result) + '\n');
