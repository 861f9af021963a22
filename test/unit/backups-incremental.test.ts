import { readdir, readFile, stat } from 'node:fs/promises';
import type * as FsPromises from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { localApi } from '../../electron/core/api/dispatch.ts';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { BACKUPS_FOLDER } from '../../electron/core/disk/notebook-layout.ts';
import { listBackups } from '../../electron/core/store/backup-manifests.ts';
import { latestBackupIsCurrent, takeSnapshot } from '../../electron/core/store/backups.ts';
import { tempFolder } from '../support/temp-folder.ts';
import { threeArticleNotebook } from '../support/three-article-notebook.ts';

/**
 * Backups cost what changed (issue 21): a snapshot hard-links the files unchanged since the
 * previous one and copies the others; where links fail it copies; a full disk during a backup
 * leaves the notebook and the earlier backups intact, and says so.
 */

/**
 * Faults to inject: `copyFile` or `link` into backups/ fails with `code`. With `file`, only that
 * file's call fails, and the others end once it has failed and the event loop has turned once:
 * while the failure is being handled.
 */
let fault: { call: 'copyFile' | 'link'; code: string; file?: string } | null = null;
/** What happened in backups/ while `fault.file` was set, in order: `copied <path>`, `rm <path>`. */
let backupOps: string[] = [];
let faultMet = signal();

/** A promise and what resolves it. */
function signal(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  const inBackups = (path: unknown) => String(path).includes(`/${BACKUPS_FOLDER}/`);
  const failing = (call: 'copyFile' | 'link', target: unknown) => {
    if (fault?.call !== call || !inBackups(target)) return null;
    if (fault.file !== undefined && !String(target).endsWith(fault.file)) return null;
    const error: NodeJS.ErrnoException = new Error(`${fault.code}: injected, ${call}`);
    error.code = fault.code;
    error.syscall = call.toLowerCase();
    error.path = String(target);
    return error;
  };
  const copyFile: typeof real.copyFile = async (source, target, mode) => {
    const error = failing('copyFile', target);
    if (error !== null) {
      faultMet.resolve();
      throw error;
    }
    if (fault?.file === undefined || !inBackups(target)) return real.copyFile(source, target, mode);
    await faultMet.promise;
    await new Promise((turned) => setImmediate(turned));
    await real.copyFile(source, target, mode);
    backupOps.push(`copied ${String(target)}`);
  };
  const link: typeof real.link = (existing, target) => {
    const error = failing('link', target);
    return error === null ? real.link(existing, target) : Promise.reject(error);
  };
  const rm: typeof real.rm = (path, options) => {
    if (fault?.file !== undefined && inBackups(path)) backupOps.push(`rm ${String(path)}`);
    return real.rm(path, options);
  };
  const replaced = { copyFile, link, rm };
  return { ...real, ...replaced, default: { ...real, ...replaced } };
});

afterEach(() => {
  fault = null;
  backupOps = [];
  faultMet = signal();
});

/** A notebook with three articles, closed, and no backup yet. */
const notebook = () => threeArticleNotebook('dossier-backups-');

const inode = async (path: string) => (await stat(path)).ino;

