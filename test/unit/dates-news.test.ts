import { describe, expect, it } from 'vitest';
import { governingDate } from '../../electron/core/dates/governing-date.ts';
import { findDates } from '../../electron/core/dates/resolve-date.ts';
import { suggestEvents } from '../../electron/core/suggest/event-candidates.ts';
import { mentionsIn } from '../support/event-mentions.ts';

/**
 * Classes of wrong dates found on news of other outlets (issue 16, branch dates8: the
 * news-dates8 and news-dates6 gold). Each case fails without its fix.
 */

function dates(text: string, published: string | null): [string, string, string][] {
  return findDates(text, published).map((d) => [d.range.text, d.range.start, d.range.end]);
}

/** The range of the date that governs `verb` in the one-sentence text, as "start..end". */
function governing(text: string, verb: string, published: string): string | null {
  const at = text.indexOf(verb);
  expect(at, verb).toBeGreaterThanOrEqual(0);
  const found = governingDate(
    text,
    findDates(text, published),
    { start: 0, end: text.length },
    { start: at, end: at + verb.length },
  );
  return found === null ? null : `${found.range.start}..${found.range.end}`;
}

// 2030-09-23 is a Monday.
describe('parts of the day: "this morning" is the article day, "last night" the one before', () => {
  it.each([
    ['Ticket sales opened this morning.', 'this morning', '2030-09-23'],
    ['The council met this afternoon.', 'this afternoon', '2030-09-23'],
    ['The minister spoke this evening.', 'this evening', '2030-09-23'],
    ['He was arrested last night.', 'last night', '2030-09-22'],
    ['Last night, the storm reached the coast.', 'Last night', '2030-09-22'],
  ])('%s', (text, words, day) => {
    expect(dates(text, '2030-09-23')).toEqual([[words, day, day]]);
  });

  it('reads no date in "his last night in Paris" or "the last night of the festival"', () => {
    expect(dates('He spent his last night in Paris.', '2030-09-23')).toEqual([]);
    expect(dates('It rained on the last night of the festival.', '2030-09-23')).toEqual([]);
  });
});

describe('fiscal years of US federal bodies named by "U.S. ... Agency" or an acronym', () => {
  it.each([
    'The city will use a grant from the U.S. Environmental Protection Agency for fiscal year 2031.',
    'The U.S. Fish and Wildlife Service asked for more money in fiscal year 2031.',
    'FEMA set aside 2 billion dollars for fiscal year 2031.',
  ])('%s', (text) => {
    expect(dates(text, '2030-04-25')).toEqual([['fiscal year 2031', '2030-10-01', '2031-09-30']]);
  });

  it('keeps the calendar year for a "U.S." name that is no government body', () => {
    expect(dates('The U.S. Open raised prize money for fiscal year 2031.', '2030-04-25')).toEqual([
      ['fiscal year 2031', '2031-01-01', '2031-12-31'],
    ]);
  });
});

// 2029-05-09 is a Wednesday, 2030-10-17 a Thursday.
describe('a reported figure is dated by its report, not by the period it measures', () => {
  it('dates "said on Tuesday that its first-quarter net profit rose 14%" on Tuesday', () => {
    const text =
      'Halvorsen Foods said on Tuesday that its first-quarter net profit rose 14% to 212 million euros.';
    expect(governing(text, 'rose', '2029-05-09')).toBe('2029-05-08..2029-05-08');
  });

  it('dates "reported on Wednesday that coral cover fell by a third between 2015 and 2025" on Wednesday', () => {
    const text =
      'Researchers reported on Wednesday that coral cover on the reef fell by a third between 2015 and 2025.';
    expect(governing(text, 'fell', '2030-10-17')).toBe('2030-10-16..2030-10-16');
  });

  it('keeps the period when the report has no date of its own, or the verb is no figure', () => {
    expect(
      governing(
        'Vardo Energi said its first-quarter production rose 9% to a record.',
        'rose',
        '2026-04-08',
      ),
    ).toBe('2026-01-01..2026-03-31');
    expect(
      governing(
        'The company said on Tuesday that it had tightened its rules in the third quarter of 2028.',
        'tightened',
        '2030-06-06',
      ),
    ).toBe('2028-07-01..2028-09-30');
  });
});

describe('of two dates as near to the verb, the one after it governs', () => {
  it('dates "Ticket sales for the derby on October 12 opened this morning" this morning', () => {
    const text = 'Ticket sales for the derby on October 12 opened this morning.';
    expect(governing(text, 'opened', '2030-09-23')).toBe('2030-09-23..2030-09-23');
  });
});

