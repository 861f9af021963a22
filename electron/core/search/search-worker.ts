/**
 * The worker thread of NotebookSearch (notebook-search.ts): holds the notebook's search index,
 * loads or builds it, answers searches and writes it, off the thread that answers the app (in
 * Electron, the main process). Bundles build this file as an entry of its own, beside the code
 * that starts it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { describe } from '../../common/errors.ts';
import { collectGarbage } from '../worker-heap.ts';
import { SearchIndex } from './search-index.ts';
import type { SearchReply, SearchRequest, SearchWorkerData } from './search-messages.ts';

const port = parentPort!;
const { folder, readOnly } = workerData as SearchWorkerData;
const index = new SearchIndex(folder, readOnly);
let opened: Promise<void> | null = null;
let loaded: Promise<void> | null = null;
const reply = (message: SearchReply) => port.postMessage(message);

port.on('message', (request: SearchRequest) => {
  if (request.type === 'load') {
    if (loaded !== null) return;
    opened = index.open().then(() => reply({ type: 'opened', loadedFrom: index.loadedFrom! }));
    loaded = opened
      .then(() => index.catchUp(request.registry, request.events, request.articles))
      .then((indexed) => {
        collectGarbage(); // the load's lines and parses: most of the heap, kept while idle
        reply({ type: 'loaded', indexed });
      });
    loaded.catch((error: unknown) => reply({ type: 'broken', error: describe(error) }));
    return;
  }
  void answer(request).catch((error: unknown) =>
    reply({ type: 'failed', id: request.id, error: describe(error) }),
  );
});

/** A write in progress: nothing changes the index until it is done (it is written in pieces). */
let saving: Promise<void> | null = null;

async function answer(request: Exclude<SearchRequest, { type: 'load' }>): Promise<void> {
  const closing = request.type === 'save' && request.closing;
  // The notebook closes: a build in progress stops, and what it has indexed is written.
  if (closing) index.stopped = true;
  // A search with `partial` waits only until there is an index to search, the others (and a
  // save) for the whole of it.
  await (request.type === 'search' && request.partial ? opened : loaded);
  while (saving !== null) await saving;
  for (const update of request.updates) index.apply(update);
  if (request.type === 'save') {
    saving = index.save().finally(() => (saving = null));
    await saving;
    collectGarbage(); // the pieces of the files written
    reply({ type: 'saved', id: request.id });
    return;
  }
  const indexing = index.indexing === null ? null : { ...index.indexing };
  reply({
    type: 'result',
    id: request.id,
    hits: index.search(request.query, request.limit),
    indexing,
  });
}
