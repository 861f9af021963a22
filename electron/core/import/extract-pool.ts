import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe } from '../errors.ts';
import type { ExtractedArticle, ImportFile } from './extract.ts';

/** A file's articles, or the one reason it cannot be imported. */
export type ExtractOutcome = { articles: ExtractedArticle[] } | { error: string };

interface Task {
  file: ImportFile;
  resolve(outcome: ExtractOutcome): void;
}

/** Workers hold jsdom and the other readers (tens of MB each): they go after a quiet spell. */
const IDLE_MS = 30_000;

/**
 * The worker's code, beside this module and in the same form: `extract-worker.cjs` or `.mjs`
 * beside a bundle (every bundle that contains this module builds the worker as an entry of its
 * own: scripts/build-electron.mjs, scripts/dossier.mjs), or, among the TypeScript sources,
 * `extract-worker-tsx.mjs`, which loads `extract-worker.ts` through tsx.
 */
function workerEntry(): URL {
  const here = import.meta.url;
  const extension = extname(fileURLToPath(here));
  return new URL(
    extension === '.ts' ? './extract-worker-tsx.mjs' : `./extract-worker${extension}`,
    here,
  );
}

/**
 * Reads files into articles in worker threads, so that the thread that answers the app (the
 * Electron main process, the server) stays free, and a batch uses every core. Workers start as
 * work arrives, up to `size`; each takes one file at a time. A worker that dies (a reader's bug,
 * memory) fails only the file it was reading, and the next file gets a new worker. Idle workers
 * keep no process alive and are stopped after IDLE_MS.
 */
export class ExtractPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Task>();
  private readonly queue: Task[] = [];
  /** Workers that have not answered yet: still loading the readers. */
  private readonly starting = new Set<Worker>();
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(
    readonly size: number,
    private readonly entry: URL = workerEntry(),
  ) {}

  extract(file: ImportFile): Promise<ExtractOutcome> {
    return new Promise((resolve) => {
      this.queue.push({ file, resolve });
      this.dispatch();
    });
  }

  private dispatch(): void {
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.wantsWorker() ? this.start() : undefined);
      if (worker === undefined) break;
      const task = this.queue.shift()!;
      this.busy.set(worker, task);
      worker.ref();
      worker.postMessage(task.file);
    }
    if (this.busy.size === 0 && this.idle.length > 0) {
      this.idleTimer = setTimeout(() => {
        for (const worker of this.idle.splice(0)) void worker.terminate();
      }, IDLE_MS);
      this.idleTimer.unref();
    }
  }

  /**
   * Another worker only once the others have started, and while files pile up: starting one
   * costs seconds of loading the readers, more than a few small files take to read, and two
   * starting at once would slow the first file's answer.
   */
  private wantsWorker(): boolean {
    if (this.busy.size === 0) return true;
    return this.starting.size === 0 && this.busy.size < this.size && this.queue.length >= 2;
  }

  private start(): Worker {
    // None of the host's Node options: under tsx they would make the worker transform the
    // readers' CommonJS dependencies (jsdom's parser ran 60% slower so).
    const worker = new Worker(this.entry, { execArgv: [] });
    let failure = '';
    this.starting.add(worker);
    worker.on('message', (outcome: ExtractOutcome) => {
      this.starting.delete(worker);
      const task = this.busy.get(worker);
      this.busy.delete(worker);
      worker.unref();
      this.idle.push(worker);
      task?.resolve(outcome);
      this.dispatch();
    });
    worker.on('error', (error) => {
      failure = describe(error);
    });
    worker.on('exit', (code) => {
      this.starting.delete(worker);
      const task = this.busy.get(worker);
      this.busy.delete(worker);
      const at = this.idle.indexOf(worker);
      if (at >= 0) this.idle.splice(at, 1);
      task?.resolve({
        error: `the reader stopped while reading it (${failure || `exit code ${code}`})`,
      });
      this.dispatch();
    });
    return worker;
  }
}

let shared: ExtractPool | null = null;

/** One pool per process, as many workers as cores (at most 4: each holds its own readers). */
export function extractPool(): ExtractPool {
  shared ??= new ExtractPool(Math.max(1, Math.min(4, availableParallelism())));
  return shared;
}
