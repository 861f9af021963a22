import { fork, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleExternals } from '../../scripts/bundle-externals.mjs';
import { isZombie, NotebookLock } from '../../electron/core/store/lock.ts';
import { LOCK_FILE } from '../../electron/core/disk/notebook-layout.ts';
import { repoRoot } from '../support/cli.ts';
import { tempFolder } from '../support/temp-folder.ts';

// Issue 22: two processes opening a crashed notebook at once both "held" its lock.

const RACERS = 12;
const ROUNDS = 25;
const childDir = join(repoRoot, 'node_modules/.cache/dossier-tests/lock-child');

/** A process id that no process has any more: a child that has exited and been reaped. */
function deadPid(): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', '']);
    child.on('error', reject);
    child.on('exit', () => resolve(child.pid!));
  });
}

function reply<T>(child: ChildProcess): Promise<T> {
  return new Promise((resolve) => child.once('message', (message) => resolve(message as T)));
}

describe('the notebook lock, raced by 12 processes at once', () => {
  const racers: ChildProcess[] = [];

  beforeAll(async () => {
    // Bundled once, as the CLI is: a child then starts in a fraction of the time tsx needs.
    await build({
      entryPoints: { 'lock-child': join(repoRoot, 'test/support/lock-child.ts') },
      outdir: childDir,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: bundleExternals(join(repoRoot, 'package.json')),
      logLevel: 'warning',
    });
    for (let i = 0; i < RACERS; i++) {
      const child = fork(join(childDir, 'lock-child.mjs'), [], { stdio: 'ignore' });
      racers.push(child);
    }
    await Promise.all(racers.map((child) => reply(child)));
  }, 60_000);

  afterAll(() => {
    for (const child of racers) child.send({ exit: true });
  });

  const scenarios: [string, (lock: string) => Promise<void>][] = [
    ['no lock', async () => undefined],
    [
      'the lock of a process that has died',
      async (lock) => {
        const pid = await deadPid();
        const since = new Date().toISOString();
        await writeFile(lock, JSON.stringify({ pid, host: hostname(), since, app: 'crashed' }));
      },
    ],
    [
      'an empty lock left by an earlier version a minute ago',
      async (lock) => {
        await writeFile(lock, '');
        const minuteAgo = new Date(Date.now() - 60_000);
        await utimes(lock, minuteAgo, minuteAgo);
      },
    ],
  ];

  it.each(scenarios)(
    `has exactly one winner in each of ${ROUNDS} rounds: %s`,
    { timeout: 60_000 },
    async (_name, prepare) => {
      const root = await tempFolder('dossier-lock-');
      for (let round = 0; round < ROUNDS; round++) {
        const folder = join(root, String(round));
        await mkdir(folder);
        await prepare(join(folder, LOCK_FILE));
        const answers = racers.map((child) => reply<{ won: boolean; message?: string }>(child));
        for (const child of racers) child.send({ go: folder });
        const results = await Promise.all(answers);
        const winners = racers.filter((_, i) => results[i]!.won);
        expect(winners.length, `round ${round}`).toBe(1);
        for (const result of results.filter((r) => !r.won))
          expect(result.message).toMatch(/is (open|being opened) in another process/);
        // The lock names the winner, and nothing else is left in the folder.
        const holder = JSON.parse(await readFile(join(folder, LOCK_FILE), 'utf8'));
        expect(holder.pid).toBe(winners[0]!.pid);
        expect(await readdir(folder)).toEqual([LOCK_FILE]);
        const released = reply(winners[0]!);
        winners[0]!.send({ release: true });
        await released;
        expect(existsSync(join(folder, LOCK_FILE))).toBe(false);
      }
    },
  );
});

