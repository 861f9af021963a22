import { launchChild, toldFailure, type ChildProcess } from '../child-process.ts';
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

/** A started reader: the process, and its end. */
interface Reader {
  process: ChildProcess;
  ready: boolean;
  exited: Promise<void>;
}

/**
 * Runs the recognizer's tasks (recognizer-tasks.ts: loading the model, learning from decisions,
 * reading article texts) in a process of its own (issue 21: as a thread, its 200-300 MB after
 * use were the main process's), one at a time in the order given, so that the process that
 * answers the app (the Electron main process, the server) stays free however long a text is,
 * and keeps its memory. Each task has a time budget, counted from the moment the worker starts on it: past
 * it, the process is killed, the task fails with ReadingStopped, and the next gets a new process
 * (issue 22: a 600 KB line once held the server for minutes), which has learned nothing yet:
 * `generation` counts the processes started, so that callers can teach a new one again. An idle
 * reader keeps no host alive.
 */
export class ReadingPool {
  private reader: Reader | null = null;
  private readonly queue: Task[] = [];
  private running: { task: Task; timer: NodeJS.Timeout } | null = null;
  /** Processes started so far: a new one knows none of the decisions sent to the one before. */
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
    const reader = (this.reader ??= this.start());
    // A task waits: the process keeps the host alive until it has answered (a script that only
    // awaits a suggestion would otherwise exit while the process starts).
    reader.process.hold(true);
    if (!reader.ready) return; // dispatched again when the process says it is ready
    const task = this.queue.shift()!;
    const timer = setTimeout(() => {
      this.running = null;
      void this.stop();
      task.reject(new ReadingStopped(task.budgetMs));
      this.dispatch();
    }, task.budgetMs);
    this.running = { task, timer };
    reader.process.send(task.task);
  }

  private start(): Reader {
    this.generation += 1;
    let exit!: () => void;
    const reader: Reader = {
      ready: false,
      exited: new Promise((resolve) => (exit = resolve)),
      process: launchChild(
        this.entry,
        // None of the host's Node options (see extract-pool.ts).
        { execArgv: [], env: process.env, name: 'Dossier suggestions' },
        {
          message: (message) => this.answered(reader, message as TaskOutcome | 'ready'),
          exit: (how, stderr) => {
            exit();
            this.ended(reader, toldFailure(stderr), how);
          },
        },
      ),
    };
    reader.process.hold(false);
    return reader;
  }

  private answered(reader: Reader, message: TaskOutcome | 'ready'): void {
    if (this.reader !== reader) return; // stopped on purpose
    if (message === 'ready') {
      reader.ready = true;
      this.dispatch();
      return;
    }
    const running = this.running;
    this.running = null;
    reader.process.hold(false);
    if (running !== null) {
      clearTimeout(running.timer);
      if ('result' in message) running.task.resolve(message.result);
      else running.task.reject(new Error(message.error));
    }
    this.dispatch();
  }

  private ended(reader: Reader, failure: string | null, how: string): void {
    if (this.reader !== reader) return; // stopped on purpose
    this.reader = null;
    if (!reader.ready) {
      // It could not even start: every text waiting fails, rather than a new process each time.
      const error = new Error(failure ?? `the reader did not start (${how})`);
      for (const task of this.queue.splice(0)) task.reject(error);
      return;
    }
    const running = this.running;
    this.running = null;
    if (running !== null) {
      clearTimeout(running.timer);
      running.task.reject(new Error(failure ?? `the reader stopped (${how})`));
    }
    this.dispatch();
  }

  /**
   * Stop the process if idle (the bench measures its memory so), resolving once it has exited;
   * the next task starts another.
   */
  async release(): Promise<void> {
    if (this.running === null && this.queue.length === 0) await this.stop();
  }

  private async stop(): Promise<void> {
    const reader = this.reader;
    this.reader = null;
    if (reader === null) return;
    reader.process.kill();
    await reader.exited;
  }
}

let shared: ReadingPool | null = null;

/** One reader per host, shared by the notebooks it opens (`dossier eval` opens many). */
export function readingPool(): ReadingPool {
  shared ??= new ReadingPool();
  return shared;
}
