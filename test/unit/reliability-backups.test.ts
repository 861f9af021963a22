import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localApi } from '../../electron/core/api/dispatch.ts';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { listBackups } from '../../electron/core/store/backup-manifests.ts';
import { maybeSnapshot, takeSnapshot } from '../../electron/core/store/backups.ts';
import { MIGRATIONS, migrateJson, stepsFrom } from '../../electron/core/store/migrations.ts';
import { runCli, runCliInProcess } from '../support/cli.ts';
import { snapshotFolder } from '../support/folder-snapshot.ts';
import { tempFolder } from '../support/temp-folder.ts';

async function notebook(titles: string[]): Promise<string> {
  const folder = join(await tempFolder('dossier-backups-'), 'Backed.dossier');
  const service = await NotebookService.open(folder);
  const api = localApi(service);
  for (const title of titles) await api.addText({ title, text: `${title}: some text.` });
  await service.close();
  return folder;
}

describe('backups', () => {
  it('are taken on open of a notebook with content, and not again when nothing changed', async () => {
    const folder = await notebook(['One']);
    // The creating open had no content yet.
    expect(await listBackups(folder)).toEqual([]);
    await (await NotebookService.open(folder)).close();
    const [first, ...rest] = await listBackups(folder);
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ reason: 'open', files: 2, schemaVersion: 1 });
    await (await NotebookService.open(folder)).close();
    expect(await listBackups(folder)).toHaveLength(1);
  });

  it('are kept to a bounded count, oldest removed first', async () => {
    const folder = await notebook(['One']);
    const service = await NotebookService.open(folder);
    const api = localApi(service);
    const start = Date.now() + 86_400_000; // after the backup taken on open
    for (let i = 0; i < 8; i++) {
      await api.addText({ title: `Article ${i}`, text: `Text ${i}.` });
      await takeSnapshot(folder, {
        reason: 'changes',
        now: new Date(start + i * 60_000),
        policy: { keep: 5 },
      });
    }
    await service.close();
    const backups = await listBackups(folder);
    expect(backups).toHaveLength(5);
    expect(backups.map((b) => b.time)).toEqual(
      [3, 4, 5, 6, 7].map((i) => new Date(start + i * 60_000).toISOString()),
    );
    expect((await readdir(join(folder, 'backups'))).sort()).toEqual(
      backups.map((b) => b.id).sort(),
    );
  });

  it('are taken after changes only once the interval has passed (maybeSnapshot)', async () => {
    const folder = await notebook(['One']);
    const service = await NotebookService.open(folder);
    const api = localApi(service);
    const opened = Date.parse((await listBackups(folder)).at(-1)!.time);
    const policy = { intervalMs: 10 * 60_000 };
    await api.addText({ title: 'Two', text: 'Two.' });
    expect(
      await maybeSnapshot(folder, service.store.backupState, {
        policy,
        now: new Date(opened + 9 * 60_000),
      }),
    ).toBeNull();
    const due = await maybeSnapshot(folder, service.store.backupState, {
      policy,
      now: new Date(opened + 11 * 60_000),
    });
    expect(due).toMatchObject({ reason: 'changes', files: 3 });
    expect(
      await maybeSnapshot(folder, service.store.backupState, {
        policy,
        now: new Date(opened + 12 * 60_000),
      }),
    ).toBeNull();
    await service.close();
  });

  it('share unchanged files between backups but never an inode with a live file', async () => {
    const folder = await notebook(['One', 'Two']);
    await (await NotebookService.open(folder)).close();
    const [backup] = await listBackups(folder);
    const articles = await readdir(join(folder, 'articles'));
    const live = join(folder, 'articles', articles[0]!);
    const kept = await readFile(live);
    // Another program damages a live file in place: the backup's copy is untouched.
    await writeFile(live, '{"torn":');
    expect(await readFile(join(folder, 'backups', backup!.id, 'articles', articles[0]!))).toEqual(
      kept,
    );
  });

  it('ignore and clean away a snapshot cut short (no manifest)', async () => {
    const folder = await notebook(['One']);
    await mkdir(join(folder, 'backups', '20261127-120000', 'articles'), { recursive: true });
    await writeFile(join(folder, 'backups', '20261127-120000', 'notebook.json'), '{}');
    expect(await listBackups(folder)).toEqual([]);
    await (await NotebookService.open(folder)).close();
    const backups = await listBackups(folder);
    expect(await readdir(join(folder, 'backups'))).toEqual(backups.map((b) => b.id));
  });

  it('are restored through the API, and the restore is undone by undo', async () => {
    const folder = await notebook(['One']);
    await (await NotebookService.open(folder)).close();
    const [backup] = await listBackups(folder);
    const service = await NotebookService.open(folder);
    const api = localApi(service);
    await api.addText({ title: 'Two', text: 'Two.' });
    expect((await api.listBackups({})).map((b) => b.id)).toEqual([backup!.id]);
    const result = await api.restoreBackup({ id: backup!.id });
    expect(result).toMatchObject({ written: 2, removed: 1 });
    expect(result.undoLabel).toBe(`Restore the backup ${backup!.id}`);
    expect((await api.listArticles({})).map((a) => a.title)).toEqual(['One']);
    await api.undo({});
    expect((await api.listArticles({})).map((a) => a.title).sort()).toEqual(['One', 'Two']);
    await expect(api.restoreBackup({ id: '20000101-000000' })).rejects.toThrow(
      /no complete backup/,
    );
    await service.close();
  });

  it('are listed and restored from the CLI, also when notebook.json is damaged', async () => {
    const folder = await notebook(['One']);
    await (await NotebookService.open(folder)).close();
    const [backup] = await listBackups(folder);
    await writeFile(join(folder, 'notebook.json'), '{"format": "dossier-no');
    const list = runCli(['--notebook', folder, 'backups']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(
      new RegExp(`^${backup!.id} +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d +2 files +open\\n$`),
    );
    const json = await runCliInProcess(['--notebook', folder, 'backups', '--json']);
    expect(JSON.parse(json.stdout)).toEqual([backup]);
    const refused = await runCliInProcess(['--notebook', folder, 'list']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`(dossier restore ${backup!.id}).`);
    const restored = await runCliInProcess(['--notebook', folder, 'restore', backup!.id]);
    expect(restored.stderr).toBe('');
    expect(restored.stdout).toMatch(
      new RegExp(
        `^Restored backup ${backup!.id} \\(.*, open\\): 2 files written\\. The state before it is backup \\d{8}-\\d{6}(-\\d+)?\\.\\n$`,
      ),
    );
    expect((await runCliInProcess(['--notebook', folder, 'list'])).stdout).toContain('One');
    const missing = await runCliInProcess(['--notebook', folder, 'restore', '20000101-000000']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^dossier: There is no complete backup 20000101-000000/);
  }, 60_000);
});

