import { describe, expect, it } from 'vitest';
import { governingDate } from '../../electron/core/dates/governing-date.ts';
import { easterOf } from '../../electron/core/dates/named-days.ts';
import { findDates } from '../../electron/core/dates/resolve-date.ts';

/**
 * The conventions of docs/EVAL.md ("Conventions for relative dates") and issue 16:
 * each case is [text, publication date, words read, start, end].
 */
type Case = [string, string, string, string, string];

function dates(text: string, published: string): [string, string, string][] {
  return findDates(text, published).map((d) => [d.range.text, d.range.start, d.range.end]);
}

function check([text, published, words, start, end]: Case): void {
  expect(dates(text, published)).toEqual([[words, start, end]]);
}

// 2021-03-18 is a Thursday.
describe('a weekday by the tense of its clause', () => {
  it.each<Case>([
    ['They met on Tuesday.', '2021-03-18', 'Tuesday', '2021-03-16', '2021-03-16'],
    ['She will travel on Tuesday.', '2021-03-18', 'Tuesday', '2021-03-23', '2021-03-23'],
    [
      'On Wednesday, he and his father are to travel to New York.',
      '2015-09-22',
      'Wednesday',
      '2015-09-23',
      '2015-09-23',
    ],
    // the fronted weekday goes with the main verb, not with a later "would"
    [
      'On Tuesday, the government announced a process, and citizens would prefer a new flag.',
      '2015-05-07',
      'Tuesday',
      '2015-05-05',
      '2015-05-05',
    ],
    ['Last Friday, they met.', '2021-03-19', 'Last Friday', '2021-03-12', '2021-03-12'],
    ['They will meet next Monday.', '2021-03-18', 'next Monday', '2021-03-22', '2021-03-22'],
  ])('%s (%s)', (...c) => check(c));
});

describe('relative days, weeks, months and years', () => {
  it.each<Case>([
    ['It happens today.', '2021-03-18', 'today', '2021-03-18', '2021-03-18'],
    ['They meet this week.', '2021-03-18', 'this week', '2021-03-15', '2021-03-21'],
    ['They met last week.', '2021-03-18', 'last week', '2021-03-08', '2021-03-14'],
    ['They will meet next week.', '2021-03-18', 'next week', '2021-03-22', '2021-03-28'],
    [
      'They met the week of March 7.',
      '2022-03-10',
      'the week of March 7',
      '2022-03-07',
      '2022-03-13',
    ],
    [
      'He was a guest at the fair this weekend.',
      '2015-09-22',
      'this weekend',
      '2015-09-19',
      '2015-09-20',
    ],
    [
      'He will be a guest at the fair this weekend.',
      '2015-09-22',
      'this weekend',
      '2015-09-26',
      '2015-09-27',
    ],
    [
      'The plant will open later this year.',
      '2021-03-18',
      'later this year',
      '2021-03-18',
      '2021-12-31',
    ],
    [
      'Last Year over 4 million visitors came.',
      '2007-03-05',
      'Last Year',
      '2006-01-01',
      '2006-12-31',
    ],
    [
      "Next year's contest is in Mexico City.",
      '2017-07-21',
      'Next year',
      '2018-01-01',
      '2018-12-31',
    ],
    [
      'Mr Key spoke on Waitangi Day-February 6-this year.',
      '2015-05-07',
      'February 6-this year',
      '2015-02-06',
      '2015-02-06',
    ],
  ])('%s (%s)', (...c) => check(c));
});

