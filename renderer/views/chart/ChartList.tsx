import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type KeyboardEvent, type ReactNode } from 'react';

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
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtual = items.length > VIRTUAL_FROM;
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read in render only
  const virtualizer = useVirtualizer({
    count: virtual ? items.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  function focusRow(index: number) {
    if (virtual) virtualizer.scrollToIndex(index);
    requestAnimationFrame(() =>
      scrollRef.current?.querySelector<HTMLElement>(`[data-index="${index}"] button`)?.focus(),
    );
  }
  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const to = {
      ArrowDown: Math.min(index + 1, items.length - 1),
      ArrowUp: Math.max(index - 1, 0),
      Home: 0,
      End: items.length - 1,
    }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    focusRow(to);
  }

  const row = (index: number, start?: number) => {
    const item = items[index]!;
    return (
      <li
        key={keyOf(item)}
        data-index={index}
        ref={virtual ? virtualizer.measureElement : undefined}
        className={virtual ? 'virtual' : undefined}
        style={start === undefined ? undefined : { transform: `translateY(${start}px)` }}
        aria-setsize={items.length}
        aria-posinset={index + 1}
      >
        <button
          type="button"
          aria-pressed={pressed(item)}
          className={highlighted?.(item) ? 'on-path' : undefined}
          disabled={disabled}
          onClick={() => onPress(item)}
          onKeyDown={(event) => onKeyDown(event, index)}
        >
          {children(item)}
        </button>
      </li>
    );
  };

  return (
    <div className={`chart-list-scroll ${className}`} ref={scrollRef}>
      <ul
        className="chart-links"
        aria-label={label}
        style={virtual ? { height: virtualizer.getTotalSize() } : undefined}
      >
        {virtual
          ? virtualizer.getVirtualItems().map((item) => row(item.index, item.start))
          : items.map((_, index) => row(index))}
      </ul>
    </div>
  );
}
