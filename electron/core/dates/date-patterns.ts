import type { DatePrecision, IsoDate } from '../../common/model/dates.ts';
import {
  addDays,
  daysInMonth,
  isoOf,
  mondayOf,
  monthEnd,
  monthStart,
  shiftMonth,
  weekdayOf,
} from './calendar.ts';
import type { Tense } from './tense.ts';

/** What the date rules (date-rules-*.ts) share: month and weekday words, the article's date, helpers. */

/** The article's date, as far as it is known. */
export interface Reference {
  year: number;
  month: number | null;
  day: number | null;
}

export interface RuleMatch {
  start: number;
  end: number;
  from: IsoDate;
  to: IsoDate;
  precision: DatePrecision;
}

export const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
export const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

/**
 * Month names are matched capitalized only ("may" and "march" are also verbs) and as whole
 * words ("Mayor", "Augustine" and "Marches" name no month).
 */
export const MONTH_PATTERN =
  '(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\b\\.?)';
export const WEEKDAY_PATTERN = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b';
/** A word whose first letter may be either case: "Last", "last". */
export function w(word: string): string {
  return `[${word[0]!.toUpperCase()}${word[0]!.toLowerCase()}]${word.slice(1)}`;
}
export function oneOf(...words: string[]): string {
  return `(?:${words.map(w).join('|')})`;
}

export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')];
}

export function refIso(ref: Reference): IsoDate | null {
  return ref.month !== null && ref.day !== null ? isoOf(ref.year, ref.month, ref.day) : null;
}

/**
 * The year of a month or day named without one, by the tense of its clause. `day` null is the
 * whole month: a past clause places it back a year only when the month starts after the
 * article ("in June" said on June 3 is this June), a future one on a year only when it ended
 * before the article.
 */
export function yearForMonth(
  month: number,
  day: number | null,
  ref: Reference,
  tense: Tense,
): number {
  if (ref.month === null) return ref.year;
  const refDay = ref.day ?? 1;
  const first = day ?? (tense === 'future' ? daysInMonth(ref.year, month) : 1);
  // Days from the article's date, roughly; a week's slack absorbs time zones and late edits.
  const ahead = (month - ref.month) * 31 + (first - refDay);
  if (tense === 'past') return ahead > 7 ? ref.year - 1 : ref.year;
  if (tense === 'future') return ahead < -7 ? ref.year + 1 : ref.year;
  // No tense: the nearest such day, as chrono-node does (within six months of the article).
  const offset = month - ref.month + ((day ?? 15) - refDay) / 31;
  if (offset > 6) return ref.year - 1;
  if (offset < -6) return ref.year + 1;
  return ref.year;
}

/** What the whole article says that a rule needs. */
export interface RuleContext {
  /** The month its fiscal years end in: the one the article states ("whose fiscal year ends on
   * June 30"), else September where it is about the US government; null: calendar years. */
  fiscalYearEnd: number | null;
}

/** The year written with a date, or else the one its clause's tense gives (null without an
 * article date). */
export function yearOf(
  written: string | undefined,
  month: number,
  dayOfMonth: number | null,
  ref: Reference | null,
  tense: Tense,
): number | null {
  if (written !== undefined) return Number(written);
  return ref === null ? null : yearForMonth(month, dayOfMonth, ref, tense);
}

export interface Rule {
  pattern: RegExp;
  resolve: (
    m: RegExpExecArray,
    ref: Reference | null,
    tense: Tense,
    context: RuleContext,
  ) => Omit<RuleMatch, 'start' | 'end'> | null;
}

/**
 * The year of a stretch of months named without one (a quarter, a half): the article's year,
 * a year back when the clause is in the past and the stretch starts after the article, a year
 * on when the clause speaks of plans and the stretch ended before it.
 */
export function yearForMonths(first: number, last: number, ref: Reference, tense: Tense): number {
  const today = refIso(ref) ?? isoOf(ref.year, ref.month ?? 1, 1);
  if (tense === 'past' && monthStart(ref.year, first) > today) return ref.year - 1;
  if (tense === 'future' && monthEnd(ref.year, last) < today) return ref.year + 1;
  return ref.year;
}

/** A year named relative to the article: "this year", "last year", "next year". */
export function relativeYear(word: string, ref: Reference): number {
  const w = word.toLowerCase();
  return ref.year + (w === 'last' ? -1 : w === 'next' ? 1 : 0);
}

export const ORDINAL: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
};

/** Words before a month that make it a date ("In May", "Since April", "Friday May 3"), not
 * part of a name ("Theresa May"). */
