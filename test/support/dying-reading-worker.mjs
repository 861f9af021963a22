// A stand-in for electron/core/suggest/reading-worker.ts in test/unit/reading-pool.test.ts: a
// worker thread that ends on the text `exit` (process.exit), throws on `throw` (an uncaught
// error), fails to start when DOSSIER_TEST_READER_FAILS_TO_START is 1, and answers any other
// text with an empty reading.
import { parentPort } from 'node:worker_threads';

if (process.env.DOSSIER_TEST_READER_FAILS_TO_START === '1')
  throw new Error('the lexicon is missing');
parentPort.on('message', ({ text }) => {
  if (text === 'exit') process.exit(3);
  if (text === 'throw') throw new Error('a bug in the recognizer');
  parentPort.postMessage({ result: { recognized: [], dates: [] } });
});
parentPort.postMessage('ready');
