// A stand-in for electron/core/import/extract-worker.ts in test/unit/import-batch.test.ts: a
// reading process that dies on `exit.txt` (process.exit), crashes on `throw.txt` (an uncaught
// error, told on stderr as the real one does) and answers any other file with one article
// named after it.
import { writeSync } from 'node:fs';

process.on('uncaughtException', (error) => {
  writeSync(2, `\ndossier-process: ${error.message}\n`);
  process.exit(70);
});
process.on('message', (file) => {
  if (file.name === 'exit.txt') process.exit(3);
  if (file.name === 'throw.txt') throw new Error('a bug in a reader');
  process.send({ articles: [{ title: file.name }] });
});
process.on('disconnect', () => process.exit(0));
process.send({ ready: true });
