import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DossierError } from '../../common/errors.ts';
import type { ArticleId, EntityId } from '../../common/model/ids.ts';
import type { EntitiesFile, Entity } from '../../common/model/entity.ts';
import type { Article } from '../../common/model/article.ts';
import type { EventsFile } from '../../common/model/event.ts';
import type { BriefingsFile } from '../../common/model/briefing.ts';
import type { RelationsFile } from '../../common/model/relation.ts';
import type { SourcesFile } from '../../common/model/source.ts';
import type { CatalogRebuild, DamagedFile, NotebookFile } from '../../common/model/notebook.ts';
import { writeFilesDurably } from '../disk/durable-file.ts';
import { NOTEBOOK_FILE, articleFile, originalFile } from '../disk/notebook-layout.ts';
import { RootDocuments, type RootData, type RootName } from './root-documents.ts';
// --- performance (issue 8): catalog, lazy texts, search ---
import { ArticleCatalog, type RebuildOptions } from './article-catalog.ts';
import { NotebookSearch } from '../search/notebook-search.ts';
import type { ArticleSummary } from '../../common/model/article.ts';
// --- end performance ---
import { NotebookLock } from './lock.ts';
import { checkVersion, createNotebook, folderState } from './notebook-folder.ts';
import { BackupState, latestBackupIsCurrent } from './backups.ts';
import { afterOpen, migrateOnLoad, openSnapshot } from './backups-on-open.ts';
import { SnapshotCapture } from './snapshot-capture.ts';
import { offerBackup } from './backup-validation.ts';
import { removeOrphanOriginals } from './orphan-originals.ts';

/** Above this many articles the backup on open runs after the open (issue 8). */
const OPEN_SNAPSHOT_SYNC_LIMIT = 1_000;

export interface OpenOptions {
  /** Who holds the lock, as shown to a second process. */
  app?: string;
  /** Read without taking the lock; every write is refused. */
  readOnly?: boolean;
  /** How a missing or damaged catalog is rebuilt, and who is told how far it got. */
  catalogRebuild?: RebuildOptions;
}

/**
 * A notebook folder on disk (docs/ARCHITECTURE.md "Data"). One lowdb document per file, each saved
 * atomically and durably; the store keeps every article in memory and writes only the file a
 * change touches.
 */
export class NotebookStore {
  // --- performance (issue 8): the articles are a catalog of summaries (cache/catalog.json)
  // with the full articles loaded on demand; the search index follows every write.
  private readonly catalog: ArticleCatalog;
  readonly search: NotebookSearch;
  /**
   * The backup on open of a large notebook, for the service to start in its queue (it is taken
   * beside the writes: see backUpBesideWrites).
   */
  deferredSnapshot: (() => void) | null = null;
  /** The backup being taken while writes go on, if any. */
  private snapshot: { capture: SnapshotCapture; done: Promise<void> } | null = null;
  /** When the latest backup was taken and why the latest one failed (backups.ts). */
  readonly backupState = new BackupState();
  // --- end performance ---

  private constructor(
    readonly folder: string,
    private readonly docs: RootDocuments,
    private readonly lock: NotebookLock | null,
    /** Files that failed to parse or validate: never written, reported to the user. */
    readonly damaged: DamagedFile[],
    private readonly rebuildOptions: RebuildOptions,
  ) {
    this.catalog = new ArticleCatalog(folder, lock !== null, damaged, rebuildOptions);
    this.search = new NotebookSearch({
      folder,
      readOnly: lock === null,
      articleIds: () => this.catalog.ids(),
      articleStamp: (id) => this.catalog.stamp(id),
      peekArticle: (id) => this.catalog.peek(id),
      get registry() {
        return docs.get('registry');
      },
      get eventsFile() {
        return docs.get('events');
      },
    });
  }

