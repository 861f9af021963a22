/**
 * A worker thread that stats files (file-stats.ts): the open of a large notebook checks every
 * article file's size and mtime against its catalog while the opening thread parses the catalog,
 * and whether the newest backup holds the notebook (backups.ts: its manifest, 12 MB at 100,000
 * articles, parsed and checked here rather than on the thread that lists the Library).
 * Bundles build this file as an entry of its own, beside the code that starts it.
 */
import { workerData, parentPort } from 'node:worker_threads';
import { statEach, type StatWorkerTask } from './file-stats.ts';
import { backupIsCurrentHere } from './backups.ts';

const task = workerData as StatWorkerTask;
// No top-level await: bundles build this file as CommonJS.
if (task.kind === 'stats') parentPort!.postMessage(statEach(task));
else void backupIsCurrentHere(task.folder).then((current) => parentPort!.postMessage(current));
