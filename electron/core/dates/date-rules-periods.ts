import type { IsoDate } from '../../common/model/dates.ts';
import {
  addDays,
  isRealDate,
  isoOf,
  mondayOf,
  monthEnd,
  monthStart,
  shiftMonth,
} from './calendar.ts';
import { NAMED_DAY_PATTERN, namedDayIn } from './named-days.ts';
import type { Tense } from './tense.ts';

import type { Rule } from './date-patterns.ts';
import {
  MONTH_PATTERN,
  w,
  oneOf,
  monthNumber,
  refIso,
  yearForMonth,
  yearOf,
  yearForMonths,
  relativeYear,
  ORDINAL,
  precededByName,
  FISCAL,
  fiscalYear,
  day,
  SEASONS,
  monthsRange,
  FIGURE_AFTER,
  YEAR,
} from './date-patterns.ts';

/** Words of business and economic news, where "the second half" is one of the year. */
const BUSINESS =
  /\b(?:profits?|revenues?|sales|earnings|growth|econom(?:y|ic|ies)|GDP|inflation|output|production|deliveries|orders|shares|prices|results|forecasts?|outlook|demand|income|spending|investments?|rates?|markets?|exports?|imports?|budget|deficit|jobs|unemployment)\b/i;

/** The sentence (or line) of a text around an index. */
function sentenceAt(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 300), index);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  const after = text.slice(index, index + 300);
  const end = after.search(/\.\s|\n|$/);
  return before.slice(start + 1) + after.slice(0, end);
}

/** The year of the season "this", "last", "next" or "in" names (winter belongs to its December). */
function seasonYear(
  word: string,
  first: number,
  last: number,
  { year, month }: { year: number; month: number },
  tense: Tense,
): number {
  const current = month < 3 ? year - 1 : year;
  const inSeason = (month >= first && month <= last) || (first === 12 && month <= 2);
  // "last summer" is the latest one that has ended, "next summer" the first one yet to begin
  // (months counted from year 0; a winter runs from its December into the next year).
  const now = year * 12 + month;
  const span = (y: number): [number, number] =>
    first === 12 ? [y * 12 + 12, (y + 1) * 12 + 2] : [y * 12 + first, y * 12 + last];
  if (word === 'last') return [year, year - 1, year - 2].find((y) => span(y)[1] < now)!;
  if (word === 'next') return [year - 1, year, year + 1].find((y) => span(y)[0] > now)!;
  if (inSeason) return current;
  if (tense === 'past' && month < first) return year - 1;
  if (tense !== 'past' && month > last) return year + 1;
  return year;
}

/** Months and years named alone, seasons, quarters, fiscal years, deadlines, ranges, named days. */
export const PERIOD_RULES: Rule[] = [
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
      // "since March" reaches back whatever the clause's tense ("rates, which have fallen since
      // March", in a sentence with "would").
      let year = yearForMonth(month, null, ref, word === 'since' ? 'past' : tense);
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
  // this spring, last summer, in the fall of 2020; "later this summer" runs from the article's
  // day to the season's end, "earlier this summer" from its start to the article's day (as
  // "later this year" does)
  {
    pattern: new RegExp(
      `\\b(${oneOf('this', 'last', 'next', 'in', 'during')}|(?:${oneOf('earlier', 'later')}) this)\\s+(?:the\\s+)?(spring|summer|autumn|fall|winter)(?:\\s+of\\s+${YEAR})?\\b`,
      'g',
    ),
    resolve: (m, ref, tense) => {
      const [first, last] = SEASONS[m[2]!]!;
      if (m[3] !== undefined) return monthsRange(Number(m[3]), first, last);
      if (ref === null || ref.month === null) return null;
      const words = m[1]!.toLowerCase().split(' ');
      const side = words.length > 1 ? words[0] : null;
      const season = monthsRange(
        seasonYear(
          words.pop()!,
          first,
          last,
          { year: ref.year, month: ref.month },
          side === 'earlier' ? 'past' : tense,
        ),
        first,
        last,
      );
      const today = refIso(ref);
      if (side === null || today === null || today < season.from || today > season.to)
        return season;
      return side === 'earlier' ? { ...season, to: today } : { ...season, from: today };
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
      // "In the second half, Hwang was booked": a half with no year is a half of a match or a
      // game, unless its sentence speaks of money, trade or the economy.
      if (half && !/year|\d/.test(m[0]) && !BUSINESS.test(sentenceAt(m.input, m.index)))
        return null;
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
  // the quarter ended March 31, the three months to June, the year ending March 2024, the year
  // to last month (inflation's usual period): the months that end there
  {
    pattern: new RegExp(
      `\\b(?:${w('the')} )?(?:(fiscal |financial )?(quarter|half|year)|(three|six|nine|twelve|3|6|9|12) months) (?:ended|ending|to|through|that ended) (?:(${MONTH_PATTERN})(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?(?:,?\\s+${YEAR})?|(last|this) month)\\b`,
      'g',
    ),
    resolve: (m, ref, tense) => {
      const months =
        m[2] !== undefined
          ? { quarter: 3, half: 6, year: 12 }[m[2] as 'quarter' | 'half' | 'year']
          : ({ three: 3, six: 6, nine: 9, twelve: 12 }[m[3]!] ?? Number(m[3]));
      if (m[7] !== undefined) {
        if (ref === null || ref.month === null) return null;
        const [y, mo] = shiftMonth(ref.year, ref.month, m[7] === 'last' ? -1 : 0);
        const [y1, m1] = shiftMonth(y, mo, 1 - months);
        return { from: monthStart(y1, m1), to: monthEnd(y, mo), precision: 'month' };
      }
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
  // between January and March, from April to June 2023, the January-March quarter, and (as
  // FORMAT.md's "X and Y") "in July and August", "in December and January"
  {
    pattern: new RegExp(
      `\\b(?:(?:${oneOf('between', 'from')}) (${MONTH_PATTERN}) (?:and|to|through|until) |(${MONTH_PATTERN})(?:[-–]| and ))(${MONTH_PATTERN})(?:,?\\s+${YEAR})?(?!\\s*\\d)`,
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
  // fiscal year 2024, FY2024, FY 2024, FY24, fiscal 2024: ending in the month the article says
  // (date-expressions.ts), else the calendar year.
  {
    pattern: new RegExp(`\\b${FISCAL}((?:19|20)\\d{2}|\\d{2})\\b(?![-–/]\\d)`, 'g'),
    resolve: (m, _ref, _tense, context) => fiscalYear(m[1]!, context.fiscalYearEnd),
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
  // by (or before) the end of the year, by the end of 2024, by the end of March, by year-end: a
  // deadline.
  // The range ends with that period; it starts at the article's date when the article comes
  // before that end (the happening is due between now and then), otherwise with the period.
  {
    pattern: new RegExp(
      `\\b(?:${w('by')}|${w('before')}) (?:the end of (?:(the|this|next|last) (year|month|week)|${YEAR}|(${MONTH_PATTERN})(?:,? ${YEAR})?|${FISCAL}((?:19|20)\\d{2}|\\d{2}))|(year|month)[- ]end)\\b`,
      'g',
    ),
    resolve: (m, ref, tense, context) => {
      let from: IsoDate;
      let to: IsoDate;
      const today = ref === null ? null : refIso(ref);
      const unit = (m[2] ?? m[7])?.toLowerCase();
      if (m[3] !== undefined) [from, to] = [isoOf(Number(m[3]), 1, 1), isoOf(Number(m[3]), 12, 31)];
      else if (m[6] !== undefined) {
        const fiscal = fiscalYear(m[6], context.fiscalYearEnd);
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
