import { describe, expect, it } from 'vitest';
import { suggestEvents } from '../../electron/core/suggest/event-candidates.ts';
import { mentionsIn } from '../support/event-mentions.ts';

/**
 * Types, merges and candidates read on news of other kinds (issue 16, branch dates12: the
 * news-dates12 gold and the lead's ninth look), on sentences written for these tests.
 */
const events = (text: string, names: [string, string][], published: string) =>
  suggestEvents(text, published, mentionsIn(text, names));

describe('a disaster that kills is no attack', () => {
  it.each([
    'Avalanches killed three skiers near Hemsedal on Monday afternoon.',
    'The 2022-23 outbreak killed more than 1,700 people, the ministry said on Tuesday.',
    'An earthquake killed 40 people in the region on Monday.',
  ])('%s', (text) => {
    expect(events(text, [['Hemsedal', 'location']], '2033-01-19').map((e) => e.type)).toEqual([
      'other',
    ]);
  });

  it('while gunmen who kill still attack', () => {
    const [event] = events('Gunmen killed 12 villagers on Monday.', [], '2033-01-19');
    expect(event?.type).toBe('attack');
  });
});

describe('one happening, one event: what is merged and what is not', () => {
  it('keeps an earthquake and the same-day rescue apart', () => {
    const found = events(
      'An earthquake struck the coast on Monday, destroying 200 homes. Rescue teams pulled 14 people from the rubble on Monday.',
      [],
      '2033-01-19',
    );
    expect(found).toHaveLength(2);
  });

  it('keeps a recall and the fall of the shares on the same day apart', () => {
    const text =
      'Haldor Motors recalled 84,000 vans on Wednesday. Shares in Haldor fell 6 percent on Wednesday.';
    const found = events(text, [['Haldor Motors', 'organization']], '2033-07-07');
    expect(found.map((e) => e.evidence.text)).toEqual([
      'Haldor Motors recalled 84,000 vans on Wednesday.',
      'Shares in Haldor fell 6 percent on Wednesday.',
    ]);
  });

  it('still merges one incident told twice with the same verb', () => {
    const text = 'A fire destroyed a warehouse on Monday. The fire destroyed 40 cars as well.';
    expect(events(text, [], '2033-01-19')).toHaveLength(1);
  });

  it('never makes one statement of two speakers', () => {
    const text =
      'GDL leader Mario Reiss condemned the offer as an insult. Transport minister Volker Wissing urged both sides to return to the table on Monday.';
    const found = events(
      text,
      [
        ['GDL', 'organization'],
        ['Mario Reiss', 'person'],
        ['Volker Wissing', 'person'],
      ],
      '2029-05-08',
    );
    expect(found.map((e) => [e.evidence.text.slice(0, 20), e.moreEvidence.length])).toEqual([
      ['GDL leader Mario Rei', 0],
      ['Transport minister V', 0],
    ]);
  });
});

describe('types and candidates of other kinds of news', () => {
  it('a regulator that fines imposes a sanction; a news conference is a statement', () => {
    const [fine] = events(
      'The European Commission fines Veltro 1.2 billion euros on Tuesday.',
      [
        ['European Commission', 'organization'],
        ['Veltro', 'organization'],
      ],
      '2029-05-08',
    );
    expect(fine?.type).toBe('sanction');
    const [said] = events(
      'Ribera told a news conference in Brussels on Tuesday that the payments shut rivals out.',
      [
        ['Ribera', 'person'],
        ['Brussels', 'location'],
      ],
      '2029-05-08',
    );
    expect(said?.type).toBe('statement');
  });

  it.each([
    ['Stanway City face Port Ellis at Marsh Lane on Sunday.', '2033-11-06', '2033-11-06'],
    ['The cup draw takes place in Glasgow on Monday.', '2033-11-07', '2033-11-07'],
    ["The league's winter break runs from December 19 to January 8.", '2033-12-19', '2034-01-08'],
    [
      'The union has called a second 48-hour stoppage for March 21 and 22.',
      '2034-03-21',
      '2034-03-22',
    ],
  ])('suggests the fixture or the call "%s", dated ahead', (text, start, end) => {
    const found = events(text, [], '2033-11-03');
    expect(found.map((e) => [e.date?.start, e.date?.end])).toEqual([[start, end]]);
  });
});

describe('what is expected (docs/EVAL.md, the gold files’ majority)', () => {
  it('a happening expected at a time is an event; a forecast of conditions is not', () => {
    // 2033-07-05 is a Tuesday.
    const found = events(
      'President Halvorsen is expected to visit the region later this week. Winds are expected to ease by Thursday, the weather service said.',
      [['Halvorsen', 'person']],
      '2033-07-05',
    );
    expect(found.map((e) => [e.type, e.date?.start, e.date?.end])).toEqual([
      ['visit', '2033-07-05', '2033-07-10'],
    ]);
  });
});
