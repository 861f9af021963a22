import { statSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { EntitiesFile } from '../../common/model/entity.ts';
import type { EventsFile } from '../../common/model/event.ts';
import type { ArticleId } from '../../common/model/ids.ts';
import type {
  SearchHit,
  SearchHitKind,
  SearchIndexing,
  SearchResult,
} from '../../common/model/search.ts';
import { writeFileDurably } from '../disk/durable-file.ts';
import {
  CompactIndex,
  type IndexHit,
  type IndexedDoc,
  type SerializedIndex,
} from './compact-index.ts';

export type { SearchHit, SearchHitKind, SearchResult };

/** Derived and rebuildable (docs/ARCHITECTURE.md "Data"). */
export const SEARCH_INDEX_FILE = 'cache/search-index.json';
const INDEX_FORMAT = 'dossier-search';
/** Bump when the fields or the tokenizer change: an older index is rebuilt. */
const INDEX_VERSION = 2;
/**
 * How long after a change the index file is written (and always on close). Writing it blocks
 * for a while at 10,000 articles, and a crash costs little: the saved index is loaded and the
 * groups whose files changed since are indexed again.
 */
export const SEARCH_SAVE_DELAY_MS = 5 * 60_000;
/** How long a rebuild works before it lets other callbacks run (IPC, saves, the UI's calls). */
const BUILD_SLICE_MS = 20;

/** What the index reads: the notebook as it is now (NotebookStore provides it). */
export interface SearchSource {
  readonly folder: string;
  readonly readOnly: boolean;
  articleIds(): ArticleId[];
  /** `size:mtime` of the article's file: an index entry with another stamp is stale. */
  articleStamp(id: ArticleId): string | undefined;
  /** The article as its file holds it (not validated, not cached); undefined if unreadable. */
  peekArticle(id: ArticleId): Record<string, unknown> | undefined;
  readonly registry: EntitiesFile;
  readonly eventsFile: EventsFile;
}

/** Which documents each group of the index holds, and the version of its file it indexed. */
interface Groups {
  stamps: Record<string, string>;
  docs: Record<string, string[]>;
}

const ENTITIES = 'entities';
const EVENTS = 'events';
const articleGroup = (id: ArticleId) => `a:${id}`;

/**
 * Full-text search over articles (title, text, source, tags), entities (names, aliases,
 * description), events (title, notes, tags) and highlight comments (compact-index.ts). The index
 * lives in memory once used and in cache/search-index.json between sessions. It is grouped by
 * file (one group per article, one for the registry, one for the events), each group stamped
 * with the size and mtime of the file it indexed: at load, groups whose file changed are indexed
 * again, so the index survives crashes and changes made while it was not loaded. Changes are
 * applied incrementally (`invalidate` marks a group; the next search or save re-indexes it).
 */
export class NotebookSearch {
  private index: CompactIndex | null = null;
  private groups: Groups = { stamps: {}, docs: {} };
  private loading: Promise<void> | null = null;
  /** Settles once a load has an index to search (read from the cache, or empty to be built). */
  private opened: Promise<void> = Promise.resolve();
  /** While a load indexes articles: how many, of how many. */
  private indexing: SearchIndexing | null = null;
  private readonly pending = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private saving: Promise<void> = Promise.resolve();
  private changedSinceSave = false;
  /** After the notebook closed: a load still running stops, and nothing more is written. */
  private disposed = false;
  /** How the index was obtained on load, for tests and the benchmark. */
  loadedFrom: 'cache' | 'rebuild' | null = null;

  constructor(private readonly source: SearchSource) {}

  /** A file the index covers changed: re-index its group before the next search. */
  invalidate(group: 'entities' | 'events' | { articleId: ArticleId }): void {
    if (this.index === null && this.loading === null) return; // checked by stamp when loaded
    this.pending.add(typeof group === 'string' ? group : articleGroup(group.articleId));
    this.changedSinceSave = true;
    this.scheduleSave();
  }

  invalidateArticle(id: ArticleId): void {
    this.invalidate({ articleId: id });
  }

  /**
   * The best `limit` hits for `query`. The first search waits for the index to be loaded (or
   * built); with `partial`, a search made while articles are being indexed answers at once from
   * those indexed so far, and says how far the indexing has got.
   */
  async search(query: string, limit = 20, partial = false): Promise<SearchResult> {
    if (partial && this.index === null) {
      // Start the load, and wait only until the index is there to be searched.
      this.ready().catch(() => {});
      await this.opened;
    }
    const building = partial && this.index !== null && this.indexing !== null;
    const index = building ? this.index! : await this.ready();
    const indexing = building ? { ...this.indexing! } : null;
    if (query.trim() === '') return { hits: [], indexing };
    const hits = index.search(query, false, limit, new Set());
    if (hits.length < limit) {
      // Prefixes of every word and small typos, after the exact matches.
      const seen = new Set(hits.map((hit) => hit.id));
      hits.push(...index.search(query, true, limit - hits.length, seen));
    }
    return { hits: hits.map((hit) => this.hit(hit)), indexing };
  }

  /** Load the index (from the cache, or rebuilt), then apply the pending changes. */
  async ready(): Promise<CompactIndex> {
    // Also while a load indexes articles: the index is there but not complete.
    if (this.index === null || this.loading !== null) {
      this.loading ??= this.load().finally(() => (this.loading = null));
      await this.loading;
    }
    this.applyPending();
    return this.index!;
  }

  private async load(): Promise<void> {
    this.opened = this.open();
    await this.opened;
    await this.catchUp();
  }

  /** The index from the cache file, or an empty one when there is none that fits. */
  private async open(): Promise<void> {
    const path = join(this.source.folder, SEARCH_INDEX_FILE);
    let index: CompactIndex | null = null;
    let groups: Groups = { stamps: {}, docs: {} };
    try {
      const raw = JSON.parse(await readFile(path, 'utf8')) as {
        format?: unknown;
        version?: unknown;
        groups?: Groups;
        index?: SerializedIndex;
      };
      if (
        raw.format === INDEX_FORMAT &&
        raw.version === INDEX_VERSION &&
        raw.groups !== undefined &&
        typeof raw.groups.stamps === 'object' &&
        typeof raw.groups.docs === 'object'
      ) {
        index = CompactIndex.fromJSON(raw.index!);
        groups = raw.groups;
      }
    } catch {
      index = null; // missing or garbled: rebuilt
    }
    this.loadedFrom = index === null ? 'rebuild' : 'cache';
    this.index = index ?? new CompactIndex();
    this.groups = index === null ? { stamps: {}, docs: {} } : groups;
  }

  /** Indexes again every group whose file is not the one indexed. */
  private async catchUp(): Promise<void> {
    // Every group whose file is not the one indexed is indexed again: the registry and the
    // events first (one group each), then the articles, which a search may not wait for.
    const wanted = new Set<string>();
    for (const [group, file] of [
      [ENTITIES, 'entities.json'],
      [EVENTS, 'events.json'],
    ] as const) {
      wanted.add(group);
      if (this.groups.stamps[group] !== fileStamp(join(this.source.folder, file)))
        this.reindex(group);
    }
    const stale: ArticleId[] = [];
    for (const id of this.source.articleIds()) {
      const group = articleGroup(id);
      wanted.add(group);
      if (this.groups.stamps[group] !== this.source.articleStamp(id)) stale.push(id);
    }
    const count = stale.length;
    this.indexing = { indexed: 0, total: count };
    try {
      let slice = performance.now();
      for (const id of stale) {
        this.reindex(articleGroup(id));
        this.indexing.indexed++;
        // A rebuild yields every few milliseconds so that the process keeps answering.
        if (performance.now() - slice > BUILD_SLICE_MS) {
          await nextTurn();
          if (this.disposed) return;
          slice = performance.now();
        }
      }
    } finally {
      this.indexing = null;
    }
    for (const group of Object.keys(this.groups.docs)) {
      if (!wanted.has(group)) this.reindex(group); // an article removed meanwhile
    }
    if (count > 0 || this.loadedFrom === 'rebuild') {
      this.changedSinceSave = true;
      this.scheduleSave();
    }
  }

  private applyPending(): void {
    for (const group of this.pending) this.reindex(group);
    this.pending.clear();
  }

  /** Replace a group's documents with those of its file as it is now. */
  private reindex(group: string): void {
    const index = this.index!;
    for (const id of this.groups.docs[group] ?? []) index.remove(id);
    delete this.groups.docs[group];
    delete this.groups.stamps[group];
    const { docs, stamp } = this.documents(group);
    if (stamp === undefined) return;
    for (const doc of docs) index.add(doc);
    this.groups.docs[group] = docs.map((doc) => doc.id);
    this.groups.stamps[group] = stamp;
  }

  private documents(group: string): { docs: IndexedDoc[]; stamp: string | undefined } {
    const folder = this.source.folder;
    if (group === ENTITIES) {
      const docs = this.source.registry.entities.map((entity) => ({
        id: `e:${entity.id}`,
        kind: 'entity' as const,
        label: entity.name,
        title: entity.name,
        text: entity.description,
        extra: entity.aliases.join(' · '),
      }));
      return { docs, stamp: fileStamp(join(folder, 'entities.json')) ?? 'none' };
    }
    if (group === EVENTS) {
      const docs = this.source.eventsFile.events.map((event) => ({
        id: `v:${event.id}`,
        kind: 'event' as const,
        label: event.title,
        title: event.title,
        text: event.notes,
        extra: event.tags.join(' · '),
      }));
      return { docs, stamp: fileStamp(join(folder, 'events.json')) ?? 'none' };
    }
    const id = group.slice(2) as ArticleId;
    const stamp = this.source.articleStamp(id);
    const raw = this.source.peekArticle(id);
    if (raw === undefined || stamp === undefined) return { docs: [], stamp: undefined };
    const article = articleFields(raw);
    const docs: IndexedDoc[] = [
      {
        id: `a:${id}`,
        kind: 'article',
        label: article.title,
        title: article.title,
        text: article.text,
        extra: [article.source, ...article.tags].join(' · '),
      },
    ];
    for (const highlight of article.highlights) {
      if (highlight.comment.trim() === '') continue;
      docs.push({
        id: `n:${id}:${highlight.id}`,
        kind: 'note',
        articleId: id,
        label: article.title, // the note is found by its words, shown with its article
        title: '',
        text: highlight.comment,
        extra: highlight.quote,
      });
    }
    return { docs, stamp };
  }

  private hit(result: IndexHit): SearchHit {
    const [prefix, id, highlightId] = result.id.split(':') as [string, string, string?];
    const { kind, label: title } = result;
    let body: string;
    const raw = prefix === 'a' || prefix === 'n' ? this.source.peekArticle(id as ArticleId) : {};
    if (prefix === 'a') {
      body = articleFields(raw ?? {}).text;
    } else if (prefix === 'n') {
      const highlight = articleFields(raw ?? {}).highlights.find((h) => h.id === highlightId);
      body = highlight === undefined ? '' : `${highlight.comment} — “${highlight.quote}”`;
    } else if (prefix === 'e') {
      const entity = this.source.registry.entities.find((e) => e.id === id);
      body =
        entity === undefined
          ? ''
          : [entity.aliases.join(', '), entity.description].filter(Boolean).join(' — ');
    } else {
      const event = this.source.eventsFile.events.find((e) => e.id === id);
      body = event === undefined ? '' : [event.notes, event.tags.join(', ')].join(' ');
    }
    return {
      kind,
      id: prefix === 'n' ? highlightId! : id,
      ...(prefix === 'n' && { articleId: id }),
      title,
      snippet: snippetOf(body, result.terms) || title,
      score: Math.round(result.score * 1000) / 1000,
    };
  }

  private scheduleSave(): void {
    if (this.source.readOnly || this.timer !== null || this.disposed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, SEARCH_SAVE_DELAY_MS);
    this.timer.unref();
  }

  /** Write the index if it changed since the last write (debounced; on close). Never throws. */
  flush(): Promise<void> {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.source.readOnly || !this.changedSinceSave || this.index === null || this.disposed) {
      return this.saving;
    }
    this.applyPending();
    this.changedSinceSave = false;
    // Serialized now, while the index is this version: writing it waits for the disk.
    const header = JSON.stringify({
      format: INDEX_FORMAT,
      version: INDEX_VERSION,
      groups: this.groups,
    });
    const content = [`${header.slice(0, -1)},"index":`, ...this.index.toJSONChunks(), '}'];
    const path = join(this.source.folder, SEARCH_INDEX_FILE);
    this.saving = this.saving
      .then(async () => {
        await mkdir(dirname(path), { recursive: true });
        await writeFileDurably(path, content);
      })
      .catch(() => {
        this.changedSinceSave = true;
      });
    return this.saving;
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}

/** The fields the index reads from an article file, which was not validated: each is checked. */
function articleFields(raw: Record<string, unknown>) {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
  return {
    title: text(raw.title),
    text: text(raw.text),
    source: text(raw.source),
    tags: list(raw.tags).map(text),
    highlights: list(raw.highlights).map((value) => {
      const highlight = (typeof value === 'object' && value !== null ? value : {}) as Record<
        string,
        unknown
      >;
      return {
        id: text(highlight.id),
        comment: text(highlight.comment),
        quote: text(highlight.quote),
      };
    }),
  };
}

function fileStamp(path: string): string | undefined {
  try {
    const info = statSync(path);
    return `${info.size}:${info.mtimeMs}`;
  } catch {
    return undefined;
  }
}

const SNIPPET_CHARS = 160;

/** About 160 characters of `text` around the first of `terms` it contains. */
export function snippetOf(text: string, terms: string[]): string {
  if (text.trim() === '') return '';
  let at = -1;
  for (const term of terms) {
    // One case-insensitive pass that stops at the first match: texts can be long.
    const match = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(term)}`, 'iu').exec(text);
    if (match !== null && (at === -1 || match.index + match[1]!.length < at)) {
      at = match.index + match[1]!.length;
    }
  }
  if (at === -1) at = 0;
  let start = Math.max(0, at - SNIPPET_CHARS / 3);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space === -1 || space > at ? start : space + 1;
  }
  let end = Math.min(text.length, start + SNIPPET_CHARS);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > at) end = space;
  }
  const window = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${window}${end < text.length ? '…' : ''}`;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
