/**
 * The timeline's geometry, without the DOM: days as numbers, bars in pixels, lanes so that no
 * two bars (with their labels) overlap, and the ticks of the axis. Pure functions, unit-tested.
 */

export type Precision = 'day' | 'month' | 'year' | 'approximate';

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of an ISO date (YYYY-MM-DD), or NaN. */
export function dayNumber(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null) return Number.NaN;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MS_PER_DAY;
}

/** The ISO date of a day number. */
export function isoOfDay(day: number): string {
  return new Date(Math.floor(day) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The half-open span of days [start, end) an ISO range covers (both ends included). */
export function daySpan(range: { start: string; end: string }): { start: number; end: number } {
  const start = dayNumber(range.start);
  const end = dayNumber(range.end);
  return { start, end: Math.max(end, start) + 1 };
}

export interface LaneInput {
  id: string;
  /** First day, and the day after the last (days since 1970). */
  start: number;
  end: number;
  /** Width of the label in pixels, drawn after the bar. */
  labelWidth: number;
}

export interface LaneBox {
  id: string;
  lane: number;
  /** Left edge and width of the bar, in pixels from day 0 at this scale. */
  x: number;
  width: number;
  /** Whether the label is drawn (compact layouts drop labels to keep lanes few). */
  labelled: boolean;
  /** The bar is wide enough to hold its label; otherwise the label follows the bar. */
  labelInside: boolean;
}

export interface LaneLayout {
  boxes: LaneBox[];
  /** Boxes by id. */
  byId: Map<string, LaneBox>;
  laneCount: number;
  /** Labels were dropped because they would have needed more than `maxLanes` lanes. */
  compact: boolean;
}

export interface LaneOptions {
  /** Pixels per day. */
  scale: number;
  /** The narrowest bar drawn (a single day seen from years away). */
  minWidth?: number;
  /** Space kept between two boxes in a lane. */
  gap?: number;
  /** Above this many lanes, labels are dropped and bars packed alone. */
  maxLanes?: number;
}

/** Items in drawing order: by start, longer first, then by id (stable across renders). */
export function sortForLanes<T extends LaneInput>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Room a label needs inside its bar beyond its own width. */
const INSIDE_PADDING = 8;
/** The narrowest bar drawn: a single day seen from afar. */
const MIN_BAR_WIDTH = 6;

function pack(
  items: readonly LaneInput[],
  scale: number,
  minWidth: number,
  gap: number,
  labelled: boolean,
  maxLanes = Number.POSITIVE_INFINITY,
): LaneLayout | null {
  const laneEnds: number[] = [];
  const boxes: LaneBox[] = [];
  const byId = new Map<string, LaneBox>();
  for (const item of items) {
    const x = item.start * scale;
    const width = Math.max((item.end - item.start) * scale, minWidth);
    const labelInside = width >= item.labelWidth + INSIDE_PADDING;
    const right = x + width + (labelled && !labelInside ? item.labelWidth : 0);
    let lane = 0;
    while (lane < laneEnds.length && laneEnds[lane]! + gap > x) lane++;
    if (lane >= maxLanes) return null;
    laneEnds[lane] = right;
    const box = { id: item.id, lane, x, width, labelled, labelInside };
    boxes.push(box);
    byId.set(item.id, box);
  }
  return { boxes, byId, laneCount: laneEnds.length, compact: !labelled };
}

/**
 * Put each item in the first lane where it overlaps nothing (bar and label). Items must be in
 * `sortForLanes` order. When that needs more than `maxLanes` lanes, pack the bars alone.
 */
export function layoutLanes(items: readonly LaneInput[], options: LaneOptions): LaneLayout {
  const { scale, minWidth = MIN_BAR_WIDTH, gap = 6, maxLanes = 40 } = options;
  return (
    pack(items, scale, minWidth, gap, true, maxLanes) ?? pack(items, scale, minWidth, gap, false)!
  );
}

/** Items whose box [x, x + width + label) meets the visible pixels [left, right). */
export function visibleBoxes(
  layout: LaneLayout,
  labelWidths: ReadonlyMap<string, number>,
  left: number,
  right: number,
  firstLane = 0,
  lastLane = Number.POSITIVE_INFINITY,
): LaneBox[] {
  return layout.boxes.filter((box) => {
    if (box.lane < firstLane || box.lane > lastLane) return false;
    return box.x < right && box.x + extentOf(box, labelWidths) > left;
  });
}

/** How far a box reaches from its start: its bar, and its label when that is outside the bar. */
function extentOf(box: LaneBox, labelWidths: ReadonlyMap<string, number>): number {
  return box.width + (box.labelled && !box.labelInside ? (labelWidths.get(box.id) ?? 0) : 0);
}

/** Where lanes sit vertically, in pixels from the top of the lanes. */
export interface LaneRows {
  top: number;
  /** From one lane to the next. */
  row: number;
  /** Of a box. */
  height: number;
}

/** The lanes of a labelled layout, and of a compact one (bars alone, packed tighter). */
export const ROWS: LaneRows = { top: 10, row: 26, height: 20 };
export const COMPACT_ROWS: LaneRows = { top: 10, row: 10, height: 6 };

/**
 * The box (bar, or its label) under a point given in pixels from day 0 at the layout's scale
 * and from the top of the lanes; a point within `slack` pixels of a box counts, so that a bar
 * one day wide seen from years away can still be clicked. The nearest box wins.
 */
export function boxAt(
  layout: LaneLayout,
  labelWidths: ReadonlyMap<string, number>,
  x: number,
  y: number,
  rows: LaneRows,
  slack = 2,
): LaneBox | null {
  let best: LaneBox | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const box of layout.boxes) {
    const top = rows.top + box.lane * rows.row;
    const dy = Math.max(top - y, 0, y - (top + rows.height));
    if (dy > slack) continue;
    const dx = Math.max(box.x - x, 0, x - (box.x + extentOf(box, labelWidths)));
    const distance = Math.max(dx, dy);
    if (distance <= slack && distance < bestDistance) {
      best = box;
      bestDistance = distance;
    }
  }
  return best;
}

/** A label's width, estimated from its length (the axis never measures text). */
export function estimateLabelWidth(text: string, charWidth = 7, max = 240): number {
  return Math.min(Math.ceil(text.length * charWidth) + 14, max);
}

// Zoom

/** From centuries in view (about 1.5 px a year) down to single days (160 px a day). */
export const MIN_SCALE = 0.004;
export const MAX_SCALE = 160;
export const ZOOM_STEP = 1.5;

export function clampScale(scale: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}

/** Zoom by `factor` keeping the day under `anchorPx` (pixels from the left edge) in place. */
export function zoomAt(
  view: { origin: number; scale: number },
  factor: number,
  anchorPx: number,
): { origin: number; scale: number } {
  const scale = clampScale(view.scale * factor);
  const anchorDay = view.origin + anchorPx / view.scale;
  return { origin: anchorDay - anchorPx / scale, scale };
}

/**
 * The view that shows every span with its label, with a margin on each side. A label drawn
 * after its bar must fit too, or "Fit all" cuts the latest events' titles at the right edge.
 */
export function fitView(
  spans: readonly { start: number; end: number; labelWidth?: number }[],
  widthPx: number,
): { origin: number; scale: number } {
  if (spans.length === 0 || widthPx <= 0) {
    const today = Math.floor(Date.now() / MS_PER_DAY);
    return { origin: today - 180, scale: clampScale(Math.max(widthPx, 1) / 365) };
  }
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const span of spans) {
    first = Math.min(first, span.start);
    last = Math.max(last, span.end);
  }
  const margin = widthPx * 0.04;
  const room = widthPx - 2 * margin;
  let scale = room / Math.max(last - first, 14);
  // Shrinking the scale can push more labels out of their bars: a second pass settles it.
  for (let pass = 0; pass < 2; pass++) {
    let fitted = scale;
    for (const span of spans) {
      const label = span.labelWidth ?? 0;
      const inside = (span.end - span.start) * scale >= label + INSIDE_PADDING;
      if (inside || span.end <= first) continue;
      // A label wider than three quarters of the view is cut rather than squeezing every bar.
      const roomForBar = Math.max(room - label - MIN_BAR_WIDTH, room / 4);
      fitted = Math.min(fitted, roomForBar / (span.end - first));
    }
    scale = fitted;
  }
  scale = clampScale(scale);
  return { origin: first - margin / scale, scale };
}

