import type { IsoDate } from '../../common/model/dates.ts';
import { addDays, daysInMonth, isoOf, weekdayOf } from './calendar.ts';

/**
 * Named days whose date the calendar fixes: fixed days (Christmas, New Year's Day), days that
 * move with Easter (Good Friday) and US holidays that fall on the nth weekday of a month
 * (Thanksgiving). Days whose date depends on the country ("Independence Day", "Labour Day"
 * outside the US) or that only name a historic day ("Black Monday", "Bloody Sunday") are not
 * here: they give no date.
 */

/** Gregorian Easter Sunday (the anonymous Gregorian algorithm). */
export function easterOf(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoOf(year, month, day);
}

/** The nth (1-based) weekday (0 = Sunday) of a month; n = -1 is the last one. */
function nthWeekday(year: number, month: number, weekday: number, n: number): IsoDate {
  if (n < 0) {
    const last = isoOf(year, month, daysInMonth(year, month));
    return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
  }
  const first = isoOf(year, month, 1);
  return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + (n - 1) * 7);
}

const fixed =
  (month: number, day: number) =>
  (year: number): IsoDate =>
    isoOf(year, month, day);
const easter =
  (offset: number) =>
  (year: number): IsoDate =>
    addDays(easterOf(year), offset);
const thanksgiving = (offset: number) => (year: number) =>
  addDays(nthWeekday(year, 11, 4, 4), offset);

/** Lower-case names (with their usual spellings) and the day each falls on in a year. */
const NAMED_DAYS: [string[], (year: number) => IsoDate][] = [
  [["new year's day", 'new year day', 'new years day'], fixed(1, 1)],
  [["new year's eve", 'new years eve'], fixed(12, 31)],
  [["valentine's day"], fixed(2, 14)],
  [["international women's day"], fixed(3, 8)],
  [['may day'], fixed(5, 1)],
  [['juneteenth'], fixed(6, 19)],
  [
    [
      'fourth of july',
      'july fourth',
      'u.s. independence day',
      'us independence day',
      'american independence day',
    ],
    fixed(7, 4),
  ],
  [['halloween'], fixed(10, 31)],
  [['veterans day', "veterans' day", 'armistice day', 'remembrance day'], fixed(11, 11)],
  [['christmas eve'], fixed(12, 24)],
  [['christmas day', 'christmas'], fixed(12, 25)],
  [['boxing day'], fixed(12, 26)],
  [['ash wednesday'], easter(-46)],
  [['palm sunday'], easter(-7)],
  [['maundy thursday', 'holy thursday'], easter(-3)],
  [['good friday'], easter(-2)],
  [['easter sunday', 'easter day', 'easter'], easter(0)],
  [['easter monday'], easter(1)],
  [
    ['martin luther king jr. day', 'martin luther king day', 'mlk day'],
    (y) => nthWeekday(y, 1, 1, 3),
  ],
  [['memorial day'], (y) => nthWeekday(y, 5, 1, -1)],
  [['labor day'], (y) => nthWeekday(y, 9, 1, 1)],
  [['thanksgiving day', 'thanksgiving'], thanksgiving(0)],
  [['black friday'], thanksgiving(1)],
  [['cyber monday'], thanksgiving(4)],
];

/** A spelling as a pattern: "." literal, "'" either apostrophe, words capitalized as a name is
 * ("a good Friday" is no named day), "of" in lower case. */
function spellingPattern(name: string): string {
  return name
    .replace(/[.]/g, '\\.')
    .replace(/'/g, "['’]")
    .replace(
      /(^|\s)(?!of\b)([a-z])/g,
      (_, space: string, c: string) => `${space}${c.toUpperCase()}`,
    );
}

/** A pattern source matching any named day, longest spelling first. */
export const NAMED_DAY_PATTERN = `(?:${NAMED_DAYS.flatMap(([names]) => names)
  .sort((a, b) => b.length - a.length)
  .map(spellingPattern)
  .join('|')})`;

/** The day a named day falls on in `year`, or null for a name not in the list. */
export function namedDayIn(name: string, year: number): IsoDate | null {
  const key = name.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");
  const entry = NAMED_DAYS.find(([names]) => names.includes(key));
  return entry === undefined ? null : entry[1](year);
}
