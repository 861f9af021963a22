import { readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe } from '../../common/errors.ts';
import type { ImportProgress, ImportResult } from '../../common/api/contract.ts';
import type { Command } from '../commands/history.ts';
import { touches } from '../../common/api/change.ts';
import type { Article, OriginalFile } from '../../common/model/article.ts';
import type { ExtractedArticle } from '../import/extract.ts';
import { extractPool } from '../import/extract-pool.ts';
import { sha256Hex } from '../import/text.ts';
import type { NotebookStore } from '../store/notebook-store.ts';
import { newArticle } from './new-article.ts';
import { CopyIndex, signatureOf } from '../sources/copy-index.ts';
import { writeFileDurably, writeTailDurably } from '../disk/durable-file.ts';

/** Derived and rebuildable, like the catalog: the MinHash signatures of the articles. */
const COPY_SIGNATURES = 'cache/copy-signatures.bin';
/** Articles signed between two progress reports and saves of the cache (about a second). */
const SIGNED_BETWEEN_SAVES = 1000;

/** One file to import: the name the user knows it by, and how to get its bytes. */
export interface ImportSource {
  path: string;
  read(): Promise<Uint8Array>;
}

export interface ImportHooks {
  execute(command: Command): Promise<void>;
  progress(event: ImportProgress): void;
}

/** Files read and extracted ahead of the one being saved: enough to keep the pool busy. */
const READ_AHEAD = 4;
/** A batch is saved at the latest after this many files or bytes of originals. */
const BATCH_FILES = 16;
const BATCH_BYTES = 32 * 1024 * 1024;

/** A file read and extracted (in the pool), or the reason it cannot be imported. */
type Extraction = { bytes: Uint8Array; articles: ExtractedArticle[] } | { error: string };

/** A file's new articles, waiting to be saved with the rest of their batch. */
interface Unsaved {
  articles: Article[];
  original: OriginalFile;
  bytes: Uint8Array;
}

/**
 * Turns files into articles: reads and extracts them in the extraction pool's worker threads, a
 * few files ahead, while the files before them are saved; skips duplicates; keeps each original.
 * Files whose articles are ready are saved together, as one step of the job's undoable command,
 * when the next file is not ready yet (the disk works while the workers do) or the batch is full.
 * The call resolves once every imported article is on disk. A file that fails is reported with
 * its reason and leaves nothing behind; the other files still import.
 */
export class ArticleImporter {
  /** Per job: cancel aborts it, which also stops the files being read. */
  private readonly jobs = new Map<string, AbortController>();
  /** Articles imported so far per job, for the undo label. */
  private readonly importedCount = new Map<string, number>();
  /** Wire copies (issue 18): the signatures of the notebook's articles, built on first import. */
  private readonly copies = new CopyIndex();
  /**
   * What the signatures' cache holds: the index's first `added` articles, in `bytes` bytes;
   * `bytes` -1: the file is written whole next time (missing, damaged, or a write failed).
   */
  private saved: { added: number; bytes: number } | null = null;

  constructor(
    private readonly store: NotebookStore,
    private readonly hooks: ImportHooks,
  ) {}

  cancel(jobId: string): boolean {
    const job = this.jobs.get(jobId);
    if (job === undefined) return false;
    job.abort();
    return true;
  }

