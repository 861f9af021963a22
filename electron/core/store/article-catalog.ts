import type { Stats } from 'node:fs';
import { stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { DossierError, ioError } from '../../common/errors.ts';
import type { ArticleId, EntityId } from '../../common/model/ids.ts';
import { summarize, type Article, type ArticleSummary } from '../../common/model/article.ts';
import type { CatalogRebuild, DamagedFile } from '../../common/model/notebook.ts';
import { jsonFileContent, syncFolder, writeFilesDurably } from '../disk/durable-file.ts';
import { ARTICLES_FOLDER, articleFile } from '../disk/notebook-layout.ts';
import { TimeSlices } from '../time-slices.ts';
import { ArticleCache } from './article-cache.ts';
import {
  parseArticle,
  peekArticleFile,
  readArticleFile,
  readArticleFileSync,
  type ArticleFile,
} from './article-file.ts';
import { catalogContent } from './catalog-content.ts';
import { CatalogWriter } from './catalog-writer.ts';
import {
  keepDamagedCatalog,
  READ_SLICE_MS,
  readCatalogFile,
  savedEntryOf,
  type CatalogEntry,
} from './catalog-file.ts';
import {
  REBUILD_IN_BACKGROUND_FROM,
  readPending,
  type EntryRead,
  type PendingFile,
  type RebuildOptions,
} from './catalog-rebuild.ts';
import { EntityMentions } from './entity-mentions.ts';
import { addedTime, summariesNewestFirst } from './article-order.ts';
import {
  CHECK_IN_BACKGROUND_FROM,
  articleFiles,
  changedOnDisk,
  compareWithFiles,
  type ArticleFiles,
} from './catalog-check.ts';

export type { RebuildOptions } from './catalog-rebuild.ts';

/**
 * The articles of a notebook (docs/ARCHITECTURE.md "Data"): a catalog of summaries read at open from
 * cache/catalog.json, checked against each file's size and mtime (a stale or missing entry is
 * read again from its file, a missing or damaged catalog is rebuilt from the files), and the
 * full articles loaded on demand into a bounded cache. The catalog file is written lazily
 * (debounced after changes, and on close): a crash costs at most re-reading what changed.
 * Many stale entries (a missing or damaged catalog) are read in the background: meanwhile the
 * lists hold what is read so far, an article not yet read is read when asked for, and a write
 * takes its place (see `rebuild`). A large notebook is listed from its catalog before its files
 * are checked against it (see `check`).
 */
export class ArticleCatalog {
  private entries = new Map<ArticleId, CatalogEntry>();
  /** Made at the first look-up (an import), not at open: 100,000 keys of 64 characters. */
  private byFingerprint: Map<string, ArticleId> | null = null;
  private readonly mentions = new EntityMentions();
  private readonly cache = new ArticleCache();
  private readonly writer: CatalogWriter;
  /** The articles a rebuild in the background has still to read, by id. */
  private readonly pending = new Map<ArticleId, PendingFile>();
  private rebuildState: CatalogRebuild | null = null;
  /** While a catalog listed at open is checked: the articles written, read or removed since. */
  private touched: Set<ArticleId> | null = null;
  private rebuilding: Promise<void> = Promise.resolve();
  private stopped = false;
  private markStopped!: () => void;
  /** Resolves once stopped: the check's stats, still being taken, are not wanted any more. */
  private readonly stopping = new Promise<void>((resolve) => (this.markStopped = resolve));
  /** Statistics for the benchmark and for tests. */
  readonly stats = { fromCatalog: 0, read: 0, lazyLoads: 0, syncReads: 0 };

  constructor(
    private readonly folder: string,
    private readonly writable: boolean,
    private readonly damaged: DamagedFile[],
    private readonly rebuildOptions: RebuildOptions = {},
  ) {
    this.writer = new CatalogWriter(folder, writable, {
      size: () => this.size,
      // During a rebuild the catalog is written once it has finished, or on close (stop).
      content: () =>
        this.rebuildState !== null && !this.stopped
          ? null
          : catalogContent([...this.entries.values()], this.mentions.table),
    });
  }

  /**
   * Read the catalog, check it against the files, re-read what is stale. A large notebook's
   * catalog is listed at once and checked in the background (see check): 100,000 stats take a
   * second or more, half the open.
   */
  async load(): Promise<void> {
    const listing = articleFiles(this.folder, this.stopping);
    listing.catch(() => undefined); // awaited below, where a failure fails the open
    const { catalog: saved, damaged } = await readCatalogFile(this.folder);
    // A damaged catalog is kept under another name, never overwritten by the rebuilt one.
    const damagedCopy =
      damaged && this.writable ? await keepDamagedCatalog(this.folder, this.damaged) : null;
    if (saved !== null) this.mentions.useTable(saved.entities);
    this.entries = new Map();
    const checkFrom = this.rebuildOptions.checkInBackgroundFrom ?? CHECK_IN_BACKGROUND_FROM;
    if (saved !== null && saved.entries.length >= checkFrom) {
      const slices = new TimeSlices(READ_SLICE_MS);
      for (const [i, entry] of saved.entries.entries()) {
        if (i % 256 === 0 && slices.due) await slices.pause();
        this.enter(entry.summary.id, entry);
      }
      this.touched = new Set();
      this.rebuilding = this.check(listing).catch(() => undefined);
      if (saved.upgraded) this.markDirty();
      return;
    }
    const { names, stats } = await listing;
    const { fresh, stale } = await compareWithFiles(
      names,
      stats,
      savedEntryOf(saved?.entries ?? []),
    );
    // In slices: 100,000 stale articles entered at once held the thread 50 ms (issue 21).
    const slices = new TimeSlices(READ_SLICE_MS);
    for (const [i, { id, entry }] of fresh.entries()) {
      if (i % 256 === 0 && slices.due) await slices.pause();
      this.enter(id, entry);
    }
    for (const [i, { id, file }] of stale.entries()) {
      if (i % 256 === 0 && slices.due) await slices.pause();
      this.pending.set(id, file);
    }
    if (stale.length >= (this.rebuildOptions.inBackgroundFrom ?? REBUILD_IN_BACKGROUND_FROM)) {
      this.rebuildState = { done: 0, total: stale.length, damagedCopy };
      this.rebuilding = this.rebuild(names).catch(() => undefined);
    } else {
      await this.rebuild(names);
    }
    // An older catalog is written again in this version, with nothing lost.
    if (stale.length > 0 || (saved?.entries.length ?? 0) !== this.entries.size || saved?.upgraded)
      this.markDirty();
  }

  private enter(id: ArticleId, entry: CatalogEntry): void {
    this.entries.set(id, entry);
    this.index(id, entry);
    this.stats.fromCatalog++;
  }

  /**
   * The files of a notebook listed from its catalog, checked after the open: what changed on
   * disk since the catalog was written (another program, a copy of the folder) is read again as
   * a rebuild does, with its progress and a change of everything listed at its end; an article
   * gone is dropped. An article written, read or removed meanwhile is as it is now.
   */
  private async check(listing: Promise<ArticleFiles>): Promise<void> {
    // On close the check is given up (issue 21: the close of a notebook just opened waited for
    // its 100,000 stats): it only reads, and the next open checks the catalog written then,
    // whose entries changed elsewhere still differ from their files.
    const { names, stats } = await listing;
    if (this.stopped) return;
    // Compared in slices: what is written, read or removed meanwhile is still noted as touched.
    const { gone, again } = await changedOnDisk(names, stats, this.entries, this.touched!);
    this.touched = null;
    if (this.stopped) return;
    if (gone.length === 0 && again.length === 0) return;
    for (const id of gone) this.drop(id);
    for (const { id, file } of again) this.pending.set(id, file);
    this.rebuildState = { done: 0, total: this.pending.size, damagedCopy: null };
    await this.rebuild(names);
  }

  /** Whether the files of a catalog listed at open are still being checked (see check). */
  get checking(): boolean {
    return this.touched !== null;
  }

  /**
   * Read the pending articles (see readPending); the entries end in the order of their files
   * (`names`, sorted), as a catalog read whole has them.
   */
  private async rebuild(names: readonly string[]): Promise<void> {
    if (this.pending.size === 0 && this.rebuildState === null) return;
    const finished = await readPending(
      this.folder,
      {
        pending: this.pending,
        stopped: () => this.stopped,
        entryOf: (article, info) => this.entryOf(article, info),
        settle: (id, read) => this.settleRead(id, read),
        report: () => this.report(),
      },
      this.rebuildOptions,
    );
    if (!finished) return; // stopped: what was read is saved, the rest read next time
    // In one pass over the files' order, not a sort (100,000 ids, one stall of the thread).
    const entries = new Map<ArticleId, CatalogEntry>();
    for (const name of names) {
      const id = name.slice(0, -'.json'.length) as ArticleId;
      const entry = this.entries.get(id);
      if (entry !== undefined) entries.set(id, entry);
    }
    for (const [id, entry] of this.entries) if (!entries.has(id)) entries.set(id, entry);
    this.entries = entries;
    if (this.rebuildState !== null) {
      this.report();
      this.rebuildState = null;
      this.markDirty();
    }
  }

  private settleRead(id: ArticleId, read: EntryRead): void {
    this.stats.read++;
    if ('damaged' in read) {
      if (read.damaged !== null) this.damaged.push(read.damaged);
    } else {
      this.entries.set(id, read.entry);
      this.index(id, read.entry);
    }
  }

  private report(): void {
    const state = this.rebuildState;
    if (state === null) return;
    state.done = state.total - this.pending.size;
    this.rebuildOptions.onProgress?.({ ...state });
  }

  /** How far a rebuild in the background has got; null when none runs. */
  get rebuildProgress(): CatalogRebuild | null {
    if (this.rebuildState === null) return null;
    return { ...this.rebuildState, done: this.rebuildState.total - this.pending.size };
  }

  /** Resolves once every article's entry is known (at once unless a rebuild runs). */
  complete(): Promise<void> {
    return this.rebuilding;
  }

  /** The articles on disk, those a rebuild has still to read included. */
  get size(): number {
    return this.entries.size + this.pending.size;
  }

  has(id: ArticleId): boolean {
    return this.entries.has(id) || this.pending.has(id);
  }

  ids(): ArticleId[] {
    return [...this.entries.keys(), ...this.pending.keys()];
  }

  /** An article's summary; one a rebuild has not read yet is read now. */
  summary(id: ArticleId): ArticleSummary | undefined {
    if (this.pending.has(id)) this.get(id);
    return this.entries.get(id)?.summary;
  }

  /** The summaries read so far (all of them unless a rebuild runs: see rebuildProgress). */
  summaries(): ArticleSummary[] {
    return [...this.entries.values()].map((entry) => entry.summary);
  }

  /** The summaries read so far in listArticles' order (see summariesNewestFirst). */
  summariesNewestFirst(): Promise<ArticleSummary[]> {
    return summariesNewestFirst([...this.entries.values()]);
  }

  /** `size:mtime` of the article's file as last read or written: the search index's stamp. */
  stamp(id: ArticleId): string | undefined {
    // An article a rebuild has not read yet: its file as stat'ed at open, as its entry will say.
    const entry = this.entries.get(id) ?? this.pending.get(id);
    return entry === undefined ? undefined : `${entry.size}:${entry.mtimeMs}`;
  }

  findByFingerprint(fingerprint: string): ArticleId | undefined {
    if (this.byFingerprint === null) {
      this.byFingerprint = new Map();
      for (const [id, entry] of this.entries) this.byFingerprint.set(entry.summary.fingerprint, id);
    }
    return this.byFingerprint.get(fingerprint);
  }

  /**
   * The articles that mention an entity (a scan of the catalog: merges and deletes, rarely).
   * During a rebuild the articles not read yet are read first, on this thread: an edit of the
   * registry must reach every mention.
   */
  mentioning(entityId: EntityId): ArticleId[] {
    for (const id of [...this.pending.keys()]) this.get(id);
    return this.mentions.mentioning(entityId, this.entries);
  }

  mentionStats(entityId: EntityId): { articleCount: number; mentionCount: number } {
    return this.mentions.stats(entityId);
  }

  /**
   * The full article, from the cache or read from its file. Synchronously: annotation edits
   * compute their change from the notebook inside a command, without awaiting; one small file
   * reads in well under a millisecond. Request handlers that open an article read it first
   * with `read`, so that this finds it in the cache. A file that became damaged since the
   * notebook opened is reported and never written.
   */
  get(id: ArticleId): Article | undefined {
    const cached = this.cache.use(id);
    if (cached !== undefined) return cached;
    if (!this.has(id)) return undefined;
    this.stats.syncReads++;
    return this.settle(id, this.entries.get(id), readArticleFileSync(this.folder, articleFile(id)));
  }

  /** `get` with the file read by async fs (a request's read never blocks the thread). */
  async read(id: ArticleId): Promise<Article | undefined> {
    const cached = this.cache.use(id);
    if (cached !== undefined) return cached;
    if (!this.has(id)) return undefined;
    const file = await readArticleFile(this.folder, articleFile(id));
    // Read meanwhile by `get`, or removed: the catalog as it is now.
    if (!this.has(id)) return undefined;
    return this.cache.use(id) ?? this.settle(id, this.entries.get(id), file);
  }

  /**
   * The article of a file just read, checked, its entry refreshed if the file changed (or made:
   * `entry` undefined, an article a rebuild has not read yet).
   */
  private settle(id: ArticleId, entry: CatalogEntry | undefined, file: ArticleFile): Article {
    const label = articleFile(id);
    this.stats.lazyLoads++;
    let article: Article;
    let info: Stats;
    try {
      if ('error' in file) throw file.error;
      info = file.info;
      article = parseArticle(file.raw, id, label);
    } catch (error) {
      this.drop(id);
      const path = join(this.folder, label);
      const failure =
        error instanceof DossierError ? error : ioError(error, `Cannot read ${label}`, path, label);
      this.damaged.push({ file: failure.file ?? label, message: failure.message });
      throw failure;
    }
    this.touched?.add(id);
    if (entry === undefined || info.size !== entry.size || info.mtimeMs !== entry.mtimeMs) {
      // Not read yet, or changed on disk since the catalog was taken (another program).
      if (entry !== undefined) this.unindex(id, entry);
      this.pending.delete(id);
      const refreshed = this.entryOf(article, info);
      this.entries.set(id, refreshed);
      this.index(id, refreshed);
      this.markDirty();
    }
    this.cache.remember(article, info.size);
    return article;
  }

  /**
   * An article as its file holds it, for derived data only (the search index, snippets): from
   * the cache, else read and parsed without validation and without entering the cache. Indexing
   * reads every article: validating them all would double the build's time, and caching them
   * would evict what the Reader uses and leave a heap grown by 10,000 parsed articles. Undefined
   * when it cannot be read.
   */
  async peek(id: ArticleId): Promise<Record<string, unknown> | undefined> {
    const cached = this.cache.peek(id);
    if (cached !== undefined) return cached;
    if (!this.has(id)) return undefined;
    return peekArticleFile(this.folder, articleFile(id));
  }

  /** `all` with the files read by async fs (a request's read never blocks the thread). */
  async readAll(): Promise<Article[]> {
    const articles = await Promise.all(this.ids().map((id) => this.read(id)));
    return articles.filter((article) => article !== undefined);
  }

  /** Every article, loaded as needed (registry-wide edits and "accept all" need the texts). */
  all(): Article[] {
    return this.ids().flatMap((id) => {
      const article = this.get(id);
      return article === undefined ? [] : [article];
    });
  }

  /** Write articles durably (together: see writeFilesDurably), then update the catalog. */
  async put(articles: readonly { article: Article; label: string }[]): Promise<void> {
    const paths = articles.map(({ label }) => join(this.folder, label));
    await writeFilesDurably(
      articles.map(({ article }, index) => ({
        path: paths[index]!,
        content: jsonFileContent(article),
      })),
    );
    for (const [index, { article }] of articles.entries()) {
      const info = await stat(paths[index]!);
      const before = this.entries.get(article.id);
      if (before !== undefined) this.unindex(article.id, before);
      this.pending.delete(article.id); // written: newer than what a rebuild would read
      this.touched?.add(article.id);
      const entry = this.entryOf(article, info);
      this.entries.set(article.id, entry);
      this.index(article.id, entry);
      this.cache.remember(article, info.size);
    }
    this.markDirty();
  }

  async remove(id: ArticleId, label: string): Promise<void> {
    await unlink(join(this.folder, label));
    this.drop(id);
    this.markDirty();
    await syncFolder(join(this.folder, ARTICLES_FOLDER));
  }

  private drop(id: ArticleId): void {
    this.touched?.add(id);
    const entry = this.entries.get(id);
    if (entry !== undefined) this.unindex(id, entry);
    this.entries.delete(id);
    this.pending.delete(id);
    this.cache.drop(id);
  }

  private index(id: ArticleId, entry: CatalogEntry): void {
    this.byFingerprint?.set(entry.summary.fingerprint, id);
    this.mentions.count(entry, 1);
  }

  private unindex(id: ArticleId, entry: CatalogEntry): void {
    if (this.byFingerprint?.get(entry.summary.fingerprint) === id) {
      this.byFingerprint.delete(entry.summary.fingerprint);
    }
    this.mentions.count(entry, -1);
  }

  /** An entry for an article as just read or written. */
  private entryOf(article: Article, info: Stats): CatalogEntry {
    return {
      summary: summarize(article),
      mentions: this.mentions.pairsOf(article),
      size: info.size,
      mtimeMs: info.mtimeMs,
      addedMs: addedTime(article.addedAt),
    };
  }

  private markDirty(): void {
    this.writer.markDirty();
  }

  /** Write the catalog now if it changed (after changes, debounced; on close). Never throws. */
  flush(): Promise<void> {
    return this.writer.flush();
  }

  /**
   * Stop a rebuild in the background (the notebook closes); resolves once its batch is read.
   * The catalog written after it holds what was read: the next open reads the rest.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    this.markStopped();
    await this.rebuilding;
  }

  /** Stop the timer and a rebuild without writing (the store was replaced by a reload). */
  dispose(): void {
    this.stopped = true;
    this.markStopped();
    this.writer.cancel();
  }
}
