import { createReadStream, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
import { TimeSlices } from '../time-slices.ts';
import type { SearchIndexing } from '../../common/model/search.ts';
import { SEARCH_INDEX_FILE, SEARCH_POSTINGS_FILE } from '../disk/notebook-layout.ts';
import { CompactIndex, type IndexHit, type IndexedDoc } from './compact-index.ts';
import { PostingsFile, type PostingsRef } from './postings-file.ts';
import { stampLines, type ArticleStamps } from './search-messages.ts';

/** Derived and rebuildable (docs/ARCHITECTURE.md "Data"). */
const INDEX_FORMAT = 'dossier-search';
/**
 * Bump when the fields, the tokenizer or the file change: an older index is rebuilt. 3: lines of
 * JSON (the groups, the documents, then a word a line), read one at a time. 4: the postings in a
 * file of their own, read per query (postings-file.ts); the lines hold each word's count.
 */
const INDEX_VERSION = 4;
/** How long a rebuild works before it reads its messages (searches, changes, a stop). */
const BUILD_SLICE_MS = 50;

export const ENTITIES = 'entities';
export const EVENTS = 'events';
export const articleGroup = (id: string) => `a:${id}`;

/**
 * A group of the index as the notebook holds it now: the registry's or the events' documents
 * (made by the thread that holds them), or an article, whose file the index reads itself.
 * `stamp` is the `size:mtime` of the file; undefined when the file is gone.
 */
export type GroupUpdate =
  | { group: typeof ENTITIES | typeof EVENTS; docs: IndexedDoc[]; stamp: string }
  | { group: string; stamp: string | undefined };

/**
 * Which documents each group of the index holds, and the version of its file it indexed. In
 * memory, `docs` leaves out a group whose only document has the group's name (an article without
 * notes: most of them), which the file spells out: at 100,000 articles those lists took 10 MB.
 */
interface Groups {
  stamps: Record<string, string>;
  docs: Record<string, string[]>;
}

const soleDoc = (group: string, ids: string[]) => ids.length === 1 && ids[0] === group;

/**
 * The search index of one notebook (see notebook-search.ts), on the thread that holds it (the
 * search worker): loaded from cache/search-index.json, brought up to date with the notebook's
 * files (groups whose stamp differs are indexed again, articles read from their files without
 * validation), searched, and written back as a stream of pieces.
 */
export class SearchIndex {
  private index = new CompactIndex();
  private groups: Groups = { stamps: {}, docs: {} };
  /** While the load indexes articles: how many, of how many. */
  indexing: SearchIndexing | null = null;
  loadedFrom: 'cache' | 'rebuild' | null = null;
  changedSinceSave = false;
  /** Set when the notebook closes: a build stops at its next slice (and is saved as it is). */
  stopped = false;

  constructor(
    private readonly folder: string,
    private readonly readOnly: boolean,
  ) {}

  /** The index from the cache file, or an empty one when there is none that fits. */
  async open(): Promise<void> {
    let index: CompactIndex | null = null;
    let groups: Groups = { stamps: {}, docs: {} };
    let postings: PostingsFile | null = null;
    // Read a line at a time: at 100,000 articles the file is 143 MB, and parsed whole it took
    // twice its size of memory, which the process kept after.
    const input = createReadStream(join(this.folder, SEARCH_INDEX_FILE), 'utf8');
    const lines = createInterface({ input, crlfDelay: Infinity });
    try {
      const iterator = lines[Symbol.asyncIterator]();
      const first = await iterator.next();
      const header = (first.done === true ? null : JSON.parse(first.value)) as {
        format?: unknown;
        version?: unknown;
        groups?: Groups;
        postings?: PostingsRef;
      } | null;
      if (
        header?.format === INDEX_FORMAT &&
        header.version === INDEX_VERSION &&
        header.groups !== undefined &&
        typeof header.groups.stamps === 'object' &&
        typeof header.groups.docs === 'object'
      ) {
        postings = PostingsFile.open(join(this.folder, SEARCH_POSTINGS_FILE), header.postings!);
        index = await CompactIndex.load(iterator, postings);
        groups = { stamps: header.groups.stamps, docs: {} };
        for (const [group, ids] of Object.entries(header.groups.docs)) {
          if (!soleDoc(group, ids) || !(group in groups.stamps)) groups.docs[group] = ids;
        }
      }
    } catch {
      postings?.close();
      index = null; // missing or garbled (the index file or the postings it names): rebuilt
    } finally {
      lines.close();
      input.destroy();
    }
    this.loadedFrom = index === null ? 'rebuild' : 'cache';
    this.index = index ?? new CompactIndex();
    this.groups = index === null ? { stamps: {}, docs: {} } : groups;
  }

  /**
   * Index again every group whose file is not the one indexed: the registry and the events first,
   * then the articles, in slices between which messages are answered (a search with `partial`
   * answers from the part indexed so far). Returns how many articles it indexed.
   */
  async catchUp(
    registry: GroupUpdate,
    events: GroupUpdate,
    articles: ArticleStamps,
  ): Promise<number> {
    const wanted = new Set<string>([ENTITIES, EVENTS]);
    for (const update of [registry, events]) {
      if (this.groups.stamps[update.group] !== update.stamp) this.apply(update);
    }
    const stale: GroupUpdate[] = [];
    const stamps = stampLines(articles.stamps);
    for (const [i, id] of stampLines(articles.ids).entries()) {
      const group = articleGroup(id);
      wanted.add(group);
      if (this.groups.stamps[group] !== stamps[i]) stale.push({ group, stamp: stamps[i] });
    }
    this.indexing = { indexed: 0, total: stale.length };
    try {
      const slices = new TimeSlices(BUILD_SLICE_MS);
      for (const update of stale) {
        this.apply(update);
        this.indexing.indexed++;
        if (slices.due) {
          await slices.pause();
          if (this.stopped) return this.indexing.indexed;
        }
      }
    } finally {
      this.indexing = null;
    }
    for (const group of Object.keys(this.groups.stamps)) {
      if (!wanted.has(group)) this.apply({ group, stamp: undefined }); // removed meanwhile
    }
    if (stale.length > 0 || this.loadedFrom === 'rebuild') this.changedSinceSave = true;
    this.index.freeze();
    return stale.length;
  }

  /** Replace a group's documents with those of its file as it is now. */
  apply(update: GroupUpdate): void {
    const { group } = update;
    for (const id of this.docsOf(group)) this.index.remove(id);
    delete this.groups.docs[group];
    delete this.groups.stamps[group];
    this.changedSinceSave = true;
    if (update.stamp === undefined) return;
    const docs = 'docs' in update ? update.docs : this.articleDocs(group.slice(2));
    if (docs === undefined) return;
    for (const doc of docs) this.index.add(doc);
    const ids = docs.map((doc) => doc.id);
    if (!soleDoc(group, ids)) this.groups.docs[group] = ids;
    this.groups.stamps[group] = update.stamp;
  }

  /** The ids of a group's documents. */
  private docsOf(group: string): string[] {
    return this.groups.docs[group] ?? (group in this.groups.stamps ? [group] : []);
  }

  /** The best `limit` hits: exact words first, then prefixes of every word and small typos. */
  search(query: string, limit: number): IndexHit[] {
    if (query.trim() === '') return [];
    const hits = this.index.search(query, false, limit, new Set());
    if (hits.length < limit) {
      const seen = new Set(hits.map((hit) => hit.id));
      hits.push(...this.index.search(query, true, limit - hits.length, seen));
    }
    return hits;
  }

  /**
   * Write the index if it changed since the last write (see CompactIndex.write): at 100,000
   * articles the whole file, made at once, did not fit in the heap.
   */
  async save(): Promise<void> {
    if (this.readOnly || !this.changedSinceSave) return;
    this.changedSinceSave = false;
    const docs: Groups['docs'] = {};
    for (const group of Object.keys(this.groups.stamps)) docs[group] = this.docsOf(group);
    const groups = { stamps: this.groups.stamps, docs };
    const header = { format: INDEX_FORMAT, version: INDEX_VERSION, groups };
    const path = join(this.folder, SEARCH_INDEX_FILE);
    try {
      await mkdir(dirname(path), { recursive: true });
      await this.index.write(path, join(this.folder, SEARCH_POSTINGS_FILE), header);
    } catch {
      this.changedSinceSave = true; // tried again at the next save
    }
  }

  /**
   * An article's documents as its file holds it (not validated); undefined if unreadable. Read
   * synchronously: the index lives in the search worker (search-worker.ts), never on the thread
   * that answers, and a build reads the files one after another in slices.
   */
  private articleDocs(id: string): IndexedDoc[] | undefined {
    let raw: Record<string, unknown>;
    try {
      const json: unknown = JSON.parse(
        readFileSync(join(this.folder, 'articles', `${id}.json`), 'utf8'),
      );
      if (typeof json !== 'object' || json === null) return undefined;
      raw = json as Record<string, unknown>;
    } catch {
      return undefined;
    }
    const article = articleFields(raw);
    const docs: IndexedDoc[] = [
      {
        id: `a:${id}`,
        title: article.title,
        text: article.text,
        extra: [article.source, ...article.tags].join(' · '),
      },
    ];
    for (const highlight of article.highlights) {
      if (highlight.comment.trim() === '') continue;
      docs.push({
        id: `n:${id}:${highlight.id}`,
        title: '',
        text: highlight.comment,
        extra: highlight.quote,
      });
    }
    return docs;
  }
}

/** The fields the index reads from an article file, which was not validated: each is checked. */
export function articleFields(raw: Record<string, unknown>) {
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
