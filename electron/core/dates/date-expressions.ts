import type { DatePrecision, IsoDate } from '../model/dates.ts';
import {
  addDays,
  isRealDate,
  isoOf,
  mondayOf,
  monthEnd,
  monthStart,
  shiftMonth,
  weekdayOf,
} from './calendar.ts';
import type { Tense } from './tense.ts';

/**
 * Our own rules for the date expressions that chrono-node does not read, or reads in a way that
 * does not suit a timeline: weekdays by tense, weeks, "earlier this month", "early April",
 * "mid-2020", "the 1990s", "in 2021", "in March", seasons, quarters, ISO months.
 */

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

const MONTHS: Record<string, number> = {
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
const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

/** Month names are matched capitalized only: "may" and "march" are also verbs. */
export const MONTH_PATTERN =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)';
const WEEKDAY_PATTERN = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** A word whose first letter may be either case: "Last", "last". */
function w(word: string): string {
  return `[${word[0]!.toUpperCase()}${word[0]!.toLowerCase()}]${word.slice(1)}`;
}
function oneOf(...words: string[]): string {
  return `(?:${words.map(w).join('|')})`;
}

export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')];
}

function refIso(ref: Reference): IsoDate | null {
  return ref.month !== null && ref.day !== null ? isoOf(ref.year, ref.month, ref.day) : null;
}

/** The year of a month named without one, by the tense of its clause. */
export function yearForMonth(month: number, day: number, ref: Reference, tense: Tense): number {
  if (ref.month === null) return ref.year;
  const refDay = ref.day ?? 1;
  // Days from the article's date, roughly; a week's slack absorbs time zones and late edits.
  const ahead = (month - ref.month) * 31 + (day - refDay);
  if (tense === 'past') return ahead > 7 ? ref.year - 1 : ref.year;
  if (tense === 'future') return ahead < -7 ? ref.year + 1 : ref.year;
  // No tense: the nearest such day, as chrono-node does (within six months of the article).
  const offset = month - ref.month + (day - refDay) / 31;
  if (offset > 6) return ref.year - 1;
  if (offset < -6) return ref.year + 1;
  return ref.year;
}

interface Rule {
  pattern: RegExp;
  resolve: (
    m: RegExpExecArray,
    ref: Reference | null,
    tense: Tense,
  ) => Omit<RuleMatch, 'start' | 'end'> | null;
}

function day(from: IsoDate, precision: DatePrecision = 'day'): Omit<RuleMatch, 'start' | 'end'> {
  return { from, to: from, precision };
}

