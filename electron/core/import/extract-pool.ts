import { availableParallelism } from 'node:os';
import { launchChild, toldFailure, type ChildProcess } from '../child-process.ts';
import { workerEntry } from '../worker-entry.ts';
import type { ExtractedArticle, ImportFile } from './extract.ts';

/** A file's articles, or the one reason it cannot be imported. */
export type ExtractOutcome = { articles: ExtractedArticle[] } | { error: string };

/** What a reading process says: that it has started, then one outcome per file. */
export type ExtractMessage = ExtractOutcome | { ready: true };

/** How much one file may take. */
export interface ExtractLimits {
  /** The reading process's resident memory, readers and inflated buffers included. */
  memoryMb: number;
  /** From when the reading process has the file, its format's reader loaded or not. */
  timeMs: number;
}

/**
 * The process itself takes 150-190 MB (bundled, pdf.js loaded), leaving the rest of 1 GB to the
 * file. Two minutes: a 1,000-page PDF (40 lines a page) read in 23 s on two cores shared eight
 * ways; a hostile one (20,000 pages) still ran after a minute, and is stopped long before the
 * analyst gives up waiting.
 */
export const DEFAULT_EXTRACT_LIMITS: Readonly<ExtractLimits> = { memoryMb: 1024, timeMs: 120_000 };

/** The environment variable that gives the reading process its memory limit, in bytes. */
export const EXTRACT_MEMORY_ENV = 'DOSSIER_EXTRACT_MEMORY_BYTES';
export const MEMORY_FAILURE = 'memory limit';

const CANCELLED: ExtractOutcome = { error: 'the import was cancelled' };

interface Task {
  file: ImportFile;
  resolve(outcome: ExtractOutcome): void;
  /** Stops listening for the import's cancel: one import's signal serves all its files. */
  unlisten(): void;
  done: boolean;
  reader: Reader | null;
}

interface Reader {
  process: ChildProcess;
  ready: boolean;
  task: Task | null;
  timer: NodeJS.Timeout | null;
  /** Killed by the pool: it takes no more work, whatever it still says. */
  killed: boolean;
  /** Why the pool killed it, when that is the file's failure. */
  failure: string;
}

/** Readers hold jsdom and the other readers (tens of MB each): they go after a quiet spell. */
const IDLE_MS = 30_000;

/**
 * Reads files into articles in processes of their own, so that the process that answers the
 * app (the Electron main process, the server) stays free and keeps its memory, and a batch uses
 * every core. Processes start as work arrives, up to `size`; each reads one file at a time.
 * A file that passes its memory or time limit, or whose import is cancelled, has its process
 * killed and fails alone with the reason; the next file gets a new process. Idle processes keep
 * the host from exiting only while they read, and are stopped after IDLE_MS.
 */
export class ExtractPool {
  /** Per file; read as each file starts. */
  limits: ExtractLimits = { ...DEFAULT_EXTRACT_LIMITS };
  private readonly idle: Reader[] = [];
  private readonly busy = new Set<Reader>();
  private readonly queue: Task[] = [];
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(
    readonly size: number,
    private readonly entry: URL = workerEntry(import.meta.url, 'extract-worker'),
  ) {}

  /** Reads one file; an abort (the import's cancel) fails it at once, read or queued. */
  extract(file: ImportFile, signal?: AbortSignal): Promise<ExtractOutcome> {
    if (signal?.aborted) return Promise.resolve(CANCELLED);
    return new Promise((resolve) => {
      const cancel = (): void => this.cancel(task);
      const unlisten = (): void => signal?.removeEventListener('abort', cancel);
      const task: Task = { file, resolve, unlisten, done: false, reader: null };
      signal?.addEventListener('abort', cancel, { once: true });
      this.queue.push(task);
      this.dispatch();
    });
  }

  private finish(task: Task, outcome: ExtractOutcome): void {
    if (task.done) return;
    task.done = true;
    task.unlisten();
    task.resolve(outcome);
  }

  private cancel(task: Task): void {
    const at = this.queue.indexOf(task);
    if (at >= 0) this.queue.splice(at, 1);
    this.finish(task, CANCELLED);
    if (task.reader !== null) this.kill(task.reader, '');
  }