describe('a text without a publication date is dated by its dateline', () => {
  const text =
    'SAN JOSE, California, Oct. 14, 2026 (Tech Ledger) - Halvard Systems said on Wednesday it would cut 400 jobs. Rival Brightline laid off 250 engineers last month. The board approved a share buyback on Tuesday.';

  it('reads weekdays and months from the dateline day', () => {
    expect(dates(text, null)).toEqual([
      ['Oct. 14, 2026', '2026-10-14', '2026-10-14'],
      ['Wednesday', '2026-10-14', '2026-10-14'],
      ['last month', '2026-09-01', '2026-09-30'],
      ['Tuesday', '2026-10-13', '2026-10-13'],
    ]);
  });

  it('also when the publication date gives the year alone, but not against a full one', () => {
    expect(dates(text, '2026')[3]).toEqual(['Tuesday', '2026-10-13', '2026-10-13']);
    expect(dates(text, '2026-10-16')[3]).toEqual(['Tuesday', '2026-10-13', '2026-10-13']);
    expect(dates(text, '2026-10-22')[1]).toEqual(['Wednesday', '2026-10-21', '2026-10-21']);
  });
});

describe('a date in a clause of another tense does not date the verb', () => {
  it('leaves "it would cut about 400 jobs after orders slowed in the third quarter" undated', () => {
    const text = 'It would cut about 400 jobs after orders slowed in the third quarter.';
    expect(governing(text, 'cut', '2026-10-14')).toBeNull();
    expect(governing(text, 'slowed', '2026-10-14')).toBe('2026-07-01..2026-09-30');
  });

  it('gives the report\'s date to what it announces: "said on Wednesday it would cut ..."', () => {
    const text =
      'Halvard Systems said on Wednesday it would cut about 400 jobs, after orders slowed in the third quarter.';
    expect(governing(text, 'cut', '2026-10-14')).toBe('2026-10-14..2026-10-14');
  });
});

// 2022-07-15 is a Friday.
describe('a period that owns a happening is the day the text gives it', () => {
  it('reads "Next week\'s Ministerial" as the "Ministerial on July 19"', () => {
    const text =
      'The United States and Japan will jointly host a virtual COVID-19 Ministerial on July 19. Next week’s Ministerial will be another step.';
    expect(dates(text, '2022-07-15')).toEqual([
      ['July 19', '2022-07-19', '2022-07-19'],
      ['Next week', '2022-07-19', '2022-07-19'],
    ]);
  });

  it('keeps the week when the day falls outside it, or no day is given', () => {
    expect(
      dates(
        'The summit on August 30 was postponed. Next week’s summit will be short.',
        '2022-07-15',
      )[1],
    ).toEqual(['Next week', '2022-07-18', '2022-07-24']);
    expect(dates('Next week’s summit will be short.', '2022-07-15')).toEqual([
      ['Next week', '2022-07-18', '2022-07-24'],
    ]);
    // "theme" is given no day: the contest's day is not the theme's.
    expect(
      dates("This year's theme was water. The contest was held on July 18.", '2017-07-21')[0],
    ).toEqual(['This year', '2017-01-01', '2017-12-31']);
  });
});

describe('"due in <month>" looks forward, whatever the tense of the clause around it', () => {
  it.each([
    ['Customers were waiting for the X10, due in March.', 'March', '2031-03-01', '2031-03-31'],
    [
      'The board approved the plan, with a vote due on March 3.',
      'March 3',
      '2031-03-03',
      '2031-03-03',
    ],
    ['The flights were cancelled due to the storm in March.', 'March', '2030-03-01', '2030-03-31'],
  ])('%s', (text, words, start, end) => {
    expect(dates(text, '2030-10-14')).toEqual([[words, start, end]]);
  });
});

// Branch dates9 (news-held7 and news-dates9 gold). 2031-04-29 is a Tuesday.
describe('a date inside a relative clause set off by commas dates that clause, not the verb', () => {
  it.each([
    [
      'Orlen Mills, whose financial year ends on June 30, reported a loss on Tuesday.',
      'reported',
      '2031-04-29..2031-04-29',
    ],
    [
      'Brandt Steel, whose union contract expires in July, announced job cuts on Friday.',
      'announced',
      '2031-04-25..2031-04-25',
    ],
  ])('%s', (text, verb, range) => {
    expect(governing(text, verb, '2031-04-29')).toBe(range);
  });

  it('still dates the verb inside the clause by it, and the main clause without a verb', () => {
    const text = 'Marek, who joined the club in 2019, was sacked in May 2031.';
    expect(governing(text, 'joined', '2031-04-29')).toBe('2019-01-01..2019-12-31');
    expect(
      governingDate(text, findDates(text, '2031-05-30'), { start: 0, end: text.length }, null)
        ?.range.text,
    ).toBe('May 2031');
  });

  it('keeps the only date of the sentence, though it stands in the clause', () => {
    const text = 'The ministers, who met on Monday, agreed to a truce.';
    expect(governing(text, 'agreed', '2031-04-29')).toBe('2031-04-28..2031-04-28');
  });
});

