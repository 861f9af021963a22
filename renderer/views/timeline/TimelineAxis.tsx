import {
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
  type Ref,
} from 'react';
import type { EventView } from '../../../electron/core/api/contract.ts';
import { eventTypeClass, eventTypeLabel } from '../../events/event-types.ts';
import {
  estimateLabelWidth,
  fitView,
  layoutLanes,
  sortForLanes,
  tickUnit,
  ticks,
  visibleBoxes,
  zoomAt,
  type LaneInput,
} from './layout.ts';
import { eventSpan, formatRange } from './model.ts';

export interface AxisHandle {
  zoom: (factor: number) => void;
  fit: () => void;
  /** Bring an event into view (after it was chosen in the list). */
  reveal: (id: string) => void;
}

interface View {
  origin: number;
  scale: number;
}

interface Item extends LaneInput {
  event: EventView;
  label: string;
}

const ROW = 26;
const ROW_COMPACT = 10;
const TOP_PAD = 10;
const OVERSCAN_LANES = 4;

const UNIT_NAMES = { years: 'Years', months: 'Months', days: 'Days' } as const;

/**
 * The time axis: every dated event as a bar over the days it covers, in lanes so that none
 * overlap. Only the bars in view are drawn. Drag or Shift+wheel to pan, Ctrl/Cmd+wheel or +/−
 * to zoom, 0 to fit all.
 */
