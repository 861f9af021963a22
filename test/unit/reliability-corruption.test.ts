import { existsSync } from 'node:fs';
import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localApi } from '../../electron/core/api/dispatch.ts';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { listBackups } from '../../electron/core/store/backup-manifests.ts';
import { restoreBackup } from '../../electron/core/store/backup-restore.ts';
import { snapshotFolder } from '../support/folder-snapshot.ts';
import { tempFolder } from '../support/temp-folder.ts';

/**
 * Corruption (issue 7, docs/RELIABILITY.md): each kind of notebook file, truncated or garbled,
 * is reported by name, never overwritten, and the latest backup is offered and restores it.
 */

const DAMAGE = {
  truncated: (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length / 2)),
  garbled: (bytes: Buffer) => {
    const copy = Buffer.from(bytes);
    for (let i = 0; i < copy.length; i += 7) copy[i] = (copy[i]! * 31 + 17) & 0xff;
    return copy;
  },
  emptied: () => Buffer.alloc(0),
  'valid JSON, wrong shape': () => Buffer.from('{"format":"dossier-notebook","schemaVersion":1}\n'),
} as const;

/** A notebook with two articles and a registry, closed and reopened once so it has a backup. */
async function notebookWithBackup(): Promise<{ folder: string; ids: string[] }> {
  const folder = join(await tempFolder('dossier-corrupt-'), 'Damaged.dossier');
  const service = await NotebookService.open(folder);
  const api = localApi(service);
  const ids: string[] = [];
  for (const title of ['First report', 'Second report']) {
    ids.push((await api.addText({ title, text: `${title}: the text of it.` })).id);
  }
  await service.close();
  // entities.json exists once the registry has been written: write the empty one as the store
  // would, so every kind of file is present.
  await writeFile(
    join(folder, 'entities.json'),
    JSON.stringify({ schemaVersion: 1, entities: [], rejectedNames: [] }, null, 1) + '\n',
  );
  await (await NotebookService.open(folder)).close();
  expect((await listBackups(folder)).length).toBeGreaterThan(0);
  return { folder, ids };
}

async function damage(path: string, how: keyof typeof DAMAGE): Promise<Buffer> {
  const damaged = DAMAGE[how](await readFile(path));
  await writeFile(path, damaged);
  return damaged;
}

describe('a damaged notebook-wide file', () => {
  for (const file of ['notebook.json', 'entities.json']) {
    for (const how of Object.keys(DAMAGE) as (keyof typeof DAMAGE)[]) {
      it(`${file} ${how}: refused by name, kept byte for byte, latest backup offered and restorable`, async () => {
        const { folder, ids } = await notebookWithBackup();
        const latest = (await listBackups(folder)).at(-1)!;
        const bytes = await damage(join(folder, file), how);
        const before = await snapshotFolder(folder);

        for (const readOnly of [false, true]) {
          const error = await NotebookService.open(folder, { readOnly }).then(
            () => null,
            (e: unknown) => e as Error & { code: string; file?: string },
          );
          expect(error?.code).toBe('damaged-file');
          expect(error?.file).toBe(file);
          expect(error?.message).toContain(`The notebook file ${file} is damaged`);
          expect(error?.message).toMatch(
            new RegExp(
              `The latest backup is from \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d \\(dossier restore ${latest.id}\\)\\.$`,
            ),
          );
        }
        // Refusing changed nothing at all: not the file, not the lock, not the backups.
        expect(await snapshotFolder(folder)).toEqual(before);
        expect(await readFile(join(folder, file))).toEqual(bytes);

        // Restore works although the notebook cannot open, and keeps the damaged state aside.
        const result = await restoreBackup(folder, latest.id);
        expect(result.restored.id).toBe(latest.id);
        expect(await readFile(join(folder, 'backups', result.before!.id, file))).toEqual(bytes);
        const service = await NotebookService.open(folder);
        const titles = (await service.listArticles({})).map((a) => a.title).sort();
        expect(titles).toEqual(['First report', 'Second report']);
        expect((await service.info({})).damaged).toEqual([]);
        await service.close();
        expect(ids).toHaveLength(2);
      });
    }
  }
});

describe('a damaged article file', () => {
  for (const how of ['truncated', 'garbled', 'emptied'] as const) {
    it(`${how}: isolated by name, never overwritten through open, mutations and close; restorable`, async () => {
      const { folder, ids } = await notebookWithBackup();
      const latest = (await listBackups(folder)).at(-1)!;
      const label = `articles/${ids[0]}.json`;
      const bytes = await damage(join(folder, label), how);

      const service = await NotebookService.open(folder);
      const api = localApi(service);
      const info = await api.info({});
      expect(info.damaged.map((d) => d.file)).toEqual([label]);
      expect(info.damaged[0]!.message).toContain(`The notebook file ${label} is damaged`);
      expect(info.damaged[0]!.message).toContain(`(dossier restore ${latest.id}).`);
      // The other article is there; the damaged one is left out, and cannot be written.
      expect((await api.listArticles({})).map((a) => a.id)).toEqual([ids[1]]);
      await api.addText({ title: 'Third report', text: 'Written while one file is damaged.' });
      await api.updateArticle({ id: ids[1] as never, metadata: { source: 'Wire' } });
      await expect(api.deleteArticle({ id: ids[0] as never })).rejects.toThrow();
      await api.undo({});
      await service.close();
      expect(await readFile(join(folder, label))).toEqual(bytes);

      const result = await restoreBackup(folder, latest.id);
      expect(result.removed).toBe(1); // the third article, not in the backup
      const reopened = await NotebookService.open(folder);
      expect((await reopened.info({})).damaged).toEqual([]);
      expect((await reopened.listArticles({})).map((a) => a.id).sort()).toEqual([...ids].sort());
      await reopened.close();
      // The damaged file and the later article are kept in the "before restore" backup.
      expect(await readFile(join(folder, 'backups', result.before!.id, label))).toEqual(bytes);
    });
  }
});

describe('a damaged lock file', () => {
  for (const content of ['', '{"pid":', 'garbage \u0000\u0001 not json', '{"pid":"x"}']) {
    it(`${JSON.stringify(content.slice(0, 12))}, a minute old: is taken over as stale, the notebook opens`, async () => {
      const { folder } = await notebookWithBackup();
      await writeFile(join(folder, 'notebook.lock'), content);
      // Left by an earlier version: a young unreadable lock may be one still being written.
      const minuteAgo = new Date(Date.now() - 60_000);
      await utimes(join(folder, 'notebook.lock'), minuteAgo, minuteAgo);
      const service = await NotebookService.open(folder);
      expect((await service.info({})).articleCount).toBe(2);
      const lock = JSON.parse(await readFile(join(folder, 'notebook.lock'), 'utf8'));
      expect(lock.pid).toBe(process.pid);
      await service.close();
      expect(existsSync(join(folder, 'notebook.lock'))).toBe(false);
    });
  }
});

describe('a notebook with no backup yet', () => {
  it('says so when notebook.json is damaged', async () => {
    const folder = join(await tempFolder('dossier-corrupt-'), 'New.dossier');
    await (await NotebookService.open(folder)).close();
    expect(await readdir(join(folder, 'backups'))).toEqual([]);
    await writeFile(join(folder, 'notebook.json'), '{"format":');
    await expect(NotebookService.open(folder)).rejects.toThrow(
      /notebook\.json is damaged.*It was left as it is\. There is no backup of it to restore\.$/,
    );
  });
});
