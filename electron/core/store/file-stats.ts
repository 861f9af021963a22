import { statSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { workerEntry } from '../worker-entry.ts';

/** Below this many files they are stat'ed on the calling thread: a worker costs more to start. */
const IN_WORKER_FROM = 5_000;

/**
 * The size and mtime of each of the files `names` in `folder`, as `[size, mtimeMs]` pairs in one array (NaN for a file
 * that is gone). Many files are stat'ed in a worker thread, which does it while the calling thread
 * does something else (the open of a notebook parses its catalog meanwhile): at 100,000 articles
 * each takes about a second. Asked of the I/O threads one by one, the same stats took five.
 */
export function statFiles(folder: string, names: string[]): Promise<Float64Array> {
  if (names.length < IN_WORKER_FROM) return Promise.resolve(statEach(folder, names));
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerEntry(import.meta.url, 'stat-worker'), {
      workerData: { folder, names } satisfies StatTask,
      execArgv: [], // none of the host's Node options (see extract-pool.ts)
    });
    worker.once('message', (sizes: Float64Array) => {
      resolve(sizes);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the stat worker stopped (exit code ${code})`)));
  });
}

/** What the stat worker is given: the names of files in a folder. */
export interface StatTask {
  folder: string;
  names: string[];
}

/** See statFiles; on this thread. */
export function statEach(folder: string, names: string[]): Float64Array {
  const sizes = new Float64Array(names.length * 2);
  names.forEach((name, i) => {
    try {
      const info = statSync(join(folder, name));
      sizes[2 * i] = info.size;
      sizes[2 * i + 1] = info.mtimeMs;
    } catch {
      sizes[2 * i] = sizes[2 * i + 1] = NaN;
    }
  });
  return sizes;
}
