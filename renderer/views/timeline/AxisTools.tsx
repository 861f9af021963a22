import type { RefObject } from 'react';
import { Icon } from '../../components/Icon.tsx';
import { eventTypeClass, eventTypeLabel } from '../../events/event-types.ts';
import { ZOOM_STEP } from './layout.ts';
import type { AxisHandle } from './TimelineAxis.tsx';

/** The colours of the event types on the axis, and the hatching of dates known to the month. */
export function TypeLegend({ types }: { types: readonly string[] }) {
  return (
    <ul className="tl-legend" aria-label="Event types">
      {types.map((type) => (
        <li key={type} className={`tl-legend-item ${eventTypeClass(type)}`}>
          <span className="tl-swatch" aria-hidden="true" />
          {eventTypeLabel(type)}
        </li>
      ))}
      <li className="tl-legend-item tl-legend-precision">
        <span className="tl-swatch hatched" aria-hidden="true" />
        month/year
      </li>
    </ul>
  );
}

/** Zoom out, in, and fit every event; the keys −, + and 0 do the same. */
export function ZoomControls({
  axis,
  disabled,
}: {
  axis: RefObject<AxisHandle | null>;
  disabled: boolean;
}) {
  return (
    <div className="tl-zoom" role="group" aria-label="Zoom">
      <button
        type="button"
        className="tool-button icon-only"
        aria-label="Zoom out"
        title="Zoom out (−, Ctrl+wheel)"
        disabled={disabled}
        onClick={() => axis.current?.zoom(1 / ZOOM_STEP)}
      >
        <span aria-hidden="true" className="tl-zoom-glyph">
          −
        </span>
      </button>
      <button
        type="button"
        className="tool-button icon-only"
        aria-label="Zoom in"
        title="Zoom in (+, Ctrl+wheel)"
        disabled={disabled}
        onClick={() => axis.current?.zoom(ZOOM_STEP)}
      >
        <Icon name="plus" />
      </button>
      <button
        type="button"
        className="tool-button"
        title="Fit all events (0)"
        disabled={disabled}
        onClick={() => axis.current?.fit()}
      >
        Fit all
      </button>
    </div>
  );
}
