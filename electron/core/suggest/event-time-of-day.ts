import type { FoundDate } from '../dates/resolve-date.ts';
import type { TextSpan } from '../dates/sentences.ts';
import type { DateRange } from '../../common/model/date-range.ts';
import type { IsoDate, PartialIsoDate } from '../../common/model/dates.ts';

/** A time of day that names no day: "at around 7 a.m.", "by noon", "shortly after midnight". */
const TIME_OF_DAY =
  /\b(?:(?:at|by|around|about|before|after|until|from|shortly (?:before|after)|just (?:before|after))\s+)+(?:(?:around|about|approximately|roughly)\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b)|noon\b|midday\b|midnight\b|dawn\b|dusk\b)/giu;

/**
 * The day of a sentence whose only time is a time of day, told in the past ("A lorry overturned
 * at around 7 a.m.", "Firefighters brought the blaze under control by noon"): the day of the
 * last happening the article dated to one day up to its publication ("sent two tugs on
 * Thursday"; a Monday story of a Sunday quake: "The quake hit at 4:12 a.m." is Sunday), else the
 * publication day. Null for a sentence with a date of its own, about what will happen, or with
 * no time of day.
 */
export function timeOfDayDate(
  text: string,
  sentence: TextSpan,
  published: PartialIsoDate | null,
  datesHere: readonly FoundDate[],
  earlier: readonly { date: DateRange | null }[],
): FoundDate | null {
  if (datesHere.length > 0 || published === null || !/^\d{4}-\d{2}-\d{2}$/.test(published))
    return null;
  const body = text.slice(sentence.start, sentence.end);
  if (/\b(?:will|shall|would|is due|are due|is expected|are expected)\b/i.test(body)) return null;
  TIME_OF_DAY.lastIndex = 0;
  const found = TIME_OF_DAY.exec(body);
  if (found === null) return null;
  const day =
    earlier.findLast(
      ({ date }) => date !== null && date.start === date.end && date.start <= published,
    )?.date?.start ?? (published as IsoDate);
  const start = sentence.start + found.index;
  return {
    start,
    end: start + found[0].length,
    range: { text: found[0], start: day, end: day, precision: 'day' },
  };
}

/**
 * The date spans without the times of day inside them ("on Monday at about 6 p.m." keeps "on
 * Monday"): a title leaves the day out but writes the time whole ("join the strike at about 6
 * p.m."), never half of it ("The crash happened at around").
 */
export function withoutTimesOfDay<T extends TextSpan>(text: string, dates: readonly T[]): T[] {
  return dates.flatMap((d) => {
    const pieces: T[] = [];
    let from = d.start;
    // The time may start before the date ("at around 8.15 a.m. on March 3" dated from "8.15").
    const lead = Math.max(0, d.start - 30);
    for (const time of text.slice(lead, d.end).matchAll(TIME_OF_DAY)) {
      const start = lead + time.index;
      const end = start + time[0].length;
      if (end <= d.start) continue;
      pieces.push({ ...d, start: from, end: Math.max(from, start) });
      from = Math.max(from, end);
    }
    pieces.push({ ...d, start: from, end: d.end });
    return pieces.filter((p) => p.end > p.start && /\w/.test(text.slice(p.start, p.end)));
  });
}

/** Where a time of day that starts at `at` ends ("at about 6 p.m." after "on Monday"); -1: none. */
export function timeOfDayEnd(text: string, at: number): number {
  const found = new RegExp(`^(?:${TIME_OF_DAY.source})`, 'iu').exec(text.slice(at, at + 60));
  return found === null ? -1 : at + found[0].length;
}
