import './ImportPanel.css';
import { useId, useMemo } from 'react';
import type { ArticleId, ImportResult } from '../../electron/common/api/contract.ts';
import { Icon } from '../components/Icon.tsx';
import { countResults, orderResults, summarize } from './plan.ts';
import type { ImportJob } from './useImport.ts';

/** Files shown in the result list at once; the summary line counts them all. */
const LIST_LIMIT = 500;

const STATUS_LABEL = { imported: 'Imported', duplicate: 'Duplicate', failed: 'Failed' } as const;

/** An import in progress or just finished: inline above the table, never modal. */
export function ImportPanel({
  job,
  canUndo,
  onCancel,
  onDismiss,
  onUndo,
  onOpen,
}: {
  job: ImportJob;
  /** The notebook's last step is this import: "Undo import" applies to it. */
  canUndo: boolean;
  onCancel: () => void;
  onDismiss: () => void;
  onUndo: () => void;
  onOpen: (id: ArticleId) => void;
}) {
  const id = useId();
  if (job.phase === 'running') {
    const percent = job.total === 0 ? 0 : Math.round((job.done / job.total) * 100);
    return (
      <section className="import-panel" aria-labelledby={`${id}-heading`}>
        <div className="import-progress-row">
          <h2 id={`${id}-heading`} className="panel-title">
            {job.cancelling ? 'Cancelling import…' : 'Importing'}
          </h2>
          <span className="import-count" aria-live="polite">
            {job.done} of {job.total}
          </span>
          <progress
            className="import-progress"
            max={Math.max(job.total, 1)}
            value={job.done}
            aria-labelledby={`${id}-heading`}
            aria-valuetext={`${job.done} of ${job.total} files (${percent}%)`}
          />
          <button type="button" className="button" onClick={onCancel} disabled={job.cancelling}>
            Cancel
          </button>
        </div>
        <p className="import-current" title={job.current}>
          {job.current === '' ? '\u00a0' : job.current}
        </p>
      </section>
    );
  }
  return (
    <ImportResults
      job={job}
      canUndo={canUndo}
      onDismiss={onDismiss}
      onUndo={onUndo}
      onOpen={onOpen}
    />
  );
}

function ImportResults({
  job,
  canUndo,
  onDismiss,
  onUndo,
  onOpen,
}: {
  job: ImportJob;
  canUndo: boolean;
  onDismiss: () => void;
  onUndo: () => void;
  onOpen: (id: ArticleId) => void;
}) {
  const id = useId();
  const ordered = useMemo(() => orderResults(job.results), [job.results]);
  const counts = countResults(job.results);
  const shown = ordered.slice(0, LIST_LIMIT);
  return (
    <section
      className="import-panel import-results"
      aria-labelledby={`${id}-heading`}
      aria-describedby={`${id}-summary`}
    >
      <div className="import-results-header">
        <div className="import-results-titles">
          <h2 id={`${id}-heading`} className="panel-title">
            Import finished
          </h2>
          <p id={`${id}-summary`} className="import-summary" aria-live="polite">
            {summarize(counts)}
          </p>
        </div>
        {counts.imported > 0 && (
          <button
            type="button"
            className="button"
            onClick={onUndo}
            disabled={!canUndo}
            title={
              canUndo ? 'Remove the articles this import added' : 'Something else was changed since'
            }
          >
            <Icon name="undo" />
            Undo import
          </button>
        )}
        <button
          type="button"
          className="icon-button"
          aria-label="Dismiss import results"
          title="Dismiss"
          onClick={onDismiss}
        >
          <Icon name="close" />
        </button>
      </div>
      {shown.length > 0 && (
        <ul className="import-result-list" aria-label="Imported files">
          {shown.map((result, index) => (
            <ResultItem key={index} result={result} onOpen={onOpen} />
          ))}
        </ul>
      )}
      {ordered.length > shown.length && (
        <p className="details-muted">
          and {ordered.length - shown.length} more imported files, listed in the Library.
        </p>
      )}
    </section>
  );
}

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

function ResultItem({ result, onOpen }: { result: ImportResult; onOpen: (id: ArticleId) => void }) {
  const name = baseName(result.path);
  const part = result.part !== undefined ? ` (${result.part})` : '';
  return (
    <li className={`import-result import-${result.status}`}>
      <span className="import-status">{STATUS_LABEL[result.status]}</span>
      <span className="import-file" title={result.path}>
        {name}
        {part}
      </span>
      <span className="import-detail">
        {result.status === 'failed' && <span className="import-reason">{result.reason}</span>}
        {result.status !== 'failed' && result.id !== undefined && (
          <>
            {result.status === 'duplicate' && (
              <span className="import-reason">already in the notebook as </span>
            )}
            <button
              type="button"
              className="import-title"
              title={`Open “${result.title ?? name}” in the Reader`}
              onClick={() => onOpen(result.id!)}
            >
              {result.title ?? name}
            </button>
          </>
        )}
      </span>
    </li>
  );
}
