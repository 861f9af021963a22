import { lstat, readdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { BackupIdSchema, type BackupInfo } from '../../common/model/backup.ts';
import { ArticleIdSchema } from '../../common/model/ids.ts';
import { syncFolder } from '../disk/durable-file.ts';
import {
  ARTICLES_FOLDER as ARTICLES,
  BACKUPS_FOLDER,
  MANIFEST_FILE,
  NOTEBOOK_FILE,
  ROOT_FILES,
} from '../disk/notebook-layout.ts';

/**
 * What a backup is on disk (backups.ts takes them): `backups/<id>/manifest.json` names the files
 * a snapshot holds; the notebook files a snapshot takes; listing and pruning the backups.
 */

export const BACKUP_FORMAT = 'dossier-backup';

/** 20261127-182000, with -2, -3… when two backups fall in the same second. */
export const ManifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  id: BackupIdSchema,
  time: z.iso.datetime(),
  reason: z.string(),
  schemaVersion: z.number().int().nonnegative(),
  files: z.array(z.string()),
  /** Which version of each live file the snapshot copied (see takeSnapshot). */
  live: z.record(z.string(), z.string()).default({}),
});
export type Manifest = z.infer<typeof ManifestSchema>;

/** How many of a manifest's lines are made at a time (see manifestContent). */
const LINES_AT_ONCE = 2_000;

/**
 * The text of a manifest whose `live` is `versions` (each one the version of the file at its index
 * in `files`): the JSON of JSON.stringify(manifest, null, 1), made a piece at a time as it is
 * written. At 100,000 articles it is 12 MB, which one JSON.stringify made in one stall of the
 * thread while saves waited (issue 21); and `live` is not made an object of 100,000 keys first.
 */
export function* manifestContent(
  manifest: Omit<Manifest, 'live'>,
  versions: readonly string[],
): Generator<string> {
  const { files, ...head } = manifest;
  yield `${JSON.stringify(head, null, 1).slice(0, -2)},\n "files": [`;
  yield* inPieces(files, (file) => JSON.stringify(file));
  yield `\n ],\n "live": {`;
  yield* inPieces(files, (file, i) => `${JSON.stringify(file)}: ${JSON.stringify(versions[i])}`);
  yield '\n }\n}\n';
}

/** Each item's line, indented, LINES_AT_ONCE lines a piece, each piece made as it is asked for. */
function* inPieces<T>(
  items: readonly T[],
  line: (item: T, index: number) => string,
): Generator<string> {
  for (let i = 0; i < items.length; i += LINES_AT_ONCE) {
    const lines = items.slice(i, i + LINES_AT_ONCE).map((item, j) => `\n  ${line(item, i + j)}`);
    yield (i === 0 ? '' : ',') + lines.join(',');
  }
}

/** The notebook files a snapshot holds: root files that exist, and articles/<id>.json. */
export async function currentFiles(root: string): Promise<string[]> {
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
  for (const name of ROOT_FILES) {
    if (name !== NOTEBOOK_FILE && (await isFile(join(root, name)))) return true;
  }
  // The first article file found will do (100,000 names each checked took a stall of the thread).
  const articles = await readdir(join(root, ARTICLES)).catch(() => [] as string[]);
  return articles.some(isArticleFileName);
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

export async function readManifests(root: string): Promise<Manifest[]> {
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

/**
 * The manifest of the newest complete backup by its id (its time, to the second), reading no
 * more manifests than it must: at 100,000 articles each is 12 MB. (readManifests orders by the
 * time written inside; the two differ only if the clock went back.)
 */
export async function newestManifest(root: string): Promise<Manifest | null> {
  const names = await readdir(join(root, BACKUPS_FOLDER)).catch(() => [] as string[]);
  const ids = names.filter((name) => BackupIdSchema.safeParse(name).success);
  for (const id of ids.sort(byId).reverse()) {
    const manifest = await readManifest(root, id);
    if (manifest !== null) return manifest;
  }
  return null;
}

/** Backup ids oldest first: by their time, then -2, -3… (-10 after -9). */
function byId(a: string, b: string): number {
  const suffix = (id: string) => Number(id.slice(16) || 1);
  return a.slice(0, 15).localeCompare(b.slice(0, 15)) || suffix(a) - suffix(b);
}

export async function readManifest(root: string, id: string): Promise<Manifest | null> {
  try {
    const raw = await readFile(join(root, BACKUPS_FOLDER, id, MANIFEST_FILE), 'utf8');
    const parsed = ManifestSchema.safeParse(JSON.parse(raw));
    return parsed.success && parsed.data.id === id ? parsed.data : null;
  } catch {
    return null;
  }
}

export function infoOf(manifest: Omit<Manifest, 'live'>): BackupInfo {
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

/**
 * Keep the newest `keep` complete backups; remove the rest and any snapshot cut short. Complete:
 * its manifest was written (it is written last, by rename), newest: by id. No manifest is read
 * (issue 21: at 100,000 articles each is 12 MB, and this runs after every backup).
 */
export async function pruneBackups(folder: string, keep: number): Promise<void> {
  const root = resolve(folder);
  const backups = join(root, BACKUPS_FOLDER);
  const names = await readdir(backups).catch(() => [] as string[]);
  const ids = names.filter((name) => BackupIdSchema.safeParse(name).success);
  const complete: string[] = [];
  for (const id of ids.sort(byId)) {
    if (await isFile(join(backups, id, MANIFEST_FILE))) complete.push(id);
  }
  const kept = new Set(complete.slice(-Math.max(1, keep)));
  let removed = false;
  for (const name of names) {
    if (!BackupIdSchema.safeParse(name).success || kept.has(name)) continue;
    await rm(join(backups, name), { recursive: true, force: true });
    removed = true;
  }
  if (removed) await syncFolder(backups);
}
