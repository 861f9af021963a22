import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type KeyboardEvent } from 'react';

/** A row to draw: its index, and where the virtualizer places it (absent when drawn whole). */
export interface VirtualRow {
  index: number;
  start?: number;
}

/** The row an arrow key, Home or End pressed in row `index` moves to; undefined for other keys. */
function rowAfterKey(key: string, index: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowDown':
      return Math.min(index + 1, count - 1);
    case 'ArrowUp':
      return Math.max(index - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/**
 * A list of `count` rows in its own scroller (`scrollRef`), drawn whole up to `virtualFrom` rows
 * and above it only the rows in view (TanStack Virtual): laying out thousands of rows is what
 * made long lists slow to open. Arrow keys, Home and End move the focus to the `focusSelector`
 * element of another row, scrolling it into view first; `onMove` hears of the move.
 */
export function useVirtualRows({
  count,
  rowHeight,
  virtualFrom,
  overscan,
  focusSelector,
  onMove,
}: {
  count: number;
  /** A row's height before it is measured. */
  rowHeight: number;
  virtualFrom: number;
  overscan: number;
  focusSelector: string;
  onMove?: (index: number) => void;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtual = count > virtualFrom;
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read in render only
  const virtualizer = useVirtualizer({
    count: virtual ? count : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan,
  });

  function focusRow(index: number) {
    onMove?.(index);
    if (virtual) virtualizer.scrollToIndex(index);
    // The row may not be in the page until the virtualizer has drawn it.
    requestAnimationFrame(() =>
      scrollRef.current
        ?.querySelector<HTMLElement>(`[data-index="${index}"] ${focusSelector}`)
        ?.focus(),
    );
  }

  return {
    scrollRef,
    virtual,
    /** The rows to draw, in order. */
    rows: virtual
      ? virtualizer.getVirtualItems().map(({ index, start }): VirtualRow => ({ index, start }))
      : Array.from({ length: count }, (_, index): VirtualRow => ({ index })),
    /** The list's style: as tall as every row together when only some are drawn. */
    listStyle: virtual ? { height: virtualizer.getTotalSize() } : undefined,
    /** The attributes of a row's element: its place for the virtualizer and for screen readers. */
    rowProps: (row: VirtualRow) => ({
      'data-index': row.index,
      ref: virtual ? virtualizer.measureElement : undefined,
      style: row.start === undefined ? undefined : { transform: `translateY(${row.start}px)` },
      'aria-setsize': count,
      'aria-posinset': row.index + 1,
    }),
    /** Moves the focus for a key pressed in row `index`; says whether the key was one that moves. */
    moveFocus(event: KeyboardEvent, index: number): boolean {
      const to = rowAfterKey(event.key, index, count);
      if (to === undefined) return false;
      event.preventDefault();
      focusRow(to);
      return true;
    },
  };
}
