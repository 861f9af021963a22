import { describe, expect, it } from 'vitest';
import { findDates, resolveDateText } from '../../electron/core/dates/resolve-date.ts';
import { DateRangeSchema } from '../../electron/common/model/date-range.ts';

/** The one date in `text`, as [start, end, precision]. */
function only(text: string, published: string | null = '2021-03-16'): [string, string, string] {
  const found = findDates(text, published);
  expect(found, text).toHaveLength(1);
  const { range } = found[0]!;
  return [range.start, range.end, range.precision];
}

describe('findDates in an article of Tuesday 2021-03-16', () => {
  it.each([
    ['Talks are scheduled for March 16-17.', '2021-03-16', '2021-03-17', 'day'],
    ['WASHINGTON (Sputnik - 16th March, 2021) The trip', '2021-03-16', '2021-03-16', 'day'],
    ['Last Friday, Biden attended a summit.', '2021-03-12', '2021-03-12', 'day'],
    ['They met on Tuesday.', '2021-03-16', '2021-03-16', 'day'],
    ['They will meet on Tuesday.', '2021-03-16', '2021-03-16', 'day'],
    ['They met on Thursday.', '2021-03-11', '2021-03-11', 'day'],
    ['They will meet on Thursday.', '2021-03-18', '2021-03-18', 'day'],
    ['She will visit next week.', '2021-03-22', '2021-03-28', 'approximate'],
    ['He resigned earlier this month.', '2021-03-01', '2021-03-16', 'approximate'],
    ['The law passed in 2021.', '2021-01-01', '2021-12-31', 'year'],
    ['The law passed in March 2021.', '2021-03-01', '2021-03-31', 'month'],
    ['The law passed in March.', '2021-03-01', '2021-03-31', 'month'],
    ['It happened yesterday.', '2021-03-15', '2021-03-15', 'day'],
    ['It happens today.', '2021-03-16', '2021-03-16', 'day'],
    ['It happens tomorrow.', '2021-03-17', '2021-03-17', 'day'],
    ['They meet this week.', '2021-03-15', '2021-03-21', 'approximate'],
    ['They met last month.', '2021-02-01', '2021-02-28', 'month'],
    ['They meet next year.', '2022-01-01', '2022-12-31', 'year'],
    ['They meet in early April.', '2021-04-01', '2021-04-10', 'approximate'],
    ['It ended in mid-2020.', '2020-05-01', '2020-08-31', 'approximate'],
    ['It began in the 1990s.', '1990-01-01', '1999-12-31', 'year'],
    ['They met in Geneva on Jan. 5.', '2021-01-05', '2021-01-05', 'day'],
    ['From March 30 to April 2 they will tour.', '2021-03-30', '2021-04-02', 'day'],
    ['From March 30 to April 2 they toured.', '2020-03-30', '2020-04-02', 'day'],
    ['They met on March 18.', '2021-03-18', '2021-03-18', 'day'],
    ['It was signed two days ago.', '2021-03-14', '2021-03-14', 'day'],
    ['The record is dated 2021-03.', '2021-03-01', '2021-03-31', 'month'],
    ['They met at 5 p.m. on March 10.', '2021-03-10', '2021-03-10', 'day'],
  ])('%s', (text, start, end, precision) => {
    expect(only(text)).toEqual([start, end, precision]);
  });

  it('keeps the original words and their offsets', () => {
    const text = 'On March 17-18, both officials will be hosted in Seoul.';
    const [found] = findDates(text, '2021-03-16');
    expect(found).toMatchObject({ start: 3, end: 14, range: { text: 'March 17-18' } });
    expect(text.slice(found!.start, found!.end)).toBe(found!.range.text);
  });
});