  static async open(folder: string, options: OpenOptions = {}): Promise<NotebookStore> {
    const root = resolve(folder);
    const state = await folderState(root);
    if (state === 'other') {
      throw new DossierError(
        'not-a-notebook',
        `${root} is not a Dossier notebook (it has no ${NOTEBOOK_FILE} and is not empty); it was left alone.`,
      );
    }
    if (state === 'file') {
      throw new DossierError('not-a-notebook', `${root} is a file, not a notebook folder.`);
    }
    const rebuild = options.catalogRebuild ?? {};
    if (options.readOnly && state === 'notebook') {
      return NotebookStore.load(root, null, rebuild).catch(offerBackup(root));
    }

    await mkdir(root, { recursive: true });
    const lock = await NotebookLock.acquire(root, options.app ?? 'dossier');
    try {
      if (state !== 'notebook') await createNotebook(root);
      const store = await NotebookStore.load(root, lock, rebuild);
      // A damaged article may name an original, and so may one a rebuild has not read yet, or
      // one changed on disk while a large catalog is checked after the open: then nothing is
      // known to be an orphan (a large notebook's are left for a smaller one's open).
      const settled = store.catalogRebuild === null && !store.catalog.checking;
      if (store.damaged.length === 0 && settled)
        await removeOrphanOriginals(root, store.originalFiles());
      // Crash leftovers removed, a backup taken; never throws. A large notebook's backup is
      // taken right after the open, in the service's queue (issue 8, docs/PERFORMANCE.md).
      const defer = store.catalog.size > OPEN_SNAPSHOT_SYNC_LIMIT;
      // Asked now, while the open finishes (issue 21: at 100,000 articles the files' versions
      // and the manifests take seconds), so that the writes queued behind the deferred backup do
      // not wait for it when the latest backup already holds the notebook.
      let leave = () => {};
      const left = new Promise<void>((resolve) => (leave = resolve));
      const current = defer ? latestBackupIsCurrent(root, left) : null;
      await afterOpen(root, store.damaged, { deferSnapshot: defer, state: store.backupState });
      if (current === null || store.damaged.length > 0) leave();
      else
        store.deferredSnapshot = () =>
          store.backUpBesideWrites((capture) => {
            void capture.left.then(leave); // the check is not wanted any more
            return openSnapshot(root, store.backupState, { skipIf: current, capture });
          });
      return store;
    } catch (error) {
      await lock.release();
      return offerBackup(root)(error); // rethrows, with the latest backup offered
    }
  }

  private static async load(
    root: string,
    lock: NotebookLock | null,
    rebuild: RebuildOptions,
  ): Promise<NotebookStore> {
    const metaFile = join(root, NOTEBOOK_FILE);
    await migrateOnLoad(root, lock !== null); // an older notebook is backed up first
    await checkVersion(metaFile);
    const store = new NotebookStore(root, await RootDocuments.read(root), lock, [], rebuild);
    await store.loadArticles();
    return store;
  }

  private async loadArticles(): Promise<void> {
    await this.catalog.load();
  }

  get title(): string {
    return this.docs.get('meta').title;
  }

  get readOnly(): boolean {
    return this.lock === null;
  }

  /** Every article with its text (each read on demand: prefer listSummaries). */
  listArticles(): Article[] {
    return this.catalog.all();
  }

  getArticle(id: ArticleId): Article | undefined {
    return this.catalog.get(id);
  }

  /** getArticle with the file read by async fs: for request handlers (the Reader's open). */
  readArticle(id: ArticleId): Promise<Article | undefined> {
    return this.catalog.read(id);
  }

  /** Article files read synchronously so far (commands that found one out of the cache): for tests. */
  get syncArticleReads(): number {
    return this.catalog.stats.syncReads;
  }

  /** listArticles with the files read by async fs: for request handlers. */
  readArticles(): Promise<Article[]> {
    return this.catalog.readAll();
  }

  // --- performance (issue 8) ---
  /** What lists show, from the catalog: no article file is read. */
  listSummaries(): ArticleSummary[] {
    return this.catalog.summaries();
  }

  /** listSummaries newest first, then by id: listArticles' order, sorted in slices. */
  listSummariesNewestFirst(): Promise<ArticleSummary[]> {
    return this.catalog.summariesNewestFirst();
  }

