import * as chrono from 'chrono-node';
import { PartialIsoDateSchema, type PartialIsoDate } from '../../common/model/dates.ts';

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * A publication date as the publisher wrote it. ISO timestamps keep their own calendar date
 * (converting "2021-07-05T23:30-05:00" to UTC would move the article to the next day); human
 * dates ("16th March, 2021", RFC 822 "Wed, 03 Aug 2022 19:49:23 +0000") go through chrono.
 * `fallbackYear` completes a date written without its year ("March 3").
 */
export function parsePublished(value: string, fallbackYear?: number): PartialIsoDate | null {
  const text = value.trim();
  if (text === '') return null;
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ]|$)/.exec(text);
  if (iso !== null) {
    const date = [iso[1], iso[2], iso[3]].filter((part) => part !== undefined).join('-');
    return PartialIsoDateSchema.safeParse(date).success ? date : null;
  }
  const parsed = chrono.parse(text, new Date(Date.UTC(2000, 0, 1)))[0];
  if (parsed === undefined) return null;
  const { start } = parsed;
  const year = start.isCertain('year') ? start.get('year') : (fallbackYear ?? null);
  const month = start.isCertain('month') ? start.get('month') : null;
  if (year === null || month === null) return year === null ? null : String(year);
  const date = start.isCertain('day')
    ? `${year}-${pad(month)}-${pad(start.get('day') ?? 1)}`
    : `${year}-${pad(month)}`;
  return PartialIsoDateSchema.safeParse(date).success ? date : null;
}
