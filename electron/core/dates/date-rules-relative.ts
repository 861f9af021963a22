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
import type { Rule } from './date-patterns.ts';
import {
  WEEKDAYS,
  MONTH_PATTERN,
  WEEKDAY_PATTERN,
  w,
  oneOf,
  monthNumber,
  refIso,
  yearOf,
  inName,
  day,
  weekdayFrom,
  partOfMonth,
  partOfYear,
  PART,
  YEAR,
} from './date-patterns.ts';

/** Days, weeks, months and years named from the article's date, parts of months and years. */
export const RELATIVE_RULES: Rule[] = [
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
  // yesterday, today, tonight, tomorrow; this morning (afternoon, evening) is today, last night
  // yesterday's (not "his last night in Paris", "the last night of the festival")
  {
    pattern: new RegExp(
      `\\b(?:${oneOf('yesterday', 'today', 'tonight', 'tomorrow')}|${w('this')} (?:morning|afternoon|evening)|(?<!\\b(?:${oneOf('the', 'his', 'her', 'their', 'its', 'our', 'my', 'your')}) )${w('last')} night(?! of\\b))\\b`,
      'g',
    ),
    resolve: (m, ref) => {
      const today = ref === null ? null : refIso(ref);
      if (today === null) return null;
      const word = m[0].toLowerCase();
      const back = word === 'yesterday' || word === 'last night';
      return day(addDays(today, back ? -1 : word === 'tomorrow' ? 1 : 0));
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
  // in the week to Sunday, the seven days ending Friday: the week that ends on the latest such day
  {
    pattern: new RegExp(
      `\\b(?:${w('the')} )?(?:week|seven days) (?:to|ending|ended|through) (?:on |last )?(${WEEKDAY_PATTERN})`,
      'g',
    ),
    resolve: (m, ref) => {
      const end =
        ref === null ? null : weekdayFrom(ref, WEEKDAYS[m[1]!.toLowerCase()]!, 'bare', 'past');
      return end === null ? null : { from: addDays(end, -6), to: end, precision: 'day' };
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
];