describe('weekends, past weeks and years that name an event', () => {
  it.each<Case>([
    [
      'The championship ran throughout the weekend.',
      '2016-09-07',
      'the weekend',
      '2016-09-03',
      '2016-09-04',
    ],
    ['They will meet over the weekend.', '2016-09-07', 'the weekend', '2016-09-10', '2016-09-11'],
    [
      'This past week marked the opening.',
      '2014-01-28',
      'This past week',
      '2014-01-20',
      '2014-01-26',
    ],
    [
      'The worst stampede was during the 1991 Hajj.',
      '2006-01-12',
      '1991',
      '1991-01-01',
      '1991-12-31',
    ],
    [
      'In a 2003 interview with the press, he compared the two.',
      '2012-03-15',
      '2003',
      '2003-01-01',
      '2003-12-31',
    ],
    [
      'In 1997 and 1998, she worked on the ship.',
      '2015-05-07',
      '1997 and 1998',
      '1997-01-01',
      '1998-12-31',
    ],
    // a time word before the date does not hide it; a weekday before a date is that date
    [
      'Opening night, January 23, 2014, drew crowds.',
      '2014-01-28',
      'January 23, 2014',
      '2014-01-23',
      '2014-01-23',
    ],
    [
      'They met Monday night, January 20.',
      '2014-01-28',
      'Monday night, January 20',
      '2014-01-20',
      '2014-01-20',
    ],
  ])('%s (%s)', (...c) => check(c));

  it('keeps a count that is no year', () => {
    expect(dates('The 2000 delegates met.', '2014-01-28')).toEqual([]);
  });
});

describe('parts of a month or year', () => {
  it.each<Case>([
    [
      'Voters would then choose early in 2016.',
      '2015-05-07',
      'early in 2016',
      '2016-01-01',
      '2016-04-30',
    ],
    ['They met in early April.', '2015-05-07', 'early April', '2015-04-01', '2015-04-10'],
    ['It ended in mid-2020.', '2021-03-18', 'mid-2020', '2020-05-01', '2020-08-31'],
    // the rest of the season from the article's day, as "later this year"
    [
      'He is expected to assume his duties later this summer.',
      '2022-07-10',
      'later this summer',
      '2022-07-10',
      '2022-08-31',
    ],
    [
      'Talks stalled earlier this summer.',
      '2022-07-10',
      'earlier this summer',
      '2022-06-01',
      '2022-07-10',
    ],
  ])('%s (%s)', (...c) => check(c));
});

describe('"since", ranges and "X and Y"', () => {
  it.each<Case>([
    [
      'Prices have risen since May 2020.',
      '2021-03-18',
      'since May 2020',
      '2020-05-01',
      '2021-03-18',
    ],
    ['Prices have risen since 2019.', '2021-03-18', 'since 2019', '2019-01-01', '2021-03-18'],
    [
      'Gold has gained 8% since the start of the year.',
      '2026-04-08',
      'since the start of the year',
      '2026-01-01',
      '2026-04-08',
    ],
    ['They met on March 3 and 4.', '2021-03-18', 'March 3 and 4', '2021-03-03', '2021-03-04'],
    ['They met on 3 and 4 March.', '2021-03-18', '3 and 4 March', '2021-03-03', '2021-03-04'],
    [
      'They met on Monday and Tuesday.',
      '2021-03-18',
      'Monday and Tuesday',
      '2021-03-15',
      '2021-03-16',
    ],
    [
      'Talks ran from March 3 to March 5.',
      '2021-03-18',
      'March 3 to March 5',
      '2021-03-03',
      '2021-03-05',
    ],
    [
      'Talks ran between March 3 and March 5.',
      '2021-03-18',
      'between March 3 and March 5',
      '2021-03-03',
      '2021-03-05',
    ],
    ['Talks ran March 3-5.', '2021-03-18', 'March 3-5', '2021-03-03', '2021-03-05'],
    [
      'It grew between 2019 and 2021.',
      '2021-03-18',
      'between 2019 and 2021',
      '2019-01-01',
      '2021-12-31',
    ],
    ['From 2004 to 2009 it grew.', '2021-03-18', 'From 2004 to 2009', '2004-01-01', '2009-12-31'],
    ['It grew in 2019-21.', '2021-03-18', '2019-21', '2019-01-01', '2021-12-31'],
    [
      'The vote will be held from November 20 to December 11.',
      '2015-05-07',
      'November 20 to December 11',
      '2015-11-20',
      '2015-12-11',
    ],
    [
      'The referendum is to be held from November 20 to December 11.',
      '2015-05-07',
      'November 20 to December 11',
      '2015-11-20',
      '2015-12-11',
    ],
    ['The law passed in March.', '2021-03-18', 'March', '2021-03-01', '2021-03-31'],
    ['The law passed in 2020.', '2021-03-18', '2020', '2020-01-01', '2020-12-31'],
  ])('%s (%s)', (...c) => check(c));

  it('reads a range told with a verb, and a date after a place name', () => {
    check([
      'The hearings begin June 9 and run through June 23.',
      '2022-06-16',
      'June 9 and run through June 23',
      '2022-06-09',
      '2022-06-23',
    ]);
    check([
      'Blinken will travel to Germany June 23-25.',
      '2022-06-16',
      'June 23-25',
      '2022-06-23',
      '2022-06-25',
    ]);
  });

  it('keeps two days far apart as two dates', () => {
    expect(dates('They met on March 3 and March 10.', '2021-03-18')).toHaveLength(2);
  });
});

