/**
 * A process of ExtractPool: reads files into articles, one at a time, apart from the process
 * that answers the app, so that a file that takes all the memory or all the time fails alone
 * (the pool kills this process). Started by Node's child_process.fork or Electron's
 * utilityProcess; bundles build this file as an entry of its own, beside the code that starts it.
 *
 * Its memory is capped twice: V8's heap by --max-old-space-size (set by the pool), and
 * everything else (the ArrayBuffers a reader inflates, native memory), which that flag does not
 * bound, by a watchdog thread that checks the process's resident size every few milliseconds
 * and kills the process past the limit. It is a thread of its own because the main thread may
 * be stuck in a reader's loop for as long as the file lasts.
 */
import { writeSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { describe } from '../../common/errors.ts';
import { extractArticles, type ImportFile } from './extract.ts';
import { FAILURE_MARK, parentChannel } from '../child-process.ts';
import { EXTRACT_MEMORY_ENV, MEMORY_FAILURE, type ExtractMessage } from './extract-pool.ts';

const WATCHDOG = `
const { workerData } = require('node:worker_threads');
const { writeSync } = require('node:fs');
setInterval(() => {
  if (process.memoryUsage.rss() <= workerData.limit) return;
  writeSync(2, workerData.report);
  process.kill(process.pid, 'SIGKILL');
}, 10);
`;

const limit = Number(process.env[EXTRACT_MEMORY_ENV]);
if (limit > 0) {
  new Worker(WATCHDOG, {
    eval: true,
    workerData: { limit, report: `\n${FAILURE_MARK}${MEMORY_FAILURE}\n` },
  }).unref();
}

// A reader's bug that escapes its promise ends the process; the pool reports this line.
process.on('uncaughtException', (error) => {
  writeSync(2, `\n${FAILURE_MARK}${describe(error)}\n`);
  process.exit(70);
});

const channel = parentChannel();
const reply = (message: ExtractMessage): void => channel.reply(message);
const read = (file: ImportFile): void => {
  extractArticles(file).then(
    (articles) => reply({ articles }),
    (error: unknown) => reply({ error: describe(error) }),
  );
};
channel.onMessage((file) => read(file as ImportFile));
reply({ ready: true });
