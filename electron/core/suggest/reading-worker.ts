/**
 * The worker thread of ReadingWorker: reads article texts (entities, dates) one at a time, off
 * the thread that answers the app. Bundles build this file as an entry of its own, beside the
 * code that starts it.
 */
import { parentPort } from 'node:worker_threads';
import { describe } from '../errors.ts';
import { findDates } from '../dates/resolve-date.ts';
import { recognizeEntities } from './entity-recognizer.ts';
import type { ReadingOutcome, ReadingTask } from './reading-pool.ts';

const port = parentPort!;
port.on('message', ({ text, published }: ReadingTask) => {
  let outcome: ReadingOutcome;
  try {
    outcome = {
      reading: { recognized: recognizeEntities(text), dates: findDates(text, published) },
    };
  } catch (error) {
    outcome = { error: describe(error) };
  }
  port.postMessage(outcome);
});
// The modules above are loaded (the recognizer's lexicon takes about a second): the time budget
// of the first text starts now.
port.postMessage('ready');
