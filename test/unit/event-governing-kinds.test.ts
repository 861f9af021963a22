import { describe, expect, it } from 'vitest';
import { suggestEvents } from '../../electron/core/suggest/event-candidates.ts';
import { mentionsIn } from '../support/event-mentions.ts';

/**
 * The date that governs the reported happening, and which sentences report one (issue 16,
 * branch dates19: the news-dates19 gold and the lead's cases), on sentences written for these
 * tests.
 */
const events = (text: string, names: [string, string][], published: string) =>
  suggestEvents(text, published, mentionsIn(text, names));
const dateOf = (text: string, published: string, names: [string, string][] = []) => {
  const [event] = events(text, names, published);
  return event?.date === null || event === undefined
    ? null
    : `${event.date.start}..${event.date.end}`;
};

describe('a deadline after a past verb lies ahead of the article', () => {
  it.each([
    [
      'Justice Anna Berg ordered the ministry to refund the fees by March 31.',
      '2040-02-17',
      '2040-03-31..2040-03-31',
    ],
    [
      'The regulator gave the two companies until October 20 to appeal.',
      '2040-09-14',
      '2040-10-20..2040-10-20',
    ],
  ])('%s', (text, published, range) => {
    expect(dateOf(text, published, [['Anna Berg', 'person']])).toBe(range);
  });

  it('but a day of the past told after "until" stays in the past', () => {
    expect(dateOf('The museum stayed closed until March 3 for repairs.', '2040-03-10')).toBe(
      '2040-03-03..2040-03-03',
    );
  });
});

describe('a trailing participle clause says what the news continues, not when it happened', () => {
  it.each([
    'The Dutch government said on Friday it would require licences for more exports of chip machines, widening restrictions it first imposed last September.',
    'The Commission said on Friday it would fine the operator 310 million euros, extending an investigation it opened last May.',
  ])('%s', (text) => {
    expect(dateOf(text, '2040-03-10')).toBe('2040-03-09..2040-03-09');
  });
});

describe("a future main clause's 'after X did Y on <day>' is the news, with a speech tag too", () => {
  it.each([
    'Greater Manchester will ban diesel buses from the city centre from January 2030 after the combined authority approved a clean-air plan on Friday, Mayor Andy Burnham said.',
    'The province will close its schools from Monday after the provincial board declared a state of calamity on Friday, the governor said.',
  ])('%s', (text) => {
    expect(dateOf(text, '2028-07-03', [['Andy Burnham', 'person']])).toBe('2028-06-30..2028-06-30');
  });
});

describe('a forecast is no event', () => {
  it.each([
    'ASML said it expected the measures to have no material impact on its forecast but that sales to China would fall to about 20 percent of revenue in 2028.',
    'Chief executive Lucia Ferri said the company expected the decision to reduce its operating profit by about 2 percent in 2041.',
    'The agency said it expected up to 200 mm of rain in the south by Sunday.',
  ])('%s', (text) => {
    expect(
      events(
        text,
        [
          ['ASML', 'organization'],
          ['Lucia Ferri', 'person'],
        ],
        '2040-03-09',
      ),
    ).toEqual([]);
  });

  it('but a sentence that tells what happened beside the forecast stays', () => {
    expect(
      events(
        'The company cut 300 jobs on Monday and said it expected sales to fall in 2041.',
        [],
        '2040-03-09',
      ),
    ).toHaveLength(1);
  });
});

describe('happenings with no date and no trigger noun are found', () => {
  it.each([
    ['The Law Society welcomed the ruling.', [['Law Society', 'organization']]],
    [
      'The opposition Indian National Congress welcomed the decision.',
      [['Indian National Congress', 'organization']],
    ],
    [
      'Italy and France sent four Canadair aircraft under the rescEU scheme, the European Commission said.',
      [
        ['Italy', 'location'],
        ['France', 'location'],
        ['European Commission', 'organization'],
      ],
    ],
  ] as [string, [string, string][]][])('%s', (text, names) => {
    const found = events(text, names, '2040-03-09');
    expect(found).toHaveLength(1);
    expect(found[0]?.date).toBeNull();
  });
});

describe("a relative clause's date dates a main clause that has none", () => {
  it('the new rules, which take effect on April 1', () => {
    expect(
      dateOf(
        'Trade Minister Reinette Klever told parliament in a letter that the new rules, which take effect on April 1, cover the older machines.',
        '2027-03-06',
        [['Reinette Klever', 'person']],
      ),
    ).toBe('2027-04-01..2027-04-01');
  });
});

describe('"received" is a meeting only with whom was received', () => {
  it('is no meeting before a share of money', () => {
    const found = events(
      'The ruling party received more than half of the 165 billion rupees raised through the bonds last year.',
      [],
      '2029-02-16',
    );
    expect(found.every((e) => e.type !== 'meeting')).toBe(true);
  });

  it('is one before a visitor', () => {
    const [event] = events(
      'President Lula received the Chinese foreign minister in Brasilia on Monday.',
      [
        ['Lula', 'person'],
        ['Brasilia', 'location'],
      ],
      '2029-02-16',
    );
    expect(event?.type).toBe('meeting');
  });
});

describe('what is no forecast and no delivery stays as it was', () => {
  it("keeps a company's guidance told in the present", () => {
    expect(
      dateOf(
        'The company said late on Wednesday that it now expects operating profit of 1.1 billion to 1.2 billion euros, down from 1.5 billion.',
        '2030-07-11',
      ),
    ).toBe('2030-07-10..2030-07-10');
  });

  it('reads no delivery in someone sent to a place', () => {
    expect(
      events('She claims she was first sent to the ship aged eighteen.', [], '2030-07-11'),
    ).toEqual([]);
  });
});

describe("the lead's cases: statements, decisions and tolls", () => {
  it('dates no state told in quotes by the date of its subject matter', () => {
    expect(
      dateOf(
        'Governor Fatih Karahan told a news conference in Ankara that the bank would "stay cautious" in the first quarter of 2030.',
        '2029-11-20',
        [
          ['Fatih Karahan', 'person'],
          ['Ankara', 'location'],
        ],
      ),
    ).toBeNull();
  });

  it('types a designation as a decision, not a statement', () => {
    const [event] = events(
      'Unesco declared Caral a World Heritage Site in 2009.',
      [
        ['Unesco', 'organization'],
        ['Caral', 'location'],
      ],
      '2029-11-20',
    );
    expect(event?.type).toBe('other');
  });

  it.each([
    ['Eleven miners were killed and 68 injured, the company said.', []],
    [
      'The National Union of Mineworkers demanded an independent inquiry.',
      [['National Union of Mineworkers', 'organization']],
    ],
    [
      'The New Democratic Party, led by Rachel Notley, won 38 seats.',
      [
        ['New Democratic Party', 'organization'],
        ['Rachel Notley', 'person'],
      ],
    ],
  ] as [string, [string, string][]][])('finds %s', (text, names) => {
    expect(events(text, names, '2029-11-20')).toHaveLength(1);
  });
});
