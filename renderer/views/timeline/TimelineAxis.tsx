import './TimelineAxis.css';
import {
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  type Ref,
} from 'react';
import type { EventView } from '../../../electron/common/api/contract.ts';
import { eventTypeClass, eventTypeLabel } from '../../events/event-types.ts';
import { AxisPainter, type AxisBar } from './axis-canvas.ts';
import {
  boxAt,
  clearOfUnitName,
  COMPACT_ROWS,
  estimateLabelWidth,
  fitView,
  layoutLanes,
  ROWS,
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

const OVERSCAN_LANES = 1;

const UNIT_NAMES = { years: 'Years', months: 'Months', days: 'Days' } as const;

/**
 * The time axis: every dated event as a bar over the days it covers, in lanes so that none
 * overlap, drawn on a canvas (axis-canvas.ts). Click a bar to select it, hover for its title,
 * date and type. Drag or Shift+wheel to pan, Ctrl/Cmd+wheel or +/− to zoom, 0 to fit all; the
 * event list beside the axis is the keyboard's way to the events.
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
  /** A drag that ended over a bar must not select it. */
  const dragged = useRef(false);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const painter = useRef<AxisPainter | null>(null);
  const [hover, setHover] = useState<{ id: string; x: number; y: number } | null>(null);
  const [themes, setThemes] = useState(0);

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
        setHover(null);
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
  const rows = layout.compact ? COMPACT_ROWS : ROWS;
  const rowHeight = rows.row;
  const selectedLane = selectedBox?.lane;
  useEffect(() => {
    const body = bodyRef.current;
    if (body === null || selectedLane === undefined) return;
    const top = rows.top + selectedLane * rowHeight;
    if (top < body.scrollTop || top + rowHeight > body.scrollTop + body.clientHeight) {
      body.scrollTo({ top: Math.max(0, top - body.clientHeight / 3) });
    }
  }, [selectedLane, rows, rowHeight]);

  const leftPx = view.origin * view.scale;
  const rightPx = leftPx + size.width;
  const firstLane = Math.max(0, Math.floor((scrollTop - rows.top) / rowHeight) - OVERSCAN_LANES);
  const lastLane = Math.ceil((scrollTop + size.height) / rowHeight) + OVERSCAN_LANES;
  const toDay = view.origin + size.width / view.scale;
  const unit = tickUnit(view.scale).unit;
  const tickList =
    size.width > 0
      ? clearOfUnitName(
          ticks(view.origin, toDay, view.scale),
          view.origin,
          view.scale,
          size.width,
          UNIT_NAMES[unit],
        )
      : [];
  const hoveredId = hover?.id ?? null;

  // The theme's colours are read once per theme: watch for the switch.
  useEffect(() => {
    const observer = new MutationObserver(() => {
      painter.current?.forgetTheme();
      setThemes((n) => n + 1);
    });
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-theme'],
    });
    return () => observer.disconnect();
  }, []);

  // Drawn before the browser paints, in the same frame as the ticks.
  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    if (canvas === null) return;
    painter.current ??= new AxisPainter(canvas);
    const bars = visibleBoxes(layout, labelWidths, leftPx, rightPx, firstLane, lastLane).map(
      (box): AxisBar => {
        const item = byId.get(box.id)!;
        const { event } = item;
        return {
          box,
          label: item.label,
          labelWidth: item.labelWidth,
          typeClass: eventTypeClass(event.type),
          precision: event.date?.precision ?? 'day',
          possible: event.certainty === 'possible',
        };
      },
    );
    painter.current.draw({
      width: size.width,
      height: size.height,
      leftPx,
      scrollTop,
      rows,
      compact: layout.compact,
      bars,
      selectedId,
      hoveredId,
    });
  }, [
    layout,
    labelWidths,
    byId,
    leftPx,
    rightPx,
    firstLane,
    lastLane,
    size,
    scrollTop,
    rows,
    selectedId,
    hoveredId,
    themes,
  ]);

  /** The event under a point of the page, if any. */
  function eventAt(clientX: number, clientY: number): string | null {
    const body = bodyRef.current;
    if (body === null) return null;
    const rect = body.getBoundingClientRect();
    const x = clientX - rect.left + leftPx;
    const y = clientY - rect.top + body.scrollTop;
    if (x - leftPx > body.clientWidth) return null;
    return boxAt(layout, labelWidths, x, y, rows)?.id ?? null;
  }

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
    dragged.current = false;
    if (event.button !== 0 || eventAt(event.clientX, event.clientY) !== null) return;
    drag.current = { x: event.clientX, origin: view.origin };
    event.currentTarget.setPointerCapture(event.pointerId);
  }

  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    const start = drag.current;
    if (start === null) {
      const id = eventAt(event.clientX, event.clientY);
      if (id !== hoveredId) {
        const frame = event.currentTarget.getBoundingClientRect();
        setHover(
          id === null ? null : { id, x: event.clientX - frame.left, y: event.clientY - frame.top },
        );
      }
      return;
    }
    const dx = event.clientX - start.x;
    if (Math.abs(dx) > 3) dragged.current = true;
    setUserView({ ...view, origin: start.origin - dx / view.scale });
  }

  function onPointerUp() {
    drag.current = null;
  }

  function onClick(event: MouseEvent<HTMLDivElement>) {
    const id = dragged.current ? null : eventAt(event.clientX, event.clientY);
    if (id !== null) onSelect(id);
  }

  const contentHeight = rows.top * 2 + layout.laneCount * rowHeight;
  const hovered = hover === null ? undefined : byId.get(hover.id)?.event;

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
        <canvas ref={canvasRef} className="tl-canvas" aria-hidden="true" />
        <div
          ref={bodyRef}
          className={hover === null ? 'tl-axis-body' : 'tl-axis-body over-event'}
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
          onPointerLeave={() => setHover(null)}
          onClick={onClick}
        >
          <div className="tl-lanes" style={{ height: contentHeight }} />
        </div>
        {hover !== null && hovered !== undefined && (
          <div
            className="tl-tooltip"
            role="tooltip"
            style={{
              left: hover.x < size.width / 2 ? hover.x + 12 : undefined,
              right: hover.x < size.width / 2 ? undefined : size.width - hover.x + 12,
              top: hover.y < size.height / 2 ? hover.y + 16 : undefined,
              bottom: hover.y < size.height / 2 ? undefined : size.height - hover.y + 8,
            }}
          >
            <span className="tl-tooltip-title">{hovered.title}</span>
            <span className="tl-tooltip-meta">
              {formatRange(hovered.date)} · {eventTypeLabel(hovered.type)}
            </span>
          </div>
        )}
      </div>
    </div>
  );
}