  /** The files in originals/ that the notebook's articles name. */
  originalFiles(): Set<string> {
    const files = new Set<string>();
    for (const summary of this.catalog.summaries()) {
      if (summary.original !== null) files.add(summary.original.file);
    }
    return files;
  }

  getSummary(id: ArticleId): ArticleSummary | undefined {
    return this.catalog.summary(id);
  }

  get articleCount(): number {
    return this.catalog.size;
  }

  /**
   * How far the rebuild of a missing or damaged catalog has got, or null: meanwhile the lists
   * hold the articles read so far (issue 21: a minute at 100,000 articles).
   */
  get catalogRebuild(): CatalogRebuild | null {
    return this.catalog.rebuildProgress;
  }

  /** Resolves once every article is in the lists (at once unless a rebuild runs). */
  articlesComplete(): Promise<void> {
    return this.catalog.complete();
  }

  /** How many articles mention an entity, and how often, from the catalog. */
  mentionStats(id: EntityId): { articleCount: number; mentionCount: number } {
    return this.catalog.mentionStats(id);
  }
  // --- end performance ---

  findByFingerprint(fingerprint: string): Article | undefined {
    const id = this.catalog.findByFingerprint(fingerprint);
    return id === undefined ? undefined : this.getArticle(id);
  }

  /** Told of every article written (edits, undo, redo, imports): the recognizer's learning follows. */
  onArticlesWritten: ((articles: readonly Article[]) => void) | null = null;

  /**
   * Counts the writes and removals of articles (and reloads), never going back: what is derived
   * from the article list is kept until it changes.
   */
  get articlesVersion(): number {
    return this.articleWrites;
  }
  private articleWrites = 0;

  putArticle(article: Article): Promise<void> {
    return this.putArticles([article]);
  }

  /** Several articles at once: fewer waits on the disk than one by one (a batch import). */
  async putArticles(articles: readonly Article[]): Promise<void> {
    const labelled = articles.map((article) => ({ article, label: articleFile(article.id) }));
    for (const { label } of labelled) this.assertWritable(label);
    await this.besideBackup(
      labelled.map(({ label }) => label),
      () => this.catalog.put(labelled),
    );
    this.articleWrites++;
    for (const article of articles) this.search.invalidate({ articleId: article.id });
    this.onArticlesWritten?.(articles);
  }

  async removeArticle(id: ArticleId): Promise<void> {
    const label = articleFile(id);
    this.assertWritable(label);
    if (!this.catalog.has(id)) throw new DossierError('not-found', `No article with id ${id}.`);
    await this.besideBackup([label], () => this.catalog.remove(id, label));
    this.articleWrites++;
    this.search.invalidate({ articleId: id });
  }

  get registry(): EntitiesFile {
    return this.docs.get('registry');
  }

  getEntity(id: EntityId): Entity | undefined {
    return this.registry.entities.find((entity) => entity.id === id);
  }

  /** The articles that mention an entity, in a stable order. */
  articlesMentioning(id: EntityId): Article[] {
    return this.catalog.mentioning(id).flatMap((articleId) => {
      const article = this.catalog.get(articleId);
      return article === undefined ? [] : [article];
    });
  }

  get eventsFile(): EventsFile {
    return this.docs.get('events');
  }

  async putEvents(events: EventsFile): Promise<void> {
    await this.putRoot('events', events);
    this.search.invalidate('events');
  }

  get briefingsFile(): BriefingsFile {
    return this.docs.get('briefings');
  }

  putBriefings(briefings: BriefingsFile): Promise<void> {
    return this.putRoot('briefings', briefings);
  }

  get relationsFile(): RelationsFile {
    return this.docs.get('relations');
  }

  putRelations(relations: RelationsFile): Promise<void> {
    return this.putRoot('relations', relations);
  }

  get sourcesFile(): SourcesFile {
    return this.docs.get('sources');
  }

  putSources(sources: SourcesFile): Promise<void> {
    return this.putRoot('sources', sources);
  }

  /** notebook.json as it is (title, creation time). */
  get notebookFile(): NotebookFile {
    return this.docs.get('meta');
  }

