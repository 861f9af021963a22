// A stand-in for electron/core/import/extract-worker.ts in test/unit/import-batch.test.ts: it
// dies on `exit.txt` (process.exit), crashes on `throw.txt` (an uncaught error) and answers any
// other file with one article named after it.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', (file) => {
  if (file.name === 'exit.txt') process.exit(3);
  if (file.name === 'throw.txt') throw new Error('a bug in a reader');
  parentPort.postMessage({ articles: [{ title: file.name }] });
});
