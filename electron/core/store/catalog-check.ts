import { readdirSync, type Dir } from 'node:fs';
import { opendir } from 'node:fs/promises';
import { join } from 'node:path';
import { ARTICLES_FOLDER } from '../disk/notebook-layout.ts';
import { ArticleIdSchema, type ArticleId } from '../../common/model/ids.ts';
import type { CatalogEntry } from './catalog-file.ts';
import type { PendingFile } from './catalog-rebuild.ts';
import { IN_WORKER_FROM, STAT_FIELDS, inStatWorker, statEach } from './file-stats.ts';
import { TimeSlices } from '../time-slices.ts';
import { splitInSlices } from '../split-in-slices.ts';

/** From this many entries in its catalog, a notebook is listed before its files are checked. */
export const CHECK_IN_BACKGROUND_FROM = 5_000;
/** How long the comparison holds the thread before it answers what waits, in ms. */
const COMPARE_SLICE_MS = 10;

/** The catalog's entries against the article files on disk (see compareWithFiles). */
export interface FilesCompared {
  /** Entries whose file is as the entry says. */
  fresh: { id: ArticleId; entry: CatalogEntry }[];
  /** Articles to read again: no entry, or one of another size or mtime, or not counted. */
  stale: { id: ArticleId; file: PendingFile }[];
}

/**
 * Each article file (`names`, with `STAT_FIELDS.length` numbers each in `stats`, NaN when gone)
 * against its entry (`entryOf` its file's stem). A name that has an entry is an article's id (it
 * was written from the article); others are checked (at 100,000 articles, a schema check of
 * every name took a fifth of the open), and a name that is no article's id is left out.
 */
export async function compareWithFiles(
  names: readonly string[],
  stats: Float64Array,
  entryOf: (stem: string) => CatalogEntry | undefined,
): Promise<FilesCompared> {
  const compared: FilesCompared = { fresh: [], stale: [] };
  // In slices: at 100,000 articles with no catalog, the names' schema checks held the thread.
  const slices = new TimeSlices(COMPARE_SLICE_MS);
  for (const [i, name] of names.entries()) {
    if (i % 256 === 0 && slices.due) await slices.pause();
    const [size, mtimeMs] = [stats[i * STAT_FIELDS.length]!, stats[i * STAT_FIELDS.length + 1]!];
    if (Number.isNaN(size)) continue; // removed meanwhile
    const stem = name.slice(0, -'.json'.length);
    const entry = entryOf(stem);
    // An entry whose rejections were not counted (an older catalog's) is read again.
    if (
      entry !== undefined &&
      entry.size === size &&
      entry.mtimeMs === mtimeMs &&
      entry.summary.rejectedCount >= 0
    ) {
      compared.fresh.push({ id: stem as ArticleId, entry });
      continue;
    }
    const id = entry === undefined ? ArticleIdSchema.safeParse(stem) : { data: stem as ArticleId };
    if ('success' in id && !id.success) continue; // not an article
    compared.stale.push({ id: id.data!, file: { name, size, mtimeMs } });
  }
  return compared;
}

/** A notebook's article files, sorted by name, and their stats (see statFiles). */
export interface ArticleFiles {
  names: string[];
  stats: Float64Array;
}

/**
 * The article files of a notebook (none when its folder is missing) and their stats. A large
 * folder is listed, sorted and stat'ed in the stat worker, whose names come back as one string:
 * at 100,000 articles, the listing filtered and sorted here and the names posted to the worker
 * held this thread for 70-80 ms of CPU in one turn (issue 21). The first names are read here
 * to tell a small folder, listed here as before. Once `stop` resolves the worker is stopped
 * and the promise rejects.
 */
export async function articleFiles(folder: string, stop?: Promise<void>): Promise<ArticleFiles> {
  const path = join(folder, ARTICLES_FOLDER);
  const few = await namesUpTo(path, IN_WORKER_FROM);
  if (few !== null) {
    const names = articleNamesIn(few);
    return { names, stats: statEach({ folder: path, names, follow: true }) };
  }
  const { names, stats } = await inStatWorker<{ names: string; stats: Float64Array }>(
    { kind: 'article-files', folder },
    stop,
  );
  return {
    names: await splitInSlices(names, NAME_SEPARATOR, new TimeSlices(COMPARE_SLICE_MS)),
    stats,
  };
}

/** articleFiles on this thread, the names joined in one string (the stat worker's side). */
export function articleFilesHere(folder: string): { names: string; stats: Float64Array } {
  const path = join(folder, ARTICLES_FOLDER);
  let all: string[] = [];
  try {
    all = readdirSync(path);
  } catch {
    // no articles folder: no article
  }
  const names = articleNamesIn(all);
  return {
    names: names.join(NAME_SEPARATOR),
    stats: statEach({ folder: path, names, follow: true }),
  };
}

/** No file name holds it. */
const NAME_SEPARATOR = '\0';

/** The article files among a folder's names, sorted. */
function articleNamesIn(names: string[]): string[] {
  return names.filter((name) => name.endsWith('.json') && !name.startsWith('.')).sort();
}

/**
 * The names in the folder at `path` that `keep` keeps, or null when there are `most` or more;
 * none if it is missing. Read a batch of names at a time: at 100,000 articles, readdir's one
 * array of names held the thread 40 ms (issue 21).
 */
export async function namesUpTo(
  path: string,
  most: number,
  keep: (name: string) => boolean = () => true,
): Promise<string[] | null> {
  const names: string[] = [];
  let folder: Dir;
  try {
    folder = await opendir(path, { bufferSize: 1_024 });
  } catch {
    return names;
  }
  // The loop's end, or its return, closes the folder.
  for await (const { name } of folder) if (keep(name) && names.push(name) >= most) return null;
  return names;
}

/**
 * What changed on disk since the catalog whose `entries` were listed at open was written: the
 * entries whose file is gone, and the articles to read again. The articles `touched` since the
 * open (written, read or removed) are as they are now.
 */
export async function changedOnDisk(
  names: readonly string[],
  stats: Float64Array,
  entries: ReadonlyMap<ArticleId, CatalogEntry>,
  touched: ReadonlySet<ArticleId>,
): Promise<{ gone: ArticleId[]; again: FilesCompared['stale'] }> {
  const { fresh, stale } = await compareWithFiles(names, stats, (stem) =>
    touched.has(stem as ArticleId) ? undefined : entries.get(stem as ArticleId),
  );
  const kept = new Set<ArticleId>(touched);
  for (const { id } of fresh) kept.add(id);
  return {
    gone: [...entries.keys()].filter((id) => !kept.has(id)),
    again: stale.filter(({ id }) => !touched.has(id)),
  };
}
