import { readFileSync, statSync, type Stats } from 'node:fs';
import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { DossierError, describe, ioError } from '../../common/errors.ts';
import { ArticleIdSchema, type ArticleId, type EntityId } from '../../common/model/ids.ts';
import {
  ArticleSchema,
  summarize,
  type Article,
  type ArticleSummary,
} from '../../common/model/article.ts';
import type { DamagedFile } from '../../common/model/notebook.ts';
import {
  DurableJsonFile,
  jsonFileContent,
  parseJsonFile,
  syncFolder,
  writeFileDurably,
  writeFilesDurably,
} from '../disk/durable-file.ts';
import { CATALOG_FILE } from '../disk/notebook-layout.ts';
import {
  catalogContent,
  readCatalogFile,
  summaryOfRow,
  type CatalogEntry,
} from './catalog-file.ts';
import { STAT_FIELDS, statFiles } from './file-stats.ts';

export const ARTICLES_FOLDER = 'articles';

/** How long after a change the catalog is written (and always on close). */
export const CATALOG_SAVE_DELAY_MS = 2_000;
/** Full articles kept in memory: the most recently used, bounded by count and by bytes. */
const CACHE_MAX_ARTICLES = 400;
const CACHE_MAX_BYTES = 48 * 1024 * 1024;

/**
 * The articles of a notebook (docs/ARCHITECTURE.md "Data"): a catalog of summaries read at open from
 * cache/catalog.json, checked against each file's size and mtime (a stale or missing entry is
 * read again from its file, a missing or damaged catalog is rebuilt from the files), and the
 * full articles loaded on demand into a bounded cache. The catalog file is written lazily
 * (debounced after changes, and on close): a crash costs at most re-reading what changed.
 */
export class ArticleCatalog {
  private entries = new Map<ArticleId, CatalogEntry>();
  private readonly byFingerprint = new Map<string, ArticleId>();
  /** The entity ids that entries' mentions number, and each id's number. */
  private entityIds: string[] = [];
  private readonly entityNumbers = new Map<string, number>();
  /** How many articles mention each entity (by number), and how often in all. */
  private readonly entityStats = new Map<number, { articles: number; mentions: number }>();
  /** Most recently used last. */
  private readonly cache = new Map<ArticleId, { article: Article; bytes: number }>();
  private cacheBytes = 0;
  private dirty = false;
  private timer: NodeJS.Timeout | null = null;
  private saving: Promise<void> = Promise.resolve();
  /** Statistics for the benchmark and for tests. */
  readonly stats = { fromCatalog: 0, read: 0, lazyLoads: 0, syncReads: 0 };

  constructor(
    private readonly folder: string,
    private readonly writable: boolean,
    private readonly damaged: DamagedFile[],
  ) {}

  /** Read the catalog, check it against the files, re-read what is stale. */
  async load(): Promise<void> {
    const articlesFolder = join(this.folder, ARTICLES_FOLDER);
    const names = (await readdir(articlesFolder).catch(() => [] as string[]))
      .filter((name) => name.endsWith('.json') && !name.startsWith('.'))
      .sort();
    // The files are stat'ed by a worker while this thread reads and parses the catalog.
    const infos = statFiles({ folder: articlesFolder, names, follow: true });
    const saved = await readCatalogFile(this.folder);
    const savedRows = new Map<string, unknown[]>();
    if (saved !== null) {
      this.entityIds = saved.entities;
      saved.entities.forEach((id, n) => this.entityNumbers.set(id, n));
      for (const row of saved.rows) savedRows.set(row[3] as string, row);
    }
    const sizes = await infos;
    const stale: { id: ArticleId; name: string }[] = [];
    const fresh = new Map<ArticleId, CatalogEntry | null>();
    names.forEach((name, i) => {
      const id = ArticleIdSchema.safeParse(name.slice(0, -'.json'.length));
      const [size, mtimeMs] = [sizes[i * STAT_FIELDS.length]!, sizes[i * STAT_FIELDS.length + 1]!];
      if (!id.success || Number.isNaN(size)) return; // not an article, or removed meanwhile
      const row = savedRows.get(id.data);
      if (row !== undefined && row[0] === size && row[1] === mtimeMs) {
        const summary = summaryOfRow(row);
        fresh.set(id.data, {
          summary,
          mentions: row[2] as number[],
          size,
          mtimeMs,
        });
        this.stats.fromCatalog++;
      } else {
        fresh.set(id.data, null); // keeps the order of the names
        stale.push({ id: id.data, name });
      }
    });
    // Stale entries are read in parallel batches (the open of a notebook without a catalog).
    const BATCH = 32;
    for (let i = 0; i < stale.length; i += BATCH) {
      const batch = stale.slice(i, i + BATCH);
      const read = await Promise.all(batch.map(({ id, name }) => this.readEntry(id, name)));
      batch.forEach(({ id }, k) => fresh.set(id, read[k] ?? null));
    }
    this.entries = new Map();
    for (const [id, entry] of fresh) {
      if (entry === null) continue;
      this.entries.set(id, entry);
      this.index(id, entry);
    }
    if (stale.length > 0 || savedRows.size !== this.entries.size) this.markDirty();
  }

