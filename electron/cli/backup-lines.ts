import type { BackupInfo, RestoreResult } from '../common/model/backup.ts';
import { formatBackupTime } from '../core/store/backup-manifests.ts';

/** `dossier backups`: "20261127-182000  2026-11-27 18:20  12 files  open" */
export function backupLine(backup: BackupInfo): string {
  const files = `${backup.files} file${backup.files === 1 ? '' : 's'}`;
  return `${backup.id.padEnd(17)}  ${formatBackupTime(backup.time)}  ${files.padEnd(10)}  ${backup.reason}`;
}

/** `dossier restore`: one line, what the restore did. */
export function restoreSummary(result: RestoreResult): string {
  const { restored, before } = result;
  const removed =
    result.removed === 0
      ? ''
      : `, ${result.removed} article file${result.removed === 1 ? '' : 's'} removed`;
  const undo = before === null ? '' : ` The state before it is backup ${before.id}.`;
  return `Restored backup ${restored.id} (${formatBackupTime(restored.time)}, ${restored.reason}): ${result.written} files written${removed}.${undo}`;
}
