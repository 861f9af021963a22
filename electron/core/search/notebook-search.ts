import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { TimeSlices } from '../time-slices.ts';
import type { EntitiesFile } from '../../common/model/entity.ts';
import type { EventsFile } from '../../common/model/event.ts';
import type { ArticleId } from '../../common/model/ids.ts';
import type { SearchHit, SearchHitKind, SearchResult } from '../../common/model/search.ts';
import { launchChild, toldFailure, type ChildProcess } from '../child-process.ts';
import { workerEntry } from '../worker-entry.ts';
import type { IndexHit } from './compact-index.ts';
import { ENTITIES, EVENTS, articleFields, articleGroup, type GroupUpdate } from './search-index.ts';
import type { ArticleStamps, SearchReply, SearchRequest } from './search-messages.ts';
import { escapeRegExp } from '../regexp-escape.ts';

export type { SearchHit, SearchHitKind, SearchResult };

/**
 * How long after a change the index file is written (and always on close). A crash costs little:
 * the saved index is loaded and the groups whose files changed since are indexed again.
 */
export const SEARCH_SAVE_DELAY_MS = 5 * 60_000;
/** How long the stamps of the articles are gathered before the thread answers what waits, in ms. */
const STAMPS_SLICE_MS = 10;
/** See NotebookSearch.renew. */
const RENEW_AFTER_ARTICLES = 5_000;

/** What the index reads: the notebook as it is now (NotebookStore provides it). */
export interface SearchSource {
  readonly folder: string;
  readonly readOnly: boolean;
  articleIds(): ArticleId[];
  /** `size:mtime` of the article's file: an index entry with another stamp is stale. */
  articleStamp(id: ArticleId): string | undefined;
  /** The article as its file holds it (not validated, not cached), for snippets. */
  peekArticle(id: ArticleId): Promise<Record<string, unknown> | undefined>;
  readonly registry: EntitiesFile;
  readonly eventsFile: EventsFile;
}

type Pending = { resolve(reply: SearchReply): void; reject(error: Error): void };

/**
 * Full-text search over articles (title, text, source, tags), entities (names, aliases,
 * description), events (title, notes, tags) and highlight comments (compact-index.ts). The index
 * lives in a process of its own (search-worker.ts, search-index.ts), which loads it from
 * cache/search-index.json or builds it, answers searches and writes it: at 100,000 articles the
 * build takes minutes of CPU and the index hundreds of MB, which the process that answers the app
 * (in Electron, the main process) must not carry (as a thread, what the build left in the
 * allocator's arenas stayed in it after the thread ended; issue 21). It is grouped by file (one group per
 * article, one for the registry, one for the events), each group stamped with the size and
 * mtime of the file it indexed: at load, groups whose file changed are indexed again, so the
 * index survives crashes and changes made while it was not loaded. Changes are applied
 * incrementally (`invalidate` marks a group; the next search or save sends it to the process).
 * This thread makes the snippets, from the article files.
 */
export class NotebookSearch {
  private child: ChildProcess | null = null;
  private loaded: Promise<void> = Promise.resolve();
  private settleLoad: (() => void) | null = null;
  private failLoad: ((error: Error) => void) | null = null;
  private readonly requests = new Map<number, Pending>();
  private renewed = false;
  /** Called once no request waits (see renew). */
  private readonly idle: (() => void)[] = [];
  private nextRequest = 0;
  private readonly pending = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private saving: Promise<void> = Promise.resolve();
  /** Messages to the process go out in the order asked, each made when its turn comes. */
  private posting: Promise<void> = Promise.resolve();
  /** After the notebook closed: the process is stopped, and nothing more is written. */
  private disposed = false;
  /** How the index was obtained on load, for tests and the benchmark. */
  loadedFrom: 'cache' | 'rebuild' | null = null;

  constructor(
    private readonly source: SearchSource,
    /** From how many articles indexed by a load the process is renewed (see renew). */
    private readonly renewAfter = RENEW_AFTER_ARTICLES,
    private readonly entry: URL = workerEntry(import.meta.url, 'search-worker'),
  ) {}

  /** A file the index covers changed: re-index its group before the next search. */
  invalidate(group: 'entities' | 'events' | { articleId: ArticleId }): void {
    if (this.child === null) return; // checked by stamp when loaded
    this.pending.add(typeof group === 'string' ? group : articleGroup(group.articleId));
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
    this.start();
    const reply = await this.request(async (id): Promise<SearchRequest> => ({
      type: 'search',
      id,
      query,
      limit,
      partial,
      updates: await this.updates(),
    }));
    if (reply.type !== 'result') throw new Error('The search index answered out of turn.');
    return {
      hits: await Promise.all(reply.hits.map((hit) => this.hit(hit))),
      indexing: reply.indexing,
    };
  }

