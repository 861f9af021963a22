import { useRef, type ReactNode } from 'react';
import { CHART_LAYOUTS, type ChartLayout } from './chart-layouts.ts';

/**
 * The chart's tools on one line at 1,280 px: the layout, the neighbourhood and export actions
 * each in a menu, pins, link mode, a new relation, and zoom. Each action keeps its full name as
 * its accessible name; the zoom buttons show a sign and name themselves in a tooltip.
 */
export function ChartToolbar({
  layout,
  setLayout,
  chosen,
  focused,
  anyPinned,
  linkMode,
  ready,
  onExplore,
  onShowAll,
  onPin,
  onLinkMode,
  onNewRelation,
  onZoom,
  onExport,
}: {
  layout: ChartLayout;
  setLayout: (layout: ChartLayout) => void;
  /** How many entities are selected. */
  chosen: number;
  /** Whether only some nodes are shown (explored from chosen ones). */
  focused: boolean;
  /** Whether a selected entity is pinned. */
  anyPinned: boolean;
  linkMode: boolean;
  /** Whether the chart is drawn (zoom and export need it). */
  ready: boolean;
  onExplore: (expand: boolean) => void;
  onShowAll: () => void;
  onPin: (unpin: boolean) => void;
  onLinkMode: () => void;
  onNewRelation: () => void;
  onZoom: (how: 'in' | 'out' | 'fit') => void;
  onExport: (format: 'svg' | 'png') => void;
}) {
  return (
    <div className="chart-filters chart-tools" role="toolbar" aria-label="Chart">
      <label>
        Layout
        {/* A layout places the nodes drawn: a large chart's last come after its first frame. */}
        <select
          value={layout}
          disabled={!ready}
          onChange={(e) => setLayout(e.target.value as ChartLayout)}
        >
          {Object.entries(CHART_LAYOUTS).map(([name, label]) => (
            <option key={name} value={name}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <ToolMenu label="Neighbours">
        <button type="button" disabled={chosen === 0} onClick={() => onExplore(false)}>
          Show neighbours only
        </button>
        <button type="button" disabled={!focused || chosen === 0} onClick={() => onExplore(true)}>
          Expand neighbours
        </button>
        <button type="button" disabled={!focused} onClick={onShowAll}>
          Show all
        </button>
      </ToolMenu>
      <button
        type="button"
        className="button small"
        disabled={chosen === 0}
        onClick={() => onPin(false)}
      >
        Pin
      </button>
      <button
        type="button"
        className="button small"
        disabled={!anyPinned}
        onClick={() => onPin(true)}
      >
        Unpin
      </button>
      <button type="button" className="button small" aria-pressed={linkMode} onClick={onLinkMode}>
        Link mode
      </button>
      <button type="button" className="button small" onClick={onNewRelation}>
        New relation…
      </button>
      <span className="chart-zoom" role="group" aria-label="Zoom">
        {(
          [
            ['out', 'Zoom out', '−'],
            ['in', 'Zoom in', '+'],
            ['fit', 'Fit to window', 'Fit'],
          ] as const
        ).map(([how, name, sign]) => (
          <button
            key={how}
            type="button"
            className="button small"
            aria-label={name}
            title={name}
            disabled={!ready}
            onClick={() => onZoom(how)}
          >
            {sign}
          </button>
        ))}
      </span>
      <ToolMenu label="Export" disabled={!ready}>
        <button type="button" onClick={() => onExport('svg')}>
          Export SVG
        </button>
        <button type="button" onClick={() => onExport('png')}>
          Export PNG
        </button>
      </ToolMenu>
    </div>
  );
}

/**
 * A button that opens a short list of actions below it (a disclosure: keyboard and screen
 * readers use it as any button); choosing one, Escape or a click elsewhere closes it.
 */
function ToolMenu({
  label,
  disabled = false,
  children,
}: {
  label: string;
  disabled?: boolean;
  children: ReactNode;
}) {
  const menu = useRef<HTMLDetailsElement>(null);
  const close = () => menu.current?.removeAttribute('open');
  return (
    <details
      ref={menu}
      className="chart-menu"
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !menu.current?.open) return;
        e.stopPropagation();
        close();
        menu.current.querySelector('summary')?.focus();
      }}
      onBlur={(e) => {
        if (!menu.current?.contains(e.relatedTarget as Node | null)) close();
      }}
      onClick={(e) => {
        if ((e.target as HTMLElement).closest('.chart-menu-items button') !== null) close();
      }}
    >
      <summary
        className="button small"
        aria-disabled={disabled}
        onClick={(e) => {
          if (disabled) e.preventDefault();
        }}
      >
        {label} ▾
      </summary>
      <div className="chart-menu-items">{children}</div>
    </details>
  );
}
