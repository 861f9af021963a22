import { z } from 'zod';

/** How exactly a date is known. A month-precision date covers its whole month. */
export const DatePrecisionSchema = z.enum(['day', 'month', 'year', 'approximate']);
export type DatePrecision = z.infer<typeof DatePrecisionSchema>;

function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const date = new Date(Date.UTC(y!, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A full ISO calendar date, YYYY-MM-DD, that exists (no February 30). */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(isCalendarDate, 'no such date');
export type IsoDate = z.infer<typeof IsoDateSchema>;

/**
 * A date known to the day, month or year, written as ISO 8601 says: `2021-03-16`, `2021-03`,
 * `2021`. The string carries its own precision.
 */
export const PartialIsoDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isCalendarDate, 'no such date');
export type PartialIsoDate = z.infer<typeof PartialIsoDateSchema>;

export function precisionOf(date: PartialIsoDate): Exclude<DatePrecision, 'approximate'> {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}
