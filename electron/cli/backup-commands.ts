import type { BackupInfo, RestoreResult } from '../common/model/backup.ts';
import { formatBackupTime, listBackups } from '../core/store/backup-manifests.ts';
import { restoreBackup } from '../core/store/backup-restore.ts';
import { print, printJson, usageError } from './command-io.ts';
import type { CliOptions } from './options.ts';

// Both commands work on a notebook that cannot open (a damaged notebook.json): they read the
// backups/ folder, not the notebook.

/** `dossier backups`: the notebook's backups, newest first. */
export async function backupsCommand(folder: string, _args: string[], options: CliOptions) {
  const backups = (await listBackups(folder)).reverse();
  if (options.json) printJson(backups);
  else if (backups.length === 0) print('The notebook has no backups yet.');
  else for (const backup of backups) print(backupLine(backup));
  return 0;
}

/** `dossier restore ID`: the notebook replaced by a backup (the state before is backed up). */
export async function restoreCommand(folder: string, args: string[]) {
  if (args[0] === undefined) throw usageError('restore needs a backup id (see dossier backups)');
  print(restoreSummary(await restoreBackup(folder, args[0], { app: 'dossier CLI' })));
  return 0;
}

/** `dossier backups`: "20261127-182000  2026-11-27 18:20  12 files  open" */
function backupLine(backup: BackupInfo): string {
  const files = `${backup.files} file${backup.files === 1 ? '' : 's'}`;
  return `${backup.id.padEnd(17)}  ${formatBackupTime(backup.time)}  ${files.padEnd(10)}  ${backup.reason}`;
}

/** `dossier restore`: one line, what the restore did. */
function restoreSummary(result: RestoreResult): string {
  const { restored, before } = result;
  const removed =
    result.removed === 0
      ? ''
      : `, ${result.removed} article file${result.removed === 1 ? '' : 's'} removed`;
  const undo = before === null ? '' : ` The state before it is backup ${before.id}.`;
  return `Restored backup ${restored.id} (${formatBackupTime(restored.time)}, ${restored.reason}): ${result.written} files written${removed}.${undo}`;
}
