// A stand-in for electron/core/search/search-worker.ts in test/unit/search-worker.test.ts: an
// index with nothing in it that loads at once, ends (process.exit) on the query `exit`, answers
// `fail` with a failure and any other query with no hits.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', (request) => {
  if (request.type === 'load') {
    parentPort.postMessage({ type: 'opened', loadedFrom: 'rebuild' });
    parentPort.postMessage({ type: 'loaded', indexed: 0 });
  } else if (request.type === 'search') {
    if (request.query === 'exit') process.exit(5);
    if (request.query === 'fail') {
      parentPort.postMessage({ type: 'failed', id: request.id, error: 'the index is corrupt' });
    } else parentPort.postMessage({ type: 'result', id: request.id, hits: [], indexing: null });
  } else parentPort.postMessage({ type: 'saved', id: request.id });
});
