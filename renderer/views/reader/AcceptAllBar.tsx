import type { Suggestion } from '../../../electron/common/api/contract.ts';
import { ACCEPT_THRESHOLDS, percentText } from '../../../electron/common/model/accept-threshold.ts';
import { setAcceptThreshold, useAcceptThreshold } from '../../state/accept-threshold.ts';

/**
 * Accept all, with the threshold it keeps to: only suggestions at least that likely right are
 * accepted; the others, and the ambiguous ones, stay in the list. The counts say which before
 * the click.
 */
export function AcceptAllBar({
  suggestions,
  readOnly,
  onAcceptAll,
}: {
  suggestions: readonly Suggestion[];
  readOnly: boolean;
  onAcceptAll: (minConfidence: number) => void;
}) {
  const threshold = useAcceptThreshold();
  const unambiguous = suggestions.filter((s) => s.candidates === undefined);
  const sure = unambiguous.filter((s) => s.confidence >= threshold).length;
  const below = unambiguous.length - sure;
  return (
    <div className="accept-all">
      <div className="accept-all-controls">
        <button
          type="button"
          className="button small"
          disabled={readOnly || sure === 0}
          aria-describedby="accept-all-count"
          onClick={() => onAcceptAll(threshold)}
        >
          Accept all
        </button>
        <label className="accept-threshold">
          at or above{' '}
          <select
            value={threshold}
            aria-label="Accept all at or above this confidence"
            onChange={(event) => setAcceptThreshold(Number(event.target.value))}
          >
            {ACCEPT_THRESHOLDS.map((t) => (
              <option key={t} value={t}>
                {t === 0 ? 'any' : percentText(t)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p id="accept-all-count" className="accept-all-count">
        {sure} to accept
        {below > 0 && ` · ${below} below ${percentText(threshold)} stay for review`}
      </p>
    </div>
  );
}