/** A notebook.json at schema version 0: the format marker, no version. */
const V0_NOTEBOOK = {
  format: 'dossier-notebook',
  title: 'Old notes',
  createdAt: '2025-01-02T03:04:05.000Z',
};

async function v0Notebook(): Promise<{ folder: string; v0: string; articleId: string }> {
  // An article written by today's Dossier (version 0 had the same article files).
  const folder = await notebook(['Kept across the migration']);
  const [name] = await readdir(join(folder, 'articles'));
  const v0 = JSON.stringify(V0_NOTEBOOK, null, 1) + '\n';
  await writeFile(join(folder, 'notebook.json'), v0);
  return { folder, v0, articleId: name!.slice(0, -5) };
}

describe('migrations', () => {
  it('form an unbroken chain up to the current version', () => {
    expect(stepsFrom(0).map((step) => [step.from, step.to])).toEqual([[0, 1]]);
    expect(stepsFrom(1)).toEqual([]);
    expect(() => stepsFrom(0, [], 1)).toThrow(/does not know how to upgrade it from version 0/);
    expect(migrateJson('notebook', V0_NOTEBOOK, MIGRATIONS)).toEqual({
      ...V0_NOTEBOOK,
      schemaVersion: 1,
    });
  });

  it('upgrade a version 0 notebook on open, with a backup of the old files taken first', async () => {
    const { folder, v0, articleId } = await v0Notebook();
    const service = await NotebookService.open(folder);
    const api = localApi(service);
    expect((await api.info({})).title).toBe('Old notes');
    expect((await api.listArticles({})).map((a) => a.id)).toEqual([articleId]);
    await service.close();
    const meta = JSON.parse(await readFile(join(folder, 'notebook.json'), 'utf8'));
    expect(meta).toEqual({ ...V0_NOTEBOOK, schemaVersion: 1 });
    const backups = await listBackups(folder);
    const before = backups.find((b) => b.reason === 'before migration from schema 0')!;
    expect(before).toMatchObject({ schemaVersion: 0, files: 2 });
    expect(await readFile(join(folder, 'backups', before.id, 'notebook.json'), 'utf8')).toBe(v0);
    // That backup restores (it is migrated again on the next open).
    const restoring = await NotebookService.open(folder);
    await localApi(restoring).restoreBackup({ id: before.id });
    await restoring.close();
    await (await NotebookService.open(folder)).close();
    expect(JSON.parse(await readFile(join(folder, 'notebook.json'), 'utf8')).schemaVersion).toBe(1);
  });

  it('refuse a notebook.json without its format marker, and change nothing', async () => {
    const { folder } = await v0Notebook();
    const { format: _format, ...markerless } = V0_NOTEBOOK;
    const path = join(folder, 'notebook.json');
    await writeFile(path, JSON.stringify(markerless));
    const before = await snapshotFolder(folder);
    for (const readOnly of [false, true]) {
      const error = await NotebookService.open(folder, { readOnly }).then(
        () => null,
        (e: unknown) => e as Error & { code: string; file?: string },
      );
      expect(error?.code).toBe('damaged-file');
      expect(error?.file).toBe('notebook.json');
      expect(error?.message).toMatch(
        new RegExp(
          `^${path} is not a Dossier notebook file: it has no format marker .*it was left as it is\\.`,
        ),
      );
    }
    expect(await snapshotFolder(folder)).toEqual(before);
    expect((await listBackups(folder)).map((b) => b.reason)).not.toContain(
      'before migration from schema 0',
    );
  });

  it('refuse to upgrade on a read-only open, and change nothing', async () => {
    const { folder } = await v0Notebook();
    const before = await snapshotFolder(folder);
    await expect(NotebookService.open(folder, { readOnly: true })).rejects.toThrow(
      /written by an older Dossier \(schema 0\)/,
    );
    expect(await snapshotFolder(folder)).toEqual(before);
  });

  it('refuse a notebook from a newer Dossier, and change nothing', async () => {
    const folder = await notebook(['One']);
    const meta = JSON.parse(await readFile(join(folder, 'notebook.json'), 'utf8'));
    await writeFile(join(folder, 'notebook.json'), JSON.stringify({ ...meta, schemaVersion: 99 }));
    const before = await snapshotFolder(folder);
    await expect(NotebookService.open(folder)).rejects.toThrow(/written by a newer Dossier/);
    expect(await snapshotFolder(folder)).toEqual(before);
  });
});
