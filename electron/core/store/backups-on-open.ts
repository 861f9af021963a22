import { unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { BackupInfo } from '../../common/model/backup.ts';
import { isTemporaryName } from '../disk/durable-file.ts';
import {
  ARTICLES_FOLDER as ARTICLES,
  CACHE_FOLDER,
  ORIGINALS_FOLDER,
} from '../disk/notebook-layout.ts';
import { hasContent, pruneBackups } from './backup-manifests.ts';
import { latestSoundBackup, offerBackupSentence } from './backup-validation.ts';
import {
  DEFAULT_BACKUP_POLICY,
  takeSnapshot,
  type BackupState,
  type SnapshotOptions,
} from './backups.ts';
import { migrateNotebook } from './migrations.ts';
import { namesUpTo } from './catalog-check.ts';

/** The backups' part of opening a notebook: crash leftovers removed, a migration's and the open's backups. */

/**
 * On open, with the lock: remove what a crashed writer left (temporary files of writes that
 * never reached their rename, snapshots without a manifest), offer a backup for each damaged
 * article, then take a backup of a notebook
 * that has content unless nothing changed since the latest one. Never throws: none of this may
 * keep the notebook from opening.
 */
export async function afterOpen(
  folder: string,
  damaged: { file: string; message: string }[] = [],
  // performance (issue 8): a large notebook's snapshot runs after the open (openSnapshot).
  options: { deferSnapshot?: boolean; state: BackupState },
): Promise<BackupInfo | null> {
  try {
    await removeStrayTempFiles(folder);
    // A snapshot a crash cut short (its manifest never written) is removed now, whether or not
    // this open takes one: snapshots run beside the writes, so a kill often lands in one.
    await pruneBackups(folder, DEFAULT_BACKUP_POLICY.keep);
    // A damaged article is left out of the notebook: its message offers the latest sound copy.
    for (const entry of damaged) {
      if (entry.message.includes('dossier restore')) continue;
      const backup = await latestSoundBackup(folder, entry.file).catch(() => null);
      entry.message = `${entry.message} ${offerBackupSentence(backup)}`;
    }
    // A snapshot of a notebook with a damaged file could not be restored, and it would push a
    // sound backup out of the rolling set.
    if (options.deferSnapshot || damaged.length > 0) return null;
    return await openSnapshot(folder, options.state);
  } catch {
    return null;
  }
}

/**
 * The backup taken on open (skipped when nothing changed since the latest one). Never throws.
 * For a large notebook the store defers it and the service runs it in its queue right after
 * the open, so it never interleaves with a write (docs/PERFORMANCE.md).
 */
export async function openSnapshot(
  folder: string,
  state: BackupState,
  options: Pick<SnapshotOptions, 'skipIf' | 'capture'> = {},
): Promise<BackupInfo | null> {
  try {
    if (!(await hasContent(folder))) return null;
    const backup = await takeSnapshot(folder, {
      reason: 'open',
      skipIfUnchanged: true,
      state,
      ...options,
    });
    if (backup === null) await pruneBackups(folder, DEFAULT_BACKUP_POLICY.keep);
    return backup;
  } catch (error) {
    return state.failed(error);
  }
}

/** Only the lock holder writes, so any temporary file found on open is a crashed write's. */
export async function removeStrayTempFiles(folder: string): Promise<string[]> {
  const root = resolve(folder);
  const removed: string[] = [];
  for (const sub of ['', ARTICLES, ORIGINALS_FOLDER, CACHE_FOLDER]) {
    // Never null: no most.
    for (const name of (await namesUpTo(join(root, sub), Infinity, isTemporaryName))!) {
      await unlink(join(root, sub, name)).catch(() => undefined);
      removed.push(sub === '' ? name : `${sub}/${name}`);
    }
  }
  return removed;
}

/** Before load: upgrade an older notebook, with a backup of it taken first. */
export async function migrateOnLoad(folder: string, writable: boolean): Promise<void> {
  await migrateNotebook(folder, {
    writable,
    backup: async (reason, schemaVersion) => {
      await takeSnapshot(folder, { reason, schemaVersion });
    },
  });
}
