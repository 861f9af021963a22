import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { Low } from 'lowdb';
import { z } from 'zod';
import { DossierError, describe } from '../errors.ts';
import { ArticleIdSchema, type ArticleId, type EntityId } from '../model/ids.ts';
import {
  EntitiesFileSchema,
  emptyEntitiesFile,
  type EntitiesFile,
  type Entity,
} from '../model/entity.ts';
import { ArticleSchema, type Article } from '../model/article.ts';
import type { DamagedFile } from '../model/notebook.ts';
import { EventsFileSchema, emptyEventsFile, type EventsFile } from '../model/event.ts';
import {
  NOTEBOOK_FORMAT,
  NOTEBOOK_SCHEMA_VERSION,
  NotebookFileSchema,
  type NotebookFile,
} from '../model/notebook.ts';
import { DurableJsonFile, parseJsonFile, syncFolder, writeFileDurably } from './durable-file.ts';
import { LOCK_FILE, NotebookLock } from './lock.ts';
import { afterOpen, migrateOnLoad, offerBackup } from './backups.ts';

export const NOTEBOOK_FILE = 'notebook.json';
export const ENTITIES_FILE = 'entities.json';
export const EVENTS_FILE = 'events.json';
const ARTICLES = 'articles';
const ORIGINALS = 'originals';
const FOLDERS = [ARTICLES, ORIGINALS, 'cache', 'backups'];

export interface OpenOptions {
  /** Who holds the lock, as shown to a second process. */
  app?: string;
  /** Read without taking the lock; every write is refused. */
  readOnly?: boolean;
}

/**
 * A notebook folder on disk (DESIGN.md "Data"). One lowdb document per file, each saved
 * atomically and durably; the store keeps every article in memory and writes only the file a
 * change touches.
 */
export class NotebookStore {
  private readonly articles = new Map<ArticleId, Low<Article>>();
  /** Duplicate detection: fingerprint → article. */
  private readonly byFingerprint = new Map<string, ArticleId>();
  /** Which articles mention an entity. */
  private readonly mentionedIn = new Map<EntityId, Set<ArticleId>>();

  private constructor(
    readonly folder: string,
    private readonly meta: Low<NotebookFile>,
    private readonly entities: Low<EntitiesFile>,
    private readonly events: Low<EventsFile>,
    private readonly lock: NotebookLock | null,
    /** Files that failed to parse or validate: never written, reported to the user. */
    readonly damaged: DamagedFile[],
  ) {}

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
    if (options.readOnly && state === 'notebook') {
      return NotebookStore.load(root, null).catch(offerBackup(root));
    }

