import type { DateRange } from '../../common/model/date-range.ts';

const SHORT_MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];
const LONG_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

interface Day {
  y: number;
  m: number;
  d: number;
}

function parse(iso: string): Day {
  const [y, m = 1, d = 1] = iso.split('-').map(Number);
  return { y: y!, m: m, d: d };
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

type Unit = 'day' | 'month' | 'year';

/** The coarsest unit the range is made of: whole years, whole months, or days. */
function shapeOf(start: Day, end: Day): Unit {
  const monthAligned = start.d === 1 && end.d === daysInMonth(end.y, end.m);
  if (monthAligned && start.m === 1 && end.m === 12) return 'year';
  if (monthAligned) return 'month';
  return 'day';
}

const month = (day: Day) => SHORT_MONTHS[day.m - 1]!;

function formatRange(start: Day, end: Day, unit: Unit): string {
  const sameYear = start.y === end.y;
  const sameMonth = sameYear && start.m === end.m;
  switch (unit) {
    case 'year':
      return sameYear ? `${start.y}` : `${start.y}–${end.y}`;
    case 'month':
      if (sameMonth) return `${month(start)} ${start.y}`;
      if (sameYear) return `${month(start)}–${month(end)} ${start.y}`;
      return `${month(start)} ${start.y} – ${month(end)} ${end.y}`;
    case 'day':
      if (sameMonth && start.d === end.d) return `${start.d} ${month(start)} ${start.y}`;
      if (sameMonth) return `${start.d}–${end.d} ${month(start)} ${start.y}`;
      if (sameYear) return `${start.d} ${month(start)} – ${end.d} ${month(end)} ${start.y}`;
      return `${start.d} ${month(start)} ${start.y} – ${end.d} ${month(end)} ${end.y}`;
  }
}

/**
 * An event's date as precisely as it is known, and no more: "16 Mar 2021", "16–17 Mar 2021",
 * "Mar 2021", "2021", "c. Mar 2021" for an approximate date; "Undated" for none.
 */
export function formatDateRange(range: DateRange | null): string {
  if (range === null) return 'Undated';
  const start = parse(range.start);
  const end = parse(range.end);
  if (range.precision === 'approximate') {
    return `c. ${formatRange(start, end, shapeOf(start, end))}`;
  }
  // A month-precision date covers whole months; never show more precision than it has.
  const unit: Unit =
    range.precision === 'year' ? 'year' : range.precision === 'month' ? 'month' : 'day';
  return formatRange(start, end, unit);
}

/** A publication date (YYYY, YYYY-MM or YYYY-MM-DD) in the same style; "n.d." for none. */
export function formatPartialDate(date: string | null): string {
  if (date === null || date === '') return 'n.d.';
  const day = parse(date);
  if (date.length === 4) return `${day.y}`;
  if (date.length === 7) return `${month(day)} ${day.y}`;
  return `${day.d} ${month(day)} ${day.y}`;
}

/** "16 March 2021", for the title block. */
export function formatLongDate(date: string): string {
  const day = parse(date);
  return `${day.d} ${LONG_MONTHS[day.m - 1]} ${day.y}`;
}

/** Today in the local calendar, as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
