import { constants } from 'node:fs';
import { copyFile, link, lstat, mkdir, open, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { BackupInfo } from '../../common/model/backup.ts';
import { describe } from '../../common/errors.ts';
import { NOTEBOOK_SCHEMA_VERSION } from '../../common/model/notebook.ts';
import { syncFolder, writeFileDurably } from '../disk/durable-file.ts';
import {
  ARTICLES_FOLDER as ARTICLES,
  BACKUPS_FOLDER,
  MANIFEST_FILE,
} from '../disk/notebook-layout.ts';
import { TimeSlices } from '../time-slices.ts';
import {
  BACKUP_FORMAT,
  backupId,
  infoOf,
  manifestContent,
  newestManifest,
  pruneBackups,
  type Manifest,
} from './backup-manifests.ts';
import { inStatWorker, STAT_FIELDS } from './file-stats.ts';
import { SnapshotCapture } from './snapshot-capture.ts';
import {
  indexInPlan,
  snapshotPlan,
  snapshotPlanHere,
  versionOf,
  type SnapshotPlan,
} from './snapshot-plan.ts';

/**
 * Rolling backups (docs/ARCHITECTURE.md "Data", docs/RELIABILITY.md): `backups/<id>/` holds a snapshot of
 * the notebook's JSON files. A snapshot copies only the files that changed since the previous
 * one (a reflink where the file system has them) and hard-links the rest to the previous
 * snapshot's copy: backups never share an inode with a live file, so a live file damaged in
 * place cannot damage them, and nothing ever writes into a backup's file, so links between
 * backups are safe. `manifest.json` is written last: a folder without one is a snapshot that was
 * cut short, ignored and cleaned away.
 *
 * originals/ is not snapshotted: originals are written once and never rewritten, and removed
 * only once no article and no backup names them (orphan-originals.ts).
 * cache/ is derived and rebuildable.
 */

export interface BackupPolicy {
  /** How many complete backups to keep; older ones are removed. */
  keep: number;
  /** A change this long after the latest backup takes a new one. */
  intervalMs: number;
}

export const DEFAULT_BACKUP_POLICY: BackupPolicy = { keep: 20, intervalMs: 10 * 60_000 };

/**
 * What this process knows of an open notebook's backups between calls (the store holds it): when
 * the latest was taken, so that maybeSnapshot is cheap when none is due, and why the latest one
 * on open or after changes failed (a read-only backups/ folder, a full disk), until one succeeds.
 * Those backups never throw (the change itself is safe), so hosts show `problem` instead (the CLI
 * on stderr, the app in `info().backupProblem`).
 */
export class BackupState {
  lastAt: number | undefined = undefined;
  problem: string | null = null;
  /** The latest backup's time as found on disk, looked up once (see `since`). */
  private found: Promise<number> | null = null;

  /**
   * When the latest backup was taken. A notebook never backed up counts its interval from its
   * first change in this process (`now` of the first call: calls made meanwhile share its look-up).
   */
  async since(folder: string, now: Date): Promise<number> {
    if (this.lastAt !== undefined) return this.lastAt;
    this.found ??= newestManifest(resolve(folder)).then(
      (latest) => (latest === null ? now.getTime() : Date.parse(latest.time)),
      () => now.getTime(),
    );
    const found = await this.found;
    return (this.lastAt ??= found);
  }

  taken(time: number): void {
    this.lastAt = time;
    this.problem = null;
  }

  failed(error: unknown): null {
    this.problem = `No backup of the notebook could be taken: ${describe(error)} Your changes themselves are saved.`;
    return null;
  }
}

export interface SnapshotOptions {
  reason: string;
  policy?: Partial<BackupPolicy>;
  /** The clock, for tests. */
  now?: Date;
  /** Skip when every file is the very file the latest backup holds (no change since). */
  skipIfUnchanged?: boolean;
  /**
   * Skip when this resolves to true (the check made while a large notebook opened); and when
   * the notebook closes untouched before it has resolved (`capture.left`): the next open takes
   * the backup then (issue 21: the close of a notebook just opened waited seconds for the check).
   */
  skipIf?: Promise<boolean>;
  /** The notebook's schema version, written in the manifest. */
  schemaVersion?: number;
  /** The open notebook's backup state, told of the backup taken. */
  state?: BackupState;
  /**
   * Writes go on while the snapshot is taken (the store reports them to this capture, made at
   * the snapshot's instant). Without it, the caller holds the notebook's lock and no write runs
   * meanwhile.
   */
  capture?: SnapshotCapture;
}

/**
 * Snapshot the notebook's files into backups/<id>/, as they are at the instant the call is made
 * (or `options.capture` was). Returns null when skipped.
 */
export async function takeSnapshot(
  folder: string,
  options: SnapshotOptions,
): Promise<BackupInfo | null> {
  const root = resolve(folder);
  const policy = { ...DEFAULT_BACKUP_POLICY, ...options.policy };
  const now = options.now ?? new Date();
  const capture = options.capture ?? new SnapshotCapture();
  const backups = join(root, BACKUPS_FOLDER);
  let target: string | null = null;
  try {
    await mkdir(backups, { recursive: true });
    const base = backupId(now);
    let id = base;
    for (let n = 2; await exists(join(backups, id)); n++) id = `${base}-${n}`;
    const snapshot = (target = join(backups, id));
    await mkdir(join(snapshot, ARTICLES), { recursive: true });
    capture.start((file) => keepLiveFile(root, snapshot, file));
    if (options.skipIf !== undefined) {
      const skip = await Promise.race([options.skipIf, capture.left.then(() => 'left' as const)]);
      if (skip !== false) {
        await discard(capture, snapshot);
        // true: the latest backup holds the notebook as it is; 'left': not known.
        if (skip === true) options.state?.taken(now.getTime());
        return null;
      }
    }
    const plan = await snapshotPlan(root);
    const { files, versions, previous } = plan;
    let same =
      previous !== null && previous.files === files.length && previous.unchanged.every(Boolean);
    // The files written since the instant, as they were then (null: not there then).
    const changed = new Map<string, string | null>();
    const asAtTheInstant = async () => {
      for (const [file, version] of await capture.versions()) {
        const at = indexInPlan(files, file);
        if ((at === -1 ? null : versions[at]) !== version) same = false; // compared after their write
        changed.set(file, version);
      }
    };
    await asAtTheInstant();
    if (options.skipIfUnchanged && same) {
      await discard(capture, snapshot);
      options.state?.taken(now.getTime());
      return null;
    }
    // A file unchanged since the previous backup shares that backup's copy (a hard link);
    // a changed one is copied. Backups never share an inode with a live file, so even a file
    // damaged in place (by another program, a sync tool, the disk) leaves them intact. Many at
    // a time: the file system commits their fsyncs together (the first backup of 100,000
    // articles copies them all).
    await inBatches(
      files,
      (file, i) =>
        capture.take(file, async () => {
          const unchanged = previous !== null && previous.unchanged[i] === 1;
          const from = unchanged ? join(backups, previous.id, file) : join(root, file);
          await linkOrCopy(from, join(snapshot, file), !unchanged);
          return versions[i]!;
        }),
      () => capture.writesDone(), // saves go first
    );
    capture.close();
    await asAtTheInstant();
    const held = await asHeld(plan, changed);
    const manifest: Omit<Manifest, 'live'> = {
      format: BACKUP_FORMAT,
      id,
      time: now.toISOString(),
      reason: options.reason,
      schemaVersion: options.schemaVersion ?? NOTEBOOK_SCHEMA_VERSION,
      files: held.files,
    };
    // The copies must be durable before the manifest says the snapshot is complete.
    await syncFolder(join(snapshot, ARTICLES));
    await syncFolder(snapshot);
    await writeFileDurably(join(snapshot, MANIFEST_FILE), manifestContent(manifest, held.versions));
    await syncFolder(backups);
    options.state?.taken(now.getTime());
    await pruneBackups(root, policy.keep);
    return infoOf(manifest);
  } catch (error) {
    // A snapshot cut short (a full disk) gives its space back at once; the notebook's own files
    // were only read, and the earlier backups are untouched.
    if (target === null) capture.close();
    else await discard(capture, target).catch(() => undefined);
    throw error;
  }
}

/** A live file copied into the snapshot before it is replaced or removed: its version, or null. */
async function keepLiveFile(root: string, snapshot: string, file: string): Promise<string | null> {
  let info;
  try {
    info = await lstat(join(root, file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null; // new since the instant
    throw error;
  }
  await linkOrCopy(join(root, file), join(snapshot, file), true);
  return versionOf(new Float64Array(STAT_FIELDS.map((field) => info[field])));
}

/** Stop watching writes and remove a snapshot's folder (skipped, or cut short). */
async function discard(capture: SnapshotCapture, target: string): Promise<void> {
  capture.close();
  await capture.settled(); // no copy still running writes into the folder once it is removed
  await rm(target, { recursive: true, force: true });
}

/**
 * Whether the latest backup holds the notebook's files as they are (the backup on open would be
 * skipped). Needs no lock; false when it cannot tell. The store asks it while a large notebook
 * opens, so that the deferred backup on open, which writes wait for, is not even started when
 * there is nothing to back up.
 */
export function latestBackupIsCurrent(folder: string, stop?: Promise<void>): Promise<boolean> {
  // In a worker (issue 21: about a second of this thread's CPU at 100,000 articles, during the
  // open that lists the Library); stopped once `stop` resolves (the answer is not wanted).
  return inStatWorker<boolean>({ kind: 'backup-current', folder: resolve(folder) }, stop).catch(
    () => false,
  );
}

/** latestBackupIsCurrent on this thread (the stat worker's side). */
export async function backupIsCurrentHere(folder: string): Promise<boolean> {
  try {
    const { files, previous } = await snapshotPlanHere(resolve(folder));
    return (
      previous !== null && previous.files === files.length && previous.unchanged.every(Boolean)
    );
  } catch {
    return false;
  }
}

/**
 * After a change: take a backup when the latest one is older than the policy's interval. Cheap
 * when not due (one map lookup). Never throws: the change is already safe on disk, and a backup
 * that fails is retried after the next change.
 */
export async function maybeSnapshot(
  folder: string,
  state: BackupState,
  options: { policy?: Partial<BackupPolicy>; now?: Date; capture?: SnapshotCapture } = {},
): Promise<BackupInfo | null> {
  const root = resolve(folder);
  const policy = { ...DEFAULT_BACKUP_POLICY, ...options.policy };
  const now = options.now ?? new Date();
  try {
    if (!(await backupDue(root, state, { policy, now }))) return null;
    return await takeSnapshot(root, {
      reason: 'changes',
      policy,
      now,
      skipIfUnchanged: true,
      state,
      ...(options.capture && { capture: options.capture }),
    });
  } catch (error) {
    return state.failed(error);
  }
}

/** Whether the latest backup is older than the policy's interval (see maybeSnapshot). */
export async function backupDue(
  folder: string,
  state: BackupState,
  options: { policy?: Partial<BackupPolicy>; now?: Date } = {},
): Promise<boolean> {
  const policy = { ...DEFAULT_BACKUP_POLICY, ...options.policy };
  const now = options.now ?? new Date();
  return now.getTime() - (await state.since(folder, now)) >= policy.intervalMs;
}

/** How long a snapshot works on its lists between two turns of the thread. */
const SLICE_MS = 10;

/** How many files a snapshot links or copies at a time. */
const FILES_AT_ONCE = 32;

/**
 * `task` for each of `items` (and its index in `items`), `FILES_AT_ONCE` at a time, each batch
 * once `ready` resolves. A task that fails is reported once its whole batch has ended: the
 * snapshot's folder is removed then, and a copy still running would write into it again (a
 * manifest-less folder was left behind that way).
 */
async function inBatches<T>(
  items: readonly T[],
  task: (item: T, index: number) => Promise<unknown>,
  ready: () => Promise<void>,
): Promise<void> {
  for (let i = 0; i < items.length; i += FILES_AT_ONCE) {
    await ready();
    const batch = items.slice(i, i + FILES_AT_ONCE).map((item, j) => task(item, i + j));
    for (const outcome of await Promise.allSettled(batch)) {
      if (outcome.status === 'rejected') throw outcome.reason;
    }
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}

/** Link `source` (a backup's immutable copy) or copy it (a live file, or where links fail). */
async function linkOrCopy(source: string, target: string, copy: boolean): Promise<void> {
  if (!copy) {
    try {
      await link(source, target);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (!['EXDEV', 'EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EMLINK', 'EACCES'].includes(code ?? '')) {
        throw error;
      }
    }
  }
  try {
    // A reflink where the file system has them (btrfs, XFS, APFS), else a plain copy.
    await copyFile(source, target, constants.COPYFILE_FICLONE);
  } catch (error) {
    // The file vanished between listing and copying: the snapshot simply does not have it.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const handle = await open(target, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * The files the snapshot holds and their versions, in the plan's order: the plan's, as `changed`
 * says they were at the instant (in slices: 100,000 at a time held the close, issue 21).
 */
async function asHeld(
  plan: SnapshotPlan,
  changed: ReadonlyMap<string, string | null>,
): Promise<{ files: string[]; versions: string[] }> {
  const held = { files: [] as string[], versions: [] as string[] };
  const hold = (file: string, version: string | null) => {
    if (version === null) return;
    held.files.push(file);
    held.versions.push(version);
  };
  const slices = new TimeSlices(SLICE_MS);
  for (const [i, file] of plan.files.entries()) {
    const version = changed.get(file);
    hold(file, version === undefined ? plan.versions[i]! : version);
    if (slices.due) await slices.pause();
  }
  for (const [file, version] of changed) {
    if (indexInPlan(plan.files, file) === -1) hold(file, version); // new since the plan
  }
  return held;
}
