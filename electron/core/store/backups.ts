import { constants } from 'node:fs';
import {
  copyFile,
  link,
  lstat,
  mkdir,
  open,
  readdir,
  readFile,
  rm,
  unlink,
} from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { BackupIdSchema, type BackupInfo, type RestoreResult } from '../../common/model/backup.ts';
import { DossierError, describe } from '../../common/errors.ts';
import { ArticleSchema } from '../../common/model/article.ts';
import { EntitiesFileSchema } from '../../common/model/entity.ts';
import { EventsFileSchema } from '../../common/model/event.ts';
import { BriefingsFileSchema } from '../../common/model/briefing.ts';
import { ArticleIdSchema } from '../../common/model/ids.ts';
import { NOTEBOOK_SCHEMA_VERSION, NotebookFileSchema } from '../../common/model/notebook.ts';
import {
  isTemporaryName,
  parseJsonFile,
  syncFolder,
  writeFileDurably,
} from '../disk/durable-file.ts';
import {
  ARTICLES_FOLDER as ARTICLES,
  BACKUPS_FOLDER,
  BRIEFINGS_FILE,
  CACHE_FOLDER,
  ENTITIES_FILE,
  EVENTS_FILE,
  MANIFEST_FILE,
  NOTEBOOK_FILE,
  ORIGINALS_FOLDER,
  ROOT_FILES,
  articleFile,
} from '../disk/notebook-layout.ts';
import { NotebookLock } from './lock.ts';
import { migrateJsonForValidation, migrateNotebook } from './migrations.ts';

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

const BACKUP_FORMAT = 'dossier-backup';

export interface BackupPolicy {
  /** How many complete backups to keep; older ones are removed. */
  keep: number;
  /** A change this long after the latest backup takes a new one. */
  intervalMs: number;
}

export const DEFAULT_BACKUP_POLICY: BackupPolicy = { keep: 20, intervalMs: 10 * 60_000 };

/** 20261127-182000, with -2, -3… when two backups fall in the same second. */
const ManifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  id: BackupIdSchema,
  time: z.iso.datetime(),
  reason: z.string(),
  schemaVersion: z.number().int().nonnegative(),
  files: z.array(z.string()),
  /** Which version of each live file the snapshot copied (see takeSnapshot). */
  live: z.record(z.string(), z.string()).default({}),
});
type Manifest = z.infer<typeof ManifestSchema>;

/** The notebook files a snapshot holds: root files that exist, and articles/<id>.json. */
async function currentFiles(root: string): Promise<string[]> {
  const files: string[] = [];
  for (const name of ROOT_FILES) {
    if (await isFile(join(root, name))) files.push(name);
  }
  const articles = await readdir(join(root, ARTICLES)).catch(() => [] as string[]);
  for (const name of articles.sort()) {
    if (isArticleFileName(name)) files.push(`${ARTICLES}/${name}`);
  }
  return files;
}

function isArticleFileName(name: string): boolean {
  return name.endsWith('.json') && ArticleIdSchema.safeParse(name.slice(0, -5)).success;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await lstat(path)).isFile();
  } catch {
    return false;
  }
}

/** Whether a notebook has anything worth a backup (a new, empty notebook has not). */
export async function hasContent(root: string): Promise<boolean> {
  return (await currentFiles(root)).some((file) => file !== NOTEBOOK_FILE);
}

export function backupId(time: Date): string {
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return (
    `${time.getFullYear()}${pad(time.getMonth() + 1)}${pad(time.getDate())}-` +
    `${pad(time.getHours())}${pad(time.getMinutes())}${pad(time.getSeconds())}`
  );
}

/** "2026-11-27 18:20", local time, as the user reads it. */
export function formatBackupTime(iso: string): string {
  const time = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return (
    `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())} ` +
    `${pad(time.getHours())}:${pad(time.getMinutes())}`
  );
}

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
  /** The notebook's schema version, written in the manifest. */
  schemaVersion?: number;
  /** The open notebook's backup state, told of the backup taken. */
  state?: BackupState;
}

/**
 * Snapshot the notebook's files into backups/<id>/. The caller holds the notebook's lock and no
 * write runs meanwhile (the service's history serializes them). Returns null when skipped.
 */