// Ticks

export interface Tick {
  day: number;
  label: string;
  /** A year (or month, when zoomed to days) boundary: drawn stronger. */
  major: boolean;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function ymd(day: number): [number, number, number] {
  const date = new Date(day * MS_PER_DAY);
  return [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
}

function monthDay(year: number, month: number): number {
  return Date.UTC(year, month, 1) / MS_PER_DAY;
}

export type TickUnit = 'years' | 'months' | 'days';

/** What the ticks count at a scale: days from about 14 px a day, months from 2 px. */
export function tickUnit(scale: number): { unit: TickUnit; step: number } {
  const minGap = 56;
  if (scale * 1 >= minGap) return { unit: 'days', step: 1 };
  if (scale * 2 >= minGap) return { unit: 'days', step: 2 };
  if (scale * 7 >= minGap) return { unit: 'days', step: 7 };
  if (scale * 14 >= minGap) return { unit: 'days', step: 14 };
  if (scale * 30 >= minGap) return { unit: 'months', step: 1 };
  if (scale * 91 >= minGap) return { unit: 'months', step: 3 };
  if (scale * 182 >= minGap) return { unit: 'months', step: 6 };
  for (const step of [1, 2, 5, 10, 20, 50, 100]) {
    if (scale * 365 * step >= minGap) return { unit: 'years', step };
  }
  return { unit: 'years', step: 200 };
}

/** The ticks between two days (fractional) at a scale. */
export function ticks(fromDay: number, toDay: number, scale: number): Tick[] {
  const { unit, step } = tickUnit(scale);
  const out: Tick[] = [];
  const [y0, m0] = ymd(Math.floor(fromDay));
  if (unit === 'years') {
    for (let year = Math.floor(y0 / step) * step; ; year += step) {
      const day = monthDay(year, 0);
      if (day > toDay) break;
      out.push({ day, label: String(year), major: true });
    }
  } else if (unit === 'months') {
    for (let index = Math.floor((y0 * 12 + m0) / step) * step; ; index += step) {
      const year = Math.floor(index / 12);
      const month = index % 12;
      const day = monthDay(year, month);
      if (day > toDay) break;
      const major = month === 0;
      out.push({ day, label: major ? String(year) : MONTHS[month]!, major });
    }
  } else {
    // Days: every step-th day of each month (1, 1+step, …), weeks on Mondays. The month's label
    // ("Aug 2024", in bold) is wider than a day's: the day ticks whose labels it would run into,
    // or that would run into it, give way.
    let month0: Tick | null = null;
    for (let day = Math.floor(fromDay); day <= toDay; day++) {
      const [year, month, date] = ymd(day);
      const weekday = new Date(day * MS_PER_DAY).getUTCDay();
      const keep = step === 7 || step === 14 ? weekday === 1 : (date - 1) % step === 0;
      if (date === 1) {
        month0 = { day, label: `${MONTHS[month]} ${year}`, major: true };
        while (out.length > 0 && !out.at(-1)!.major) {
          const before = out.at(-1)!;
          if ((day - before.day) * scale >= estimateLabelWidth(before.label)) break;
          out.pop();
        }
        out.push(month0);
      } else if (keep && (step !== 14 || Math.floor(day / 7) % 2 === 0)) {
        if (month0 !== null && (day - month0.day) * scale < estimateLabelWidth(month0.label, 8)) {
          continue;
        }
        out.push({ day, label: String(date), major: false });
      }
    }
  }
  return out.filter((tick) => tick.day >= fromDay);
}

/** Room the axis's unit name ("YEARS") takes at its right end: its width and `right: 8px`. */
export function unitNameRoom(name: string): number {
  return estimateLabelWidth(name.toUpperCase(), 8) + 8;
}

/**
 * The ticks with no label under the unit name at the right end of an axis `widthPx` wide: a
 * tick whose label would run under it keeps its line, without the label.
 */
export function clearOfUnitName(
  list: Tick[],
  origin: number,
  scale: number,
  widthPx: number,
  unitName: string,
): Tick[] {
  const end = widthPx - unitNameRoom(unitName);
  return list.map((tick) =>
    (tick.day - origin) * scale + estimateLabelWidth(tick.label) > end
      ? { ...tick, label: '' }
      : tick,
  );
}
