import type { ReactNode } from 'react';
import { useVirtualRows, type VirtualRow } from '../../components/useVirtualRows.ts';

/** A row's height before it is measured (one line of text in a small button). */
const ROW_HEIGHT = 26;
/**
 * Below this many rows the list is drawn whole; above it, only the rows in view: React making
 * 4,000 buttons beside a 1,000-entity chart was half the main thread's time opening it.
 */
const VIRTUAL_FROM = 200;

/**
 * One of the lists beside the chart (entities, links): a button a row, in its own scroller.
 * Arrow keys, Home and End move between rows, scrolling the ones out of view into it.
 */
export function ChartList<T>({
  label,
  className,
  items,
  keyOf,
  pressed,
  highlighted,
  disabled,
  onPress,
  children,
}: {
  label: string;
  className: string;
  items: readonly T[];
  keyOf: (item: T) => string;
  pressed: (item: T) => boolean;
  highlighted?: (item: T) => boolean;
  disabled?: boolean;
  onPress: (item: T) => void;
  children: (item: T) => ReactNode;
}) {
  const { scrollRef, virtual, rows, listStyle, rowProps, moveFocus } = useVirtualRows({
    count: items.length,
    rowHeight: ROW_HEIGHT,
    virtualFrom: VIRTUAL_FROM,
    overscan: 8,
    focusSelector: 'button',
  });

  const row = (at: VirtualRow) => {
    const item = items[at.index]!;
    return (
      <li key={keyOf(item)} {...rowProps(at)} className={virtual ? 'virtual' : undefined}>
        <button
          type="button"
          aria-pressed={pressed(item)}
          className={highlighted?.(item) ? 'on-path' : undefined}
          disabled={disabled}
          onClick={() => onPress(item)}
          onKeyDown={(event) => moveFocus(event, at.index)}
        >
          {children(item)}
        </button>
      </li>
    );
  };

  return (
    <div className={`chart-list-scroll ${className}`} ref={scrollRef}>
      <ul className="chart-links" aria-label={label} style={listStyle}>
        {rows.map(row)}
      </ul>
    </div>
  );
}
