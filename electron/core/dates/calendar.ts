import type { IsoDate } from '../../common/model/dates.ts';

/** Calendar arithmetic on ISO dates, in UTC days: no time zones, no times of day. */

export function isoOf(year: number, month: number, day: number): IsoDate {
  const y = String(year).padStart(4, '0');
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whether year-month-day exists on the calendar (no February 30, no month 13). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toUtc(date: IsoDate): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

function fromUtc(date: Date): IsoDate {
  return isoOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const utc = toUtc(date);
  utc.setUTCDate(utc.getUTCDate() + days);
  return fromUtc(utc);
}

/** 0 = Sunday .. 6 = Saturday. */
export function weekdayOf(date: IsoDate): number {
  return toUtc(date).getUTCDay();
}

/** The Monday of the ISO week (Monday..Sunday) that holds the date. */
export function mondayOf(date: IsoDate): IsoDate {
  return addDays(date, -((weekdayOf(date) + 6) % 7));
}

export function monthStart(year: number, month: number): IsoDate {
  return isoOf(year, month, 1);
}

export function monthEnd(year: number, month: number): IsoDate {
  return isoOf(year, month, daysInMonth(year, month));
}

/** The month `offset` months away from year-month, as [year, month]. */
export function shiftMonth(year: number, month: number, offset: number): [number, number] {
  const index = year * 12 + (month - 1) + offset;
  return [Math.floor(index / 12), (index % 12) + 1];
}

export function partsOf(date: IsoDate): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number);
  return { year: year ?? 0, month: month ?? 1, day: day ?? 1 };
}
