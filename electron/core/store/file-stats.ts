import { lstatSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { workerEntry } from '../worker-entry.ts';

/** Below this many files they are stat'ed on the calling thread: a worker costs more to start. */
export const IN_WORKER_FROM = 5_000;

/** The numbers statFiles gives for each file, in this order; NaN for a file that is gone. */
export const STAT_FIELDS = ['size', 'mtimeMs', 'dev', 'ino', 'ctimeMs'] as const;

/** The files `names` (paths relative to `folder`); `follow`: through symbolic links (stat). */
export interface StatTask {
  folder: string;
  names: string[];
  follow: boolean;
}

/** What the stat worker (stat-worker.ts) is asked. */
export type StatWorkerTask =
  | ({ kind: 'stats' } & StatTask)
  | { kind: 'article-files' | 'backup-current' | 'snapshot-plan'; folder: string };

/**
 * The stats of many files, `STAT_FIELDS.length` numbers per file in one array. Many files are
 * stat'ed in a worker thread, while the calling thread does something else (the open of a
 * notebook parses its catalog meanwhile): at 100,000 articles each takes about a second. Asked
 * of the I/O threads one by one, the same stats took five. Once `stop` resolves the worker is
 * stopped and the promise rejects.
 */
export function statFiles(task: StatTask, stop?: Promise<void>): Promise<Float64Array> {
  if (task.names.length < IN_WORKER_FROM) return Promise.resolve(statEach(task));
  return inStatWorker<Float64Array>({ kind: 'stats', ...task }, stop);
}

/**
 * Run `task` in a stat worker of its own, which stops once it has answered, or once `stop`
 * resolves (then the promise rejects).
 */
export function inStatWorker<T>(task: StatWorkerTask, stop?: Promise<void>): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerEntry(import.meta.url, 'stat-worker'), {
      workerData: task,
      execArgv: [], // none of the host's Node options (see extract-pool.ts)
    });
    void stop?.then(() => worker.terminate());
    worker.once('message', (answer: T) => {
      resolve(answer);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the stat worker stopped (exit code ${code})`)));
  });
}

/** See statFiles; on this thread. */
export function statEach({ folder, names, follow }: StatTask): Float64Array {
  const stats = new Float64Array(names.length * STAT_FIELDS.length).fill(NaN);
  names.forEach((name, i) => {
    try {
      const info = (follow ? statSync : lstatSync)(join(folder, name));
      STAT_FIELDS.forEach((field, f) => (stats[i * STAT_FIELDS.length + f] = info[field]));
    } catch {
      // gone: NaN
    }
  });
  return stats;
}
