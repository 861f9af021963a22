import './EventList.css';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { EventView } from '../../../electron/common/api/contract.ts';
import { eventTypeClass, eventTypeLabel } from '../../events/event-types.ts';
import { formatRange } from './model.ts';

const ROW_HEIGHT = 30;

/**
 * Every event in date order (undated last), as a listbox: Tab to it, arrows to move, Enter to
 * open. Only the rows in view are in the page.
 */
export function EventList({
  events,
  selectedId,
  onSelect,
}: {
  events: readonly EventView[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const selectedIndex = selectedId === null ? -1 : events.findIndex((e) => e.id === selectedId);
  const activeIndex = Math.min(active, Math.max(events.length - 1, 0));

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read in render only
  const virtualizer = useVirtualizer({
    count: events.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    // Rows beyond the edges cost style, layout and paint at every scroll step (issue #8).
    overscan: 4,
  });

  // A selection made elsewhere (a bar on the axis) moves the list to it.
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  const choose = useCallback(
    (index: number, id: string) => {
      setActive(index);
      onSelect(id);
    },
    [onSelect],
  );

  function move(index: number) {
    const next = Math.max(0, Math.min(events.length - 1, index));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 300) / ROW_HEIGHT) - 1);
    switch (event.key) {
      case 'ArrowDown':
        move(activeIndex + 1);
        break;
      case 'ArrowUp':
        move(activeIndex - 1);
        break;
      case 'PageDown':
        move(activeIndex + page);
        break;
      case 'PageUp':
        move(activeIndex - page);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(events.length - 1);
        break;
      case 'Enter':
      case ' ': {
        const chosen = events[activeIndex];
        if (chosen !== undefined) onSelect(chosen.id);
        break;
      }
      default:
        return;
    }
    event.preventDefault();
  }

  const activeEvent = events[activeIndex];
  return (
    <div
      ref={scrollRef}
      className="tl-list"
      role="listbox"
      aria-label="Events in date order"
      tabIndex={0}
      aria-activedescendant={activeEvent === undefined ? undefined : `tl-row-${activeEvent.id}`}
      onKeyDown={onKeyDown}
      onFocus={() => {
        if (selectedIndex >= 0 && selectedIndex !== activeIndex) setActive(selectedIndex);
      }}
    >
      <div className="tl-list-inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const event = events[row.index]!;
          return (
            <EventRow
              key={event.id}
              event={event}
              index={row.index}
              top={row.start}
              selected={event.id === selectedId}
              active={row.index === activeIndex}
              onChoose={choose}
            />
          );
        })}
      </div>
    </div>
  );
}

/** One row; memoized, so that a scroll step renders only the rows it brings into view. */
const EventRow = memo(function EventRow({
  event,
  index,
  top,
  selected,
  active,
  onChoose,
}: {
  event: EventView;
  index: number;
  top: number;
  selected: boolean;
  active: boolean;
  onChoose: (index: number, id: string) => void;
}) {
  const classes = ['tl-row'];
  if (selected) classes.push('selected');
  if (active) classes.push('active');
  return (
    <div
      id={`tl-row-${event.id}`}
      role="option"
      aria-selected={selected}
      className={classes.join(' ')}
      style={{ transform: `translateY(${top}px)` }}
      onClick={() => onChoose(index, event.id)}
    >
      <span className={`tl-row-date prec-${event.date?.precision ?? 'none'}`}>
        {formatRange(event.date)}
      </span>
      <span className="tl-row-title">{event.title}</span>
      <span className={`tl-row-type ${eventTypeClass(event.type)}`}>
        {eventTypeLabel(event.type)}
      </span>
      <span className="tl-row-place">{event.location?.name ?? ''}</span>
      <span
        className="tl-row-sources"
        title={`Backed by ${event.independentSources} independent ${event.independentSources === 1 ? 'source' : 'sources'}`}
      >
        {event.independentSources}
        <span className="visually-hidden"> independent sources</span>
      </span>
    </div>
  );
});
