import { describe, expect, it } from 'vitest';
import { findDates } from '../../electron/core/dates/resolve-date.ts';
import { suggestEvents } from '../../electron/core/suggest/event-candidates.ts';
import { mentionsIn } from '../support/event-mentions.ts';

/**
 * Candidates and dates read on news of many kinds (issue 16, branch events20): help offered,
 * results in sport, markets that move with no one named, a vote welcomed, and sentences written
 * for these tests, not taken from the gold.
 */
const events = (text: string, names: [string, string][], published: string) =>
  suggestEvents(text, published, mentionsIn(text, names));

describe('help offered and a result in sport are happenings, undated', () => {
  it.each([
    [
      'Italy and Greece offered help.',
      [
        ['Italy', 'location'],
        ['Greece', 'location'],
      ],
    ],
    ['Norway offered to send a team of divers.', [['Norway', 'location']]],
    ['The Red Crescent offered assistance to the families.', [['Red Crescent', 'organization']]],
    [
      'Porto beat Braga 3-1 in the cup.',
      [
        ['Porto', 'organization'],
        ['Braga', 'organization'],
      ],
    ],
    ['Ethiopia’s Tigist Alemu won in 2:19:40.', [['Tigist Alemu', 'person']]],
    ['Dutch rider Sanne Kok won the stage after a long breakaway.', [['Sanne Kok', 'person']]],
    ['Opener Ravi Menon scored an unbeaten 87.', [['Ravi Menon', 'person']]],
  ] as [string, [string, string][]][])('%s', (text, names) => {
    const [event] = events(text, names, '2031-05-04');
    expect(event?.evidence.text).toBe(text);
    expect(event?.date).toBeNull();
  });

  it.each([
    'Halvard offered $12 a share for the rival.',
    'Halvard beat expectations and won support from investors.',
  ])('but not a price offered, nor what a company beat or won: %s', (text) => {
    expect(events(text, [['Halvard', 'organization']], '2031-05-04')).toEqual([]);
  });
});

describe('a commodity or a crown that moves is a market move', () => {
  it.each([
    ['Brent crude fell 2 percent on the report.', 'Brent crude falls'],
    ['The Danish crown weakened 0.4 percent against the euro.', 'Danish crown weakens'],
    ['Gold rose 1.5% to a record.', 'Gold rises'],
  ])('%s', (text, title) => {
    const [event] = events(text, [], '2031-05-04');
    expect(event?.title.startsWith(title)).toBe(true);
  });
});

describe('a vote welcomed', () => {
  it('is a statement of its own, not merged into the election the sentence before names', () => {
    const text =
      'Its envoy said the government would hold elections in March 2032. The European Union welcomed the vote.';
    const found = events(text, [['European Union', 'organization']], '2031-05-04');
    const welcome = found.find((e) => e.evidence.text === 'The European Union welcomed the vote.');
    expect(welcome?.type).toBe('statement');
    expect(welcome?.participants.map((p) => p.text)).toEqual(['European Union']);
  });
});

describe('an undated happening and a dated one after it, told with two verbs', () => {
  it('are two events', () => {
    const text =
      'Portugal and Spain sent firefighting planes. Many of the same hills burned in the fires of August 2027.';
    const found = events(
      text,
      [
        ['Portugal', 'location'],
        ['Spain', 'location'],
      ],
      '2031-08-14',
    );
    expect(found.map((e) => e.evidence.text)).toEqual([
      'Portugal and Spain sent firefighting planes.',
      'Many of the same hills burned in the fires of August 2027.',
    ]);
  });
});

describe('a past meeting "to discuss the next steps"', () => {
  it('is dated back: the next steps are no plan of the meeting', () => {
    const text = 'The envoy met the foreign minister in Rome on Monday to discuss the next steps.';
    expect(findDates(text, '2031-07-02').map((d) => d.range.start)).toEqual(['2031-06-30']);
  });

  it('while "next Monday" still looks ahead', () => {
    const text = 'The envoy will meet the foreign minister in Rome next Monday.';
    expect(findDates(text, '2031-07-02').map((d) => d.range.start)).toEqual(['2031-07-07']);
  });
});

describe('a result in sport, not what sets it against', () => {
  it('reads no result in a season’s tally of goals', () => {
    const text = 'Mbeki scored 22 goals for Porto last season.';
    expect(
      events(
        text,
        [
          ['Mbeki', 'person'],
          ['Porto', 'organization'],
        ],
        '2031-05-04',
      ),
    ).toEqual([]);
  });
});