describe('a fiscal year ends in the month the article says', () => {
  it.each([
    [
      'Orlen Mills, whose fiscal year ends on June 30, will shut a plant in fiscal 2032.',
      'fiscal 2032',
      '2031-07-01',
      '2032-06-30',
    ],
    [
      'The retailer, whose financial year ends in March, expects growth in fiscal year 2032.',
      'fiscal year 2032',
      '2031-04-01',
      '2032-03-31',
    ],
    [
      'The state budget for FY2032 passed. Its fiscal year begins July 1.',
      'FY2032',
      '2031-07-01',
      '2032-06-30',
    ],
    // the article's own statement wins over the federal year
    [
      'The Pentagon contractor, whose fiscal year ends in June, lost money in fiscal 2031.',
      'fiscal 2031',
      '2030-07-01',
      '2031-06-30',
    ],
  ])('%s', (text, words, start, end) => {
    expect(dates(text, '2031-04-29').find((d) => d[0] === words)).toEqual([words, start, end]);
  });
});

// 2027-02-03 is a Wednesday, in the winter of 2026-27.
describe('"last <season>" is the latest one that has ended, "next <season>" the first to come', () => {
  it.each([
    ['The group brought the case last summer.', '2027-02-03', '2026-06-01', '2026-08-31'],
    ['The group brought the case last spring.', '2027-02-03', '2026-03-01', '2026-05-31'],
    ['The group brought the case last autumn.', '2027-02-03', '2026-09-01', '2026-11-30'],
    ['The group brought the case last winter.', '2027-02-03', '2025-12-01', '2026-02-28'],
    ['The group brought the case last winter.', '2027-07-14', '2026-12-01', '2027-02-28'],
    ['The group brought the case last summer.', '2027-07-14', '2026-06-01', '2026-08-31'],
    ['The group brought the case last summer.', '2027-10-14', '2027-06-01', '2027-08-31'],
    ['The group will file next summer.', '2027-02-03', '2027-06-01', '2027-08-31'],
    ['The group will file next winter.', '2027-01-10', '2027-12-01', '2028-02-29'],
    ['The group will file next autumn.', '2027-10-14', '2028-09-01', '2028-11-30'],
  ])('%s (%s)', (text, published, start, end) => {
    expect(dates(text, published).map((d) => [d[1], d[2]])).toEqual([[start, end]]);
  });
});

// 2027-05-12 is a Wednesday.
describe('a figure that doubled or halved is a reported figure too', () => {
  it.each([
    ['The agency said on Monday that flu cases in the north had doubled since March.', 'doubled'],
    ['Officials told reporters on Monday that exports halved in the first quarter.', 'halved'],
  ])('%s', (text, verb) => {
    expect(governing(text, verb, '2027-05-12')).toBe('2027-05-10..2027-05-10');
  });

  it('dates the suggested event by the report, though what was said has a date of its own', () => {
    const text =
      'The World Health Organization said on Monday that measles cases in three provinces of Kaltera had doubled since March.';
    const names: [string, string][] = [
      ['World Health Organization', 'organization'],
      ['Kaltera', 'location'],
    ];
    const events = suggestEvents(text, '2027-05-12', mentionsIn(text, names));
    expect(events.map((e) => [e.date?.start, e.date?.end])).toEqual([['2027-05-10', '2027-05-10']]);
  });
});

// 2038-02-17 is a Wednesday (issue 16, branch clause17).
describe('a month is a whole word, and what was agreed to be done lies ahead', () => {
  it.each([
    'Statement by Mayor Ingrid Solberg on the cyberattack.',
    'Augustine Mensah spoke to the Marches Society.',
  ])('no month in "%s"', (text) => {
    expect(dates(text, '2038-02-17')).toEqual([]);
  });

  it.each([
    ['Both commanders had agreed to open a corridor on Thursday.', '2038-02-18'],
    ['The rebels pledged to free the hostages on Friday.', '2038-02-19'],
    // A deal made: the day it was made, behind.
    ['The two sides agreed to a truce on Tuesday.', '2038-02-16'],
    ['The rebels agreed on Tuesday to release the hostages.', '2038-02-16'],
  ])('%s', (text, day) => {
    const found = dates(text, '2038-02-17');
    expect(found.map(([, start, end]) => `${start}..${end}`)).toEqual([`${day}..${day}`]);
  });
});
