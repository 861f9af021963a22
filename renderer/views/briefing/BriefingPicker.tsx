import type { BriefingId, BriefingSummary } from '../../../electron/common/api/contract.ts';

const DEFAULT_LABEL = 'Default briefing of the whole notebook';

/** Which briefing the composer shows (the default one: none stored yet), with New and Delete. */
export function BriefingPicker({
  id,
  summaries,
  readOnly,
  onPick,
  onCreate,
  onDelete,
}: {
  id: BriefingId | null;
  summaries: BriefingSummary[];
  readOnly: boolean;
  onPick: (id: BriefingId | null) => void;
  onCreate: () => void;
  onDelete: () => void;
}) {
  return (
    <div className="briefing-picker">
      <label className="briefing-field">
        <span>Briefing</span>
        <select
          value={id ?? ''}
          onChange={(e) => onPick(e.target.value === '' ? null : (e.target.value as BriefingId))}
        >
          {(id === null || summaries.length === 0) && <option value="">{DEFAULT_LABEL}</option>}
          {summaries.map((b) => (
            <option key={b.id} value={b.id}>
              {b.title}
            </option>
          ))}
        </select>
      </label>
      <div className="briefing-picker-actions">
        <button type="button" className="button" disabled={readOnly} onClick={onCreate}>
          New briefing
        </button>
        {id !== null && (
          <button type="button" className="button" disabled={readOnly} onClick={onDelete}>
            Delete briefing
          </button>
        )}
      </div>
      {id === null && (
        <p className="briefing-hint">
          The default briefing covers the whole notebook; your first edit saves it as a briefing of
          its own.
        </p>
      )}
    </div>
  );
}