export const DATE_LEAD =
  /^(?:in|during|mid|since|on|last|next|this|past|coming|by|until|till|before|after|from|through|and|or|to|of|early|late|every|each|the|as|at|but|then|starting|beginning|ending|between|also|however|meanwhile|so|later|earlier|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/**
 * Whether the month word at `start` is part of a person's name: "Theresa May", "Mrs May",
 * "April Ryan", "June Smith" (a capitalized word before it that does not introduce a date and
 * no day number after it, or a capitalized word after it when nothing before introduces a
 * date).
 */
export function monthInName(text: string, start: number): boolean {
  const word = /^[A-Z][a-z]+/.exec(text.slice(start, start + 12))?.[0];
  if (word === undefined || monthNumber(word) === undefined) return false;
  const before = /(\S+)\s+$/.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? '';
  const after = text.slice(start + word.length, start + word.length + 30);
  const lead = DATE_LEAD.test(before.replace(/[,.]$/, '')) || /[,;:(]$/.test(before);
  // "Theresa May", "Theresa May, 62", but "to Germany June 23-25" names a day.
  if (/^[A-Z]/.test(before) && !lead && !/[.!?]$/.test(before)) return !/^\s+\d{1,2}\b/.test(after);
  return !lead && /^\s+[A-Z][a-z]/.test(after) && !/^\s+(?:of\b|\d)/.test(after);
}

/**
 * Words that make a weekday after them the name of a historic or named day rather than a date
 * ("Black Monday", "Super Tuesday"). A list, not any capitalized word: "Prime Minister's
 * Questions Wednesday" is a date.
 */
export const DAY_NAME_WORD =
  /^(?:Black|Bloody|Super|Cyber|Good|Holy|Ash|Palm|Easter|Maundy|Shrove|Blue|Manic|Fat|Great|Giving|Mad|Red|Dark|Blessed|Low|Whit|Plough|Trinity|Orthodox|Bad|Terrible|Tragic|Freaky|Casual|Throwback|Business|Saturday|Sunday)$/;

/** The capitalized word right before the match, if any. */
export function capitalizedBefore(m: RegExpExecArray): string | null {
  return /([A-Z][\w'’-]*)\s+$/.exec(m.input.slice(Math.max(0, m.index - 40), m.index))?.[1] ?? null;
}

/** A capitalized word that introduces no date right before the match ("Audi Q3"). */
export function precededByName(m: RegExpExecArray): boolean {
  const word = capitalizedBefore(m);
  return word !== null && !DATE_LEAD.test(word);
}

export function inName(m: RegExpExecArray): boolean {
  const word = capitalizedBefore(m);
  if (word !== null && DAY_NAME_WORD.test(word)) return true;
  // "Saturday Morning Breakfast Cereal", "Monday Night Football": a time of day written with a
  // capital after the weekday makes a title, not a date.
  return /^\s+(?:Morning|Night|Evening|Afternoon)\b/.test(
    m.input.slice(m.index + m[0].length, m.index + m[0].length + 12),
  );
}

/** "fiscal year ", "fiscal ", "FY": what comes before a fiscal year's number. */
export const FISCAL = '(?:[Ff]iscal (?:[Yy]ear )?(?:\\(FY\\) )?|FY ?)';

/**
 * A fiscal year, named by the year it ends in: from the month after `endMonth` a year before to
 * the end of `endMonth`; the calendar year where the end month is unknown (companies and
 * governments start their fiscal years in different months) or December.
 */
export function fiscalYear(
  digits: string,
  endMonth: number | null,
): { from: IsoDate; to: IsoDate; precision: DatePrecision } {
  const year = digits.length === 2 ? 2000 + Number(digits) : Number(digits);
  if (endMonth !== null && endMonth !== 12)
    return {
      from: isoOf(year - 1, endMonth + 1, 1),
      to: monthEnd(year, endMonth),
      precision: 'month',
    };
  return { from: isoOf(year, 1, 1), to: isoOf(year, 12, 31), precision: 'year' };
}

export function day(
  from: IsoDate,
  precision: DatePrecision = 'day',
): Omit<RuleMatch, 'start' | 'end'> {
  return { from, to: from, precision };
}

export function weekdayFrom(
  ref: Reference,
  target: number,
  mode: 'last' | 'next' | 'this' | 'bare',
  tense: Tense,
): IsoDate | null {
  const today = refIso(ref);
  if (today === null) return null;
  const current = weekdayOf(today);
  const back = (current - target + 7) % 7 || 7; // days back to the previous one, never 0
  const ahead = (target - current + 7) % 7 || 7; // days ahead to the next one, never 0
  switch (mode) {
    case 'last':
      return addDays(today, -back);
    case 'next':
      return addDays(today, ahead);
    case 'this':
      return addDays(mondayOf(today), (target + 6) % 7);
    case 'bare':
      if (target === current) return today;
      return tense === 'future' ? addDays(today, ahead) : addDays(today, -back);
  }
}

export const SEASONS: Record<string, [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  fall: [9, 11],
  winter: [12, 14],
};

export function monthsRange(
  year: number,
  first: number,
  last: number,
): Omit<RuleMatch, 'start' | 'end'> {
  const [y1, m1] = shiftMonth(year, first, 0);
  const [y2, m2] = shiftMonth(year, last, 0);
  return { from: monthStart(y1, m1), to: monthEnd(y2, m2), precision: 'approximate' };
}

/** Early, mid, late: thirds of a month (1-10, 11-20, 21-end) or of a year (Jan-Apr, ...). */
export function partOfMonth(
  part: string,
  year: number,
  month: number,
): Omit<RuleMatch, 'start' | 'end'> {
  const p = part.toLowerCase().replace(/^the /, '');
  if (/^(early|beginning|start)/.test(p))
    return { from: isoOf(year, month, 1), to: isoOf(year, month, 10), precision: 'approximate' };
  if (/^(mid|middle)/.test(p))
    return { from: isoOf(year, month, 11), to: isoOf(year, month, 20), precision: 'approximate' };
  return { from: isoOf(year, month, 21), to: monthEnd(year, month), precision: 'approximate' };
}

export function partOfYear(part: string, year: number): Omit<RuleMatch, 'start' | 'end'> {
  const p = part.toLowerCase().replace(/^the /, '');
  if (/^(early|beginning|start)/.test(p)) return monthsRange(year, 1, 4);
  if (/^(mid|middle)/.test(p)) return monthsRange(year, 5, 8);
  return monthsRange(year, 9, 12);
}

/** What a business quarter qualifies ("first-quarter profit"). */
export const FIGURE_AFTER =
  /^\s+(?:net\s+)?(?:profits?|revenues?|sales|production|output|earnings|results|growth|loss(?:es)?|income|deliveries|shipments|figures|GDP|orders)\b/i;

export const PART = `(${oneOf('early', 'mid', 'late')}|${w('the')} (?:beginning|start|middle|end) of)`;
export const YEAR = '((?:1[89]|20)\\d{2})';
