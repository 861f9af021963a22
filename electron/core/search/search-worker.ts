/**
 * The process of NotebookSearch (notebook-search.ts): holds the notebook's search index, loads or
 * builds it, answers searches and writes it, apart from the process that answers the app (in
 * Electron, the main process). A process rather than a thread (issue 21): the build's native
 * memory, which a thread's end left in the host's allocator, goes back to the system with it.
 * Started by Node's child_process.fork or Electron's utilityProcess; bundles build this file as
 * an entry of its own, beside the code that starts it.
 */
import { describe } from '../../common/errors.ts';
import { endOnEscapedError, parentChannel } from '../child-process.ts';
import { collectGarbage } from '../worker-heap.ts';
import { SearchIndex } from './search-index.ts';
import type { SearchReply, SearchRequest } from './search-messages.ts';

endOnEscapedError(); // NotebookSearch reports why

const port = parentChannel();
let index: SearchIndex | null = null;
let opened: Promise<void> | null = null;
let loaded: Promise<void> | null = null;
const reply = (message: SearchReply) => port.reply(message);

port.onMessage((message) => {
  const request = message as SearchRequest;
  if (request.type === 'load') {
    if (loaded !== null) return;
    const loading = (index = new SearchIndex(request.folder, request.readOnly));
    opened = loading.open().then(() => reply({ type: 'opened', loadedFrom: loading.loadedFrom! }));
    loaded = opened
      .then(() => loading.catchUp(request.registry, request.events, request.articles))
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
  // NotebookSearch sends `load` first, always.
  if (index === null) throw new Error('asked before the index was loaded');
  const current = index;
  const closing = request.type === 'save' && request.closing;
  // The notebook closes: a build in progress stops, and what it has indexed is written.
  if (closing) current.stopped = true;
  // A search with `partial` waits only until there is an index to search, the others (and a
  // save) for the whole of it.
  await (request.type === 'search' && request.partial ? opened : loaded);
  while (saving !== null) await saving;
  for (const update of request.updates) current.apply(update);
  if (request.type === 'save') {
    saving = current.save().finally(() => (saving = null));
    await saving;
    collectGarbage(); // the pieces of the files written
    reply({ type: 'saved', id: request.id });
    return;
  }
  const indexing = current.indexing === null ? null : { ...current.indexing };
  reply({
    type: 'result',
    id: request.id,
    hits: current.search(request.query, request.limit),
    indexing,
  });
}
