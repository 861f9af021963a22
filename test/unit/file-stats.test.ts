import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statFiles } from '../../electron/core/store/file-stats.ts';
import { tempFolder } from '../support/temp-folder.ts';

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
});
