/**
 * The worker thread of ReadingPool: runs the recognizer's tasks one at a time, off the thread
 * that answers the app. Bundles build this file as an entry of its own, beside the code that
 * starts it.
 */
import { parentPort } from 'node:worker_threads';
import { describe } from '../../common/errors.ts';
import type { TaskOutcome } from './reading-pool.ts';
import { RecognizerTasks, type RecognizerTask } from './recognizer-tasks.ts';

const port = parentPort!;
const tasks = new RecognizerTasks();
port.on('message', (task: RecognizerTask) => {
  tasks.run(task).then(
    (result) => port.postMessage({ result } satisfies TaskOutcome),
    (error: unknown) => port.postMessage({ error: describe(error) } satisfies TaskOutcome),
  );
});
// The rules' lexicon (compromise) and the shipped model are loaded (about a second in all): the
// time budget of the first task starts now.
void tasks.preload().then(() => port.postMessage('ready'));
