import type { DatePrecision, IsoDate } from '../../common/model/dates.ts';
import {
  addDays,
  daysInMonth,
  isRealDate,
  isoOf,
  mondayOf,
  monthEnd,
  monthStart,
  shiftMonth,
  weekdayOf,
} from './calendar.ts';
import { NAMED_DAY_PATTERN, namedDayIn } from './named-days.ts';
import type { Tense } from './tense.ts';

/**
 * Our own rules for the date expressions that chrono-node does not read, or reads in a way that
 * does not suit a timeline: weekdays by tense, weeks, "earlier this month", "early April",
 * "mid-2020", "the 1990s", "in 2021", "in March", seasons, quarters and halves, fiscal years,
 * "by the end of", year ranges, "March 3 and 4", named days, ISO months.
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
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\b\\.?)';
const WEEKDAY_PATTERN = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b';
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
interface RuleContext {
  /** The article is about the US government: "fiscal year 2024" is the federal one. */
  usGovernment: boolean;
}

/** The year written with a date, or else the one its clause's tense gives (null without an
 * article date). */
function yearOf(
  written: string | undefined,
  month: number,
  dayOfMonth: number | null,
  ref: Reference | null,
  tense: Tense,
): number | null {
  if (written !== undefined) return Number(written);
  return ref === null ? null : yearForMonth(month, dayOfMonth, ref, tense);
}