  async run(
    sources: ImportSource[],
    jobId: string,
    batch = { offset: 0, total: sources.length },
  ): Promise<ImportResult[]> {
    const results: ImportResult[] = [];
    await this.indexArticles((read, missing) =>
      this.hooks.progress({
        type: 'import-progress',
        jobId,
        done: batch.offset,
        total: batch.total,
        current: `Reading the notebook for wire copies: ${read.toLocaleString('en-US')} of ${missing.toLocaleString('en-US')} articles`,
      }),
    );
    if (!this.importedCount.has(jobId)) this.importedCount.set(jobId, 0);
    const job = this.jobs.get(jobId) ?? new AbortController();
    this.jobs.set(jobId, job);
    const extractions: { outcome: Promise<Extraction>; ready: boolean }[] = [];
    const readAhead = (upTo: number): void => {
      while (extractions.length < Math.min(upTo, sources.length)) {
        const source = sources[extractions.length]!;
        const extraction = { outcome: extract(source, job.signal), ready: false };
        void extraction.outcome.then(() => (extraction.ready = true));
        extractions.push(extraction);
      }
    };
    let unsaved: Unsaved[] = [];
    let unsavedBytes = 0;
    /** Fingerprints of the unsaved articles: a duplicate may sit in the same batch. */
    let unsavedFingerprints = new Map<string, Article>();
    const save = async (): Promise<void> => {
      if (unsaved.length > 0) await this.hooks.execute(this.saveCommand(jobId, unsaved));
      unsaved = [];
      unsavedBytes = 0;
      unsavedFingerprints = new Map();
    };

    for (const [index, source] of sources.entries()) {
      if (job.signal.aborted) {
        results.push({ path: source.path, status: 'failed', reason: 'the import was cancelled' });
        continue;
      }
      this.hooks.progress({
        type: 'import-progress',
        jobId,
        done: batch.offset + index,
        total: batch.total,
        current: source.path,
      });
      readAhead(index + 1 + READ_AHEAD);
      await nextTurn();
      const extraction = await extractions[index]!.outcome;
      if ('error' in extraction) {
        results.push({ path: source.path, status: 'failed', reason: extraction.error });
      } else {
        const file = this.newArticles(source.path, extraction, unsavedFingerprints);
        results.push(...file.results);
        if (file.unsaved !== null) {
          unsaved.push(file.unsaved);
          unsavedBytes += file.unsaved.bytes.byteLength;
        }
      }
      const nextReady = extractions[index + 1]?.ready ?? false;
      if (!nextReady || unsaved.length >= BATCH_FILES || unsavedBytes >= BATCH_BYTES) await save();
    }
    await save();
    await this.saveSignatures();
    const done = batch.offset + sources.length;
    this.hooks.progress({ type: 'import-progress', jobId, done, total: batch.total, current: '' });
    if (done >= batch.total) {
      this.jobs.delete(jobId);
      this.importedCount.delete(jobId);
    }
    return results;
  }

  /** One file's articles, each new or a duplicate of one in the notebook or the batch. */
  private newArticles(
    path: string,
    { bytes, articles: extracted }: { bytes: Uint8Array; articles: ExtractedArticle[] },
    unsavedFingerprints: Map<string, Article>,
  ): { results: ImportResult[]; unsaved: Unsaved | null } {
    const unsavedIds = new Set([...unsavedFingerprints.values()].map((article) => article.id));
    const results: ImportResult[] = [];
    const fresh: Article[] = [];
    let original: OriginalFile | null = null;
    for (const item of extracted) {
      const part = item.part === '' ? {} : { part: item.part };
      const candidate = newArticle(item, item.text, original);
      const existing =
        this.store.findByFingerprint(candidate.fingerprint) ??
        unsavedFingerprints.get(candidate.fingerprint);
      if (existing !== undefined) {
        results.push({
          path,
          status: 'duplicate',
          id: existing.id,
          title: existing.title,
          ...part,
        });
        continue;
      }
      if (original === null) {
        // The first new article of a file names its original; a feed's other items share it.
        original = {
          file: `${candidate.id}${originalExtension(path)}`,
          name: basename(path),
          mediaType: item.mediaType,
          sha256: sha256Hex(bytes),
          bytes: bytes.byteLength,
        };
        candidate.original = original;
      }
      unsavedFingerprints.set(candidate.fingerprint, candidate);
      // A copy is kept, and says which article it copies (never counted as corroboration).
      const signature = signatureOf(candidate.text);
      candidate.copyOf = this.copies.copyOf(
        signature,
        (id) => this.store.getSummary(id) !== undefined || unsavedIds.has(id),
      );
      this.copies.add(candidate.id, signature);
      fresh.push(candidate);
      const copy = candidate.copyOf === null ? {} : { copyOf: candidate.copyOf };
      results.push({
        path,
        status: 'imported',
        id: candidate.id,
        title: candidate.title,
        ...part,
        ...copy,
      });
    }
    return { results, unsaved: original === null ? null : { articles: fresh, original, bytes } };
  }

