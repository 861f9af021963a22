/**
 * The process of ReadingPool: runs the recognizer's tasks one at a time, apart from the process
 * that answers the app. Started by Node's child_process.fork or Electron's utilityProcess;
 * bundles build this file as an entry of its own, beside the code that starts it.
 */
import { describe } from '../../common/errors.ts';
import { endOnEscapedError, parentChannel } from '../child-process.ts';
import { collectGarbage } from '../worker-heap.ts';
import type { TaskOutcome } from './reading-pool.ts';
import { RecognizerTasks, type RecognizerTask } from './recognizer-tasks.ts';

/**
 * Idle this long after a task, the worker drops what it kept for the work at hand and collects
 * its heap: an idle process's heap is never collected otherwise (see worker-heap.ts).
 */
const REST_AFTER_MS = 2000;

endOnEscapedError(); // the pool reports why

const port = parentChannel();
const tasks = new RecognizerTasks();
let resting: NodeJS.Timeout | undefined;
port.onMessage((message) => {
  const task = message as RecognizerTask;
  clearTimeout(resting);
  const answer = (outcome: TaskOutcome) => {
    port.reply(outcome);
    resting = setTimeout(() => void tasks.rest().then(collectGarbage), REST_AFTER_MS);
  };
  tasks.run(task).then(
    (result) => answer({ result }),
    (error: unknown) => answer({ error: describe(error) }),
  );
});
// The rules' lexicon (compromise) and the shipped model are loaded (about a second in all): the
// time budget of the first task starts now.
void tasks.preload().then(() => port.reply('ready'));
