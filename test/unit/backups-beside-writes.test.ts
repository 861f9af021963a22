import { readdir, readFile, writeFile } from 'node:fs/promises';
import type * as FsPromises from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { localApi } from '../../electron/core/api/dispatch.ts';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { MANIFEST_FILE } from '../../electron/core/disk/notebook-layout.ts';
import {
  listBackups,
  manifestContent,
  readManifest,
  type Manifest,
} from '../../electron/core/store/backup-manifests.ts';
import { SnapshotCapture } from '../../electron/core/store/snapshot-capture.ts';
import { BackupState, takeSnapshot } from '../../electron/core/store/backups.ts';
import { threeArticleNotebook } from '../support/three-article-notebook.ts';

/**
 * Saves do not wait for a backup (issue 21: at 100,000 articles a snapshot takes seconds to
 * minutes, and a save queued behind it took as long). The backup is taken beside the writes and
 * still holds the notebook as it was at one instant: its start.
 */

/** While set, reading a backup's manifest waits for it: a snapshot is held half way. */
let held: Promise<void> | null = null;

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  const readFile = (async (...args: Parameters<typeof real.readFile>) => {
    if (held !== null && String(args[0]).endsWith(`/${MANIFEST_FILE}`)) await held;
    return real.readFile(...args);
  }) as typeof real.readFile;
  return { ...real, readFile, default: { ...real, readFile } };
});

afterEach(() => {
  held = null;
});

/** A notebook with three articles, closed (its first open took a backup of them). */
const notebook = () => threeArticleNotebook('dossier-beside-');

const articleIn = async (folder: string, id: string) =>
  JSON.parse(await readFile(join(folder, 'articles', `${id}.json`), 'utf8')) as {
    mentions: unknown[];
  };

describe('a backup taken while the notebook is edited', () => {
  it('keeps no save waiting, and holds the notebook as it was at its start', async () => {
    const { folder, ids } = await notebook();
    const service = await NotebookService.open(folder);
    const api = localApi(service);
    try {
      let release!: () => void;
      held = new Promise((resolve) => (release = resolve));
      // The latest backup is old: the next change starts a rolling one, which is then held.
      service.store.backupState.lastAt = 0;
      await api.addText({ title: 'Fourth', text: 'Written before the backup started.' });
      await vi.waitFor(() => expect(service.store.backingUp).toBe(true));

      // Each of these waited for the backup before: they are saved while it is held.
      await api.getArticle({ id: ids[0]! });
      await api.markMention({
        articleId: ids[0]!,
        start: 0,
        end: 5,
        quote: 'Talks',
        target: { type: 'event', name: 'Talks' },
      });
      await api.deleteArticle({ id: ids[1]! });
      const fifth = await api.addText({ title: 'Fifth', text: 'Written during the backup.' });
      expect(service.store.backingUp).toBe(true);
      expect((await articleIn(folder, ids[0]!)).mentions).toHaveLength(1);

      release();
      await service.store.backupsSettled();
      const backup = (await listBackups(folder)).at(-1)!;
      expect(backup.reason).toBe('changes');
      const manifest = (await readManifest(folder, backup.id))!;
      const backedUp = join(folder, 'backups', backup.id);
      // The article as it was at the backup's start (no mention), the deleted one still there,
      // the one added since left out, the one added before in.
      expect((await articleIn(backedUp, ids[0]!)).mentions).toEqual([]);
      expect(manifest.files).toContain(`articles/${ids[1]}.json`);
      expect((await articleIn(backedUp, ids[1]!)).mentions).toEqual([]);
      expect(manifest.files).not.toContain(`articles/${fifth.id}.json`);
      expect(manifest.files.filter((file) => file.startsWith('articles/'))).toHaveLength(4);
      expect(service.store.backupState.problem).toBeNull();
    } finally {
      held = null;
      await service.close();
    }
  });

  it('is waited for by the close, which leaves it complete', async () => {
    const { folder, ids } = await notebook();
    const service = await NotebookService.open(folder);
    const api = localApi(service);
    let release!: () => void;
    held = new Promise((resolve) => (release = resolve));
    service.store.backupState.lastAt = 0;
    await api.addText({ title: 'Fourth', text: 'Before the backup.' });
    await vi.waitFor(() => expect(service.store.backingUp).toBe(true));
    await api.deleteArticle({ id: ids[2]! });
    const closed = service.close();
    release();
    await closed;
    const backup = (await listBackups(folder)).at(-1)!;
    expect(backup).toMatchObject({ reason: 'changes', files: 5 }); // notebook.json, 4 articles
  });
});

