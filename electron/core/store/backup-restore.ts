import { mkdir, readFile, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { RestoreResult } from '../../common/model/backup.ts';
import { syncFolder, writeFileDurably } from '../disk/durable-file.ts';
import {
  ARTICLES_FOLDER as ARTICLES,
  BACKUPS_FOLDER,
  NOTEBOOK_FILE,
} from '../disk/notebook-layout.ts';
import { currentFiles, readManifest } from './backup-manifests.ts';
import { validateBackup } from './backup-validation.ts';
import { DEFAULT_BACKUP_POLICY, takeSnapshot, type BackupPolicy } from './backups.ts';
import { NotebookLock } from './lock.ts';

export interface RestoreOptions {
  /** Who holds the lock while restoring, as shown to a second process. */
  app?: string;
  /** The caller already holds the notebook's lock (an open service). */
  lockHeld?: boolean;
  now?: Date;
  policy?: Partial<BackupPolicy>;
}

/**
 * Replace the notebook's files with a backup's. Works on a notebook that cannot open (a damaged
 * notebook.json): it takes the lock itself and validates only the backup. The current state,
 * damaged files included, is snapshotted first ("before restore"), so a restore can be undone.
 */
export async function restoreBackup(
  folder: string,
  id: string,
  options: RestoreOptions = {},
): Promise<RestoreResult> {
  const root = resolve(folder);
  const restored = await validateBackup(root, id);
  const lock = options.lockHeld
    ? null
    : await NotebookLock.acquire(root, options.app ?? 'dossier restore');
  try {
    // Validated again under the lock: nothing may have changed it, but the check is cheap.
    await validateBackup(root, id);
    const before = await takeSnapshot(root, {
      reason: `before restore of ${id}`,
      ...(options.now && { now: options.now }),
      policy: {
        ...options.policy,
        keep: Math.max(2, options.policy?.keep ?? DEFAULT_BACKUP_POLICY.keep),
      },
    });
    const manifest = (await readManifest(root, id))!;
    const snapshot = join(root, BACKUPS_FOLDER, id);
    await mkdir(join(root, ARTICLES), { recursive: true });
    // Articles first and notebook.json last: each write is atomic, and a notebook whose
    // notebook.json is sound is always one of its states or a mix of whole files.
    const order = [
      ...manifest.files.filter((file) => file.startsWith(`${ARTICLES}/`)),
      ...manifest.files.filter(
        (file) => !file.startsWith(`${ARTICLES}/`) && file !== NOTEBOOK_FILE,
      ),
      NOTEBOOK_FILE,
    ];
    for (const file of order) {
      await writeFileDurably(join(root, file), await readFile(join(snapshot, file)));
    }
    const wanted = new Set(manifest.files);
    let removed = 0;
    for (const file of await currentFiles(root)) {
      if (wanted.has(file)) continue;
      await unlink(join(root, file));
      removed++;
    }
    if (removed > 0) {
      await syncFolder(join(root, ARTICLES));
      await syncFolder(root);
    }
    // The service's store reloads after a restore, with a new BackupState: the next backup after
    // changes counts its interval from the "before restore" snapshot.
    return { restored, before, written: order.length, removed };
  } finally {
    await lock?.release();
  }
}

// ---------------------------------------------------------------------------------------------
// Hooks called by NotebookStore.open / load.
