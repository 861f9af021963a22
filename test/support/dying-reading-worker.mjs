// A stand-in for electron/core/suggest/reading-worker.ts in test/unit/reading-pool.test.ts: a
// process that ends on the text `exit` (process.exit), throws on `throw` (an uncaught error,
// told on stderr as the real one does), fails to start when DOSSIER_TEST_READER_FAILS_TO_START
// is 1, and answers any other text with an empty reading.
import { writeSync } from 'node:fs';

process.on('uncaughtException', (error) => {
  writeSync(2, `\ndossier-process: ${error.message}\n`);
  process.exit(70);
});
if (process.env.DOSSIER_TEST_READER_FAILS_TO_START === '1')
  throw new Error('the lexicon is missing');
process.on('message', ({ text }) => {
  if (text === 'exit') process.exit(3);
  if (text === 'throw') throw new Error('a bug in the recognizer');
  process.send({ result: { recognized: [], dates: [] } });
});
process.on('disconnect', () => process.exit(0));
process.send('ready');
