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

/** A notebook file that failed to parse or validate: reported, never overwritten. */
export interface DamagedFile {
  /** Path inside the notebook, e.g. `articles/abc.json`. */
  file: string;
  message: string;
}