  private kill(reader: Reader, failure: string): void {
    reader.killed = true;
    reader.failure = failure;
    reader.process.kill();
  }

  private dispatch(): void {
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    while (this.queue.length > 0) {
      const reader = this.idle.pop() ?? (this.wantsReader() ? this.start() : undefined);
      if (reader === undefined) break;
      const task = this.queue.shift()!;
      task.reader = reader;
      reader.task = task;
      this.busy.add(reader);
      reader.process.hold(true);
      reader.process.send(task.file);
      if (reader.ready) this.startClock(reader);
    }
    if (this.busy.size === 0 && this.idle.length > 0) {
      this.idleTimer = setTimeout(() => {
        for (const reader of this.idle.splice(0)) this.kill(reader, '');
      }, IDLE_MS);
      this.idleTimer.unref();
    }
  }

  /**
   * Another process only once the others have started, and while files pile up: starting one
   * costs seconds of loading the readers, more than a few small files take to read, and two
   * starting at once would slow the first file's answer.
   */
  private wantsReader(): boolean {
    if (this.busy.size === 0) return true;
    const starting = [...this.busy].some((reader) => !reader.ready);
    return !starting && this.busy.size < this.size && this.queue.length >= 2;
  }

  /** The file's time runs from when its process is ready to read it. */
  private startClock(reader: Reader): void {
    const { timeMs } = this.limits;
    const name = reader.task!.file.name;
    reader.timer = setTimeout(() => {
      this.kill(
        reader,
        `${name}: reading it took longer than ${timeMs / 1000} s; it was not imported`,
      );
    }, timeMs);
  }

  private start(): Reader {
    const { memoryMb } = this.limits;
    const reader: Reader = {
      ready: false,
      task: null,
      timer: null,
      killed: false,
      failure: '',
      process: launchChild(
        this.entry,
        {
          // V8's heap within the same limit; the process's own watchdog bounds the rest.
          execArgv: [`--max-old-space-size=${memoryMb}`],
          env: { ...process.env, [EXTRACT_MEMORY_ENV]: String(memoryMb * 1024 * 1024) },
          name: 'Dossier import',
        },
        {
          message: (message) => this.answered(reader, message as ExtractMessage),
          exit: (how, stderr) => this.ended(reader, how, stderr, memoryMb),
        },
      ),
    };
    return reader;
  }

  private answered(reader: Reader, message: ExtractMessage): void {
    if (reader.killed) return;
    if ('ready' in message) {
      reader.ready = true;
      if (reader.task !== null) this.startClock(reader);
      return;
    }
    const task = reader.task;
    this.release(reader);
    reader.process.hold(false);
    this.idle.push(reader);
    if (task !== null) this.finish(task, message);
    this.dispatch();
  }

  private ended(reader: Reader, how: string, stderr: string, memoryMb: number): void {
    const task = reader.task;
    this.release(reader);
    const at = this.idle.indexOf(reader);
    if (at >= 0) this.idle.splice(at, 1);
    if (task !== null) {
      const name = task.file.name;
      const reason = toldFailure(stderr) ?? how;
      const memory =
        reason === MEMORY_FAILURE || /heap out of memory|Reached heap limit/.test(stderr);
      this.finish(task, {
        error:
          reader.failure ||
          (memory
            ? `${name}: reading it needed more than ${memoryMb} MB of memory; it was not imported (it may be a decompression bomb)`
            : `the reader stopped while reading it (${reason})`),
      });
    }
    this.dispatch();
  }

  private release(reader: Reader): void {
    if (reader.timer !== null) clearTimeout(reader.timer);
    reader.timer = null;
    if (reader.task !== null) reader.task.reader = null;
    reader.task = null;
    this.busy.delete(reader);
  }
}

let shared: ExtractPool | null = null;

/** One pool per process: a reader per core but one, which the process that answers keeps (at most 4: each holds its own readers). */
export function extractPool(): ExtractPool {
  shared ??= new ExtractPool(Math.max(1, Math.min(4, availableParallelism() - 1)));
  return shared;
}