  /** Load the index (from the cache, or rebuilt) in its process; settles once it is complete. */
  async ready(): Promise<void> {
    this.start();
    await this.loaded;
  }

  /** Start the process and its load, once. */
  private start(): void {
    if (this.child !== null || this.disposed) return;
    const child = launchChild(
      this.entry,
      // None of the host's Node options (see extract-pool.ts).
      { execArgv: [], env: process.env, name: 'Dossier search' },
      {
        message: (message) => this.answered(message as SearchReply),
        exit: (_how, stderr) => this.ended(child, toldFailure(stderr)),
      },
    );
    this.child = child;
    this.loaded = new Promise((resolve, reject) => {
      this.settleLoad = resolve;
      this.failLoad = reject;
    });
    this.loaded.catch(() => undefined);
    this.keepAlive();
    this.post(child, async () => {
      const { registry, events } = await this.groupsOfFiles();
      this.pending.clear(); // the load reads every file as it is now
      const { folder, readOnly } = this.source;
      const articles = await this.articleStamps();
      return { type: 'load', folder, readOnly, registry, events, articles };
    }).catch((error: unknown) => this.failLoad?.(error as Error));
    // The host stays up while the index loads or a request waits (the CLI's search), not for
    // an idle process.
    void this.loaded.finally(() => this.keepAlive());
  }

  private answered(reply: SearchReply): void {
    if (reply.type === 'opened') {
      this.loadedFrom = reply.loadedFrom;
    } else if (reply.type === 'loaded') {
      this.settleLoad?.();
      this.settleLoad = null;
      this.keepAlive();
      if (reply.indexed >= this.renewAfter && !this.renewed && !this.source.readOnly)
        void this.renew();
      else this.scheduleSave(); // a caught-up index is written
    } else if (reply.type === 'broken') {
      this.failLoad?.(new Error(`The search index could not be loaded: ${reply.error}`));
      this.settleLoad = null;
    } else {
      const request = this.requests.get(reply.id);
      this.requests.delete(reply.id);
      this.keepAlive();
      if (this.requests.size === 0) for (const idle of this.idle.splice(0)) idle();
      if (reply.type === 'failed') request?.reject(new Error(`Search failed: ${reply.error}`));
      else request?.resolve(reply);
    }
  }

  private ended(child: ChildProcess, failure: string | null): void {
    if (this.child !== child) return;
    // Stopped on purpose (the notebook closed), or it died: what waits fails, and the next
    // search starts a new process, which loads the index again.
    this.child = null;
    const error = new Error(
      this.disposed
        ? 'The notebook was closed.'
        : `The search index stopped${failure === null ? '' : `: ${failure}`}. Search again to reload it.`,
    );
    if (this.disposed) this.settleLoad?.();
    else this.failLoad?.(error);
    for (const request of this.requests.values()) request.reject(error);
    this.requests.clear();
    for (const idle of this.idle.splice(0)) idle();
  }

  /**
   * After a build of many articles: write the index, then load it in a new process. The build's
   * garbage stays in the heap of the process that made it, which V8 keeps (at 100,000 articles,
   * RSS 1.6 GB after a build, 0.8 GB with the same index loaded from its file); a process that
   * ends gives all of it back. Done between two requests; one made during the new load
   * waits for it (seconds, where the build took minutes).
   */
  private async renew(): Promise<void> {
    // Once: if the index could not be written (a full disk), the new process builds it again.
    this.renewed = true;
    const old = this.child;
    await this.flush();
    while (this.requests.size > 0) await new Promise<void>((idle) => this.idle.push(idle));
    if (this.disposed || this.child !== old) return;
    this.child = null; // its exit is expected: nothing waits for it
    old?.kill();
    this.start();
  }

  private keepAlive(): void {
    const busy = this.requests.size > 0 || this.settleLoad !== null;
    this.child?.hold(busy);
  }

  private request(make: (id: number) => Promise<SearchRequest>): Promise<SearchReply> {
    const child = this.child;
    if (child === null) return Promise.reject(new Error('The notebook was closed.'));
    const id = ++this.nextRequest;
    return new Promise<SearchReply>((resolve, reject) => {
      this.requests.set(id, { resolve, reject });
      this.keepAlive();
      this.post(child, () => make(id)).catch((error: unknown) => {
        this.requests.delete(id);
        this.keepAlive();
        reject(error as Error);
      });
    });
  }