describe('a month and day without a year', () => {
  it.each<Case>([
    ['He will visit on March 3.', '2021-02-10', 'March 3', '2021-03-03', '2021-03-03'],
    ['He visited on March 3.', '2021-02-10', 'March 3', '2020-03-03', '2020-03-03'],
    ['A summit on March 3 in Geneva.', '2021-02-10', 'March 3', '2021-03-03', '2021-03-03'],
    // "set to" is a plan even though "has planned" comes earlier in the sentence
    [
      'The project has planned roadshows, with the first meeting set to take place on May 16.',
      '2015-05-07',
      'May 16',
      '2015-05-16',
      '2015-05-16',
    ],
    // the nearest verb decides, not a "will" of another clause
    [
      'The broadcasts began on August 10 and the South says they will continue.',
      '2015-08-21',
      'August 10',
      '2015-08-10',
      '2015-08-10',
    ],
    // a plan reported in the past tense is still ahead ("July 7-8" read as last year's, issue 16)
    [
      'The two discussed preparations for the NATO Summit in The Hague on July 7-8.',
      '2028-04-11',
      'July 7-8',
      '2028-07-07',
      '2028-07-08',
    ],
    [
      "He welcomed Chile's decision to host a conference on water in Santiago on June 9.",
      '2027-02-03',
      'June 9',
      '2027-06-09',
      '2027-06-09',
    ],
  ])('%s (%s)', (...c) => check(c));
});

describe('the tense of the date, not of its neighbours', () => {
  it.each<Case>([
    // "forced" is an adjective; the plan's "will" is in the sentence's first half
    [
      'The delegation will deepen cooperation on forced displacement, and lay the groundwork for a summit in June.',
      '2022-04-19',
      'June',
      '2022-06-01',
      '2022-06-30',
    ],
    // an aim looks forward even when reported in the past
    [
      'He underscored the need for leaders to make preparations to ensure elections in December.',
      '2021-07-26',
      'December',
      '2021-12-01',
      '2021-12-31',
    ],
    // a month that has begun is this year's, even in a past clause
    ['The talks held in June were useful.', '2021-06-03', 'June', '2021-06-01', '2021-06-30'],
    [
      'It aims to share 80 million doses by the end of June.',
      '2021-06-03',
      'by the end of June',
      '2021-06-03',
      '2021-06-30',
    ],
    [
      'It was introduced at the beginning of April.',
      '2022-05-17',
      'the beginning of April',
      '2022-04-01',
      '2022-04-10',
    ],
  ])('%s (%s)', (...c) => check(c));

  it.each([
    // narrative time counts from the story, not from the article
    'They met again a week later.',
    'Two days earlier, they had met.',
    'They returned home the next year.',
    // month abbreviations only as whole words
    'Aid stalled in Mariupol and in Marib.',
    'Take a question from Janne Pak.',
  ])('no date in %s', (text) => {
    expect(dates(text, '2022-03-18')).toEqual([]);
  });
});

