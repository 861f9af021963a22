/**
 * The worker thread of ReadingPool: reads article texts (entities, dates) one at a time, off the
 * thread that answers the app. Bundles build this file as an entry of its own, beside the code
 * that starts it.
 */
import { parentPort } from 'node:worker_threads';
import { describe } from '../../common/errors.ts';
import type { ReadingOutcome } from './reading-pool.ts';
import { readText, type ReadingTask } from './text-reading.ts';

const port = parentPort!;
port.on('message', (task: ReadingTask) => {
  let outcome: ReadingOutcome;
  try {
    outcome = { reading: readText(task) };
  } catch (error) {
    outcome = { error: describe(error) };
  }
  port.postMessage(outcome);
});
// The modules above are loaded (the recognizer's lexicon takes about a second): the time budget
// of the first text starts now.
port.postMessage('ready');
