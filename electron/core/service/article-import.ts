import { basename, extname } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe } from '../errors.ts';
import type { ImportProgress, ImportResult } from '../api/contract.ts';
import type { Command } from '../commands/history.ts';
import type { Article, OriginalFile } from '../model/article.ts';
import { extractArticles, type ExtractedArticle } from '../import/extract.ts';
import { sha256Hex } from '../import/text.ts';
import type { NotebookStore } from '../store/notebook-store.ts';
import { newArticle } from './new-article.ts';

/** One file to import: the name the user knows it by, and how to get its bytes. */
export interface ImportSource {
  path: string;
  read(): Promise<Uint8Array>;
}

export interface ImportHooks {
  execute(command: Command): Promise<void>;
  progress(event: ImportProgress): void;
}

/**
 * Turns files into articles: extracts them one at a time (yielding between files so the
 * service keeps answering), skips duplicates, keeps each original, and saves each file's
 * articles as one step of the job's undoable command. A file that fails is reported with its
 * reason and leaves nothing behind; the other files still import.
 */
export class ArticleImporter {
  private readonly cancelled = new Set<string>();
  /** Articles imported so far per job, for the undo label. */
  private readonly importedCount = new Map<string, number>();

  constructor(
    private readonly store: NotebookStore,
    private readonly hooks: ImportHooks,
  ) {}

  cancel(jobId: string): boolean {
    if (!this.importedCount.has(jobId)) return false;
    this.cancelled.add(jobId);
    return true;
  }

  async run(
    sources: ImportSource[],
    jobId: string,
    batch = { offset: 0, total: sources.length },
  ): Promise<ImportResult[]> {
    const results: ImportResult[] = [];
    if (!this.importedCount.has(jobId)) this.importedCount.set(jobId, 0);
    for (const [index, source] of sources.entries()) {
      if (this.cancelled.has(jobId)) {
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
      await nextTurn();
      results.push(...(await this.importOne(source, jobId)));
    }
    const done = batch.offset + sources.length;
    this.hooks.progress({ type: 'import-progress', jobId, done, total: batch.total, current: '' });
    if (done >= batch.total) {
      this.cancelled.delete(jobId);
      this.importedCount.delete(jobId);
    }
    return results;
  }

  private async importOne(source: ImportSource, jobId: string): Promise<ImportResult[]> {
    let bytes: Uint8Array;
    let extracted: ExtractedArticle[];
    try {
      bytes = await source.read();
      extracted = await extractArticles({ name: basename(source.path), bytes });
    } catch (error) {
      return [{ path: source.path, status: 'failed', reason: describe(error) }];
    }

    const results: ImportResult[] = [];
    const fresh: Article[] = [];
    let original: OriginalFile | null = null;
    const seen = new Map<string, Article>();
    for (const item of extracted) {
      const part = item.part === '' ? {} : { part: item.part };
      const candidate = newArticle(item, item.text, original);
      const existing =
        this.store.findByFingerprint(candidate.fingerprint) ?? seen.get(candidate.fingerprint);
      if (existing !== undefined) {
        results.push({
          path: source.path,
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
          file: `${candidate.id}${originalExtension(source.path)}`,
          name: basename(source.path),
          mediaType: item.mediaType,
          sha256: sha256Hex(bytes),
          bytes: bytes.byteLength,
        };
        candidate.original = original;
      }
      seen.set(candidate.fingerprint, candidate);
      fresh.push(candidate);
      results.push({
        path: source.path,
        status: 'imported',
        id: candidate.id,
        title: candidate.title,
        ...part,
      });
    }
    if (fresh.length > 0)
      await this.hooks.execute(this.saveCommand(jobId, fresh, original!, bytes));
    return results;
  }

  private saveCommand(
    jobId: string,
    articles: Article[],
    original: OriginalFile,
    bytes: Uint8Array,
  ): Command {
    const count = (this.importedCount.get(jobId) ?? 0) + articles.length;
    this.importedCount.set(jobId, count);
    // Held only until the original is on disk: redo finds it there (revert keeps it).
    let unsaved: Uint8Array | null = bytes;
    return {
      label: count === 1 ? `Import “${articles[0]!.title}”` : `Import ${count} articles`,
      group: `import:${jobId}`,
      apply: async () => {
        // The original first: an article on disk always has its original beside it.
        if (unsaved !== null) {
          await this.store.writeOriginal(original.file, unsaved);
          unsaved = null;
        }
        for (const article of articles) await this.store.putArticle(article);
      },
      // The original stays in originals/: redo needs it, and it is never the only copy of work.
      revert: async () => {
        for (const article of [...articles].reverse()) await this.store.removeArticle(article.id);
      },
    };
  }
}

/** A safe extension for the kept original: letters and digits only. */
function originalExtension(path: string): string {
  const extension = extname(path).toLowerCase();
  return /^\.[a-z0-9]{1,8}$/.test(extension) ? extension : '.bin';
}