  /** Replace notebook.json (a notebook restored from a JSON export takes its title). */
  putNotebookFile(meta: NotebookFile): Promise<void> {
    return this.putRoot('meta', meta);
  }

  async putRegistry(registry: EntitiesFile): Promise<void> {
    await this.putRoot('registry', registry);
    this.search.invalidate('entities');
  }

  /** Replace a root document, unless the notebook is read-only or that file is damaged. */
  private async putRoot<N extends RootName>(name: N, data: RootData<N>): Promise<void> {
    this.assertWritable(this.docs.file(name));
    await this.besideBackup([this.docs.file(name)], () => this.docs.put(name, data));
  }

  async writeOriginal(file: string, bytes: Uint8Array): Promise<void> {
    await this.writeOriginals([{ file, bytes }]);
  }

  /** Kept originals, written together (see writeFilesDurably). */
  async writeOriginals(originals: readonly { file: string; bytes: Uint8Array }[]): Promise<void> {
    for (const { file } of originals) this.assertWritable(originalFile(file));
    await writeFilesDurably(
      originals.map(({ file, bytes }) => ({
        path: join(this.folder, originalFile(file)),
        content: bytes,
      })),
    );
  }

  /** Read every file again after a backup was restored under our lock. */
  async reload(): Promise<void> {
    this.catalog.dispose();
    this.search.dispose();
    const writes = this.articleWrites;
    Object.assign(this, await NotebookStore.load(this.folder, this.lock, this.rebuildOptions));
    this.articleWrites = writes + 1;
  }

  /**
   * Start a backup of the notebook as it is now, taken while writes go on (issue 21: at 100,000
   * articles a snapshot takes seconds to minutes, and the saves queued behind it waited that
   * long). Call it where no write is half done (the service's queue): that is the backup's
   * instant. It returns at once, and does nothing while a backup is being taken. `take` (which
   * never throws: openSnapshot, maybeSnapshot) takes it with the capture.
   */
  backUpBesideWrites(take: (capture: SnapshotCapture) => Promise<unknown>): void {
    if (this.readOnly || this.snapshot !== null) return;
    const capture = new SnapshotCapture();
    const done = take(capture).then(() => {
      capture.close();
      this.snapshot = null;
    });
    this.snapshot = { capture, done };
  }

  /** A write of `files`: while a backup is taken, through its capture (see SnapshotCapture). */
  private besideBackup(files: readonly string[], write: () => Promise<void>): Promise<void> {
    return this.snapshot === null ? write() : this.snapshot.capture.write(files, write);
  }

  /** Whether a backup is being taken beside the writes. */
  get backingUp(): boolean {
    return this.snapshot !== null;
  }

  /**
   * The notebook closes: a backup that no write has gone through yet, still asking whether it
   * is needed (the backup on open), is left for the next open (see SnapshotCapture).
   */
  leaveUntouchedBackup(): void {
    this.snapshot?.capture.leaveIfUntouched();
  }

  /** Resolves once no backup is being taken (before a restore, and on close). */
  backupsSettled(): Promise<void> {
    return this.snapshot?.done ?? Promise.resolve();
  }

  async close(): Promise<void> {
    this.leaveUntouchedBackup();
    await this.backupsSettled();
    // The derived caches are written last, while the lock is still held; a rebuild stops, and
    // what it read is written.
    await this.catalog.stop();
    await this.catalog.flush();
    await this.search.flush(true); // a build in progress stops and is written as far as it got
    this.search.dispose();
    await this.lock?.release();
  }

  private isDamaged(label: string): boolean {
    return this.damaged.some((entry) => entry.file === label);
  }

  private assertWritable(label: string): void {
    if (this.lock === null) {
      throw new DossierError('invalid-input', `The notebook ${this.folder} is open read-only.`);
    }
    if (this.isDamaged(label)) {
      throw new DossierError(
        'damaged-file',
        `The notebook file ${label} is damaged and will not be overwritten.`,
        label,
      );
    }
  }
}
