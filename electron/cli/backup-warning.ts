import type { NotebookService } from '../core/service/notebook-service.ts';

/**
 * A backup that fails never fails the command (its change is saved), but the analyst must
 * know that backups are not being taken: one line on stderr.
 */
export function warnIfBackupsFail(service: NotebookService): void {
  const problem = service.store.backupState.problem;
  if (problem !== null) process.stderr.write(`dossier: warning: ${problem}\n`);
}