  /**
   * Sends a message made by `make` (which stats files: never synchronously on this thread) once
   * the messages asked for before it are sent; its own failure only.
   */
  private post(child: ChildProcess, make: () => Promise<SearchRequest>): Promise<void> {
    const sent = this.posting.then(async () => child.send(await make()));
    this.posting = sent.catch(() => undefined);
    return sent;
  }

  /** The registry's and the events' documents, with the stamps of their files. */
  private async groupsOfFiles(): Promise<{ registry: GroupUpdate; events: GroupUpdate }> {
    const folder = this.source.folder;
    // The stamps before the documents: a write landing between them leaves a stamp older than
    // the documents, which costs at most indexing them again at the next load.
    const [registryStamp, eventsStamp] = await Promise.all([
      fileStamp(join(folder, 'entities.json')),
      fileStamp(join(folder, 'events.json')),
    ]);
    const registry = this.source.registry.entities.map((entity) => ({
      id: `e:${entity.id}`,
      title: entity.name,
      text: entity.description,
      extra: entity.aliases.join(' · '),
    }));
    const events = this.source.eventsFile.events.map((event) => ({
      id: `v:${event.id}`,
      title: event.title,
      text: event.notes,
      extra: event.tags.join(' · '),
    }));
    return {
      registry: {
        group: ENTITIES,
        docs: registry,
        stamp: registryStamp ?? 'none',
      },
      events: {
        group: EVENTS,
        docs: events,
        stamp: eventsStamp ?? 'none',
      },
    };
  }

  /**
   * Every article with the stamp of its file, made in slices between which the thread answers (a
   * change meanwhile is pending, sent with the next request).
   */
  private async articleStamps(): Promise<ArticleStamps> {
    const ids: string[] = [];
    const stamps: string[] = [];
    const slices = new TimeSlices(STAMPS_SLICE_MS);
    for (const id of this.source.articleIds()) {
      const stamp = this.source.articleStamp(id);
      if (stamp === undefined) continue;
      ids.push(id);
      stamps.push(stamp);
      if (ids.length % 1000 === 0 && slices.due) await slices.pause();
    }
    return { ids: ids.join('\n'), stamps: stamps.join('\n') };
  }

  /** The groups changed since the last request, as they are now. */
  private async updates(): Promise<GroupUpdate[]> {
    if (this.pending.size === 0) return [];
    const groups = [...this.pending];
    this.pending.clear(); // a change meanwhile is pending again, for the next request
    const files =
      groups.includes(ENTITIES) || groups.includes(EVENTS) ? await this.groupsOfFiles() : null;
    return groups.map((group): GroupUpdate => {
      if (group === ENTITIES) return files!.registry;
      if (group === EVENTS) return files!.events;
      return { group, stamp: this.source.articleStamp(group.slice(2) as ArticleId) };
    });
  }

  private async hit(result: IndexHit): Promise<SearchHit> {
    const [prefix, id, highlightId] = result.id.split(':') as [string, string, string?];
    // The index keeps only ids: the title is read here with the snippet's text (a note is shown
    // with its article's title).
    let kind: SearchHitKind;
    let title: string;
    let body: string;
    if (prefix === 'a' || prefix === 'n') {
      const article = articleFields((await this.source.peekArticle(id as ArticleId)) ?? {});
      title = article.title;
      if (prefix === 'a') {
        kind = 'article';
        body = article.text;
      } else {
        kind = 'note';
        const highlight = article.highlights.find((h) => h.id === highlightId);
        body = highlight === undefined ? '' : `${highlight.comment} — “${highlight.quote}”`;
      }
    } else if (prefix === 'e') {
      kind = 'entity';
      const entity = this.source.registry.entities.find((e) => e.id === id);
      title = entity?.name ?? '';
      body =
        entity === undefined
          ? ''
          : [entity.aliases.join(', '), entity.description].filter(Boolean).join(' — ');
    } else {
      kind = 'event';
      const event = this.source.eventsFile.events.find((e) => e.id === id);
      title = event?.title ?? '';
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

  /**
   * Write the index if it changed since the last write (debounced; on close), once it is
   * complete, or on close as far as it got. Never throws.
   */
  flush(closing = false): Promise<void> {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.source.readOnly || this.child === null || this.disposed) return this.saving;
    const saved = this.request(async (id): Promise<SearchRequest> => ({
      type: 'save',
      id,
      updates: await this.updates(),
      closing,
    }));
    this.saving = this.saving
      .then(() => saved)
      .then(
        () => undefined,
        () => undefined,
      );
    return this.saving;
  }

  /** The notebook closed: the process stops (a build in progress with it); nothing is written. */
  dispose(): void {
    this.disposed = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.child?.kill();
  }
}

async function fileStamp(path: string): Promise<string | undefined> {
  try {
    const info = await stat(path);
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