export function TimelineAxis({
  events,
  selectedId,
  onSelect,
  handle,
}: {
  /** Dated events, already filtered. */
  events: readonly EventView[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  handle?: Ref<AxisHandle>;
}) {
  const bodyRef = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  const [scrollTop, setScrollTop] = useState(0);
  const [userView, setUserView] = useState<View | null>(null);
  const drag = useRef<{ x: number; origin: number } | null>(null);

  const items = useMemo(
    () =>
      sortForLanes(
        events.flatMap((event): Item[] => {
          const span = eventSpan(event);
          if (span === null) return [];
          const label = event.date?.precision === 'approximate' ? `c. ${event.title}` : event.title;
          return [{ id: event.id, ...span, event, label, labelWidth: estimateLabelWidth(label) }];
        }),
      ),
    [events],
  );
  const byId = useMemo(() => new Map(items.map((item) => [item.id, item])), [items]);
  const labelWidths = useMemo(
    () => new Map(items.map((item) => [item.id, item.labelWidth])),
    [items],
  );
  const fitted = useMemo(() => fitView(items, size.width), [items, size.width]);
  const view = userView ?? fitted;
  const layout = useMemo(() => layoutLanes(items, { scale: view.scale }), [items, view.scale]);

  const latest = useRef({ view, size, byId });
  useLayoutEffect(() => {
    latest.current = { view, size, byId };
  });

  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (body === null) return;
    const observer = new ResizeObserver(() =>
      setSize({ width: body.clientWidth, height: body.clientHeight }),
    );
    observer.observe(body);
    return () => observer.disconnect();
  }, []);

  // Ctrl/Cmd+wheel zooms at the pointer; Shift+wheel (or a sideways swipe) pans. The listener
  // is not passive, so the page itself does not zoom or scroll.
  useEffect(() => {
    const body = bodyRef.current;
    if (body === null) return;
    function onWheel(event: WheelEvent) {
      const { view: current } = latest.current;
      const rect = body!.getBoundingClientRect();
      if (event.ctrlKey || event.metaKey) {
        event.preventDefault();
        const factor = Math.exp(-event.deltaY * 0.0025);
        setUserView(zoomAt(current, factor, event.clientX - rect.left));
      } else if (event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
        event.preventDefault();
        const delta = event.shiftKey && event.deltaX === 0 ? event.deltaY : event.deltaX;
        setUserView({ ...current, origin: current.origin + delta / current.scale });
      }
    }
    body.addEventListener('wheel', onWheel, { passive: false });
    return () => body.removeEventListener('wheel', onWheel);
  }, []);

  useImperativeHandle(
    handle,
    () => ({
      zoom(factor: number) {
        const { view: current, size: now } = latest.current;
        setUserView(zoomAt(current, factor, now.width / 2));
      },
      fit() {
        setUserView(null);
        bodyRef.current?.scrollTo({ top: 0 });
      },
      reveal(id: string) {
        const { view: current, size: now, byId: items } = latest.current;
        const item = items.get(id);
        if (item === undefined) return;
        const left = (item.start - current.origin) * current.scale;
        const right = (item.end - current.origin) * current.scale;
        if (left < 0 || right > now.width) {
          setUserView({
            ...current,
            origin: (item.start + item.end) / 2 - now.width / 2 / current.scale,
          });
        }
      },
    }),
    [],
  );

  // Scroll the lanes so a newly revealed or selected bar is in view vertically.
  const selectedBox = selectedId === null ? undefined : layout.byId.get(selectedId);
  const rowHeight = layout.compact ? ROW_COMPACT : ROW;
  const selectedLane = selectedBox?.lane;
  useEffect(() => {
    const body = bodyRef.current;
    if (body === null || selectedLane === undefined) return;
    const top = TOP_PAD + selectedLane * rowHeight;
    if (top < body.scrollTop || top + rowHeight > body.scrollTop + body.clientHeight) {
      body.scrollTo({ top: Math.max(0, top - body.clientHeight / 3) });
    }
  }, [selectedLane, rowHeight]);

  const leftPx = view.origin * view.scale;
  const rightPx = leftPx + size.width;
  const firstLane = Math.max(0, Math.floor((scrollTop - TOP_PAD) / rowHeight) - OVERSCAN_LANES);
  const lastLane = Math.ceil((scrollTop + size.height) / rowHeight) + OVERSCAN_LANES;
  const shown = visibleBoxes(layout, labelWidths, leftPx, rightPx, firstLane, lastLane);
  const toDay = view.origin + size.width / view.scale;
  const tickList = size.width > 0 ? ticks(view.origin, toDay, view.scale) : [];
  const unit = tickUnit(view.scale).unit;

  function pan(fraction: number) {
    setUserView({ ...view, origin: view.origin + (fraction * size.width) / view.scale });
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'ArrowLeft') pan(-0.2);
    else if (event.key === 'ArrowRight') pan(0.2);
    else return;
    event.preventDefault();
  }

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    if (event.button !== 0 || (event.target as Element).closest('.tl-event') !== null) return;
    drag.current = { x: event.clientX, origin: view.origin };
    event.currentTarget.setPointerCapture(event.pointerId);
  }

  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    const start = drag.current;
    if (start === null) return;
    const dx = event.clientX - start.x;
    setUserView({ ...view, origin: start.origin - dx / view.scale });
  }

  function onPointerUp() {
    drag.current = null;
  }

  const contentHeight = TOP_PAD * 2 + layout.laneCount * rowHeight;

  return (
    <div className="tl-axis">
      <div className="tl-axis-scale" aria-hidden="true">
        {tickList.map((tick) => (
          <span
            key={tick.day}
            className={tick.major ? 'tl-tick major' : 'tl-tick'}
            style={{ left: (tick.day - view.origin) * view.scale }}
          >
            {tick.label}
          </span>
        ))}
        <span className="tl-unit">{UNIT_NAMES[unit]}</span>
      </div>
      <div className="tl-axis-frame">
        <div className="tl-grid" aria-hidden="true">
          {tickList.map((tick) => (
            <span
              key={tick.day}
              className={tick.major ? 'tl-gridline major' : 'tl-gridline'}
              style={{ left: (tick.day - view.origin) * view.scale }}
            />
          ))}
        </div>
        <div
          ref={bodyRef}
          className="tl-axis-body"
          role="group"
          aria-label="Time axis: arrows pan, + and − zoom, 0 fits all"
          aria-roledescription="timeline"
          tabIndex={0}
          onKeyDown={onKeyDown}
          onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={onPointerUp}
        >
          <div className="tl-lanes" style={{ height: contentHeight }}>
            {shown.map((box) => {
              const item = byId.get(box.id)!;
              const { event } = item;
              const precision = event.date?.precision ?? 'day';
              const left = box.x - leftPx;
              const point = precision === 'day' && box.width < 10;
              const classes = [
                'tl-event',
                eventTypeClass(event.type),
                `prec-${precision}`,
                `cert-${event.certainty}`,
                layout.compact ? 'compact' : '',
                point ? 'point' : '',
                box.labelInside ? 'inside' : '',
                event.id === selectedId ? 'selected' : '',
              ].join(' ');
              const width = box.width + (box.labelled && !box.labelInside ? item.labelWidth : 0);
              return (
                // A div, not a <button>: Chromium recalculates a button's style about five
                // times slower, and a zoom step restyles every bar in view (issue #8).
                <div
                  key={event.id}
                  role="button"
                  tabIndex={-1}
                  className={classes}
                  data-event-id={event.id}
                  aria-pressed={event.id === selectedId}
                  title={`${event.title}\n${formatRange(event.date)} · ${eventTypeLabel(event.type)}`}
                  style={{ left, top: TOP_PAD + box.lane * rowHeight, width }}
                  onClick={() => onSelect(event.id)}
                >
                  <span className="tl-bar" style={{ width: box.width }} />
                  {box.labelled && <span className="tl-label">{item.label}</span>}
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}
