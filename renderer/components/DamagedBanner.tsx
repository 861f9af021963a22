import type { DamagedFile } from '../../electron/common/api/contract.ts';
import { Icon } from './Icon.tsx';

/** Files the notebook could not read; they were kept aside, never overwritten. */
export function DamagedBanner({
  damaged,
  onRestoreLatest,
}: {
  damaged: DamagedFile[];
  /**
   * Open the backups panel, the latest sound backup's restore ready to confirm (its id when the
   * notebook named it, else null for the newest).
   */
  onRestoreLatest?: (backupId: string | null) => void;
}) {
  // The core names the latest backup that holds a sound copy: "(dossier restore 20261127-182000)".
  const named = damaged
    .map((file) => /dossier restore (\d{8}-\d{6}(?:-\d{1,3})?)/.exec(file.message)?.[1])
    .find((id) => id !== undefined);
  if (damaged.length === 0) return null;
  return (
    <section className="banner banner-warning" role="alert" aria-labelledby="damaged-heading">
      <Icon name="warning" />
      <div>
        <h2 id="damaged-heading" className="banner-title">
          {damaged.length === 1
            ? 'One notebook file could not be read'
            : `${damaged.length} notebook files could not be read`}
        </h2>
        <p className="banner-text">
          Dossier left {damaged.length === 1 ? 'it' : 'them'} untouched. Restore from a backup or
          fix the file, then reopen the notebook.
        </p>
        <ul className="banner-list">
          {damaged.map((file) => (
            <li key={file.file}>
              <code>{file.file}</code>: {file.message}
            </li>
          ))}
        </ul>
      </div>
      {onRestoreLatest !== undefined && (
        <button type="button" className="button" onClick={() => onRestoreLatest(named ?? null)}>
          Restore the latest backup
        </button>
      )}
    </section>
  );
}