function weekdayFrom(
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

const SEASONS: Record<string, [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  fall: [9, 11],
  winter: [12, 14],
};

function monthsRange(year: number, first: number, last: number): Omit<RuleMatch, 'start' | 'end'> {
  const [y1, m1] = shiftMonth(year, first, 0);
  const [y2, m2] = shiftMonth(year, last, 0);
  return { from: monthStart(y1, m1), to: monthEnd(y2, m2), precision: 'approximate' };
}

/** Early, mid, late: thirds of a month (1-10, 11-20, 21-end) or of a year (Jan-Apr, ...). */
function partOfMonth(part: string, year: number, month: number): Omit<RuleMatch, 'start' | 'end'> {
  const p = part.toLowerCase();
  if (/^(early|beginning|start)/.test(p))
    return { from: isoOf(year, month, 1), to: isoOf(year, month, 10), precision: 'approximate' };
  if (/^(mid|middle)/.test(p))
    return { from: isoOf(year, month, 11), to: isoOf(year, month, 20), precision: 'approximate' };
  return { from: isoOf(year, month, 21), to: monthEnd(year, month), precision: 'approximate' };
}

function partOfYear(part: string, year: number): Omit<RuleMatch, 'start' | 'end'> {
  const p = part.toLowerCase();
  if (/^(early|beginning|start)/.test(p)) return monthsRange(year, 1, 4);
  if (/^(mid|middle)/.test(p)) return monthsRange(year, 5, 8);
  return monthsRange(year, 9, 12);
}

const PART = `(${oneOf('early', 'mid', 'late')}|${w('the')} (?:beginning|start|middle|end) of)`;
const YEAR = '((?:1[89]|20)\\d{2})';

const RULES: Rule[] = [
  // 2021-03-16, 2021-03
  {
    pattern: /\b(\d{4})-(0[1-9]|1[0-2])(?:-(\d{2}))?\b(?![-/]\d)/g,
    resolve: (m) => {
      const year = Number(m[1]);
      const month = Number(m[2]);
      if (m[3] !== undefined) {
        const d = Number(m[3]);
        return isRealDate(year, month, d) ? day(isoOf(year, month, d)) : null;
      }
      return { from: monthStart(year, month), to: monthEnd(year, month), precision: 'month' };
    },
  },
  // yesterday, today, tonight, tomorrow
  {
    pattern: new RegExp(`\\b${oneOf('yesterday', 'today', 'tonight', 'tomorrow')}\\b`, 'g'),
    resolve: (m, ref) => {
      const today = ref === null ? null : refIso(ref);
      if (today === null) return null;
      const word = m[0].toLowerCase();
      return day(addDays(today, word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0));
    },
  },
  // last Friday, next Monday, this Thursday, on Tuesday, Tuesday (not "every Tuesday", not "Tuesdays")
  {
    pattern: new RegExp(
      `(?<!\\b(?:[Ee]very|[Ee]ach)\\s)\\b(?:(${oneOf('last', 'next', 'this', 'past', 'coming')}|${w('on')})\\s+)?(${WEEKDAY_PATTERN})\\b(?!s\\b)`,
      'g',
    ),
    resolve: (m, ref, tense) => {
      if (ref === null) return null;
      const target = WEEKDAYS[m[2]!.toLowerCase()]!;
      const word = (m[1] ?? '').toLowerCase();
      const mode =
        word === 'last' || word === 'past'
          ? 'last'
          : word === 'next' || word === 'coming'
            ? 'next'
            : word === 'this'
              ? 'this'
              : 'bare';
      const date = weekdayFrom(ref, target, mode, tense);
      return date === null ? null : day(date);
    },
  },
  // earlier this month, later this year, earlier this week
  {
    pattern: new RegExp(`\\b(${oneOf('earlier', 'later')}) this (week|month|year)\\b`, 'g'),
    resolve: (m, ref) => {
      if (ref === null) return null;
      const today = refIso(ref);
      const unit = m[2]!;
      let first: IsoDate;
      let last: IsoDate;
      if (unit === 'year') {
        first = isoOf(ref.year, 1, 1);
        last = isoOf(ref.year, 12, 31);
      } else if (unit === 'month' && ref.month !== null) {
        first = monthStart(ref.year, ref.month);
        last = monthEnd(ref.year, ref.month);
      } else if (unit === 'week' && today !== null) {
        first = mondayOf(today);
        last = addDays(first, 6);
      } else return null;
      if (today === null) return { from: first, to: last, precision: 'approximate' };
      return m[1]!.toLowerCase() === 'earlier'
        ? { from: first, to: today, precision: 'approximate' }
        : { from: today, to: last, precision: 'approximate' };
    },
  },
  // this week, last week, next week, the past week; this/last/next weekend
  {
    pattern: new RegExp(`\\b(${oneOf('this', 'last', 'next')}) (week|weekend)\\b`, 'g'),
    resolve: (m, ref) => {
      const today = ref === null ? null : refIso(ref);
      if (today === null) return null;
      const offset = { this: 0, last: -7, next: 7 }[
        m[1]!.toLowerCase() as 'this' | 'last' | 'next'
      ];
      const monday = addDays(mondayOf(today), offset);
      if (m[2] === 'weekend')
        return { from: addDays(monday, 5), to: addDays(monday, 6), precision: 'approximate' };
      return { from: monday, to: addDays(monday, 6), precision: 'approximate' };
    },
  },
  // this month, last month, next month
  {
    pattern: new RegExp(`\\b(${oneOf('this', 'last', 'next')}) month\\b`, 'g'),
    resolve: (m, ref) => {
      if (ref === null || ref.month === null) return null;
      const offset = { this: 0, last: -1, next: 1 }[
        m[1]!.toLowerCase() as 'this' | 'last' | 'next'
      ];
      const [y, mo] = shiftMonth(ref.year, ref.month, offset);
      return { from: monthStart(y, mo), to: monthEnd(y, mo), precision: 'month' };
    },
  },
  // this year, last year, next year
  {
    pattern: new RegExp(`\\b(${oneOf('this', 'last', 'next')}) year\\b`, 'g'),
    resolve: (m, ref) => {
      if (ref === null) return null;
      const offset = { this: 0, last: -1, next: 1 }[
        m[1]!.toLowerCase() as 'this' | 'last' | 'next'
      ];
      const y = ref.year + offset;
      return { from: isoOf(y, 1, 1), to: isoOf(y, 12, 31), precision: 'year' };
    },
  },
  // the 1990s, the early 2000s
  {
    pattern: new RegExp(`\\b${w('the')}\\s+(?:(early|mid|late)[- ])?((?:1[89]|20)\\d)0s\\b`, 'g'),
    resolve: (m) => {
      const decade = Number(m[2]) * 10;
      const part = m[1]?.toLowerCase();
      if (part === undefined)
        return { from: isoOf(decade, 1, 1), to: isoOf(decade + 9, 12, 31), precision: 'year' };
      const [a, b] = part === 'early' ? [0, 3] : part === 'mid' ? [4, 6] : [7, 9];
      return {
        from: isoOf(decade + a, 1, 1),
        to: isoOf(decade + b, 12, 31),
        precision: 'approximate',
      };
    },
  },
  // early April, mid-March 2020, late May, the end of June
  {
    pattern: new RegExp(
      `\\b${PART}[- ]?(?:of )?(${MONTH_PATTERN})(?:,?\\s+${YEAR})?(?!\\s*\\d)`,
      'g',
    ),
    resolve: (m, ref, tense) => {
      const month = monthNumber(m[2]!)!;
      const year =
        m[3] !== undefined
          ? Number(m[3])
          : ref === null
            ? null
            : yearForMonth(month, 15, ref, tense);
      return year === null ? null : partOfMonth(m[1]!, year, month);
    },
  },
  // mid-2020, early 2021, the end of 2019
  {
    pattern: new RegExp(`\\b${PART}[- ]?(?:of )?${YEAR}\\b(?![-–/]\\d)`, 'g'),
    resolve: (m) => partOfYear(m[1]!, Number(m[2])),
  },
  // in March, since May, last December (a month named alone, after a word that makes it a date)
  {
    pattern: new RegExp(
      `\\b(${oneOf('in', 'since', 'until', 'till', 'by', 'during', 'through', 'throughout', 'for', 'last', 'next', 'this', 'before', 'after', 'from', 'of')})\\s+(${MONTH_PATTERN})(?![\\w.]*\\s*,?\\s*\\d)`,
      'g',
    ),
    resolve: (m, ref, tense) => {
      if (ref === null) return null;
      const month = monthNumber(m[2]!)!;
      const word = m[1]!.toLowerCase();
      let year = yearForMonth(month, 15, ref, tense);
      if (word === 'last') year = ref.month !== null && month < ref.month ? ref.year : ref.year - 1;
      if (word === 'next') year = ref.month !== null && month > ref.month ? ref.year : ref.year + 1;
      if (word === 'this') year = ref.year;
      return { from: monthStart(year, month), to: monthEnd(year, month), precision: 'month' };
    },
  },
  // in 2021, during 2020, in the year 2019
  {
    pattern: new RegExp(
      `\\b(?:${oneOf('in', 'during', 'throughout')})\\s+(?:the year\\s+)?${YEAR}\\b(?![-–/]\\d|\\s*(?:%|percent))`,
      'g',
    ),
    resolve: (m) => {
      const y = Number(m[1]);
      return { from: isoOf(y, 1, 1), to: isoOf(y, 12, 31), precision: 'year' };
    },
  },
  // this spring, last summer, in the fall of 2020
  {
    pattern: new RegExp(
      `\\b(${oneOf('this', 'last', 'next', 'in', 'during')})\\s+(?:the\\s+)?(spring|summer|autumn|fall|winter)(?:\\s+of\\s+${YEAR})?\\b`,
      'g',
    ),
    resolve: (m, ref, tense) => {
      const [first, last] = SEASONS[m[2]!]!;
      if (m[3] !== undefined) return monthsRange(Number(m[3]), first, last);
      if (ref === null || ref.month === null) return null;
      const word = m[1]!.toLowerCase();
      const current = ref.month < 3 ? ref.year - 1 : ref.year; // winter belongs to its December
      const inSeason =
        (ref.month >= first && ref.month <= last) || (first === 12 && ref.month <= 2);
      let year = ref.year;
      if (word === 'this' || word === 'in' || word === 'during') {
        year = inSeason ? current : tense === 'past' && ref.month < first ? ref.year - 1 : ref.year;
        if (!inSeason && tense !== 'past' && ref.month > last) year = ref.year + 1;
      }
      if (word === 'last') year = inSeason || ref.month < first ? current - 1 : ref.year;
      if (word === 'next') year = inSeason || ref.month > last ? current + 1 : ref.year;
      return monthsRange(year, first, last);
    },
  },
  // the first quarter of 2021, Q3 2020
  {
    pattern: new RegExp(
      `\\b(?:${w('the')} (first|second|third|fourth) quarter of|Q([1-4]))\\s+${YEAR}\\b`,
      'g',
    ),
    resolve: (m) => {
      const q =
        m[2] !== undefined
          ? Number(m[2])
          : ['first', 'second', 'third', 'fourth'].indexOf(m[1]!) + 1;
      const r = monthsRange(Number(m[3]), q * 3 - 2, q * 3);
      return { ...r, precision: 'month' };
    },
  },
];

/** Words that may lead an expression without being part of its original words. */
const LEADING =
  /^(?:on|in|during|throughout|since|until|till|by|through|for|from|before|after|of)\s+/i;

export function findRuleDates(
  text: string,
  ref: Reference | null,
  tenseAt: (index: number) => Tense,
): RuleMatch[] {
  const found: RuleMatch[] = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m !== null; m = rule.pattern.exec(text)) {
      const resolved = rule.resolve(m, ref, tenseAt(m.index));
      if (resolved === null || resolved.to < resolved.from) continue;
      const lead = LEADING.exec(m[0]);
      const start = m.index + (lead === null ? 0 : lead[0].length);
      found.push({ start, end: m.index + m[0].length, ...resolved });
    }
  }
  return found;
}

/**
 * Month-and-day expressions that name no real day ("February 30", "31 April"): no date may be
 * read there, not even a rolled-over one.
 */
export function findImpossibleDates(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const patterns = [
    new RegExp(`(${MONTH_PATTERN})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+${YEAR})?`, 'g'),
    new RegExp(
      `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_PATTERN})(?:,?\\s+${YEAR})?`,
      'g',
    ),
  ];
  patterns.forEach((pattern, index) => {
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const monthName = index === 0 ? m[1]! : m[2]!;
      const dayOfMonth = Number(index === 0 ? m[2] : m[1]);
      const month = monthNumber(monthName);
      const year = m[3] !== undefined ? Number(m[3]) : 2024; // a leap year unless one is named
      if (month !== undefined && !isRealDate(year, month, dayOfMonth))
        spans.push({ start: m.index, end: m.index + m[0].length });
    }
  });
  return spans;
}