    await mkdir(root, { recursive: true });
    const lock = await NotebookLock.acquire(root, options.app ?? 'dossier');
    try {
      if (state !== 'notebook') await createNotebook(root);
      const store = await NotebookStore.load(root, lock);
      await afterOpen(root, store.damaged); // crash leftovers removed, a backup taken; never throws
      return store;
    } catch (error) {
      await lock.release();
      return offerBackup(root)(error); // rethrows, with the latest backup offered
    }
  }

  private static async load(root: string, lock: NotebookLock | null): Promise<NotebookStore> {
    const metaFile = join(root, NOTEBOOK_FILE);
    await migrateOnLoad(root, lock !== null); // an older notebook is backed up first
    await checkVersion(metaFile);
    const meta = new Low(
      new DurableJsonFile(metaFile, NotebookFileSchema, NOTEBOOK_FILE),
      null as never,
    );
    await meta.read();
    const entities = new Low<EntitiesFile>(
      new DurableJsonFile(join(root, ENTITIES_FILE), EntitiesFileSchema, ENTITIES_FILE),
      emptyEntitiesFile(),
    );
    // A notebook from before the registry existed simply has none yet.
    await entities.read();
    entities.data ??= emptyEntitiesFile();
    const events = new Low<EventsFile>(
      new DurableJsonFile(join(root, EVENTS_FILE), EventsFileSchema, EVENTS_FILE),
      emptyEventsFile(),
    );
    await events.read();
    events.data ??= emptyEventsFile();
    const store = new NotebookStore(root, meta, entities, events, lock, []);
    await store.loadArticles();
    return store;
  }

  private async loadArticles(): Promise<void> {
    const folder = join(this.folder, ARTICLES);
    const names = (await readdir(folder).catch(() => [] as string[])).filter(
      (name) => name.endsWith('.json') && !name.startsWith('.'),
    );
    names.sort();
    for (const name of names) {
      const label = `${ARTICLES}/${name}`;
      const id = ArticleIdSchema.safeParse(basename(name, '.json'));
      if (!id.success) continue;
      const adapter = new DurableJsonFile(join(folder, name), ArticleSchema, label);
      const db = new Low<Article>(adapter, null as never);
      try {
        await db.read();
      } catch (error) {
        this.damaged.push({ file: label, message: describe(error) });
        continue;
      }
      if (db.data.id !== id.data) {
        this.damaged.push({
          file: label,
          message: `The notebook file ${label} holds article ${db.data.id}, not ${id.data}. It was left as it is.`,
        });
        continue;
      }
      this.index(db.data);
      this.articles.set(id.data, db);
    }
  }

  get title(): string {
    return this.meta.data.title;
  }

  get readOnly(): boolean {
    return this.lock === null;
  }

  listArticles(): Article[] {
    return [...this.articles.values()].map((db) => db.data);
  }

  getArticle(id: ArticleId): Article | undefined {
    return this.articles.get(id)?.data;
  }

  findByFingerprint(fingerprint: string): Article | undefined {
    const id = this.byFingerprint.get(fingerprint);
    return id === undefined ? undefined : this.getArticle(id);
  }

  async putArticle(article: Article): Promise<void> {
    const label = articleLabel(article.id);
    this.assertWritable(label);
    let db = this.articles.get(article.id);
    if (db === undefined) {
      db = new Low<Article>(
        new DurableJsonFile(join(this.folder, label), ArticleSchema, label),
        article,
      );
    }
    db.data = article;
    await db.write();
    const before = this.articles.get(article.id)?.data;
    if (before !== undefined) this.unindex(before);
    this.articles.set(article.id, db);
    this.index(article);
  }

  async removeArticle(id: ArticleId): Promise<void> {
    const label = articleLabel(id);
    this.assertWritable(label);
    const article = this.articles.get(id)?.data;
    if (article === undefined) throw new DossierError('not-found', `No article with id ${id}.`);
    await unlink(join(this.folder, label));
    this.articles.delete(id);
    this.unindex(article);
    await syncFolder(join(this.folder, ARTICLES));
  }

  get registry(): EntitiesFile {
    return this.entities.data;
  }

  getEntity(id: EntityId): Entity | undefined {
    return this.entities.data.entities.find((entity) => entity.id === id);
  }

  /** The articles that mention an entity, in a stable order. */
  articlesMentioning(id: EntityId): Article[] {
    const ids = [...(this.mentionedIn.get(id) ?? [])].sort();
    return ids.map((articleId) => this.articles.get(articleId)!.data);
  }

  get eventsFile(): EventsFile {
    return this.events.data;
  }

  async putEvents(events: EventsFile): Promise<void> {
    this.assertWritable(EVENTS_FILE);
    this.events.data = events;
    await this.events.write();
  }

  async putRegistry(registry: EntitiesFile): Promise<void> {
    this.assertWritable(ENTITIES_FILE);
    this.entities.data = registry;
    await this.entities.write();
  }

  private index(article: Article): void {
    this.byFingerprint.set(article.fingerprint, article.id);
    for (const mention of article.mentions) {
      let articles = this.mentionedIn.get(mention.entityId);
      if (articles === undefined) this.mentionedIn.set(mention.entityId, (articles = new Set()));
      articles.add(article.id);
    }
  }

  private unindex(article: Article): void {
    if (this.byFingerprint.get(article.fingerprint) === article.id) {
      this.byFingerprint.delete(article.fingerprint);
    }
    for (const mention of article.mentions) {
      const articles = this.mentionedIn.get(mention.entityId);
      articles?.delete(article.id);
      if (articles?.size === 0) this.mentionedIn.delete(mention.entityId);
    }
  }

  async writeOriginal(file: string, bytes: Uint8Array): Promise<void> {
    this.assertWritable(`${ORIGINALS}/${file}`);
    await writeFileDurably(join(this.folder, ORIGINALS, file), bytes);
  }

  /** Read every file again after a backup was restored under our lock. */
  async reload(): Promise<void> {
    Object.assign(this, await NotebookStore.load(this.folder, this.lock));
  }

  async close(): Promise<void> {
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

function articleLabel(id: ArticleId): string {
  return `${ARTICLES}/${id}.json`;
}

type FolderState = 'missing' | 'empty' | 'notebook' | 'other' | 'file';

async function folderState(root: string): Promise<FolderState> {
  try {
    const info = await stat(root);
    if (!info.isDirectory()) return 'file';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw new DossierError('io', `Cannot open ${root}: ${describe(error)}`);
  }
  const entries = await readdir(root);
  if (entries.includes(NOTEBOOK_FILE)) return 'notebook';
  // A lock left by a creation that crashed before notebook.json was written is not content.
  return entries.every((name) => name === LOCK_FILE || name === '.DS_Store') ? 'empty' : 'other';
}

async function createNotebook(root: string): Promise<void> {
  for (const name of FOLDERS) await mkdir(join(root, name), { recursive: true });
  const meta: NotebookFile = {
    format: NOTEBOOK_FORMAT,
    schemaVersion: NOTEBOOK_SCHEMA_VERSION,
    title: basename(root).replace(/\.dossier$/i, '') || 'Notebook',
    createdAt: new Date().toISOString(),
  };
  await writeFileDurably(join(root, NOTEBOOK_FILE), JSON.stringify(meta, null, 1) + '\n');
}

/** Refuse a notebook written by a newer Dossier before anything else reads it. */
async function checkVersion(metaFile: string): Promise<void> {
  let raw: string;
  try {
    raw = await readFile(metaFile, 'utf8');
  } catch (error) {
    throw new DossierError('io', `Cannot read ${NOTEBOOK_FILE}: ${describe(error)}`, NOTEBOOK_FILE);
  }
  const header = parseJsonFile(raw, VersionHeaderSchema, NOTEBOOK_FILE);
  if (header.schemaVersion > NOTEBOOK_SCHEMA_VERSION) {
    throw new DossierError(
      'newer-version',
      `This notebook was written by a newer Dossier (schema ${header.schemaVersion}; this version reads up to ${NOTEBOOK_SCHEMA_VERSION}). Update Dossier to open it; the notebook was not changed.`,
    );
  }
}

const VersionHeaderSchema = z.object({
  format: z.literal(NOTEBOOK_FORMAT),
  schemaVersion: z.number().int().positive(),
});