describe('a manifest written in pieces', () => {
  it('is the JSON of the manifest, with many files and with none', () => {
    const files = Array.from({ length: 4_321 }, (_, i) => `articles/a${i}"\\.json`);
    const manifest: Manifest = {
      format: 'dossier-backup',
      id: '20261207-011246',
      time: '2026-12-07T01:12:46.000Z',
      reason: 'open',
      schemaVersion: 1,
      files,
      live: Object.fromEntries(files.map((file, i) => [file, `1:${i}:15:17.5:18.25`])),
    };
    const text = ({ live, ...m }: Manifest) =>
      [
        ...manifestContent(
          m,
          m.files.map((file) => live[file]!),
        ),
      ].join('');
    expect(text(manifest)).toBe(JSON.stringify(manifest, null, 1) + '\n');
    const empty = { ...manifest, files: [], live: {} };
    expect(JSON.parse(text(empty))).toEqual(empty);
  });
});

describe('the capture of a backup taken beside the writes', () => {
  it('holds the next batch of the backup back while a write is in progress', async () => {
    const capture = new SnapshotCapture();
    capture.start(async () => 'kept');
    let finish!: () => void;
    const writing = capture.write(
      ['entities.json'],
      () => new Promise<void>((resolve) => (finish = resolve)),
    );
    let resumed = false;
    const batch = capture.writesDone().then(() => (resumed = true));
    await new Promise(setImmediate); // the write is held: the batch must still wait
    expect(resumed).toBe(false);
    finish();
    await writing;
    await batch;
    expect(resumed).toBe(true);
    expect(await capture.versions()).toEqual(new Map([['entities.json', 'kept']]));
  });
});

describe('the backup on open when the notebook closes while it is still being decided', () => {
  /** A snapshot waiting for the open's check (`skipIf`), which has not answered yet. */
  const waitingForTheCheck = (folder: string, capture: SnapshotCapture, state: BackupState) => {
    let answer!: (current: boolean) => void;
    const skipIf = new Promise<boolean>((resolve) => (answer = resolve));
    const taken = takeSnapshot(folder, { reason: 'open', skipIf, capture, state });
    return { taken, answer };
  };

  it('is left for the next open when no write was made: nothing waits, nothing is left behind', async () => {
    const { folder } = await notebook();
    const before = await readdir(join(folder, 'backups'));
    const capture = new SnapshotCapture();
    const state = new BackupState();
    const { taken } = waitingForTheCheck(folder, capture, state);
    await vi.waitFor(async () =>
      expect((await readdir(join(folder, 'backups'))).length).toBe(before.length + 1),
    );
    capture.leaveIfUntouched();
    expect(await taken).toBeNull(); // without the check's answer
    expect(await readdir(join(folder, 'backups'))).toEqual(before); // its folder removed
    expect(state.lastAt).toBeUndefined(); // not counted as a backup of the notebook as it is
  });

  it('is still taken, as at its start, once a write went through it', async () => {
    const { folder, ids } = await notebook();
    const capture = new SnapshotCapture();
    const { taken, answer } = waitingForTheCheck(folder, capture, new BackupState());
    const file = join(folder, 'articles', `${ids[0]}.json`);
    const original = await readFile(file, 'utf8');
    await capture.write([`articles/${ids[0]}.json`], () => writeFile(file, '{}'));
    capture.leaveIfUntouched(); // too late: the backup holds that file's version before the write
    answer(false); // the check: the latest backup does not hold the notebook
    const backup = await taken;
    expect(backup).not.toBeNull();
    const copy = join(folder, 'backups', backup!.id, 'articles', `${ids[0]}.json`);
    expect(await readFile(copy, 'utf8')).toBe(original);
  });
});
