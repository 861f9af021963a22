import { readFileSync, readdirSync } from 'node:fs';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statFiles } from '../../electron/core/store/file-stats.ts';
import { articleFiles } from '../../electron/core/store/catalog-check.ts';
import { BACKGROUND_NICENESS } from '../../electron/core/background-thread.ts';
import { tempFolder } from '../support/temp-folder.ts';

/** The niceness of each thread of this process, by its id (Linux: field 19 of its stat). */
function threadNiceness(): Map<number, number> {
  const niceness = new Map<number, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const line = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      niceness.set(Number(tid), Number(line.slice(line.lastIndexOf(')') + 2).split(' ')[16]));
    } catch {
      // the thread ended meanwhile
    }
  }
  return niceness;
}

describe('the stats of the article files at open', () => {
  it('are the size, mtime, device, inode and ctime of each file, NaN for one that is gone, also from the worker', async () => {
    const folder = await tempFolder();
    const names = ['a.json', 'bb.json', 'ccc.json', 'gone.json'];
    const files = names.map((name) => join(folder, name));
    for (const [i, file] of files.slice(0, 3).entries()) await writeFile(file, 'x'.repeat(i + 1));
    const expected = async (path: string) => {
      const info = await stat(path).catch(() => null);
      return info === null
        ? [NaN, NaN, NaN, NaN, NaN]
        : [info.size, info.mtimeMs, info.dev, info.ino, info.ctimeMs];
    };
    // Few files on this thread; many (the same ones, repeated) in the worker.
    for (const count of [4, 6_000]) {
      const asked = Array.from({ length: count }, (_, i) => names[i % 4]!);
      const stats = await statFiles({ folder, names: asked, follow: true });
      expect(stats).toHaveLength(5 * count);
      for (const i of [0, 1, 2, 3, count - 1]) {
        expect([...stats.subarray(5 * i, 5 * i + 5)]).toEqual(
          await expected(join(folder, asked[i]!)),
        );
      }
    }
  });

  it('are given up when they are not wanted any more (the notebook closes): the worker stops', async () => {
    const folder = await tempFolder();
    const names = Array.from({ length: 6_000 }, (_, i) => `a${i}.json`);
    let stop!: () => void;
    const stats = statFiles(
      { folder, names, follow: true },
      new Promise((resolve) => (stop = resolve)),
    );
    stop();
    await expect(stats).rejects.toThrow(/the stat worker stopped/);
  });

  it.skipIf(process.platform !== 'linux')(
    'are taken by a thread of lower priority than the one that answers the app',
    async () => {
      const folder = await tempFolder();
      const names = Array.from({ length: 20_000 }, (_, i) => `a${i}.json`);
      const main = threadNiceness().get(process.pid);
      const before = new Set(threadNiceness().keys());
      let done = false;
      const stats = statFiles({ folder, names, follow: true }).finally(() => (done = true));
      // The worker's niceness as seen while it works (a thread that was not there before).
      const seen = new Set<number>();
      while (!done) {
        for (const [tid, nice] of threadNiceness()) if (!before.has(tid)) seen.add(nice);
        await nextTurn();
      }
      expect(await stats).toHaveLength(5 * names.length);
      expect(Math.max(...seen)).toBeGreaterThanOrEqual(BACKGROUND_NICENESS);
      expect(threadNiceness().get(process.pid)).toBe(main); // this thread keeps its own
    },
  );
});

describe('the article files of a notebook', () => {
  it('are listed sorted, with their stats, the same from the worker as here', async () => {
    const folder = await tempFolder();
    await mkdir(join(folder, 'articles'));
    // Above the worker's threshold, with names that are no article file among them.
    const names = Array.from(
      { length: 5_100 },
      (_, i) => `${String(5_100 - i).padStart(12, 'a')}.json`,
    );
    for (const name of [...names, '.stray.json.tmp', 'notes.txt'])
      await writeFile(join(folder, 'articles', name), name);
    const large = await articleFiles(folder);
    const sorted = [...names].sort();
    expect(large.names).toEqual(sorted);
    expect(large.stats).toHaveLength(5 * sorted.length);
    for (const i of [0, 2_500, sorted.length - 1]) {
      const info = await stat(join(folder, 'articles', sorted[i]!));
      expect([...large.stats.subarray(5 * i, 5 * i + 2)]).toEqual([info.size, info.mtimeMs]);
    }
    // Below it, on this thread.
    for (const name of sorted.slice(10)) await rm(join(folder, 'articles', name));
    const small = await articleFiles(folder);
    expect(small.names).toEqual(sorted.slice(0, 10));
    expect(small.stats.subarray(0, 50)).toEqual(large.stats.subarray(0, 50));
    expect(await articleFiles(join(folder, 'none'))).toEqual({
      names: [],
      stats: new Float64Array(),
    });
  });
});
