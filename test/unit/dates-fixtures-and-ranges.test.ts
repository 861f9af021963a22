import { describe, expect, it } from 'vitest';
import { findDates } from '../../electron/core/dates/resolve-date.ts';

/**
 * Dates read on news of other kinds (issue 16, branch dates12: the news-dates12 gold and the
 * lead's ninth look), each on sentences written for these tests; each fails without its fix.
 */
function dates(text: string, published: string): [string, string, string][] {
  return findDates(text, published).map((d) => [d.range.text, d.range.start, d.range.end]);
}

// 2033-11-03 is a Thursday.
describe('a fixture told in the simple present points forward', () => {
  it.each([
    ['Riverton host Everton on Saturday.', 'Saturday', '2033-11-05'],
    ['Stanway City face Port Ellis at Marsh Lane on Sunday.', 'Sunday', '2033-11-06'],
    ['Hollins United play Dunmore Rovers on Friday evening.', 'Friday', '2033-11-04'],
    ['The cup draw takes place in Glasgow on Monday.', 'Monday', '2033-11-07'],
    ['The energy minister visits the valleys on Friday.', 'Friday', '2033-11-04'],
    ['Bus drivers in Marseille join the action on Saturday.', 'Saturday', '2033-11-05'],
  ])('%s', (text, day, iso) => {
    expect(dates(text, '2033-11-03')).toEqual([[day, iso, iso]]);
  });

  it('but not a noun, nor a verb after "to", a negation or "stayed"', () => {
    expect(dates('The host won on Saturday.', '2033-11-03')).toEqual([
      ['Saturday', '2033-10-29', '2033-10-29'],
    ]);
    expect(dates('The shop stayed open on Sunday.', '2033-11-03')).toEqual([
      ['Sunday', '2033-10-30', '2033-10-30'],
    ]);
    expect(dates('They did not play Dunmore on Tuesday.', '2033-11-03')).toEqual([
      ['Tuesday', '2033-11-01', '2033-11-01'],
    ]);
  });

  it('"will stay closed" is the future: a participle after "stay" is no past', () => {
    expect(
      dates('Schools in Bergen will stay closed on Thursday and Friday.', '2033-01-19'),
    ).toEqual([['Thursday and Friday', '2033-01-20', '2033-01-21']]);
  });
});

describe('ranges and directions of FORMAT.md', () => {
  it('"X and Y" months are one range, across a new year too', () => {
    expect(dates('The parties held 400 rallies in March and April.', '2033-05-12')).toEqual([
      ['March and April', '2033-03-01', '2033-04-30'],
    ]);
    expect(
      dates('The country recorded twice its usual snowfall in December and January.', '2033-01-19'),
    ).toEqual([['December and January', '2032-12-01', '2033-01-31']]);
    expect(dates('Drivers last struck in July and August 2031.', '2033-03-09')).toEqual([
      ['July and August 2031', '2031-07-01', '2031-08-31'],
    ]);
    expect(dates('Owners will receive letters in July and August.', '2033-07-07')).toEqual([
      ['July and August', '2033-07-01', '2033-08-31'],
    ]);
  });

  it('a day something is called for, or starts on, lies ahead whatever the verb', () => {
    expect(dates('The union has called a stoppage for March 21 and 22.', '2033-03-09')).toEqual([
      ['March 21 and 22', '2033-03-21', '2033-03-22'],
    ]);
    // 2028-07-11 is a Tuesday.
    expect(dates('Both sides had accepted a truce, starting on Wednesday.', '2028-07-11')).toEqual([
      ['Wednesday', '2028-07-12', '2028-07-12'],
    ]);
  });

  it('"since March" never lies in the future, even beside "would"', () => {
    const [since] = dates(
      'Analysts said the delay would add little to freight rates, which have fallen since March.',
      '2028-07-10',
    );
    expect(since).toEqual(['since March', '2028-03-01', '2028-07-10']);
  });

  it('"the week to Sunday" is the seven days that end on the latest Sunday', () => {
    // 2028-07-12 is a Wednesday.
    expect(dates('Malawi recorded 212 new cases in the week to Sunday.', '2028-07-12')).toEqual([
      ['the week to Sunday', '2028-07-03', '2028-07-09'],
    ]);
  });
});
