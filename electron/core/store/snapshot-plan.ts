import { join } from 'node:path';
import { ARTICLES_FOLDER as ARTICLES } from '../disk/notebook-layout.ts';
import { TimeSlices } from '../time-slices.ts';
import { splitInSlices } from '../split-in-slices.ts';
import { namesUpTo } from './catalog-check.ts';
import { currentFiles, newestManifest } from './backup-manifests.ts';
import { inStatWorker, STAT_FIELDS, statFiles } from './file-stats.ts';

/**
 * What a snapshot (backups.ts) starts from: the live files, root files first and then the
 * articles sorted by name (currentFiles), each one's version in `versions` at the same index,
 * and what the newest backup holds.
 */
export interface SnapshotPlan {
  files: string[];
  versions: string[];
  /** The newest backup: its id, how many files it holds, which live files it holds as they are. */
  previous: { id: string; files: number; unchanged: Uint8Array } | null;
}

/**
 * The plan as the stat worker posts it: the names and the versions each joined by newlines (no
 * name or version holds one). Two strings cross between threads as two copies; the 100,000 keys
 * of an object took 180-210 ms of the receiving thread's CPU, in one turn (issue 21).
 */
export interface PostedPlan {
  files: string;
  versions: string;
  previous: SnapshotPlan['previous'];
}

/** From this many article files the plan is made in the stat worker. */
const PLAN_IN_WORKER_FROM = 5_000;
/** How long the thread that takes the snapshot works on the plan between two turns. */
const SLICE_MS = 10;

/**
 * The snapshot's plan; for a large notebook made in the stat worker (issue 21: the newest
 * manifest, 12 MB at 100,000 articles, and the check of every file's name held this thread for
 * about a second while saves waited), and read here in slices.
 */
export async function snapshotPlan(root: string): Promise<SnapshotPlan> {
  // Counted up to the threshold: 100,000 names listed here cost this thread a long turn.
  if ((await namesUpTo(join(root, ARTICLES), PLAN_IN_WORKER_FROM)) !== null)
    return snapshotPlanHere(root);
  const posted = await inStatWorker<PostedPlan>({ kind: 'snapshot-plan', folder: root });
  const slices = new TimeSlices(SLICE_MS);
  return {
    files: await splitInSlices(posted.files, '\n', slices),
    versions: await splitInSlices(posted.versions, '\n', slices),
    previous: posted.previous,
  };
}

/** snapshotPlan on this thread (the stat worker's side, or a small notebook). */
export async function snapshotPlanHere(root: string): Promise<SnapshotPlan> {
  const [{ files, versions }, latest] = await Promise.all([
    liveVersions(root),
    newestManifest(root),
  ]);
  return {
    files,
    versions,
    previous: latest && {
      id: latest.id,
      files: latest.files.length,
      unchanged: Uint8Array.from(files, (file, i) => (latest.live[file] === versions[i] ? 1 : 0)),
    },
  };
}

/** The plan as the stat worker posts it (see PostedPlan). */
export async function postedPlan(root: string): Promise<PostedPlan> {
  const { files, versions, previous } = await snapshotPlanHere(root);
  return { files: files.join('\n'), versions: versions.join('\n'), previous };
}

/**
 * Where `file` is in the plan's `files` (the root files, then the articles sorted: see
 * SnapshotPlan), or -1: a binary search, so that no index of 100,000 names is built.
 */
export function indexInPlan(files: readonly string[], file: string): number {
  const prefix = `${ARTICLES}/`;
  if (!file.startsWith(prefix)) return files.indexOf(file);
  let low = 0;
  let high = files.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const at = files[middle]!;
    if (!at.startsWith(prefix) || at < file) low = middle + 1;
    else high = middle;
  }
  return files[low] === file ? low : -1;
}

/** Which version of each of the notebook's files is live now (see versionOf). */
async function liveVersions(root: string): Promise<{ files: string[]; versions: string[] }> {
  const names = await currentFiles(root);
  const files: string[] = [];
  const versions: string[] = [];
  // In a worker when they are many (file-stats.ts): 100,000 articles took seconds here.
  const stats = await statFiles({ folder: root, names, follow: false });
  names.forEach((file, i) => {
    const version = versionOf(stats.subarray(i * STAT_FIELDS.length, (i + 1) * STAT_FIELDS.length));
    if (version === null) return;
    files.push(file);
    versions.push(version);
  });
  return { files, versions };
}

/**
 * Which version of a live file this is, from its stats (file-stats.ts). Dossier replaces files by
 * rename, so a new version is a new inode; size and times catch a file changed in place by
 * someone else.
 */
export function versionOf(stats: Float64Array): string | null {
  const [size, mtimeMs, dev, ino, ctimeMs] = stats;
  return Number.isNaN(size) ? null : `${dev}:${ino}:${size}:${mtimeMs}:${ctimeMs}`;
}
