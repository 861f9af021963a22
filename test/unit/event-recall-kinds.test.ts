import { describe, expect, it } from 'vitest';
import { suggestEvents } from '../../electron/core/suggest/event-candidates.ts';
import { mentionsIn } from '../support/event-mentions.ts';

/**
 * Candidates, merges and dates read on news of other kinds (issue 16, branch recall18: the
 * news-recall18 gold), on sentences written for these tests.
 */
const events = (text: string, names: [string, string][], published: string) =>
  suggestEvents(text, published, mentionsIn(text, names));

describe('a market move with no one named is a happening of its own', () => {
  it('is not merged into what the company did in the sentence before', () => {
    const text =
      'Veltrix shipped its first Aurora chips to customers in the third quarter. Shares of Veltrix rose 6% in after-hours trading.';
    const found = events(text, [['Veltrix', 'organization']], '2026-10-22');
    expect(found.map((e) => e.evidence.text)).toEqual([
      'Veltrix shipped its first Aurora chips to customers in the third quarter.',
      'Shares of Veltrix rose 6% in after-hours trading.',
    ]);
  });

  it('nor into a dated decision before it', () => {
    const text =
      'The bank’s next decision is due on Aug. 20. The Veldoran dollar rose 0.8 percent against the U.S. dollar after the announcement.';
    expect(events(text, [], '2027-06-10')).toHaveLength(2);
  });

  it.each([
    ['The peso weakened 1.1 percent against the dollar after the decision.', 'Peso weakens'],
    ['The rand strengthened 0.9 percent in early trading.', 'Rand strengthens'],
  ])('reads a currency that moves: %s', (text, title) => {
    const [event] = events(text, [], '2039-01-26');
    expect(event?.title.startsWith(title)).toBe(true);
    expect(event?.date).toBeNull();
  });

  it('still reads no currency in a sentence that tells no move', () => {
    expect(events('The peso is the currency of Chile.', [], '2039-01-26')).toEqual([]);
  });
});

describe('a decision on a rate, prices or jobs is a happening', () => {
  it.each([
    [
      'Chile’s central bank cut its benchmark rate by half a point to 5.0 percent on Wednesday.',
      '2039-01-26',
    ],
    ['The company, based in Oslo, cut 400 jobs last year.', '2038-01-01'],
    ['The central bank held its key rate at 4 percent on Thursday.', '2039-01-27'],
  ])('%s', (text, start) => {
    const [event] = events(text, [['Oslo', 'location']], '2039-01-28');
    expect(event?.date?.start).toBe(start);
  });

  it('but not a verb that takes no rate, price or jobs', () => {
    expect(events('Residents raised concerns about the plan.', [], '2039-01-26')).toEqual([]);
  });
});

describe('a record since a date, with a "when" clause, after a dated main clause', () => {
  it('dates the main clause and takes its verb, not the earlier happening', () => {
    const [event] = events(
      'The central bank cut its benchmark rate to 5.0 percent on Wednesday, its first reduction since October 2037, when it began easing.',
      [],
      '2039-01-26',
    );
    expect(event?.date).toMatchObject({ start: '2039-01-26', end: '2039-01-26' });
    expect(event?.title).toMatch(/^Central bank cuts/);
  });

  it('still dates a sentence that tells only the earlier happening by it', () => {
    const [event] = events(
      'It was the strongest quake in the region since 2001, when a tremor killed 74 people.',
      [],
      '2039-04-08',
    );
    expect(event?.date).toMatchObject({ start: '2001-01-01', end: '2001-12-31' });
  });
});

describe('a period that names a thing ("last year\'s drought") dates nothing when another date does', () => {
  it('takes the saying’s day', () => {
    const [event] = events(
      'Last year’s drought pushed food prices up 9 percent, the statistics institute said on Monday.',
      [],
      '2039-01-26',
    );
    expect(event?.date).toMatchObject({ start: '2039-01-24', end: '2039-01-24' });
  });

  it('but dates the happening it names after the verb', () => {
    const [event] = events(
      'The opposition won the most seats in Sunday’s parliamentary election, final results showed on Monday.',
      [],
      '2027-09-20',
    );
    expect(event?.date).toMatchObject({ start: '2027-09-19', end: '2027-09-19' });
  });

  it('and is the date when it is the only one', () => {
    const [event] = events(
      'Dahl had saved three match points in Saturday’s semi-final.',
      [['Dahl', 'person']],
      '2039-06-20',
    );
    expect(event?.date).toMatchObject({ start: '2039-06-18', end: '2039-06-18' });
  });
});

describe('a future main clause after which a dated happening is told', () => {
  it.each([
    [
      'Millbrook will raise council tax by 4.9 percent from April after councillors approved the budget on Tuesday night.',
      '2030-12-03',
    ],
    [
      'The city will ban diesel buses from January 2031 after the combined authority approved a clean-air plan on Friday.',
      '2030-11-29',
    ],
  ])('is dated by what was done: %s', (text, day) => {
    const [event] = events(text, [], '2030-12-05');
    expect(event?.date).toMatchObject({ start: day, end: day });
  });

  it('while a past main clause keeps its own date', () => {
    const [event] = events(
      'Officials certified the results on Tuesday after volunteers counted the ballots on Monday.',
      [],
      '2030-12-05',
    );
    expect(event?.date).toMatchObject({ start: '2030-12-03', end: '2030-12-03' });
  });
});

describe('a vote on a measure is a decision, not an election', () => {
  it.each([
    'Norway’s parliament voted on Tuesday to open the Barents Sea to seabed mining.',
    'Councillors will vote on a congestion scheme on March 20.',
    'Lawmakers voted 52 to 31 in favour of the plan on Monday.',
  ])('%s', (text) => {
    expect(events(text, [], '2039-03-15').map((e) => e.type)).toEqual(['other']);
  });

  it('while voters who elect still hold an election', () => {
    const [event] = events('Voters went to the polls on Sunday.', [], '2039-03-15');
    expect(event?.type).toBe('election');
  });
});

describe('a vote told again by its tally', () => {
  it('is one event', () => {
    const found = events(
      'The parliament voted on Tuesday to open the sea to mining. The Storting approved the plan by 88 votes to 81 after a long debate.',
      [['Storting', 'organization']],
      '2039-03-15',
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.moreEvidence).toHaveLength(1);
  });
});
