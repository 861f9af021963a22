import { TimeSlices } from '../time-slices.ts';
import { describe } from '../../common/errors.ts';
import type { ArticleId } from '../../common/model/ids.ts';
import type { Article } from '../../common/model/article.ts';
import type { CatalogRebuild, DamagedFile } from '../../common/model/notebook.ts';
import { ARTICLES_FOLDER } from '../disk/notebook-layout.ts';
import type { Stats } from 'node:fs';
import { parseArticle, readArticleFile, type ArticleFile } from './article-file.ts';
import type { CatalogEntry } from './catalog-file.ts';

/** Article files read at once while the catalog is rebuilt. */
const REBUILD_BATCH = 32;
/** How often a rebuild in the background says how far it got, in articles. */
const REBUILD_PROGRESS_EVERY = 1_000;
/** How long the rebuild parses and checks articles before the thread answers what waits, in ms. */
const REBUILD_SLICE_MS = 10;
export const REBUILD_IN_BACKGROUND_FROM = 2_000;

/** How the catalog is rebuilt when entries are missing or stale. */
export interface RebuildOptions {
  /**
   * From this many articles to read, the open does not wait: it lists what the catalog holds and
   * the rest are read in the background (issue 21: 60 s at 100,000 articles).
   */
  inBackgroundFrom?: number;
  /**
   * From this many entries in its catalog, the open lists them before the files are checked
   * against them (catalog-check.ts); what changed is then read again as a rebuild does.
   */
  checkInBackgroundFrom?: number;
  /** Told how far a rebuild in the background got; `done === total` when it has finished. */
  onProgress?: (progress: CatalogRebuild) => void;
  /** Awaited before each batch of files is read: the tests' way to hold a rebuild midway. */
  beforeBatch?: () => Promise<void>;
}

/** An article on disk whose entry is being rebuilt: its file's name, size and mtime. */
export interface PendingFile {
  name: string;
  size: number;
  mtimeMs: number;
}

/** An article file read for its entry; a damaged one is to be reported, `null`: it is gone. */
export type EntryRead = { entry: CatalogEntry } | { damaged: DamagedFile | null };

/** What a rebuild reads from and reports to (the catalog: article-catalog.ts). */
export interface RebuildTarget {
  /** The articles still to read, by id; an article read or written meanwhile has left it. */
  pending: Map<ArticleId, PendingFile>;
  stopped: () => boolean;
  /** Make the entry of an article as just read. */
  entryOf: (article: Article, info: Stats) => CatalogEntry;
  /** Take a result: still wanted (the article was pending until now). */
  settle: (id: ArticleId, read: EntryRead) => void;
  report: () => void;
}

/**
 * Read the pending articles' files in parallel batches, in name order; a result whose article
 * has left `pending` meanwhile is dropped (the entry made then is newer). Stops when the catalog
 * is closed; returns whether every pending article was read.
 */
export async function readPending(
  folder: string,
  target: RebuildTarget,
  options: RebuildOptions,
): Promise<boolean> {
  const { pending } = target;
  let sinceReport = 0;
  while (pending.size > 0 && !target.stopped()) {
    await options.beforeBatch?.();
    // The first few (a copy of the whole map per batch was quadratic: 3,000 batches at 100,000).
    const batch: [ArticleId, PendingFile][] = [];
    for (const item of pending) if (batch.push(item) === REBUILD_BATCH) break;
    const files = await Promise.all(
      batch.map(([, { name }]) => readArticleFile(folder, `${ARTICLES_FOLDER}/${name}`)),
    );
    // Parsed and checked one at a time, the thread answering in between: the 32 checks of a
    // batch at once held it for 64 ms of CPU (seconds under load) at every batch.
    const slices = new TimeSlices(REBUILD_SLICE_MS);
    for (const [k, [id, { name }]] of batch.entries()) {
      if (slices.due) await slices.pause();
      if (pending.delete(id)) target.settle(id, entryOfFile(files[k]!, id, name, target.entryOf));
    }
    sinceReport += batch.length;
    if (sinceReport >= REBUILD_PROGRESS_EVERY) {
      sinceReport = 0;
      target.report();
    }
  }
  return pending.size === 0;
}

/**
 * The entry of an article file as read; a damaged one is to be reported (by the caller, which
 * knows whether the result still matters), never written.
 */
function entryOfFile(
  file: ArticleFile,
  id: ArticleId,
  name: string,
  entryOf: RebuildTarget['entryOf'],
): EntryRead {
  const label = `${ARTICLES_FOLDER}/${name}`;
  if ('error' in file) {
    if ((file.error as NodeJS.ErrnoException).code === 'ENOENT') return { damaged: null };
    return { damaged: { file: label, message: describe(file.error) } };
  }
  let article: Article;
  try {
    article = parseArticle(file.raw, id, label);
  } catch (error) {
    return { damaged: { file: label, message: describe(error) } };
  }
  return { entry: entryOf(article, file.info) };
}
