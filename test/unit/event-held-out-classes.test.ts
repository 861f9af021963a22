import { describe, expect, it } from 'vitest';
import { suggestEvents } from '../../electron/core/suggest/event-candidates.ts';
import { mentionsIn } from '../support/event-mentions.ts';

/**
 * Classes of misses and false positives read on the news-dates held-out half and in the State
 * Department pages (issue 16, ninth pass), each on sentences written for these tests.
 */
const suggested = (text: string, names: [string, string][] = [], published = '2029-05-27') =>
  suggestEvents(text, published, mentionsIn(text, names), { merge: false });
const titlesOf = (text: string, names: [string, string][] = [], published?: string): string[] =>
  suggested(text, names, published).map((e) => e.title);

describe('event candidates: background is no happening (issue 16, ninth pass)', () => {
  it('makes nothing of an opening participle phrase and its year', () => {
    expect(
      suggested(
        'Started in 1990, the Ridgeway lantern fair continues a long tradition of light festivals marking the end of the winter.',
        [['Ridgeway', 'location']],
      ),
    ).toEqual([]);
    // The clause after it is still the event, dated by its own words.
    const [event, ...rest] = suggested(
      'Founded in 1975 by two brothers, Acme Tools opened a plant in Ohio on Monday.',
      [
        ['Acme Tools', 'organization'],
        ['Ohio', 'location'],
      ],
    );
    expect(rest).toEqual([]);
    expect(event?.title).toBe('Acme Tools opens a plant in Ohio');
    expect(event?.date).toMatchObject({ start: '2029-05-21', end: '2029-05-21' });
  });

  it('makes nothing of a figure or a time told of a named happening', () => {
    expect(suggested('Turnout in the 2025 election was 61 percent.')).toEqual([]);
    expect(
      suggested('The previous general election in Marland was before the 2014 protests.', [
        ['Marland', 'location'],
      ]),
    ).toEqual([]);
    // A happening dated that way is still one.
    expect(titlesOf('The attack in Goma was 2 days ago.', [['Goma', 'location']])).toEqual([
      'Attack in Goma',
    ]);
  });

  it('makes nothing of a state that lasts since a date', () => {
    expect(
      suggested('The Unity Party had governed since 2022.', [['Unity Party', 'organization']]),
    ).toEqual([]);
    expect(suggested('Nkosi has led the party since 2019.', [['Nkosi', 'person']])).toEqual([]);
    // What happened then, told in a "when" clause, stays.
    expect(suggested('Rebels have held the town since March, when they seized it.')).toHaveLength(
      1,
    );
  });

  it('does not date a happening by the start of the record it sets', () => {
    const [event] = suggested(
      'Varga Mining shares fell 5 percent in Seoul, their steepest fall since March.',
      [
        ['Varga Mining', 'organization'],
        ['Seoul', 'location'],
      ],
    );
    expect(event?.title).toBe('Varga Mining shares fall 5 percent in Seoul');
    expect(event?.date).toBeNull();
    const finish = suggested(
      'Restrepo finished 48 seconds ahead of Bellini, the smallest margin since 2012.',
      [
        ['Restrepo', 'person'],
        ['Bellini', 'person'],
      ],
    );
    expect(finish.map((e) => e.date?.start)).not.toContain('2012-01-01');
  });

  it('makes nothing of a title whose subject is a pronoun or a conjunction naming no one', () => {
    expect(
      suggested('It says that between 1992 and 2014, produced capital per person doubled.'),
    ).toEqual([]);
    expect(
      suggested(
        'The clerk was wise enough not to sell it to me, but instead sold me two books which I still own today.',
      ),
    ).toEqual([]);
  });
});

describe('event titles: the subject the clause names (issue 16, ninth pass)', () => {
  it('takes the one an apposition describes, not a place inside it', () => {
    expect(
      titlesOf(
        'Ahmed Mohamed, a 14-year-old boy from Irving, Texas, was arrested at his school on Monday.',
        [
          ['Ahmed Mohamed', 'person'],
          ['Irving', 'location'],
          ['Texas', 'location'],
        ],
      )[0],
    ).toMatch(/^Mohamed arrested at his school/);
    expect(
      titlesOf('Eddie Chu, a green activist from Hong Kong, received the largest vote on Sunday.', [
        ['Eddie Chu', 'person'],
        ['Hong Kong', 'location'],
      ]),
    ).toEqual(['Chu receives the largest vote in Hong Kong']);
  });

  it('writes a surname that is also an office in full', () => {
    const text =
      'Amy Pope, the director general of the IOM, announced a new fund on Monday. Pope said it would open in May. Rivera will meet Carlos King on Thursday.';
    const titles = titlesOf(text, [
      ['Amy Pope', 'person'],
      ['Pope', 'person'],
      ['IOM', 'organization'],
      ['Rivera', 'person'],
      ['Carlos King', 'person'],
    ]);
    expect(titles).toContain('Amy Pope announces a new fund');
    expect(titles).toContain('Rivera meets Carlos King');
  });
});