describe('quarters and halves', () => {
  it.each<Case>([
    [
      'Sales rose in the first quarter of 2024.',
      '2024-05-02',
      'the first quarter of 2024',
      '2024-01-01',
      '2024-03-31',
    ],
    ['Sales rose in Q3.', '2024-11-05', 'Q3', '2024-07-01', '2024-09-30'],
    ['Sales rose in Q3 2020.', '2024-11-05', 'Q3 2020', '2020-07-01', '2020-09-30'],
    [
      'Sales will rise in the second half of the year.',
      '2024-05-02',
      'the second half of the year',
      '2024-07-01',
      '2024-12-31',
    ],
    ['Sales rose in H1 2020.', '2024-05-02', 'H1 2020', '2020-01-01', '2020-06-30'],
    // a quarter after the article's date in a past clause is last year's
    [
      'Sales fell in the fourth quarter.',
      '2024-02-10',
      'the fourth quarter',
      '2023-10-01',
      '2023-12-31',
    ],
    [
      'Sales will rise in the fourth quarter.',
      '2024-02-10',
      'the fourth quarter',
      '2024-10-01',
      '2024-12-31',
    ],
    ['Sales rose last quarter.', '2024-02-10', 'last quarter', '2023-10-01', '2023-12-31'],
    // "first-quarter profit": a business quarter written as an adjective
    [
      'Its first-quarter profit rose 9%.',
      '2026-04-08',
      'first-quarter',
      '2026-01-01',
      '2026-03-31',
    ],
  ])('%s (%s)', (...c) => check(c));

  it('reads no quarter or half of a game', () => {
    expect(
      dates('He scored a first-quarter touchdown and a first-half goal.', '2026-04-08'),
    ).toEqual([]);
  });
});

describe('business periods', () => {
  it.each<Case>([
    [
      'Revenue rose 12% in the quarter ended March 31.',
      '2024-05-02',
      'the quarter ended March 31',
      '2024-01-01',
      '2024-03-31',
    ],
    [
      'Profit fell in the three months to March.',
      '2024-05-02',
      'the three months to March',
      '2024-01-01',
      '2024-03-31',
    ],
    [
      'For the year ending March 2024, revenue was flat.',
      '2024-05-02',
      'the year ending March 2024',
      '2023-04-01',
      '2024-03-31',
    ],
    [
      'In the first nine months of the year, sales grew.',
      '2024-11-02',
      'the first nine months of the year',
      '2024-01-01',
      '2024-09-30',
    ],
    [
      'The January-March quarter was weak.',
      '2024-05-02',
      'January-March',
      '2024-01-01',
      '2024-03-31',
    ],
    // the twelve months that end with last month (how inflation is reported)
    [
      'Food prices jumped 11% in the year to last month.',
      '2027-09-20',
      'the year to last month',
      '2026-09-01',
      '2027-08-31',
    ],
    [
      'Consumer prices rose 3.1% in the 12 months to this month.',
      '2027-01-15',
      'the 12 months to this month',
      '2026-02-01',
      '2027-01-31',
    ],
    [
      'From November to February, exports fell.',
      '2024-05-02',
      'From November to February',
      '2023-11-01',
      '2024-02-29',
    ],
    // the day after a reporting verb dates the report, not what was reported
    [
      'Samsung said on Tuesday it would invest.',
      '2024-05-02',
      'Tuesday',
      '2024-04-30',
      '2024-04-30',
    ],
  ])('%s (%s)', (...c) => check(c));
});

describe('"by the end of X": the range ends with X, from the article date when it comes first', () => {
  it.each<Case>([
    [
      'It will be done by the end of the year.',
      '2021-03-18',
      'by the end of the year',
      '2021-03-18',
      '2021-12-31',
    ],
    // "before the end of" is the same deadline
    [
      'Yerevan would sign the deal before the end of the year.',
      '2026-11-27',
      'before the end of the year',
      '2026-11-27',
      '2026-12-31',
    ],
    [
      'It will be done by the end of March.',
      '2021-03-18',
      'by the end of March',
      '2021-03-18',
      '2021-03-31',
    ],
    [
      'It will be done by the end of 2025.',
      '2021-03-18',
      'by the end of 2025',
      '2021-03-18',
      '2025-12-31',
    ],
    [
      'It was done by the end of 2019.',
      '2021-03-18',
      'by the end of 2019',
      '2019-01-01',
      '2019-12-31',
    ],
    [
      'The backlog is to be cleared by year end.',
      '2023-02-23',
      'by year end',
      '2023-02-23',
      '2023-12-31',
    ],
    [
      'The Pentagon will field the rest by the end of fiscal 2027.',
      '2026-03-10',
      'by the end of fiscal 2027',
      '2026-03-10',
      '2027-09-30',
    ],
    [
      'Acme will ship the rest by the end of FY26.',
      '2026-03-10',
      'by the end of FY26',
      '2026-03-10',
      '2026-12-31',
    ],
  ])('%s (%s)', (...c) => check(c));
});

