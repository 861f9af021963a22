/**
 * A worker thread that stats files (file-stats.ts): the open of a large notebook lists its article
 * files and checks each one's size and mtime against its catalog while the opening thread parses
 * the catalog (catalog-check.ts),
 * and whether the newest backup holds the notebook (backups.ts: its manifest, 12 MB at 100,000
 * articles, parsed and checked here rather than on the thread that lists the Library), and a
 * snapshot's plan (the same, with which files the newest backup holds as they are). It runs at a
 * lower CPU priority than the thread that answers the app (background-thread.ts).
 * Bundles build this file as an entry of its own, beside the code that starts it.
 */
import { workerData, parentPort } from 'node:worker_threads';
import { statEach, type StatWorkerTask } from './file-stats.ts';
import { backupIsCurrentHere } from './backups.ts';
import { postedPlan } from './snapshot-plan.ts';
import { articleFilesHere } from './catalog-check.ts';
import { runThisThreadInBackground } from '../background-thread.ts';

runThisThreadInBackground(); // the open lists the Library meanwhile

const task = workerData as StatWorkerTask;
// No top-level await: bundles build this file as CommonJS.
if (task.kind === 'stats') parentPort!.postMessage(statEach(task));
else if (task.kind === 'article-files') parentPort!.postMessage(articleFilesHere(task.folder));
else if (task.kind === 'snapshot-plan')
  void postedPlan(task.folder).then((plan) => parentPort!.postMessage(plan));
else void backupIsCurrentHere(task.folder).then((current) => parentPort!.postMessage(current));