describe('findDates around other publication dates', () => {
  it('places a month named without a year by the tense of its clause', () => {
    expect(only('They met on March 3.', '2022-01-20')).toEqual(['2021-03-03', '2021-03-03', 'day']);
    expect(only('They will meet on March 3.', '2022-01-20')).toEqual([
      '2022-03-03',
      '2022-03-03',
      'day',
    ]);
    expect(only('A meeting on December 28 in Geneva.', '2022-01-14')).toEqual([
      '2021-12-28',
      '2021-12-28',
      'day',
    ]);
  });

  it('crosses year boundaries for weeks and months', () => {
    expect(only('They met last week.', '2021-01-01')).toEqual([
      '2020-12-21',
      '2020-12-27',
      'approximate',
    ]);
    expect(only('They met last month.', '2021-01-15')).toEqual([
      '2020-12-01',
      '2020-12-31',
      'month',
    ]);
    expect(only('They meet next month.', '2020-12-15')).toEqual([
      '2021-01-01',
      '2021-01-31',
      'month',
    ]);
    expect(only('They met yesterday.', '2021-01-01')).toEqual(['2020-12-31', '2020-12-31', 'day']);
  });

  it('knows leap days', () => {
    expect(only('It opened tomorrow.', '2024-02-28')).toEqual(['2024-02-29', '2024-02-29', 'day']);
    expect(only('It opens tomorrow.', '2024-02-29')).toEqual(['2024-03-01', '2024-03-01', 'day']);
    expect(only('It was due on February 29, 2024.', '2024-03-05')).toEqual([
      '2024-02-29',
      '2024-02-29',
      'day',
    ]);
    expect(only('They met last month.', '2024-03-10')).toEqual([
      '2024-02-01',
      '2024-02-29',
      'month',
    ]);
  });

  it('reads "last Friday" in an article of a Friday as the Friday before', () => {
    expect(only('Last Friday, they met.', '2021-03-19')).toEqual([
      '2021-03-12',
      '2021-03-12',
      'day',
    ]);
    expect(only('They met on Friday.', '2021-03-19')).toEqual(['2021-03-19', '2021-03-19', 'day']);
  });

  it('resolves only absolute dates without a publication date', () => {
    expect(
      findDates('They met last Friday and on 16 March 2021.', null).map((d) => d.range.start),
    ).toEqual(['2021-03-16']);
  });
});

describe('what is not a date', () => {
  it.each([
    'February 30',
    'They met on February 30, 2021.',
    'It was due on February 29, 2023.',
    'The 31st of April was chosen.',
    'Under Section 7031(c) of the act.',
    'Call 555-1234 for details.',
    'The COVID-19 pandemic.',
    'They held 2+2 meetings.',
    'He served for three years.',
    'They meet every Tuesday.',
    'It takes 24 hours.',
    'The vote was 5-4.',
    'Resolution 2231 was adopted.',
    'Turnout rose 10.5 percent to 1,000 voters.',
    'Leaders may meet again.',
    'May the talks succeed.',
    'They open on Tuesdays.',
  ])('%s', (text) => {
    expect(findDates(text, '2021-03-16')).toEqual([]);
  });
});

describe('resolveDateText', () => {
  it.each([
    ['March 16-17', '2021-03-16', '2021-03-17', 'day'],
    ['2021-03', '2021-03-01', '2021-03-31', 'month'],
    ['2021', '2021-01-01', '2021-12-31', 'year'],
    ['last Friday', '2021-03-12', '2021-03-12', 'day'],
    ['on Tuesday', '2021-03-16', '2021-03-16', 'day'],
    ['in 2021', '2021-01-01', '2021-12-31', 'year'],
    ['  16 March 2021 ', '2021-03-16', '2021-03-16', 'day'],
    ['March 3 and March 4', '2021-03-03', '2021-03-04', 'day'],
    ['Christmas', '2020-12-25', '2020-12-25', 'day'], // the nearest one
    ['the fourth quarter', '2021-10-01', '2021-12-31', 'month'],
    ['since May 2020', '2020-05-01', '2021-03-16', 'month'],
    ['December 30 to January 2', '2020-12-30', '2021-01-02', 'day'],
  ])('%s', (words, start, end, precision) => {
    expect(resolveDateText(words, '2021-03-16')).toEqual({
      text: words.trim(),
      start,
      end,
      precision,
    });
  });

  it.each([
    '',
    'the meeting',
    'February 30',
    'next to the river',
    // an end before the start, impossible periods
    'March 5 to March 3',
    'March 5-3',
    'between 2021 and 2019',
    'from 2021 to 2019',
    'March 4 and 3',
    'Q5',
    'H3 2020',
    'the week of February 30',
    'the quarter ended February 30',
    'April 31 and May 1',
  ])('gives null for %j', (words) => {
    expect(resolveDateText(words, '2021-03-16')).toBeNull();
  });
});

describe('DateRangeSchema', () => {
  it('refuses an end before the start', () => {
    const result = DateRangeSchema.safeParse({
      text: 'x',
      start: '2021-03-17',
      end: '2021-03-16',
      precision: 'day',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('the end date is before the start date');
  });

  it('refuses impossible days and accepts a one-day range', () => {
    const day = { text: 'x', precision: 'day' as const };
    expect(
      DateRangeSchema.safeParse({ ...day, start: '2021-02-30', end: '2021-03-01' }).success,
    ).toBe(false);
    expect(
      DateRangeSchema.safeParse({ ...day, start: '2024-02-29', end: '2024-02-29' }).success,
    ).toBe(true);
  });
});