  /**
   * Signs the articles the index lacks: on the first import the ones the cache does not hold
   * (all of them in a notebook from before copies, or whose cache was lost), then any added since
   * (add-text, undo). Many (minutes at 100,000): with progress, the cache saved as it goes.
   */
  private async indexArticles(progress: (read: number, missing: number) => void): Promise<void> {
    if (this.saved === null) {
      const bytes = await readFile(join(this.store.folder, COPY_SIGNATURES)).catch(() => null);
      const read = bytes === null ? -1 : this.copies.addBytes(bytes);
      this.saved = { added: this.copies.size, bytes: read === bytes?.length ? read : -1 };
    }
    const missing = this.store.listSummaries().filter(({ id }) => !this.copies.has(id));
    for (const [index, { id }] of missing.entries()) {
      if (index > 0 && index % SIGNED_BETWEEN_SAVES === 0) {
        progress(index, missing.length);
        await this.saveSignatures();
      }
      const article = await this.store.readArticle(id);
      if (article !== undefined) this.copies.add(id, signatureOf(article.text));
    }
  }

  /**
   * The signatures, for the next import: those added since the last save are appended (at
   * 100,000 articles the whole file is 27 MB), or the whole file written when it cannot be
   * appended to. A cache that cannot be written is only slower.
   */
  private async saveSignatures(): Promise<void> {
    const saved = this.saved!;
    const added = this.copies.size;
    if (saved.added === added && saved.bytes >= 0) return;
    const path = join(this.store.folder, COPY_SIGNATURES);
    try {
      if (saved.bytes < 0) {
        const bytes = this.copies.toBytes();
        await writeFileDurably(path, bytes);
        this.saved = { added, bytes: bytes.length };
      } else {
        const bytes = this.copies.toBytes(saved.added);
        await writeTailDurably(path, saved.bytes, bytes);
        this.saved = { added, bytes: saved.bytes + bytes.length };
      }
    } catch {
      this.saved = { added, bytes: -1 };
    }
  }

  private saveCommand(jobId: string, files: Unsaved[]): Command {
    const articles = files.flatMap((file) => file.articles);
    const count = (this.importedCount.get(jobId) ?? 0) + articles.length;
    this.importedCount.set(jobId, count);
    // Held only until the originals are on disk: redo finds them there (revert keeps them).
    let originals: { file: string; bytes: Uint8Array }[] | null = files.map((file) => ({
      file: file.original.file,
      bytes: file.bytes,
    }));
    return {
      label: count === 1 ? `Import “${articles[0]!.title}”` : `Import ${count} articles`,
      group: `import:${jobId}`,
      touched: touches({ articles: articles.map((article) => article.id) }),
      apply: async () => {
        // The originals first: an article on disk always has its original beside it.
        if (originals !== null) {
          await this.store.writeOriginals(originals);
          originals = null;
        }
        await this.store.putArticles(articles);
      },
      // The originals stay in originals/: redo needs them, and they are never the only copy of work.
      revert: async () => {
        for (const article of [...articles].reverse()) await this.store.removeArticle(article.id);
      },
    };
  }
}

/** Reads a file and has the pool extract it; a file that cannot be read fails with the reason. */
async function extract(source: ImportSource, signal: AbortSignal): Promise<Extraction> {
  let bytes: Uint8Array;
  try {
    bytes = await source.read();
  } catch (error) {
    return { error: describe(error) };
  }
  const outcome = await extractPool().extract({ name: basename(source.path), bytes }, signal);
  return 'error' in outcome ? outcome : { bytes, articles: outcome.articles };
}

/** A safe extension for the kept original: letters and digits only. */
function originalExtension(path: string): string {
  const extension = extname(path).toLowerCase();
  return /^\.[a-z0-9]{1,8}$/.test(extension) ? extension : '.bin';
}
