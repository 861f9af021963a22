import type { EventView } from '../../../electron/common/api/contract.ts';
import { eventTypeClass } from '../../events/event-types.ts';

/** The events without a date, beside the axis. */
export function UndatedRail({
  events,
  selectedId,
  filtered,
  onSelect,
}: {
  events: readonly EventView[];
  selectedId: string | null;
  filtered: boolean;
  onSelect: (id: string) => void;
}) {
  return (
    <aside className="tl-undated" aria-labelledby="tl-undated-heading">
      <h2 id="tl-undated-heading" className="tl-pane-title">
        Undated
        <span className="tl-count">{events.length}</span>
      </h2>
      {events.length === 0 ? (
        <p className="tl-undated-empty">
          {filtered
            ? 'No undated events match the filters.'
            : 'No undated events. Events without a date are listed here.'}
        </p>
      ) : (
        <ul className="tl-undated-list">
          {events.map((event) => (
            <li key={event.id}>
              <button
                type="button"
                className={`tl-undated-item ${eventTypeClass(event.type)}${event.id === selectedId ? ' selected' : ''}`}
                aria-pressed={event.id === selectedId}
                onClick={() => onSelect(event.id)}
              >
                <span className="tl-swatch" aria-hidden="true" />
                <span className="tl-undated-title">{event.title}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
