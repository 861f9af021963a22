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

export const ARTICLES_FOLDER = 'articles';
/** Derived and rebuildable (docs/ARCHITECTURE.md "Data"): never the only copy of anything. */
export const CATALOG_FILE = 'cache/catalog.json';
const CATALOG_FORMAT = 'dossier-catalog';
const CATALOG_VERSION = 1;

/** How long after a change the catalog is written (and always on close). */
export const CATALOG_SAVE_DELAY_MS = 2_000;
/** Full articles kept in memory: the most recently used, bounded by count and by bytes. */
const CACHE_MAX_ARTICLES = 400;
const CACHE_MAX_BYTES = 48 * 1024 * 1024;

/** What the notebook knows of an article without reading its file. */
interface CatalogEntry {
  summary: ArticleSummary;
  /** Mentions per entity: the mentionedIn index and the registry's counts. */
  mentions: Record<string, number>;
  /** The file's size and mtime when the summary was taken: a difference means stale. */
  size: number;
  mtimeMs: number;
}

/**
 * The catalog is derived data this program wrote: checked for the shape the lists rely on by
 * hand (a schema library would cost more than the rest of the open at 10,000 articles).
 */
function catalogArticles(json: unknown): Record<string, CatalogEntry> | null {
  const file = json as { format?: unknown; version?: unknown; articles?: unknown } | null;
  if (file?.format !== CATALOG_FORMAT || file.version !== CATALOG_VERSION) return null;
  if (typeof file.articles !== 'object' || file.articles === null) return null;
  const articles = file.articles as Record<string, CatalogEntry>;
  for (const entry of Object.values(articles)) {
    const summary = entry?.summary;
    if (
      typeof entry?.size !== 'number' ||
      typeof entry.mtimeMs !== 'number' ||
      typeof entry.mentions !== 'object' ||
      entry.mentions === null ||
      typeof summary?.id !== 'string' ||
      typeof summary.title !== 'string' ||
      typeof summary.addedAt !== 'string' ||
      typeof summary.fingerprint !== 'string' ||
      typeof summary.mentionCount !== 'number'
    ) {
      return null;
    }
  }
  return articles;
}

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
  private readonly mentionedIn = new Map<EntityId, Set<ArticleId>>();
  /** Most recently used last. */
  private readonly cache = new Map<ArticleId, { article: Article; bytes: number }>();
  private cacheBytes = 0;
  private dirty = false;
  private timer: NodeJS.Timeout | null = null;
  private saving: Promise<void> = Promise.resolve();
  /** Statistics for the benchmark and for tests. */
  readonly stats = { fromCatalog: 0, read: 0, lazyLoads: 0 };

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
    const saved = await this.readCatalogFile();
    const stale: { id: ArticleId; name: string }[] = [];
    const fresh = new Map<ArticleId, CatalogEntry | null>();
    for (const name of names) {
      const id = ArticleIdSchema.safeParse(name.slice(0, -'.json'.length));
      if (!id.success) continue;
      const entry = saved?.[id.data];
      let info: Stats | undefined;
      try {
        info = statSync(join(articlesFolder, name));
      } catch {
        continue; // removed meanwhile
      }
      if (entry !== undefined && entry.size === info.size && entry.mtimeMs === info.mtimeMs) {
        fresh.set(id.data, entry);
        this.stats.fromCatalog++;
      } else {
        fresh.set(id.data, null); // keeps the order of the names
        stale.push({ id: id.data, name });
      }
    }
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
    const savedCount = saved === null ? -1 : Object.keys(saved).length;
    if (stale.length > 0 || savedCount !== this.entries.size) this.markDirty();
  }

  private async readCatalogFile(): Promise<Record<string, CatalogEntry> | null> {
    try {
      const raw = await readFile(join(this.folder, CATALOG_FILE), 'utf8');
      return catalogArticles(JSON.parse(raw));
    } catch {
      return null; // missing or garbled: rebuilt from the article files
    }
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
      return entryOf(article, info);
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

  mentioning(entityId: EntityId): ArticleId[] {
    return [...(this.mentionedIn.get(entityId) ?? [])].sort();
  }

  mentionStats(entityId: EntityId): { articleCount: number; mentionCount: number } {
    let mentionCount = 0;
    const ids = this.mentionedIn.get(entityId) ?? new Set<ArticleId>();
    for (const id of ids) mentionCount += this.entries.get(id)?.mentions[entityId] ?? 0;
    return { articleCount: ids.size, mentionCount };
  }

  /**
   * The full article, from the cache or read from its file (synchronously: one small file,
   * well under a millisecond; annotation edits read the notebook synchronously). A file that
   * became damaged since the notebook opened is reported and never written.
   */
  get(id: ArticleId): Article | undefined {
    const cached = this.cache.get(id);
    if (cached !== undefined) {
      this.cache.delete(id);
      this.cache.set(id, cached);
      return cached.article;
    }
    const entry = this.entries.get(id);
    if (entry === undefined) return undefined;
    const label = `${ARTICLES_FOLDER}/${id}.json`;
    const path = join(this.folder, label);
    this.stats.lazyLoads++;
    let article: Article;
    let info: Stats;
    try {
      info = statSync(path);
      article = parseJsonFile(readFileSync(path, 'utf8'), ArticleSchema, label);
      if (article.id !== id) {
        throw new DossierError(
          'damaged-file',
          `The notebook file ${label} holds article ${article.id}, not ${id}. It was left as it is.`,
          label,
        );
      }
    } catch (error) {
      this.drop(id);
      const failure =
        error instanceof DossierError ? error : ioError(error, `Cannot read ${label}`, path, label);
      this.damaged.push({ file: failure.file ?? label, message: failure.message });
      throw failure;
    }
    if (info.size !== entry.size || info.mtimeMs !== entry.mtimeMs) {
      // Changed on disk since the catalog was taken (another program): refresh the summary.
      this.unindex(id, entry);
      const refreshed = entryOf(article, info);
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
  peek(id: ArticleId): Record<string, unknown> | undefined {
    const cached = this.cache.get(id);
    if (cached !== undefined) return cached.article;
    if (!this.entries.has(id)) return undefined;
    try {
      const json: unknown = JSON.parse(
        readFileSync(join(this.folder, ARTICLES_FOLDER, `${id}.json`), 'utf8'),
      );
      return typeof json === 'object' && json !== null
        ? (json as Record<string, unknown>)
        : undefined;
    } catch {
      return undefined;
    }
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
      const entry = entryOf(article, info);
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
    for (const entityId of Object.keys(entry.mentions) as EntityId[]) {
      let articles = this.mentionedIn.get(entityId);
      if (articles === undefined) this.mentionedIn.set(entityId, (articles = new Set()));
      articles.add(id);
    }
  }

  private unindex(id: ArticleId, entry: CatalogEntry): void {
    if (this.byFingerprint.get(entry.summary.fingerprint) === id) {
      this.byFingerprint.delete(entry.summary.fingerprint);
    }
    for (const entityId of Object.keys(entry.mentions) as EntityId[]) {
      const articles = this.mentionedIn.get(entityId);
      articles?.delete(id);
      if (articles?.size === 0) this.mentionedIn.delete(entityId);
    }
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
    const articles: Record<string, CatalogEntry> = {};
    for (const [id, entry] of this.entries) articles[id] = entry;
    const content = JSON.stringify({ format: CATALOG_FORMAT, version: CATALOG_VERSION, articles });
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

function entryOf(article: Article, info: Stats): CatalogEntry {
  const mentions: Record<string, number> = {};
  for (const mention of article.mentions) {
    mentions[mention.entityId] = (mentions[mention.entityId] ?? 0) + 1;
  }
  return { summary: summarize(article), mentions, size: info.size, mtimeMs: info.mtimeMs };
}