export async function takeSnapshot(
  folder: string,
  options: SnapshotOptions,
): Promise<BackupInfo | null> {
  const root = resolve(folder);
  const policy = { ...DEFAULT_BACKUP_POLICY, ...options.policy };
  const now = options.now ?? new Date();
  const backups = join(root, BACKUPS_FOLDER);
  await mkdir(backups, { recursive: true });
  const files = await currentFiles(root);
  const live: Record<string, string> = {};
  for (const file of files) {
    const version = await versionOf(join(root, file));
    if (version !== null) live[file] = version;
  }
  const previous = (await readManifests(root)).at(-1);
  if (options.skipIfUnchanged && previous !== undefined && sameFiles(previous, live)) {
    options.state?.taken(now.getTime()); // the latest backup holds the notebook as it is
    return null;
  }

  const base = backupId(now);
  let id = base;
  for (let n = 2; await exists(join(backups, id)); n++) id = `${base}-${n}`;
  const target = join(backups, id);
  await mkdir(join(target, ARTICLES), { recursive: true });
  for (const file of Object.keys(live)) {
    // A file unchanged since the previous backup shares that backup's copy (a hard link);
    // a changed one is copied. Backups never share an inode with a live file, so even a file
    // damaged in place (by another program, a sync tool, the disk) leaves them intact.
    const unchanged = previous !== undefined && previous.live[file] === live[file];
    const from = unchanged ? join(backups, previous.id, file) : join(root, file);
    await linkOrCopy(from, join(target, file), !unchanged);
  }
  // The copies must be durable before the manifest says the snapshot is complete.
  await syncFolder(join(target, ARTICLES));
  await syncFolder(target);
  const manifest: Manifest = {
    format: BACKUP_FORMAT,
    id,
    time: now.toISOString(),
    reason: options.reason,
    schemaVersion: options.schemaVersion ?? NOTEBOOK_SCHEMA_VERSION,
    files: Object.keys(live),
    live,
  };
  await writeFileDurably(join(target, MANIFEST_FILE), JSON.stringify(manifest, null, 1) + '\n');
  await syncFolder(backups);
  options.state?.taken(now.getTime());
  await pruneBackups(root, policy.keep);
  return infoOf(manifest);
}

/**
 * After a change: take a backup when the latest one is older than the policy's interval. Cheap
 * when not due (one map lookup). Never throws: the change is already safe on disk, and a backup
 * that fails is retried after the next change.
 */