interface Rule {
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
function yearForMonths(first: number, last: number, ref: Reference, tense: Tense): number {
  const today = refIso(ref) ?? isoOf(ref.year, ref.month ?? 1, 1);
  if (tense === 'past' && monthStart(ref.year, first) > today) return ref.year - 1;
  if (tense === 'future' && monthEnd(ref.year, last) < today) return ref.year + 1;
  return ref.year;
}

/** A year named relative to the article: "this year", "last year", "next year". */
function relativeYear(word: string, ref: Reference): number {
  const w = word.toLowerCase();
  return ref.year + (w === 'last' ? -1 : w === 'next' ? 1 : 0);
}

const ORDINAL: Record<string, number> = {
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
const DATE_LEAD =
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
const DAY_NAME_WORD =
  /^(?:Black|Bloody|Super|Cyber|Good|Holy|Ash|Palm|Easter|Maundy|Shrove|Blue|Manic|Fat|Great|Giving|Mad|Red|Dark|Blessed|Low|Whit|Plough|Trinity|Orthodox|Bad|Terrible|Tragic|Freaky|Casual|Throwback|Business|Saturday|Sunday)$/;

/** The capitalized word right before the match, if any. */
function capitalizedBefore(m: RegExpExecArray): string | null {
  return /([A-Z][\w'’-]*)\s+$/.exec(m.input.slice(Math.max(0, m.index - 40), m.index))?.[1] ?? null;
}

/** A capitalized word that introduces no date right before the match ("Audi Q3"). */
function precededByName(m: RegExpExecArray): boolean {
  const word = capitalizedBefore(m);
  return word !== null && !DATE_LEAD.test(word);
}

function inName(m: RegExpExecArray): boolean {
  const word = capitalizedBefore(m);
  if (word !== null && DAY_NAME_WORD.test(word)) return true;
  // "Saturday Morning Breakfast Cereal", "Monday Night Football": a time of day written with a
  // capital after the weekday makes a title, not a date.
  return /^\s+(?:Morning|Night|Evening|Afternoon)\b/.test(
    m.input.slice(m.index + m[0].length, m.index + m[0].length + 12),
  );
}

/** "fiscal year ", "fiscal ", "FY": what comes before a fiscal year's number. */
const FISCAL = '(?:[Ff]iscal (?:[Yy]ear )?(?:\\(FY\\) )?|FY ?)';

/**
 * A fiscal year: the US federal one (October to September) when the article is about the US
 * government; otherwise the calendar year, as companies and other governments start their
 * fiscal years in different months.
 */
function fiscalYear(
  digits: string,
  usGovernment: boolean,
): { from: IsoDate; to: IsoDate; precision: DatePrecision } {
  const year = digits.length === 2 ? 2000 + Number(digits) : Number(digits);
  if (usGovernment)
    return { from: isoOf(year - 1, 10, 1), to: isoOf(year, 9, 30), precision: 'month' };
  return { from: isoOf(year, 1, 1), to: isoOf(year, 12, 31), precision: 'year' };
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
  const p = part.toLowerCase().replace(/^the /, '');
  if (/^(early|beginning|start)/.test(p))
    return { from: isoOf(year, month, 1), to: isoOf(year, month, 10), precision: 'approximate' };
  if (/^(mid|middle)/.test(p))
    return { from: isoOf(year, month, 11), to: isoOf(year, month, 20), precision: 'approximate' };
  return { from: isoOf(year, month, 21), to: monthEnd(year, month), precision: 'approximate' };
}

function partOfYear(part: string, year: number): Omit<RuleMatch, 'start' | 'end'> {
  const p = part.toLowerCase().replace(/^the /, '');
  if (/^(early|beginning|start)/.test(p)) return monthsRange(year, 1, 4);
  if (/^(mid|middle)/.test(p)) return monthsRange(year, 5, 8);
  return monthsRange(year, 9, 12);
}

/** What a business quarter qualifies ("first-quarter profit"). */
const FIGURE_AFTER =
  /^\s+(?:net\s+)?(?:profits?|revenues?|sales|production|output|earnings|results|growth|loss(?:es)?|income|deliveries|shipments|figures|GDP|orders)\b/i;

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
      if (ref === null || (m[1] === undefined && inName(m))) return null;
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
  // this week, last week, next week, this past week; this/last/next weekend, over the weekend
  // ("this weekend" or "the weekend" in a past clause is the one just gone, in a future clause
  // the one ahead)
  {
    pattern: new RegExp(
      `\\b(?:(${oneOf('this', 'last', 'next')}|(?:${oneOf('this', 'the')}) past) (${oneOf('week', 'weekend')})|(?:${oneOf('over', 'throughout', 'during', 'at', 'on', 'for')}) the (weekend))\\b`,
      'g',
    ),
    resolve: (m, ref, tense) => {
      const today = ref === null ? null : refIso(ref);
      if (today === null) return null;
      const lead = (m[1] ?? 'this').toLowerCase();
      const word = / past$/.test(lead) ? 'last' : (lead as 'this' | 'last' | 'next');
      const monday = addDays(mondayOf(today), { this: 0, last: -7, next: 7 }[word]);
      if ((m[2] ?? m[3])!.toLowerCase() === 'weekend') {
        let saturday = addDays(monday, 5);
        if (word === 'this' && tense !== 'future' && saturday > today)
          saturday = addDays(saturday, -7);
        return { from: saturday, to: addDays(saturday, 1), precision: 'approximate' };
      }
      return { from: monday, to: addDays(monday, 6), precision: 'approximate' };
    },
  },
  // the 1991 Hajj, the 2014 protests, a 2003 interview: a year that names a happening's year
  {
    pattern: new RegExp(
      `(?<=\\b(?:${oneOf('the', 'a', 'an', 'its', 'his', 'her', 'their', 'this', 'that')}) )${YEAR}(?= (?:[A-Z]|(?:elections?|protests?|war|summit|crisis|campaign|budget|agreement|deal|attacks?|earthquake|revolution|coup|invasion|season|census|pandemic|survey|study|report|games|tournament|championship|floods?|hurricane|uprising|riots?|interview|speech|visit|trip|meeting|statement|ruling|decision|law|vote|referendum|film|album|book|paper|article|letter|poll|race|primary|convention|conference|radio|television|TV)\\b))`,
      'g',
    ),
    resolve: (m) => {
      const y = Number(m[1]);
      return { from: isoOf(y, 1, 1), to: isoOf(y, 12, 31), precision: 'year' };
    },
  },
  // this month, last month, next month
  {
    pattern: new RegExp(`\\b(${oneOf('this', 'last', 'next')}) ${w('month')}\\b`, 'g'),
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
    pattern: new RegExp(
      `(?<!\\b[Tt]he )\\b(${oneOf('this', 'last', 'next')}) ${w('year')}\\b`,
      'g',
    ),
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
      `\\b${PART}[- ]?(?:of |in )?(${MONTH_PATTERN})(?:,?\\s+${YEAR})?(?!\\s*\\d)`,
      'g',
    ),
    resolve: (m, ref, tense) => {
      const month = monthNumber(m[2]!)!;
      const year = yearOf(m[3], month, null, ref, tense);
      return year === null ? null : partOfMonth(m[1]!, year, month);
    },
  },
  // the start of the year, the end of this year, the beginning of next year ("since the start
  // of the year" runs from January 1)
  {
    pattern: new RegExp(`\\b${PART} (?:(the|this|last|next) year)\\b`, 'g'),
    resolve: (m, ref) => {
      if (ref === null) return null;
      const word = m[2]!.toLowerCase();
      const offset = word === 'last' ? -1 : word === 'next' ? 1 : 0;
      return partOfYear(m[1]!, ref.year + offset);
    },
  },
  // mid-2020, early 2021, the end of 2019
  {
    pattern: new RegExp(`\\b${PART}[- ]?(?:of |in )?${YEAR}\\b(?![-–/]\\d)`, 'g'),
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
      let year = yearForMonth(month, null, ref, tense);
      if (word === 'last') year = ref.month !== null && month < ref.month ? ref.year : ref.year - 1;
      if (word === 'next') year = ref.month !== null && month > ref.month ? ref.year : ref.year + 1;
      if (word === 'this') year = ref.year;
      return { from: monthStart(year, month), to: monthEnd(year, month), precision: 'month' };
    },
  },
  // in 2021, during 2020, in the year 2019
  {
    pattern: new RegExp(
      `\\b(?:${oneOf('in', 'during', 'throughout', 'since')})\\s+(?:the year\\s+)?${YEAR}\\b(?![-–/]\\d|\\s*(?:%|percent))`,
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
  // the first quarter of 2021, Q3 2020, the fourth quarter, Q3, the second half of the year,
  // H1 2024, last quarter: whole months, so month precision. A company's fiscal quarter ("its
  // fiscal first quarter", "fiscal Q1") is no date: its fiscal year may start in any month.
  {
    pattern: new RegExp(
      `(?<![Ff]iscal )\\b(?:${w('the')} )?(?!(?:the )?[Ff]iscal)(?:(first|second|third|fourth|1st|2nd|3rd|4th)[ -](quarter|half)|([QH])([1-4]))(?:(?:,? | of )(?:${YEAR}|${w('the')} year|(this|last|next) year))?\\b(?!-)`,
      'g',
    ),
    resolve: (m, ref, tense) => {
      // "first-quarter profit" is a business quarter; "a first-quarter touchdown", "a first-half
      // goal" are parts of a game.
      if (
        /-/.test(m[0]) &&
        (m[2] === 'half' || !FIGURE_AFTER.test(m.input.slice(m.index + m[0].length)))
      )
        return null;
      const half = m[2] === 'half' || m[3] === 'H';
      // "H1" alone is a visa or a heading, "Audi Q3" a car: only "H1 2020", and no "Q3" after a name.
      if (m[3] === 'H' && m[5] === undefined) return null;
      if (m[3] !== undefined && precededByName(m)) return null;
      const n = m[4] !== undefined ? Number(m[4]) : ORDINAL[m[1]!]!;
      if (half && n > 2) return null;
      const [first, last] = half ? [n * 6 - 5, n * 6] : [n * 3 - 2, n * 3];
      let year: number;
      if (m[5] !== undefined) year = Number(m[5]);
      else if (ref === null) return null;
      else if (m[6] !== undefined) year = relativeYear(m[6], ref);
      else year = yearForMonths(first, last, ref, tense);
      return { ...monthsRange(year, first, last), precision: 'month' };
    },
  },
  // the quarter ended March 31, the three months to June, the year ending March 2024: the months
  // that end there
  {
    pattern: new RegExp(
      `\\b(?:${w('the')} )?(?:(fiscal |financial )?(quarter|half|year)|(three|six|nine|twelve|3|6|9|12) months) (?:ended|ending|to|through|that ended) (${MONTH_PATTERN})(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?(?:,?\\s+${YEAR})?\\b`,
      'g',
    ),
    resolve: (m, ref, tense) => {
      const months =
        m[2] !== undefined
          ? { quarter: 3, half: 6, year: 12 }[m[2] as 'quarter' | 'half' | 'year']
          : ({ three: 3, six: 6, nine: 9, twelve: 12 }[m[3]!] ?? Number(m[3]));
      const month = monthNumber(m[4]!)!;
      const year = yearOf(m[6], month, null, ref, tense === 'future' ? tense : 'past');
      if (year === null) return null;
      const lastDay = m[5] === undefined ? null : Number(m[5]);
      if (lastDay !== null && !isRealDate(year, month, lastDay)) return null;
      const [y1, m1] = shiftMonth(year, month, 1 - months);
      const to = lastDay === null ? monthEnd(year, month) : isoOf(year, month, lastDay);
      return { from: monthStart(y1, m1), to, precision: 'month' };
    },
  },
  // the first nine months of the year, the first six months of 2023
  {
    pattern: new RegExp(
      `\\b${w('the')} first (three|six|nine|3|6|9) months of (?:${YEAR}|the year|(this|last) year)\\b`,
      'g',
    ),
    resolve: (m, ref) => {
      const months = { three: 3, six: 6, nine: 9 }[m[1]!] ?? Number(m[1]);
      const year =
        m[2] !== undefined ? Number(m[2]) : ref === null ? null : relativeYear(m[3] ?? 'this', ref);
      return year === null ? null : { ...monthsRange(year, 1, months), precision: 'month' };
    },
  },
  // between January and March, from April to June 2023, the January-March quarter
  {
    pattern: new RegExp(
      `\\b(?:(?:${oneOf('between', 'from')}) (${MONTH_PATTERN}) (?:and|to|through|until) |(${MONTH_PATTERN})[-–])(${MONTH_PATTERN})(?:,?\\s+${YEAR})?(?!\\s*\\d)`,
      'g',
    ),
    resolve: (m, ref, tense) => {
      const first = monthNumber((m[1] ?? m[2])!)!;
      const last = monthNumber(m[3]!)!;
      const year =
        m[4] !== undefined
          ? Number(m[4])
          : ref === null
            ? null
            : yearForMonths(first, last < first ? last + 12 : last, ref, tense);
      if (year === null) return null;
      const firstYear = last < first && m[4] !== undefined ? year - 1 : year;
      return {
        from: monthStart(firstYear, first),
        to: monthEnd(firstYear + (last < first ? 1 : 0), last),
        precision: 'month',
      };
    },
  },
  // last quarter, this quarter, next quarter
  {
    pattern: new RegExp(`\\b(${oneOf('this', 'last', 'next')}) quarter\\b`, 'g'),
    resolve: (m, ref) => {
      if (ref === null || ref.month === null) return null;
      const offset = { this: 0, last: -3, next: 3 }[
        m[1]!.toLowerCase() as 'this' | 'last' | 'next'
      ];
      const [y, mo] = shiftMonth(ref.year, ref.month - ((ref.month - 1) % 3), offset);
      return { ...monthsRange(y, mo, mo + 2), precision: 'month' };
    },
  },
  // fiscal year 2024, FY2024, FY 2024, FY24, fiscal 2024: the US federal year (October to
  // September) when the article is about the US government; otherwise the calendar year, as
  // companies and other governments start their fiscal years in different months.
  {
    pattern: new RegExp(`\\b${FISCAL}((?:19|20)\\d{2}|\\d{2})\\b(?![-–/]\\d)`, 'g'),
    resolve: (m, _ref, _tense, context) => fiscalYear(m[1]!, context.usGovernment),
  },
  // the week of March 7: the Monday..Sunday week that holds that day
  {
    pattern: new RegExp(
      `\\b${w('the')} week of (${MONTH_PATTERN})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+${YEAR})?`,
      'g',
    ),
    resolve: (m, ref, tense) => {
      const month = monthNumber(m[1]!)!;
      const dayOfMonth = Number(m[2]);
      const year = yearOf(m[3], month, dayOfMonth, ref, tense);
      if (year === null || !isRealDate(year, month, dayOfMonth)) return null;
      const monday = mondayOf(isoOf(year, month, dayOfMonth));
      return { from: monday, to: addDays(monday, 6), precision: 'approximate' };
    },
  },
  // by the end of the year, by the end of 2024, by the end of March, by year-end: a deadline.
  // The range ends with that period; it starts at the article's date when the article comes
  // before that end (the happening is due between now and then), otherwise with the period.
  {
    pattern: new RegExp(
      `\\b${w('by')} (?:the end of (?:(the|this|next|last) (year|month|week)|${YEAR}|(${MONTH_PATTERN})(?:,? ${YEAR})?|${FISCAL}((?:19|20)\\d{2}|\\d{2}))|(year|month)[- ]end)\\b`,
      'g',
    ),
    resolve: (m, ref, tense, context) => {
      let from: IsoDate;
      let to: IsoDate;
      const today = ref === null ? null : refIso(ref);
      const unit = (m[2] ?? m[7])?.toLowerCase();
      if (m[3] !== undefined) [from, to] = [isoOf(Number(m[3]), 1, 1), isoOf(Number(m[3]), 12, 31)];
      else if (m[6] !== undefined) {
        const fiscal = fiscalYear(m[6], context.usGovernment);
        [from, to] = [fiscal.from, fiscal.to];
      } else if (m[4] !== undefined) {
        const month = monthNumber(m[4])!;
        const year = yearOf(m[5], month, null, ref, tense);
        if (year === null) return null;
        [from, to] = [monthStart(year, month), monthEnd(year, month)];
      } else {
        if (ref === null || today === null) return null;
        const word = (m[1] ?? 'this').toLowerCase();
        const offset = word === 'next' ? 1 : word === 'last' ? -1 : 0;
        if (unit === 'year')
          [from, to] = [isoOf(ref.year + offset, 1, 1), isoOf(ref.year + offset, 12, 31)];
        else if (unit === 'month') {
          const [y, mo] = shiftMonth(ref.year, ref.month!, offset);
          [from, to] = [monthStart(y, mo), monthEnd(y, mo)];
        } else {
          from = addDays(mondayOf(today), offset * 7);
          to = addDays(from, 6);
        }
      }
      if (today !== null && today <= to) from = today;
      return { from, to, precision: 'approximate' };
    },
  },
  // 2019-2021, 2019–21, from 2019 to 2021, between 2019 and 2021, in 1997 and 1998 (years in a
  // row; "in 1997 and 2003" are two dates)
  {
    pattern: new RegExp(
      `\\b(?:(${oneOf('from', 'between', 'in', 'during')}) )?${YEAR}(?:\\s*[-–]\\s*|\\s+(to|through|until|and)\\s+)((?:1[89]|20)?\\d{2})\\b(?![-–/]\\d|\\s*(?:%|percent)|\\s+(?:people|troops|soldiers|residents|refugees|migrants|cases|deaths|votes|members|seats|jobs|workers|students|children|homes|vehicles|units|dollars|euros|tonnes|tons|barrels|miles|kilometres|kilometers|metres|meters|feet)\\b)`,
      'g',
    ),
    resolve: (m) => {
      const lead = m[1]?.toLowerCase();
      const joint = m[3]?.toLowerCase();
      const first = Number(m[2]);
      const tail = m[4]!;
      const last = tail.length === 2 ? Math.floor(first / 100) * 100 + Number(tail) : Number(tail);
      if (last <= first || last - first > 100) return null;
      if (joint === 'and' && lead !== 'between' && last !== first + 1) return null;
      if (joint === 'and' && lead !== 'between' && lead !== 'in' && lead !== 'during') return null;
      if (joint !== undefined && joint !== 'and' && lead === 'between') return null;
      return { from: isoOf(first, 1, 1), to: isoOf(last, 12, 31), precision: 'year' };
    },
  },
  // March 3 and 4, 3 and 4 March: one range
  {
    pattern: new RegExp(
      `\\b(?:(${MONTH_PATTERN})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+and\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+and\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_PATTERN}))\\b(?!\\s*\\d)(?:,?\\s+${YEAR})?`,
      'g',
    ),
    resolve: (m, ref, tense) => {
      const month = monthNumber((m[1] ?? m[6])!)!;
      const a = Number(m[2] ?? m[4]);
      const b = Number(m[3] ?? m[5]);
      if (b <= a) return null;
      const year = yearOf(m[7], month, a, ref, tense);
      if (year === null || !isRealDate(year, month, b)) return null;
      return { from: isoOf(year, month, a), to: isoOf(year, month, b), precision: 'day' };
    },
  },
  // February 6 this year, March 3 last year, Waitangi Day-February 6-this year
  {
    pattern: new RegExp(
      `\\b(${MONTH_PATTERN})\\s+(\\d{1,2})(?:st|nd|rd|th)?[\\s,–—-]+(${oneOf('this', 'last', 'next')}) ${w('year')}\\b`,
      'g',
    ),
    resolve: (m, ref) => {
      if (ref === null) return null;
      const month = monthNumber(m[1]!)!;
      const dayOfMonth = Number(m[2]);
      const year = relativeYear(m[3]!, ref);
      return isRealDate(year, month, dayOfMonth) ? day(isoOf(year, month, dayOfMonth)) : null;
    },
  },
  // Christmas, New Year's Day, Good Friday, Thanksgiving 2020: the day the calendar fixes. Only
  // where the name is a date ("on Christmas Day", "Easter 2021"), not part of another name
  // ("Good Friday Agreement", "Christmas Island").
  {
    pattern: new RegExp(`\\b${NAMED_DAY_PATTERN}(?:,?\\s+${YEAR})?\\b(?!\\s+[A-Z])`, 'g'),
    resolve: (m, ref, tense) => {
      const name = m[0].replace(/,?\s+\d{4}$/, '');
      const before = m.input.slice(Math.max(0, m.index - 12), m.index);
      const dated =
        m[1] !== undefined ||
        /\s(?:Day|Eve|Sunday|Monday|Friday|Thursday|Wednesday)$/i.test(name) ||
        /\b(?:on|at|before|after|since|until|till|by|over|during|this|last|next|from|through|around)\s+(?:the\s+)?$/i.test(
          before,
        );
      if (!dated) return null;
      if (m[1] !== undefined) {
        const date = namedDayIn(name, Number(m[1]));
        return date === null ? null : day(date);
      }
      if (ref === null) return null;
      const thisYear = namedDayIn(name, ref.year);
      if (thisYear === null) return null;
      const [, mo, d] = thisYear.split('-').map(Number);
      const date = namedDayIn(name, yearForMonth(mo!, d!, ref, tense));
      return date === null ? null : day(date);
    },
  },
];

/** Words that show an article is about the US government (for its fiscal years). */
const US_GOVERNMENT =
  /\b(?:Congress|congressional|Pentagon|White House|State Department|Department of (?:State|Defense|Homeland Security|the Treasury|Energy|Justice|Agriculture|Education|Health and Human Services|Veterans Affairs|Transportation|Commerce|Labor|the Interior)|Office of Management and Budget|federal (?:budget|government|agencies|agency|spending|funding)|U\.?S\.? (?:government|Army|Navy|Air Force|military)|USAID|appropriations?)\b/;

/** Words that may lead an expression without being part of its original words. */
const LEADING =
  /^(?:on|in|during|throughout|over|since|until|till|through|for|before|after|of|by(?!\s+(?:the end|year|month)))\s+/i;

export function findRuleDates(
  text: string,
  ref: Reference | null,
  tenseAt: (index: number) => Tense,
): RuleMatch[] {
  const found: RuleMatch[] = [];
  const context: RuleContext = { usGovernment: US_GOVERNMENT.test(text) };
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m !== null; m = rule.pattern.exec(text)) {
      const resolved = rule.resolve(m, ref, tenseAt(m.index), context);
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