describe('incremental backups', () => {
  it('link the files unchanged since the previous backup and copy the changed ones', async () => {
    const { folder, ids } = await notebook();
    const first = (await takeSnapshot(folder, { reason: 'test' }))!;
    const service = await NotebookService.open(folder);
    await localApi(service).updateArticle({
      id: ids[0] as never,
      metadata: { title: 'Talks in Tokyo, day 2' },
    });
    await service.close();
    const second = (await takeSnapshot(folder, { reason: 'test' }))!;

    const file = (backup: string, id: string) =>
      join(folder, BACKUPS_FOLDER, backup, 'articles', `${id}.json`);
    expect(await inode(file(second.id, ids[1]!))).toBe(await inode(file(first.id, ids[1]!)));
    expect(await inode(file(second.id, ids[2]!))).toBe(await inode(file(first.id, ids[2]!)));
    expect(await inode(file(second.id, ids[0]!))).not.toBe(await inode(file(first.id, ids[0]!)));
    expect(await readFile(file(second.id, ids[0]!), 'utf8')).toContain('day 2');
    // Never the live file's inode: a live file damaged in place cannot damage a backup.
    const live = join(folder, 'articles', `${ids[1]}.json`);
    expect(await inode(file(second.id, ids[1]!))).not.toBe(await inode(live));
  });

  it('hold every file as it is, past the first batch of files too', async () => {
    // More files than a snapshot links or copies at a time (32): whether each is linked to the
    // previous backup's copy is decided by its own version, wherever it falls in a batch.
    const folder = join(await tempFolder('dossier-backups-'), 'nb');
    let service = await NotebookService.open(folder);
    let api = localApi(service);
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) {
      ids.push((await api.addText({ title: `Report ${i}`, text: `Report ${i}: the text.` })).id);
    }
    await service.close();
    await takeSnapshot(folder, { reason: 'test' });
    service = await NotebookService.open(folder);
    api = localApi(service);
    // The files listed last (in the second batch) change; those listed first do not.
    for (const id of [...ids].sort().slice(-20)) {
      await api.updateArticle({ id: id as never, metadata: { title: `Revised ${id}` } });
    }
    await service.close();
    const second = (await takeSnapshot(folder, { reason: 'test' }))!;

    const backup = join(folder, BACKUPS_FOLDER, second.id);
    const files = (await readdir(join(backup, 'articles'))).map((name) => `articles/${name}`);
    expect(files).toHaveLength(40);
    for (const file of ['notebook.json', ...files]) {
      expect(await readFile(join(backup, file), 'utf8'), file).toBe(
        await readFile(join(folder, file), 'utf8'),
      );
    }
  });

  it('leave nothing of a snapshot that failed while other copies were under way', async () => {
    const { folder, ids } = await notebook();
    fault = { call: 'copyFile', code: 'ENOSPC', file: `${ids[1]}.json` };
    await expect(takeSnapshot(folder, { reason: 'test' })).rejects.toThrow(/ENOSPC/);
    expect(await readdir(join(folder, BACKUPS_FOLDER))).toEqual([]);
    // The folder is removed once every copy into it has ended, never while one runs.
    const removal = backupOps.findIndex((op) => op.startsWith('rm '));
    expect(removal).toBeGreaterThan(0);
    expect(backupOps.slice(removal).filter((op) => op.startsWith('copied '))).toEqual([]);
  });

  it('tell whether the latest one holds the notebook as it is (the backup on open is skipped then)', async () => {
    const { folder, ids } = await notebook();
    expect(await latestBackupIsCurrent(folder)).toBe(false); // none yet
    await takeSnapshot(folder, { reason: 'test' });
    expect(await latestBackupIsCurrent(folder)).toBe(true);
    const service = await NotebookService.open(folder);
    await localApi(service).updateArticle({ id: ids[2] as never, metadata: { tags: ['iran'] } });
    await service.close();
    expect(await latestBackupIsCurrent(folder)).toBe(false);
    expect(await takeSnapshot(folder, { reason: 'test', skipIfUnchanged: true })).not.toBeNull();
    expect(await latestBackupIsCurrent(folder)).toBe(true);
  });

  it('copy where the file system refuses a link', async () => {
    const { folder, ids } = await notebook();
    const first = (await takeSnapshot(folder, { reason: 'test' }))!;
    fault = { call: 'link', code: 'EMLINK' };
    const second = (await takeSnapshot(folder, { reason: 'test' }))!;
    const path = (backup: string) =>
      join(folder, BACKUPS_FOLDER, backup, 'articles', `${ids[1]}.json`);
    expect(await inode(path(second.id))).not.toBe(await inode(path(first.id)));
    expect(await readFile(path(second.id), 'utf8')).toBe(await readFile(path(first.id), 'utf8'));
    expect((await listBackups(folder)).map((backup) => backup.files)).toEqual([4, 4]);
  });

  it('out of disk: the notebook is intact and works on, the backup says why, the next one succeeds', async () => {
    const { folder, ids } = await notebook();
    const before = await readFile(join(folder, 'articles', `${ids[0]}.json`), 'utf8');
    fault = { call: 'copyFile', code: 'ENOSPC' };
    const service = await NotebookService.open(folder); // takes the backup on open
    const api = localApi(service);
    try {
      const { backupProblem: problem } = await api.info({});
      expect(problem).toMatch(
        /^No backup of the notebook could be taken: Cannot write .*\/backups\/.*: the disk is full\. Free some space and try again\. Your changes themselves are saved\.$/,
      );
      // Nothing of the cut-short snapshot is left to fill the disk further.
      expect(await readdir(join(folder, BACKUPS_FOLDER))).toEqual([]);
      expect(await listBackups(folder)).toEqual([]);
      expect(await readFile(join(folder, 'articles', `${ids[0]}.json`), 'utf8')).toBe(before);
      expect((await api.listArticles({})).map((article) => article.id).sort()).toEqual(
        [...ids].sort(),
      );
      await api.addText({ title: 'Written while the disk is full for backups', text: 'Saved.' });
      expect(await api.listArticles({})).toHaveLength(4);

      fault = null;
      const state = service.store.backupState;
      const backup = await takeSnapshot(folder, { reason: 'test', state });
      expect(backup?.files).toBe(5);
      expect(state.problem).toBeNull();
    } finally {
      await service.close();
    }
  });
});