export async function maybeSnapshot(
  folder: string,
  state: BackupState,
  options: { policy?: Partial<BackupPolicy>; now?: Date } = {},
): Promise<BackupInfo | null> {
  const root = resolve(folder);
  const policy = { ...DEFAULT_BACKUP_POLICY, ...options.policy };
  const now = options.now ?? new Date();
  try {
    if (state.lastAt === undefined) {
      const latest = (await listBackups(root)).at(-1);
      // A notebook never backed up counts its interval from its first change in this process.
      state.lastAt = latest === undefined ? now.getTime() : Date.parse(latest.time);
    }
    if (now.getTime() - state.lastAt < policy.intervalMs) return null;
    return await takeSnapshot(root, {
      reason: 'changes',
      policy,
      now,
      skipIfUnchanged: true,
      state,
    });
  } catch (error) {
    return state.failed(error);
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
 * Which version of a live file this is. Dossier replaces files by rename, so a new version is
 * a new inode; size and times catch a file changed in place by someone else.
 */
async function versionOf(path: string): Promise<string | null> {
  try {
    const info = await lstat(path);
    return `${info.dev}:${info.ino}:${info.size}:${info.mtimeMs}:${info.ctimeMs}`;
  } catch {
    return null;
  }
}

function sameFiles(manifest: Manifest, live: Record<string, string>): boolean {
  const files = Object.keys(live);
  return (
    files.length === manifest.files.length &&
    files.every((file) => manifest.live[file] === live[file])
  );
}

async function readManifests(root: string): Promise<Manifest[]> {
  const backups = join(root, BACKUPS_FOLDER);
  const names = await readdir(backups).catch(() => [] as string[]);
  const manifests: Manifest[] = [];
  for (const name of names) {
    if (!BackupIdSchema.safeParse(name).success) continue;
    const manifest = await readManifest(root, name);
    if (manifest !== null) manifests.push(manifest);
  }
  return manifests.sort((a, b) => a.time.localeCompare(b.time) || a.id.localeCompare(b.id));
}

async function readManifest(root: string, id: string): Promise<Manifest | null> {
  try {
    const raw = await readFile(join(root, BACKUPS_FOLDER, id, MANIFEST_FILE), 'utf8');
    const parsed = ManifestSchema.safeParse(JSON.parse(raw));
    return parsed.success && parsed.data.id === id ? parsed.data : null;
  } catch {
    return null;
  }
}

function infoOf(manifest: Manifest): BackupInfo {
  return {
    id: manifest.id,
    time: manifest.time,
    reason: manifest.reason,
    files: manifest.files.length,
    schemaVersion: manifest.schemaVersion,
  };
}

/** The complete backups, oldest first. Needs no lock and reads nothing but manifests. */
export async function listBackups(folder: string): Promise<BackupInfo[]> {
  return (await readManifests(resolve(folder))).map(infoOf);
}

/** Keep the newest `keep` complete backups; remove the rest and any snapshot cut short. */
export async function pruneBackups(folder: string, keep: number): Promise<void> {
  const root = resolve(folder);
  const backups = join(root, BACKUPS_FOLDER);
  const complete = await readManifests(root);
  const kept = new Set(complete.slice(-Math.max(1, keep)).map((manifest) => manifest.id));
  const names = await readdir(backups).catch(() => [] as string[]);
  let removed = false;
  for (const name of names) {
    if (!BackupIdSchema.safeParse(name).success || kept.has(name)) continue;
    await rm(join(backups, name), { recursive: true, force: true });
    removed = true;
  }
  if (removed) await syncFolder(backups);
}

/**
 * The newest backup whose copy of `file` is sound, for the message about a damaged file:
 * "The latest backup is from 2026-11-27 18:20 (dossier restore 20261127-182000)."
 */
export async function latestSoundBackup(folder: string, file?: string): Promise<BackupInfo | null> {
  const root = resolve(folder);
  const manifests = await readManifests(root);
  for (const manifest of manifests.reverse()) {
    if (file === undefined || !manifest.files.includes(file)) {
      if (file === undefined) return infoOf(manifest);
      continue;
    }
    try {
      await validateFile(join(root, BACKUPS_FOLDER, manifest.id), file);
      return infoOf(manifest);
    } catch {
      continue;
    }
  }
  return null;
}

/** The sentence appended to a damaged-file message. */
export function offerBackupSentence(backup: BackupInfo | null): string {
  if (backup === null) return 'There is no backup of it to restore.';
  return `The latest backup is from ${formatBackupTime(backup.time)} (dossier restore ${backup.id}).`;
}

/**
 * Add the latest backup to a damaged-file error about a notebook-wide file (the notebook cannot
 * open without it). Other errors pass through unchanged.
 */
export async function withBackupOffer(error: unknown, folder: string): Promise<unknown> {
  if (!(error instanceof DossierError) || error.code !== 'damaged-file') return error;
  if (error.message.includes('dossier restore') || error.message.includes('no backup')) {
    return error;
  }
  const backup = await latestSoundBackup(folder, error.file).catch(() => null);
  return new DossierError(
    'damaged-file',
    `${error.message} ${offerBackupSentence(backup)}`,
    error.file,
  );
}

/** Parse and validate one file of a snapshot with the current schemas (after migration). */
async function validateFile(snapshot: string, file: string): Promise<void> {
  const raw = await readFile(join(snapshot, file), 'utf8');
  if (file === NOTEBOOK_FILE) {
    parseJsonFile(
      JSON.stringify(migrateJsonForValidation('notebook', parseJson(raw, file))),
      NotebookFileSchema,
      file,
    );
  } else if (file === ENTITIES_FILE) {
    parseJsonFile(raw, EntitiesFileSchema, file);
  } else if (file === EVENTS_FILE) {
    parseJsonFile(raw, EventsFileSchema, file);
  } else if (file === BRIEFINGS_FILE) {
    parseJsonFile(raw, BriefingsFileSchema, file);
  } else if (file.startsWith(`${ARTICLES}/`)) {
    const article = parseJsonFile(raw, ArticleSchema, file);
    if (articleFile(article.id) !== file) {
      throw new DossierError(
        'damaged-file',
        `The backup's ${file} holds article ${article.id}.`,
        file,
      );
    }
  } else {
    parseJson(raw, file);
  }
}

function parseJson(raw: string, file: string): unknown {
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new DossierError(
      'damaged-file',
      `The backup's ${file} is not valid JSON (${describe(error)}).`,
      file,
    );
  }
}

/** Check that a backup is complete and every file in it reads with the current schemas. */
export async function validateBackup(folder: string, id: string): Promise<BackupInfo> {
  const root = resolve(folder);
  if (!BackupIdSchema.safeParse(id).success) {
    throw new DossierError(
      'invalid-input',
      `${JSON.stringify(id)} is not a backup id (see dossier backups).`,
    );
  }
  const manifest = await readManifest(root, id);
  if (manifest === null) {
    throw new DossierError(
      'not-found',
      `There is no complete backup ${id} in ${root} (see dossier backups).`,
    );
  }
  if (!manifest.files.includes(NOTEBOOK_FILE)) {
    throw new DossierError(
      'damaged-file',
      `The backup ${id} has no notebook.json; it cannot be restored.`,
    );
  }
  const snapshot = join(root, BACKUPS_FOLDER, id);
  for (const file of manifest.files) {
    try {
      await validateFile(snapshot, file);
    } catch (error) {
      throw new DossierError(
        'damaged-file',
        `The backup ${id} cannot be restored: its copy of ${file} is unreadable (${describe(error)}). Choose another backup.`,
        file,
      );
    }
  }
  return infoOf(manifest);
}

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
export async function openSnapshot(folder: string, state: BackupState): Promise<BackupInfo | null> {
  try {
    if (!(await hasContent(folder))) return null;
    const backup = await takeSnapshot(folder, { reason: 'open', skipIfUnchanged: true, state });
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
    const names = await readdir(join(root, sub)).catch(() => [] as string[]);
    for (const name of names) {
      if (!isTemporaryName(name)) continue;
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

/** For a `.catch` in open: rethrow the error with the latest backup offered. */
export function offerBackup(folder: string): (error: unknown) => Promise<never> {
  return async (error) => {
    throw await withBackupOffer(error, folder);
  };
}
