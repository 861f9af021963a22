import { z } from 'zod';

export const NOTEBOOK_FORMAT = 'dossier-notebook';
export const NOTEBOOK_SCHEMA_VERSION = 1;

/** notebook.json: what makes a folder a notebook. */
export const NotebookFileSchema = z.object({
  format: z.literal(NOTEBOOK_FORMAT),
  schemaVersion: z.literal(NOTEBOOK_SCHEMA_VERSION),
  title: z.string().min(1),
  createdAt: z.iso.datetime(),
});
export type NotebookFile = z.infer<typeof NotebookFileSchema>;

/**
 * How far the rebuild of the list of articles (cache/catalog.json, missing or damaged) has got:
 * meanwhile the lists hold the `done` articles read so far.
 */
export interface CatalogRebuild {
  done: number;
  total: number;
  /** Where a damaged catalog was kept (moved aside, never overwritten), or null. */
  damagedCopy: string | null;
}

/** "Rebuilding the list of articles: 41,000 of 100,000", as the page and the CLI say it. */
export function describeCatalogRebuild({ done, total }: CatalogRebuild): string {
  const count = (n: number) => n.toLocaleString('en-US');
  return `Rebuilding the list of articles: ${count(done)} of ${count(total)}`;
}

/** A notebook file that failed to parse or validate: reported, never overwritten. */
export interface DamagedFile {
  /** Path inside the notebook, e.g. `articles/abc.json`. */
  file: string;
  message: string;
}
