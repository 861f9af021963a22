import { fork } from 'node:child_process';
import { writeSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe } from '../common/errors.ts';

/** A child process's last word on stderr before it dies: this mark, then the reason. */
export const FAILURE_MARK = 'dossier-process: ';

/** What a pool needs of a child process (the import's readers, the suggestions' recognizer). */
export interface ChildProcess {
  send(message: unknown): void;
  kill(): void;
  /** Whether the host should wait for this process (while it works) or may exit. */
  hold(held: boolean): void;
}

export interface ChildProcessEvents {
  message(message: unknown): void;
  /** Once it has ended, with the end of what it wrote on stderr. */
  exit(how: string, stderr: string): void;
}

export interface ChildProcessOptions {
  execArgv: string[];
  env: NodeJS.ProcessEnv;
  /** What the system's process list shows for it, where the host can name it (Electron). */
  name: string;
}

export type LaunchChildProcess = (
  entry: URL,
  options: ChildProcessOptions,
  events: ChildProcessEvents,
) => ChildProcess;

/** The last few KB a process wrote: where its failure is told. */
export function stderrTail(
  stream: NodeJS.ReadableStream | null,
  into: (tail: string) => void,
): void {
  let tail = '';
  stream?.setEncoding('utf8').on('data', (text: string) => {
    tail = (tail + text).slice(-4096);
    into(tail);
  });
}

/** The reason a child told after FAILURE_MARK, if it did. */
export function toldFailure(stderr: string): string | null {
  const mark = stderr.lastIndexOf(FAILURE_MARK);
  if (mark < 0) return null;
  return stderr
    .slice(mark + FAILURE_MARK.length)
    .split('\n')[0]!
    .trim();
}

/**
 * Node's child_process.fork (the CLI, browser mode, tests). The Electron app sets its own
 * (utilityProcess: with the RunAsNode fuse off, Electron cannot fork itself as Node).
 */
const forkProcess: LaunchChildProcess = (entry, { execArgv, env }, events) => {
  const child = fork(fileURLToPath(entry), [], {
    execArgv,
    env,
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  stderrTail(child.stderr, (tail) => (stderr = tail));
  child.on('message', (message) => events.message(message));
  child.on('error', (error) => {
    stderr += `\n${FAILURE_MARK}${describe(error)}\n`;
    child.kill('SIGKILL');
  });
  child.on('close', (code, signal) => events.exit(signal ?? `exit code ${code}`, stderr));
  const socket = child.stderr as (Readable & { ref?(): void; unref?(): void }) | null;
  return {
    send: (message) => void child.send(message as object),
    kill: () => void child.kill('SIGKILL'),
    hold: (held) => {
      for (const handle of [child, child.channel, socket]) {
        if (held) handle?.ref?.();
        else handle?.unref?.();
      }
    },
  };
};

let launcher: LaunchChildProcess = forkProcess;

/** For the Electron main process, before the first child is started. */
export function setChildLauncher(launch: LaunchChildProcess): void {
  launcher = launch;
}

export function launchChild(
  entry: URL,
  options: ChildProcessOptions,
  events: ChildProcessEvents,
): ChildProcess {
  return launcher(entry, options, events);
}

/**
 * The child's side: a bug that escapes its work ends the process, its reason told on stderr after
 * FAILURE_MARK, which the host reports.
 */
export function endOnEscapedError(): void {
  const fail = (error: unknown): void => {
    writeSync(2, `\n${FAILURE_MARK}${describe(error)}\n`);
    process.exit(70);
  };
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
}

interface ElectronParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

/**
 * The child's side: its messages from the pool and its answers, whether Node's fork or
 * Electron's utilityProcess started it.
 */
export function parentChannel(): {
  onMessage(listener: (message: unknown) => void): void;
  reply(message: unknown): void;
} {
  const electronPort = (process as { parentPort?: ElectronParentPort }).parentPort;
  if (electronPort !== undefined)
    return {
      onMessage: (listener) => electronPort.on('message', ({ data }) => listener(data)),
      reply: (message) => electronPort.postMessage(message),
    };
  return {
    onMessage: (listener) => {
      process.on('message', listener);
      // The app is gone (killed, perhaps): nobody waits for this work any more.
      process.on('disconnect', () => process.exit(0));
    },
    reply: (message) => void process.send!(message),
  };
}
