import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run `dossier` as a user does (`npm run -s dossier -- …` runs this same script). */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): CliResult {
  const result = spawnSync(process.execPath, [resolve(repoRoot, 'scripts/dossier.mjs'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Start a long-running `dossier` command and resolve once its stdout matches `ready`. */
export function startCli(
  args: string[],
  ready: RegExp,
): Promise<{ match: RegExpMatchArray; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [resolve(repoRoot, 'scripts/dossier.mjs'), ...args], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  return new Promise((resolveStart, reject) => {
    let output = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(ready);
      if (match) resolveStart({ match, stop });
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.once('exit', (code) =>
      reject(new Error(`dossier exited (${code}) before it was ready: ${errors}`)),
    );
  });
}

/**
 * Run `dossier` inside this process, with `env` added to its environment: the same command line,
 * output and exit code as runCli, without the new process loading the CLI for each call (most of
 * a call's time). For tests where the process boundary is not the point; runCli keeps the real
 * binary for those where it is (locks between processes, signals, how the binary exits).
 */
export async function runCliInProcess(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<CliResult> {
  // Loaded here, so that only the test files that call it load the CLI.
  const { runCommandLine } = await import('../../electron/cli/command-line.ts');
  const output = { stdout: '', stderr: '' };
  const restoreStreams = (['stdout', 'stderr'] as const).map((name) => capture(name, output));
  const restoreEnv = Object.entries(env).map(([key, value]) => setEnv(key, value));
  try {
    const code = await runCommandLine(args);
    return { code, ...output };
  } finally {
    for (const restore of [...restoreStreams, ...restoreEnv]) restore();
  }
}

/** Collect what is written to process[name] into output[name], as a pipe would take it. */
function capture(name: 'stdout' | 'stderr', output: Record<typeof name, string>): () => void {
  const stream = process[name];
  const { write, isTTY } = stream;
  stream.isTTY = false;
  stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    output[name] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const done = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    done?.();
    return true;
  }) as typeof stream.write;
  return () => {
    stream.write = write;
    stream.isTTY = isTTY;
  };
}

function setEnv(key: string, value: string | undefined): () => void {
  const before = process.env[key];
  if (value === undefined) delete process.env[key];
  else process.env[key] = value;
  return () => {
    if (before === undefined) delete process.env[key];
    else process.env[key] = before;
  };
}