describe('named days', () => {
  it.each<Case>([
    ["They met on New Year's Day.", '2021-03-18', "New Year's Day", '2021-01-01', '2021-01-01'],
    ['They met on Christmas Day.', '2021-03-18', 'Christmas Day', '2020-12-25', '2020-12-25'],
    ['They will meet at Christmas.', '2021-03-18', 'Christmas', '2021-12-25', '2021-12-25'],
    ['They met on the Fourth of July.', '2021-08-18', 'Fourth of July', '2021-07-04', '2021-07-04'],
    ['They marched on Good Friday.', '2021-04-20', 'Good Friday', '2021-04-02', '2021-04-02'],
    [
      'They will meet after Thanksgiving 2022.',
      '2021-03-18',
      'Thanksgiving 2022',
      '2022-11-24',
      '2022-11-24',
    ],
  ])('%s (%s)', (...c) => check(c));

  it('computes Easter', () => {
    expect([2021, 2024, 2025].map(easterOf)).toEqual(['2021-04-04', '2024-03-31', '2025-04-20']);
  });
});

describe('fiscal years', () => {
  it('reads the US federal year where the article is about the US government', () => {
    check([
      'Congress cut funds for fiscal year 2024.',
      '2023-05-02',
      'fiscal year 2024',
      '2023-10-01',
      '2024-09-30',
    ]);
    check([
      'The Pentagon asked for more in FY2024.',
      '2023-05-02',
      'FY2024',
      '2023-10-01',
      '2024-09-30',
    ]);
  });

  it("gives a company's fiscal quarter no date: its fiscal year may start in any month", () => {
    expect(dates('Revenue in its fiscal first quarter rose 13%.', '2023-10-26')).toEqual([]);
    expect(dates('Revenue in fiscal Q1 rose.', '2023-10-26')).toEqual([]);
  });

  it('reads the calendar year where the article does not say whose fiscal year', () => {
    check([
      'The retailer expects growth in fiscal 2024.',
      '2023-05-02',
      'fiscal 2024',
      '2024-01-01',
      '2024-12-31',
    ]);
  });
});

describe('never a date inside a name', () => {
  it.each([
    'April Ryan asked a question.',
    'June Smith spoke to the press.',
    'Theresa May spoke to the press.',
    'Black Monday hit the markets.',
    'Bloody Sunday is remembered.',
    'The Good Friday Agreement holds.',
    'Christmas Island is remote.',
    'They recalled the March on Washington.',
    'Audi Q3 sales rose.',
    'The H1 visa program grew.',
    'Between 1990 and 2000 people died.',
  ])('%s', (text) => {
    expect(dates(text, '2021-03-18')).toEqual([]);
  });

  it('still reads the date next to the name', () => {
    expect(
      dates('June Smith said on Monday that Theresa May resigned in May.', '2021-03-18'),
    ).toEqual([
      ['Monday', '2021-03-15', '2021-03-15'],
      ['May', '2020-05-01', '2020-05-31'],
    ]);
  });
});

describe('"recently" is undated', () => {
  it('finds no date and gives the happening none', () => {
    const text = 'Thailand has recently cracked down on trafficking.';
    expect(findDates(text, '2015-05-18')).toEqual([]);
    const other = 'On Monday, the ministry said the two had recently met in Geneva.';
    const at = other.indexOf('met');
    const found = findDates(other, '2015-05-18');
    expect(
      governingDate(other, found, { start: 0, end: other.length }, { start: at, end: at + 3 }),
    ).toBeNull();
  });
});
