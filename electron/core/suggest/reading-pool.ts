import { Worker } from 'node:worker_threads';
import { describe } from '../../common/errors.ts';
import { workerEntry } from '../worker-entry.ts';
import type { RecognizerTask, ResultOf } from './recognizer-tasks.ts';

export type TaskOutcome = { result: unknown } | { error: string };

/** A reading that ran past its time budget and was stopped. */
export class ReadingStopped extends Error {
  constructor(readonly budgetMs: number) {
    super(`stopped after ${budgetMs} ms`);
  }
}

interface Task {
  task: RecognizerTask;
  budgetMs: number;
  resolve(result: unknown): void;
  reject(error: Error): void;
}

/**
 * Runs the recognizer's tasks (recognizer-tasks.ts: loading the model, learning from decisions,
 * reading article texts) in a worker thread, one at a time in the order given, so that the
 * thread that answers the app (the Electron main process, the server) stays free however long a
 * text is. Each task has a time budget, counted from the moment the worker starts on it: past
 * it, the worker is stopped, the task fails with ReadingStopped, and the next gets a new worker
 * (issue 22: a 600 KB line once held the server for minutes), which has learned nothing yet:
 * `generation` counts the workers started, so that callers can teach a new one again. An idle
 * worker keeps no process alive.
 */
export class ReadingPool {
  private worker: Worker | null = null;
  private ready = false;
  private readonly queue: Task[] = [];
  private running: { task: Task; timer: NodeJS.Timeout } | null = null;
  /** Workers started so far: a new one knows none of the decisions sent to the one before. */
  generation = 0;

  constructor(private readonly entry: URL = workerEntry(import.meta.url, 'reading-worker')) {}

  run<T extends RecognizerTask>(task: T, budgetMs: number): Promise<ResultOf<T>> {
    return new Promise((resolve, reject) => {
      this.queue.push({ task, budgetMs, resolve: resolve as (result: unknown) => void, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    if (this.running !== null || this.queue.length === 0) return;
    this.worker ??= this.start();
    // A task waits: the worker keeps the process alive until it has answered (a script that only
    // awaits a suggestion would otherwise exit while the worker starts).
    this.worker.ref();
    if (!this.ready) return; // dispatched again when the worker says it is ready
    const task = this.queue.shift()!;
    const timer = setTimeout(() => {
      this.running = null;
      void this.stop();
      task.reject(new ReadingStopped(task.budgetMs));
      this.dispatch();
    }, task.budgetMs);
    this.running = { task, timer };
    this.worker.postMessage(task.task);
  }

  private start(): Worker {
    // None of the host's Node options (see extract-pool.ts).
    const worker = new Worker(this.entry, { execArgv: [] });
    this.ready = false;
    this.generation += 1;
    let failure = '';
    worker.on('message', (message: TaskOutcome | 'ready') => {
      if (message === 'ready') {
        this.ready = true;
        this.dispatch();
        return;
      }
      const running = this.running;
      this.running = null;
      worker.unref();
      if (running !== null) {
        clearTimeout(running.timer);
        if ('result' in message) running.task.resolve(message.result);
        else running.task.reject(new Error(message.error));
      }
      this.dispatch();
    });
    worker.on('error', (error) => {
      failure = describe(error);
    });
    worker.on('exit', (code) => {
      if (this.worker !== worker) return; // stopped on purpose
      this.worker = null;
      if (!this.ready) {
        // It could not even start: every text waiting fails, rather than a new worker each time.
        const error = new Error(failure || `the reader did not start (exit code ${code})`);
        for (const task of this.queue.splice(0)) task.reject(error);
        return;
      }
      const running = this.running;
      this.running = null;
      if (running !== null) {
        clearTimeout(running.timer);
        running.task.reject(new Error(failure || `the reader stopped (exit code ${code})`));
      }
      this.dispatch();
    });
    // After the listeners: adding the first 'message' listener refs the worker's port again, and
    // a warmed worker with nothing to read would then keep the process (dossier serve) alive.
    worker.unref();
    return worker;
  }

  /**
   * Stop the worker if idle (the bench measures its memory so), resolving once it has exited;
   * the next task starts another.
   */
  async release(): Promise<void> {
    if (this.running === null && this.queue.length === 0) await this.stop();
  }

  private async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }
}

let shared: ReadingPool | null = null;

/** One worker per process, shared by the notebooks it opens (`dossier eval` opens many). */
export function readingPool(): ReadingPool {
  shared ??= new ReadingPool();
  return shared;
}
