import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeFileDurably } from '../disk/durable-file.ts';
import { CATALOG_FILE } from '../disk/notebook-layout.ts';
import { catalogSaveDelay } from './catalog-content.ts';

/** What the catalog writer asks of the catalog (article-catalog.ts). */
export interface CatalogSource {
  /** How many articles: a larger catalog is written less often (catalogSaveDelay). */
  size(): number;
  /** The file's content as it is now, or null while it is not to be written (a rebuild runs). */
  content(): Iterable<string | Uint8Array> | null;
}

/**
 * Writes cache/catalog.json lazily (debounced after changes, and on close), durably, one write
 * after the other: a crash costs at most re-reading what changed.
 */
export class CatalogWriter {
  private dirty = false;
  private timer: NodeJS.Timeout | null = null;
  private saving: Promise<void> = Promise.resolve();

  constructor(
    private readonly folder: string,
    private readonly writable: boolean,
    private readonly source: CatalogSource,
  ) {}

  /** The catalog changed: written after a delay. */
  markDirty(): void {
    this.dirty = true;
    if (!this.writable || this.timer !== null) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, catalogSaveDelay(this.source.size()));
    this.timer.unref();
  }

  /** Write the catalog now if it changed (after changes, debounced; on close). Never throws. */
  flush(): Promise<void> {
    this.cancel();
    if (!this.writable || !this.dirty) return this.saving;
    const content = this.source.content();
    if (content === null) return this.saving;
    this.dirty = false;
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

  /** Stop the timer without writing. */
  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
