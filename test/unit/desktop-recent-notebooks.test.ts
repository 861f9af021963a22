import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  MAX_RECENT,
  addRecent,
  parseRecent,
  pruneMissing,
  readRecentFile,
  removeRecent,
  serializeRecent,
  writeRecentFile,
  type RecentNotebook,
} from '../../electron/core/notebooks/recent-notebooks.ts';

const temporary: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dossier-recent-'));
  temporary.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const at = new Date('2024-05-01T10:00:00Z');

describe('the recent-notebooks list', () => {
  it('puts the latest first, once, and keeps at most ten', () => {
    let list: RecentNotebook[] = [];
    for (let i = 0; i < 12; i++) list = addRecent(list, `/n/${i}.dossier`, `N${i}`, at, 'linux');
    expect(list).toHaveLength(MAX_RECENT);
    expect(list[0]?.folder).toBe(path.resolve('/n/11.dossier'));
    expect(list.map((item) => item.title)).not.toContain('N0');

    list = addRecent(list, '/n/5.dossier/', 'N5 again', at, 'linux');
    expect(list[0]).toEqual({
      folder: path.resolve('/n/5.dossier'),
      title: 'N5 again',
      openedAt: at.toISOString(),
    });
    expect(list.filter((item) => item.folder === path.resolve('/n/5.dossier'))).toHaveLength(1);
    expect(list).toHaveLength(MAX_RECENT);
  });

  it('falls back to the folder name for an empty title', () => {
    expect(addRecent([], '/x/Research.dossier', '  ', at)[0]?.title).toBe('Research');
  });

  it('compares folders without case on macOS and Windows, with case on Linux', () => {
    const list = addRecent([], '/x/A.dossier', 'A', at, 'darwin');
    expect(addRecent(list, '/x/a.dossier', 'a', at, 'darwin')).toHaveLength(1);
    expect(addRecent(list, '/x/a.dossier', 'a', at, 'linux')).toHaveLength(2);
    expect(removeRecent(list, '/X/A.DOSSIER', 'win32')).toEqual([]);
  });

  it('reads back what it writes, and survives a damaged file', () => {
    const list = addRecent(addRecent([], '/a.dossier', 'A', at), '/b.dossier', 'B', at);
    expect(parseRecent(serializeRecent(list))).toEqual(list);
    expect(parseRecent('{not json')).toEqual([]);
    expect(parseRecent('{"version":2,"notebooks":[]}')).toEqual([]);
    const mixed = JSON.stringify({
      version: 1,
      notebooks: [
        { folder: '/a', title: 'A', openedAt: 'x' },
        { folder: 3 },
        null,
        { folder: '/a', title: 'dup', openedAt: 'y' },
      ],
    });
    expect(parseRecent(mixed, 'linux')).toEqual([{ folder: '/a', title: 'A', openedAt: 'x' }]);
  });

  it('prunes folders that are gone', async () => {
    const dir = tempDir();
    const kept = path.join(dir, 'Kept.dossier');
    mkdirSync(kept);
    writeFileSync(path.join(dir, 'file.dossier'), 'not a folder');
    const list = [kept, path.join(dir, 'Gone.dossier'), path.join(dir, 'file.dossier')].reduceRight(
      (items: RecentNotebook[], folder) => addRecent(items, folder, 'x', at),
      [],
    );
    expect((await pruneMissing(list)).map((item) => item.folder)).toEqual([kept]);
  });

  it('tells a first run (no file) from an empty list, and writes atomically', async () => {
    const file = path.join(tempDir(), 'recent-notebooks.json');
    expect(await readRecentFile(file)).toEqual({ exists: false, notebooks: [] });
    await writeRecentFile(file, []);
    expect(await readRecentFile(file)).toEqual({ exists: true, notebooks: [] });
    const list = addRecent([], '/a.dossier', 'A', at);
    await writeRecentFile(file, list);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ version: 1, notebooks: list });
    // No temporary file is left next to it.
    expect(
      (await import('node:fs'))
        .readdirSync(path.dirname(file))
        .filter((name) => name.endsWith('.tmp')),
    ).toEqual([]);
  });
});