  /** Read and validate one article file; a damaged one is reported, never written. */
  private async readEntry(id: ArticleId, name: string): Promise<CatalogEntry | null> {
    const label = `${ARTICLES_FOLDER}/${name}`;
    const path = join(this.folder, ARTICLES_FOLDER, name);
    this.stats.read++;
    try {
      const info = await stat(path);
      const article = await new DurableJsonFile(path, ArticleSchema, label).read();
      if (article === null) return null;
      if (article.id !== id) {
        this.damaged.push({
          file: label,
          message: `The notebook file ${label} holds article ${article.id}, not ${id}. It was left as it is.`,
        });
        return null;
      }
      return this.entryOf(article, info);
    } catch (error) {
      this.damaged.push({ file: label, message: describe(error) });
      return null;
    }
  }

  get size(): number {
    return this.entries.size;
  }

  has(id: ArticleId): boolean {
    return this.entries.has(id);
  }

  ids(): ArticleId[] {
    return [...this.entries.keys()];
  }

  summary(id: ArticleId): ArticleSummary | undefined {
    return this.entries.get(id)?.summary;
  }

  summaries(): ArticleSummary[] {
    return [...this.entries.values()].map((entry) => entry.summary);
  }

  /** `size:mtime` of the article's file as last read or written: the search index's stamp. */
  stamp(id: ArticleId): string | undefined {
    const entry = this.entries.get(id);
    return entry === undefined ? undefined : `${entry.size}:${entry.mtimeMs}`;
  }

  findByFingerprint(fingerprint: string): ArticleId | undefined {
    return this.byFingerprint.get(fingerprint);
  }

  /** The articles that mention an entity (a scan of the catalog: merges and deletes, rarely). */
  mentioning(entityId: EntityId): ArticleId[] {
    const n = this.entityNumbers.get(entityId);
    if (n === undefined) return [];
    const ids: ArticleId[] = [];
    for (const [id, { mentions }] of this.entries) {
      for (let i = 0; i < mentions.length; i += 2) {
        if (mentions[i] === n) {
          ids.push(id);
          break;
        }
      }
    }
    return ids.sort();
  }

  mentionStats(entityId: EntityId): { articleCount: number; mentionCount: number } {
    const n = this.entityNumbers.get(entityId);
    const counts = n === undefined ? undefined : this.entityStats.get(n);
    return { articleCount: counts?.articles ?? 0, mentionCount: counts?.mentions ?? 0 };
  }

  /**
   * The full article, from the cache or read from its file. Synchronously: annotation edits
   * compute their change from the notebook inside a command, without awaiting; one small file
   * reads in well under a millisecond. Request handlers that open an article read it first
   * with `read`, so that this finds it in the cache. A file that became damaged since the
   * notebook opened is reported and never written.
   */
  get(id: ArticleId): Article | undefined {
    const cached = this.cached(id);
    if (cached !== undefined) return cached;
    const entry = this.entries.get(id);
    if (entry === undefined) return undefined;
    const path = join(this.folder, ARTICLES_FOLDER, `${id}.json`);
    this.stats.syncReads++;
    return this.settle(id, entry, () => ({
      info: statSync(path),
      raw: readFileSync(path, 'utf8'),
    }));
  }

  /** `get` with the file read by async fs (a request's read never blocks the thread). */
  async read(id: ArticleId): Promise<Article | undefined> {
    const cached = this.cached(id);
    if (cached !== undefined) return cached;
    const entry = this.entries.get(id);
    if (entry === undefined) return undefined;
    const path = join(this.folder, ARTICLES_FOLDER, `${id}.json`);
    let file: { info: Stats; raw: string } | Error;
    try {
      const [info, raw] = await Promise.all([stat(path), readFile(path, 'utf8')]);
      file = { info, raw };
    } catch (error) {
      file = error as Error;
    }
    // Read meanwhile by `get`, or removed: the catalog as it is now.
    const now = this.entries.get(id);
    if (now === undefined) return undefined;
    return (
      this.cached(id) ??
      this.settle(id, now, () => {
        if (file instanceof Error) throw file;
        return file;
      })
    );
  }

  private cached(id: ArticleId): Article | undefined {
    const cached = this.cache.get(id);
    if (cached === undefined) return undefined;
    this.cache.delete(id);
    this.cache.set(id, cached);
    return cached.article;
  }

