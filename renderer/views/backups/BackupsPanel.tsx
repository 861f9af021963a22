import './BackupsPanel.css';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { BackupInfo, RestoreResult } from '../../../electron/common/model/backup.ts';
import { messageOf } from '../../api/api-error.ts';
import { useApiMutation } from '../../api/use-api-mutation.ts';
import { useApiQuery } from '../../api/use-api-query.ts';
import { useReturnFocus } from '../../commands/focus.ts';
import { Icon } from '../../components/Icon.tsx';

/** "27 Nov 18:20", with the year when it is not this year's (and the seconds when asked). */
export function formatBackupTime(iso: string, now = new Date(), seconds = false): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso;
  const part = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat('en-GB', options).format(time);
  const day = `${time.getDate()} ${part({ month: 'short' })}`;
  const year = time.getFullYear() === now.getFullYear() ? '' : ` ${time.getFullYear()}`;
  const clock = part({
    hour: '2-digit',
    minute: '2-digit',
    ...(seconds ? { second: '2-digit' } : {}),
    hour12: false,
  });
  return `${day}${year} ${clock}`;
}

/** Why a backup was taken, in words. */
export function describeReason(reason: string): string {
  if (reason === 'open') return 'When the notebook was opened';
  if (reason === 'changes') return 'After changes';
  if (reason.startsWith('before restore')) return 'Before a restore';
  const migration = /^before migration from schema (\d+)/.exec(reason);
  if (migration !== null) return `Before upgrading from format ${migration[1]}`;
  return reason.charAt(0).toUpperCase() + reason.slice(1);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function describeRestore(result: RestoreResult): string {
  const removed = result.removed > 0 ? `, ${plural(result.removed, 'article')} removed` : '';
  return `Restored the backup of ${formatBackupTime(result.restored.time)}: ${plural(result.written, 'file')} written${removed}.`;
}

/**
 * The notebook's rolling backups, newest first, each restorable after an inline confirmation.
 * Restoring is one undoable step: the core backs up the current state first.
 */
export function BackupsPanel({
  readOnly,
  confirm,
  onClose,
}: {
  readOnly: boolean;
  /**
   * Open with a backup's confirmation showing (from the damaged-file banner): its id, or
   * 'latest' for the newest.
   */
  confirm: string | null;
  onClose: () => void;
}) {
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { run } = useApiMutation();
  const query = useApiQuery('listBackups', {});
  const backups = useMemo(
    () =>
      query.data === undefined
        ? null
        : [...query.data].sort((a, b) => b.time.localeCompare(a.time)),
    [query.data],
  );
  const error = query.error === null ? null : messageOf(query.error);
  // undefined until the user confirms or cancels: then the one asked for on opening, if any.
  const [confirmChoice, setConfirming] = useState<string | null | undefined>(undefined);
  const confirming =
    confirmChoice !== undefined || confirm === null || backups === null
      ? (confirmChoice ?? null)
      : ((backups.find((b) => b.id === confirm) ?? backups[0])?.id ?? null);
  const [restoring, setRestoring] = useState<string | null>(null);
  const [result, setResult] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  useReturnFocus();

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  async function restore(backup: BackupInfo) {
    setRestoring(backup.id);
    setResult(null);
    try {
      const restored = await run(
        'restoreBackup',
        { id: backup.id },
        { describe: describeRestore, undoable: true, errors: 'caller' },
      );
      if (restored !== undefined) {
        setResult({
          kind: 'info',
          text: `${describeRestore(restored)} Undo brings back the state before the restore.`,
        });
      }
    } catch (caught) {
      setResult({ kind: 'error', text: messageOf(caught) });
    } finally {
      setRestoring(null);
      setConfirming(null);
    }
  }

  return (
    <section className="backups-panel" aria-labelledby={`${id}-heading`}>
      <div className="panel-header backups-header">
        <div>
          <h2 id={`${id}-heading`} className="panel-title" ref={headingRef} tabIndex={-1}>
            Backups
          </h2>
          <p className="panel-hint">
            Dossier keeps a snapshot of the notebook when it opens and every few minutes of changes.
            Restoring one backs up the current state first, and can be undone.
          </p>
        </div>
        <button
          type="button"
          className="tool-button icon-only"
          aria-label="Close backups"
          title="Close backups"
          onClick={onClose}
        >
          <Icon name="close" />
        </button>
      </div>
      {result !== null && (
        <p
          className={result.kind === 'error' ? 'backups-result error' : 'backups-result'}
          role={result.kind === 'error' ? 'alert' : 'status'}
        >
          {result.text}
        </p>
      )}
      {error !== null && (
        <p className="backups-result error" role="alert">
          {error}
        </p>
      )}
      {backups === null && error === null && <p className="backups-empty">Loading backups…</p>}
      {backups !== null && backups.length === 0 && (
        <p className="backups-empty">
          No backups yet. Dossier takes the first one the next time it opens this notebook with
          articles in it.
        </p>
      )}
      {backups !== null && backups.length > 0 && (
        <ul className="backups-list" aria-label="Backups, newest first">
          {backups.map((backup) => {
            // Seconds too when another backup was taken in the same minute.
            const minute = backup.time.slice(0, 16);
            const twin = backups.some((b) => b !== backup && b.time.slice(0, 16) === minute);
            const when = formatBackupTime(backup.time, undefined, twin);
            const asking = confirming === backup.id;
            return (
              <li key={backup.id} className="backup-row">
                <div className="backup-main">
                  <span className="backup-time">
                    <time dateTime={backup.time}>{when}</time>
                  </span>
                  <span className="backup-meta">
                    {describeReason(backup.reason)} · {plural(backup.files, 'file')}
                  </span>
                  {!asking && (
                    <button
                      type="button"
                      className="button small"
                      disabled={readOnly || restoring !== null}
                      aria-label={`Restore the backup of ${when}`}
                      onClick={() => setConfirming(backup.id)}
                    >
                      Restore…
                    </button>
                  )}
                </div>
                {asking && (
                  <div className="backup-confirm" role="group" aria-label="Confirm the restore">
                    <p>
                      Replace the notebook with the backup of {when}? The current state is backed up
                      first and this can be undone.
                    </p>
                    <div className="backup-confirm-actions">
                      <button
                        type="button"
                        className="button primary small"
                        disabled={restoring !== null || readOnly}
                        autoFocus
                        onClick={() => void restore(backup)}
                      >
                        {restoring === backup.id ? 'Restoring…' : 'Restore'}
                      </button>
                      <button
                        type="button"
                        className="button small"
                        disabled={restoring !== null}
                        onClick={() => setConfirming(null)}
                      >
                        Cancel
                      </button>
                    </div>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
