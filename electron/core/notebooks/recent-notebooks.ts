import { stat, readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { z } from 'zod';
import { writeFileDurably } from '../disk/durable-file.ts';

/**
 * The recent-notebooks list the desktop app keeps in its profile (recent-notebooks.json): the
 * most recent first, at most MAX_RECENT, folders that are gone pruned when it is read. Pure
 * functions on the list, plus reading and writing the file (atomically and durably).
 */
export const MAX_RECENT = 10;
export const RECENT_FILE = 'recent-notebooks.json';

const RecentNotebookSchema = z.object({
  folder: z.string().min(1),
  title: z.string(),
  openedAt: z.string(),
});
export type RecentNotebook = z.infer<typeof RecentNotebookSchema>;

const RecentFileSchema = z.object({
  version: z.literal(1),
  notebooks: z.array(z.unknown()),
});

/** Keys for comparing folders: Windows and macOS file systems usually ignore case. */
function sameFolder(a: string, b: string, platform: NodeJS.Platform): boolean {
  const left = resolve(a);
  const right = resolve(b);
  return platform === 'linux' ? left === right : left.toLowerCase() === right.toLowerCase();
}

/** `folder` moved (or added) to the front; duplicates dropped; at most MAX_RECENT. */
export function addRecent(
  list: readonly RecentNotebook[],
  folder: string,
  title: string,
  now: Date = new Date(),
  platform: NodeJS.Platform = process.platform,
): RecentNotebook[] {
  const entry: RecentNotebook = {
    folder: resolve(folder),
    title: title.trim() || basename(folder).replace(/\.dossier$/i, ''),
    openedAt: now.toISOString(),
  };
  const rest = list.filter((item) => !sameFolder(item.folder, folder, platform));
  return [entry, ...rest].slice(0, MAX_RECENT);
}

export function removeRecent(
  list: readonly RecentNotebook[],
  folder: string,
  platform: NodeJS.Platform = process.platform,
): RecentNotebook[] {
  return list.filter((item) => !sameFolder(item.folder, folder, platform));
}

/**
 * The list from the file's text: entries that do not validate are dropped one by one, and so
 * are duplicates; a file that is not the list at all gives an empty list (it is only a
 * convenience, never the only copy of anything).
 */
export function parseRecent(
  text: string,
  platform: NodeJS.Platform = process.platform,
): RecentNotebook[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  const file = RecentFileSchema.safeParse(data);
  if (!file.success) return [];
  const list: RecentNotebook[] = [];
  for (const item of file.data.notebooks) {
    const parsed = RecentNotebookSchema.safeParse(item);
    if (!parsed.success) continue;
    if (list.some((known) => sameFolder(known.folder, parsed.data.folder, platform))) continue;
    list.push(parsed.data);
  }
  return list.slice(0, MAX_RECENT);
}

export function serializeRecent(list: readonly RecentNotebook[]): string {
  return JSON.stringify({ version: 1, notebooks: list.slice(0, MAX_RECENT) }, null, 1) + '\n';
}

/** Only the entries whose folder still exists (and is a folder). */
export async function pruneMissing(
  list: readonly RecentNotebook[],
  isFolder: (folder: string) => Promise<boolean> = folderExists,
): Promise<RecentNotebook[]> {
  const kept: RecentNotebook[] = [];
  for (const item of list) if (await isFolder(item.folder)) kept.push(item);
  return kept;
}

export async function folderExists(folder: string): Promise<boolean> {
  try {
    return (await stat(folder)).isDirectory();
  } catch {
    return false;
  }
}

export interface RecentRead {
  /** False when the file does not exist: the app has never opened a notebook (first run). */
  exists: boolean;
  notebooks: RecentNotebook[];
}

export async function readRecentFile(file: string): Promise<RecentRead> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { exists: false, notebooks: [] };
    return { exists: true, notebooks: [] };
  }
  return { exists: true, notebooks: parseRecent(text) };
}

export function writeRecentFile(file: string, list: readonly RecentNotebook[]): Promise<void> {
  return writeFileDurably(file, serializeRecent(list));
}