describe('the notebook lock', () => {
  it('refuses while another process holds it, naming that process', async () => {
    const folder = await tempFolder('dossier-lock-');
    const holder = {
      pid: process.ppid,
      host: hostname(),
      since: '2026-12-06T07:00:00.000Z',
      app: 'dossier serve',
    };
    await writeFile(join(folder, LOCK_FILE), JSON.stringify(holder));
    await expect(NotebookLock.acquire(folder, 'test')).rejects.toThrow(
      `is open in another process (dossier serve, pid ${process.ppid} on ${hostname()} since 2026-12-06T07:00:00.000Z)`,
    );
    expect(JSON.parse(await readFile(join(folder, LOCK_FILE), 'utf8'))).toEqual(holder);
  });

  it('removes what processes killed while taking it left behind, once it holds it', async () => {
    const folder = await tempFolder('dossier-lock-');
    const dead = await deadPid();
    const since = new Date().toISOString();
    const holder = (pid: number) => JSON.stringify({ pid, host: hostname(), since, app: 'x' });
    await writeFile(join(folder, `${LOCK_FILE}.dead.tmp`), holder(dead));
    await writeFile(join(folder, `${LOCK_FILE}.takeover.1-2`), `${dead}\n`);
    await writeFile(join(folder, `${LOCK_FILE}.live.tmp`), holder(process.ppid));
    await writeFile(join(folder, `${LOCK_FILE}.takeover.3-4`), `${process.ppid}\n`);
    const lock = await NotebookLock.acquire(folder, 'test');
    expect((await readdir(folder)).sort()).toEqual([
      LOCK_FILE,
      `${LOCK_FILE}.live.tmp`,
      `${LOCK_FILE}.takeover.3-4`,
    ]);
    await lock.release();
  });

  it('does not take over an empty lock that was just created, and does once it is old', async () => {
    const folder = await tempFolder('dossier-lock-');
    const path = join(folder, LOCK_FILE);
    await writeFile(path, '');
    await expect(NotebookLock.acquire(folder, 'test')).rejects.toThrow(
      'is being opened by another process',
    );
    expect(await readFile(path, 'utf8')).toBe('');
    const old = new Date(Date.now() - 10_000);
    await utimes(path, old, old);
    const lock = await NotebookLock.acquire(folder, 'test');
    expect(JSON.parse(await readFile(path, 'utf8')).pid).toBe(process.pid);
    await lock.release();
  });

  it('takes over the lock of a zombie: a process that has exited but was not reaped', async () => {
    // `sh` starts a short `sleep` in the background and then becomes a long one, which never
    // reaps it: once the short one ends, it is a zombie.
    const parent = spawn('sh', ['-c', 'sleep 0.1 & echo $!; exec sleep 60'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    try {
      const pid = Number(
        await new Promise<string>((resolve) => parent.stdout.once('data', resolve)),
      );
      const stat = `/proc/${pid}/stat`;
      await expect.poll(() => readFileSync(stat, 'utf8').split(') ')[1]?.[0]).toBe('Z');
      expect(() => process.kill(pid, 0)).not.toThrow(); // it still answers signals
      const folder = await tempFolder('dossier-lock-');
      const since = new Date().toISOString();
      await writeFile(
        join(folder, LOCK_FILE),
        JSON.stringify({ pid, host: hostname(), since, app: 'dossier serve' }),
      );
      const lock = await NotebookLock.acquire(folder, 'test');
      expect(JSON.parse(await readFile(join(folder, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
      await lock.release();
    } finally {
      parent.kill();
    }
  });

  it('reads the state of /proc/PID/stat after the command name, whatever that holds', () => {
    const stat = (line: string) => () => line;
    expect(isZombie(42, stat('42 (node) Z 1 42 42 0 -1'))).toBe(true);
    expect(isZombie(42, stat('42 (a) Z) S 1 42'))).toBe(false);
    expect(isZombie(42, stat('42 (x (y) S) Z 1 42'))).toBe(true);
    expect(isZombie(42, stat('42 (node) R 1 42'))).toBe(false);
    expect(
      isZombie(42, () => {
        throw new Error('ENOENT');
      }),
    ).toBe(false);
  });
});

afterAll(async () => {
  await rm(childDir, { recursive: true, force: true });
});
