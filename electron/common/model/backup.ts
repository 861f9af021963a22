import { z } from 'zod';

/** A snapshot's folder name in backups/: the time it was taken. */
export const BackupIdSchema = z
  .string()
  .regex(/^\d{8}-\d{6}(-\d{1,3})?$/, 'not a backup id (like 20261127-182000)');

export interface BackupInfo {
  id: string;
  /** When it was taken (ISO 8601, UTC). */
  time: string;
  /** Why: "open", "changes", "before restore", "before migration from schema 0"… */
  reason: string;
  /** How many files it holds. */
  files: number;
  schemaVersion: number;
}

export interface RestoreResult {
  /** The backup that was restored. */
  restored: BackupInfo;
  /** The backup of the state just before the restore (undo a restore by restoring it). */
  before: BackupInfo | null;
  /** Files written from the backup. */
  written: number;
  /** Article files removed because the backup does not have them. */
  removed: number;
}
