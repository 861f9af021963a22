import { describe, expect, it } from 'vitest';
import { suggestEvents } from '../../electron/core/suggest/event-candidates.ts';
import { mentionsIn } from '../support/event-mentions.ts';

/** Sentences written for these tests (news of other outlets), unmerged, with their names. */
const suggested = (text: string, names: [string, string][] = [], published = '2030-03-16') =>
  suggestEvents(text, published, mentionsIn(text, names), { merge: false });
const titlesOf = (text: string, names: [string, string][] = [], published?: string): string[] =>
  suggested(text, names, published).map((e) => e.title);

describe('event candidates: happenings with no one named (issue 16, eighth pass)', () => {
  it('reports a dated happening whose subject is a plural noun before "will"', () => {
    const [event, ...rest] = suggested('The first trains will run in May.');
    expect(rest).toEqual([]);
    expect(event?.title).toBe('First trains run');
    expect(event?.date).toMatchObject({ start: '2030-05-01', end: '2030-05-31' });
    expect(titlesOf('The new ferries will enter service in June.')).toEqual([
      'New ferries enter service',
    ]);
  });

  it('gives "the company\'s board" the company the article named', () => {
    const text =
      'Varga Mining cut 300 jobs on Monday. The company’s board approved a share buyback on Tuesday.';
    const [, buyback] = suggested(text, [['Varga Mining', 'organization']]);
    expect(buyback?.title).toBe('Varga Mining board approves a share buyback');
    expect(buyback?.participants.map((p) => p.text)).toEqual(['Varga Mining']);
    expect(buyback?.date).toMatchObject({ start: '2030-03-12', end: '2030-03-12' });
  });

  it('titles places that host together, with an adverb before the verb, and both take part', () => {
    const text =
      'Accordingly, Chile and Norway will jointly host a virtual ocean conference on April 2 to raise funds.';
    const [event, ...rest] = suggested(text, [
      ['Chile', 'location'],
      ['Norway', 'location'],
    ]);
    expect(rest).toEqual([]);
    expect(event?.title).toBe('Chile and Norway host a virtual ocean conference');
    expect(event?.participants.map((p) => p.text)).toEqual(['Chile', 'Norway']);
    expect(
      titlesOf('Peru will formally open the talks on April 2.', [['Peru', 'location']]),
    ).toEqual(['Peru opens the talks']);
  });

  it('does not date a happening by a relative clause about something named after it', () => {
    const text =
      'The ministers will meet to review progress on the five goals of the ocean plan, which we adopted earlier this year.';
    expect(suggested(text).map((e) => e.date?.start)).not.toContain('2030-01-01');
    // The clause's own subject is still dated by a relative clause about it.
    expect(
      suggested('The talks, which began on Monday, ended without a deal.').map(
        (e) => e.date?.start,
      ),
    ).toEqual(['2030-03-11']);
  });
});

describe('event candidates: forecasts and judgements are no happenings (issue 16, eighth pass)', () => {
  it('makes nothing of a forecast of a trend, dated or not', () => {
    expect(
      titlesOf(
        'Lund Freight’s founder, Ola Berg, said at the time that the market would recover in the first half of 2031.',
        [
          ['Lund Freight', 'organization'],
          ['Ola Berg', 'person'],
        ],
      ),
    ).toEqual([]);
    expect(titlesOf('Winds are expected to ease by Thursday.')).toEqual([]);
    expect(titlesOf('The bank said on Monday that prices would rise again next year.')).toEqual([]);
  });

  it('keeps what a company says it will do', () => {
    expect(
      titlesOf('Lund Freight said on Monday it would close two depots.', [
        ['Lund Freight', 'organization'],
      ]),
    ).toEqual(['Lund Freight to close two depots']);
  });

  it('makes nothing of a judgement of a coming happening', () => {
    expect(titlesOf('Next week’s summit will constitute another important step.')).toEqual([]);
    expect(titlesOf('The conference will be a milestone for the region.')).toEqual([]);
  });
});

describe("event titles: the signatory's meeting (issue 16, eighth pass, the lead's case)", () => {
  it('titles "X and I reaffirmed in our meeting with Y and Z" as the meeting, the signatory in it', () => {
    const text =
      'Mara Lindqvist, Secretary of State\n\nAs Secretary Okoye and I reaffirmed in our meeting with Foreign Minister Tanaka and Minister of Defense Mori last month, the alliance is the cornerstone of peace in the region.';
    const [event, ...rest] = suggested(text, [
      ['Mara Lindqvist', 'person'],
      ['Okoye', 'person'],
      ['Tanaka', 'person'],
      ['Mori', 'person'],
    ]);
    expect(rest).toEqual([]);
    expect(event?.title).toBe('Lindqvist and Okoye meet Tanaka and Mori');
    expect(event?.participants.map((p) => p.text).sort()).toEqual([
      'Mara Lindqvist',
      'Mori',
      'Okoye',
      'Tanaka',
    ]);
    expect(event?.date).toMatchObject({ start: '2030-02-01', end: '2030-02-28' });
  });
});
