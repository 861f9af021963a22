import { z } from 'zod';
import { BackupIdSchema, type BackupInfo, type RestoreResult } from '../model/backup.ts';
import type { CatalogRebuild, DamagedFile } from '../model/notebook.ts';
import type { HistoryState } from './change.ts';
import { NoInput } from './input-fields.ts';

// The notebook as a whole (the API's area): its state, undo and redo, backups.

export const historyInputs = {
  info: NoInput,
  undo: NoInput,
  redo: NoInput,
  /** The notebook's rolling backups; restoring one is undoable. */
  listBackups: NoInput,
  restoreBackup: z.object({ id: BackupIdSchema }).strict(),
};

export interface NotebookInfo extends HistoryState {
  title: string;
  folder: string;
  readOnly: boolean;
  articleCount: number;
  damaged: DamagedFile[];
  /** Why backups are failing (a read-only backups/ folder, a full disk), or null. */
  backupProblem: string | null;
  /** The built-in entity types and every type the analyst has used. */
  entityTypes: string[];
  /** The list of articles being rebuilt (its cache was missing or damaged), or null. */
  catalogRebuild: CatalogRebuild | null;
}

/** How far the rebuild of the list of articles got (`info().catalogRebuild`, as it goes). */
export interface CatalogProgress extends CatalogRebuild {
  type: 'catalog-progress';
}

export interface HistoryOutputs {
  info: NotebookInfo;
  undo: HistoryState & { undone: string };
  redo: HistoryState & { redone: string };
  listBackups: BackupInfo[];
  restoreBackup: HistoryState & RestoreResult;
}
