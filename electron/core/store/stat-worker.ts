/**
 * A worker thread that stats files (file-stats.ts): the open of a large notebook checks every
 * article file's size and mtime against its catalog while the opening thread parses the catalog.
 * Bundles build this file as an entry of its own, beside the code that starts it.
 */
import { workerData, parentPort } from 'node:worker_threads';
import { statEach, type StatTask } from './file-stats.ts';

parentPort!.postMessage(statEach(workerData as StatTask));