  /** The article of a file just read, checked, its entry refreshed if the file changed. */
  private settle(
    id: ArticleId,
    entry: CatalogEntry,
    read: () => { info: Stats; raw: string },
  ): Article {
    const label = `${ARTICLES_FOLDER}/${id}.json`;
    this.stats.lazyLoads++;
    let article: Article;
    let info: Stats;
    try {
      const file = read();
      info = file.info;
      article = parseJsonFile(file.raw, ArticleSchema, label);
      if (article.id !== id) {
        throw new DossierError(
          'damaged-file',
          `The notebook file ${label} holds article ${article.id}, not ${id}. It was left as it is.`,
          label,
        );
      }
    } catch (error) {
      this.drop(id);
      const path = join(this.folder, label);
      const failure =
        error instanceof DossierError ? error : ioError(error, `Cannot read ${label}`, path, label);
      this.damaged.push({ file: failure.file ?? label, message: failure.message });
      throw failure;
    }
    if (info.size !== entry.size || info.mtimeMs !== entry.mtimeMs) {
      // Changed on disk since the catalog was taken (another program): refresh the summary.
      this.unindex(id, entry);
      const refreshed = this.entryOf(article, info);
      this.entries.set(id, refreshed);
      this.index(id, refreshed);
      this.markDirty();
    }
    this.remember(article, info.size);
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
    const cached = this.cache.get(id);
    if (cached !== undefined) return cached.article;
    if (!this.entries.has(id)) return undefined;
    try {
      const json: unknown = JSON.parse(
        await readFile(join(this.folder, ARTICLES_FOLDER, `${id}.json`), 'utf8'),
      );
      return typeof json === 'object' && json !== null
        ? (json as Record<string, unknown>)
        : undefined;
    } catch {
      return undefined;
    }
  }

  /** Every article, loaded as needed (registry-wide edits and "accept all" need the texts). */
  /** `all` with the files read by async fs (a request's read never blocks the thread). */
  async readAll(): Promise<Article[]> {
    const articles = await Promise.all(this.ids().map((id) => this.read(id)));
    return articles.filter((article) => article !== undefined);
  }

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
      const entry = this.entryOf(article, info);
      this.entries.set(article.id, entry);
      this.index(article.id, entry);
      this.remember(article, info.size);
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
    const entry = this.entries.get(id);
    if (entry !== undefined) this.unindex(id, entry);
    this.entries.delete(id);
    const cached = this.cache.get(id);
    if (cached !== undefined) this.cacheBytes -= cached.bytes;
    this.cache.delete(id);
  }

  private remember(article: Article, bytes: number): void {
    const previous = this.cache.get(article.id);
    if (previous !== undefined) this.cacheBytes -= previous.bytes;
    this.cache.delete(article.id);
    this.cache.set(article.id, { article, bytes });
    this.cacheBytes += bytes;
    while (
      this.cache.size > 1 &&
      (this.cache.size > CACHE_MAX_ARTICLES || this.cacheBytes > CACHE_MAX_BYTES)
    ) {
      const [oldest, value] = this.cache.entries().next().value!;
      this.cache.delete(oldest);
      this.cacheBytes -= value.bytes;
    }
  }

  private index(id: ArticleId, entry: CatalogEntry): void {
    this.byFingerprint.set(entry.summary.fingerprint, id);
    this.count(entry, 1);
  }

  private unindex(id: ArticleId, entry: CatalogEntry): void {
    if (this.byFingerprint.get(entry.summary.fingerprint) === id) {
      this.byFingerprint.delete(entry.summary.fingerprint);
    }
    this.count(entry, -1);
  }

  /** Add (`sign` 1) or take away (-1) an entry's mentions from the entities' counts. */
  private count(entry: CatalogEntry, sign: 1 | -1): void {
    const { mentions } = entry;
    for (let i = 0; i < mentions.length; i += 2) {
      const n = mentions[i]!;
      let counts = this.entityStats.get(n);
      if (counts === undefined) this.entityStats.set(n, (counts = { articles: 0, mentions: 0 }));
      counts.articles += sign;
      counts.mentions += sign * mentions[i + 1]!;
    }
  }

  /** An entry for an article as just read or written. */
  private entryOf(article: Article, info: Stats): CatalogEntry {
    const counts = new Map<number, number>();
    for (const mention of article.mentions) {
      let n = this.entityNumbers.get(mention.entityId);
      if (n === undefined) {
        n = this.entityIds.push(mention.entityId) - 1;
        this.entityNumbers.set(mention.entityId, n);
      }
      counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    return {
      summary: summarize(article),
      mentions: [...counts].flat(),
      size: info.size,
      mtimeMs: info.mtimeMs,
    };
  }

  private markDirty(): void {
    this.dirty = true;
    if (!this.writable || this.timer !== null) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, CATALOG_SAVE_DELAY_MS);
    this.timer.unref();
  }

  /** Write the catalog now if it changed (after changes, debounced; on close). Never throws. */
  flush(): Promise<void> {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (!this.writable || !this.dirty) return this.saving;
    this.dirty = false;
    const content = catalogContent([...this.entries.values()], this.entityIds);
    this.saving = this.saving
      .then(async () => {
        const path = join(this.folder, CATALOG_FILE);
        await mkdir(dirname(path), { recursive: true });
        await writeFileDurably(path, content);
      })
      .catch(() => {
        this.dirty = true; // retried on the next change or on close
      });
    return this.saving;
  }

  /** Stop the timer without writing (the store was replaced by a reload). */
  dispose(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
