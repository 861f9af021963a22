import { describe, expect, it } from 'vitest';
import { suggestEvents } from '../../electron/core/suggest/event-candidates.ts';
import { mentionsIn } from '../support/event-mentions.ts';

/**
 * Kinds of the news-clause17 dev gold and the lead's cases (issue 16, branch clause17), on
 * sentences written for these tests: each fails without its fix, but the guards.
 */
const events = (text: string, names: [string, string][], published = '2038-01-20') =>
  suggestEvents(text, published, mentionsIn(text, names));

// 2038-01-20 is a Wednesday.
describe('a clause that times the main verb ("after volunteers counted") is not the happening', () => {
  it.each([
    [
      'The Constitutional Court certified the results on Tuesday after volunteers counted the ballots.',
      'Constitutional Court',
      'Constitutional Court certifies the results',
    ],
    [
      'The Port Authority reopened the terminal on Monday before the dockers had ended their strike.',
      'Port Authority',
      'Port Authority reopens the terminal',
    ],
  ])('%s', (text, body, title) => {
    const found = events(text, [[body, 'organization']]);
    expect(found.map((e) => e.title)).toEqual([title]);
  });

  it('dates the main verb, not the timing clause ("walked out at 7 a.m. after talks collapsed on Saturday")', () => {
    // 2038-01-18 is a Monday: the walkout's time of day is the article's day.
    const text =
      'Dockers at Harwick walked out at 7 a.m. after talks with the port operator collapsed on Saturday evening.';
    const found = events(text, [['Harwick', 'location']], '2038-01-18');
    expect(found.map((e) => [e.title, e.date?.start])).toEqual([
      [expect.stringMatching(/^Dockers/), '2038-01-18'],
    ]);
  });

  it('keeps the date of "after a power cut ... on Saturday", a noun phrase', () => {
    const text = 'The count was delayed by six hours after a power cut at the centre on Saturday.';
    const found = events(text, [], '2038-01-20');
    expect(found.map((e) => e.date?.start)).toEqual(['2038-01-16']);
  });

  it('takes the timing clause when the main clause has no time of its own', () => {
    const text =
      'The coach had made the striker his first choice after Mendes broke his ankle against Porto in March.';
    const found = events(text, [
      ['Mendes', 'person'],
      ['Porto', 'organization'],
    ]);
    expect(found.map((e) => e.date?.start)).toEqual(['2037-03-01']);
  });

  it('keeps the timing clause when the main clause has no verb before it', () => {
    const text = 'After Seoul exchanged fire with Pyongyang on Monday, talks were called off.';
    const found = events(text, [
      ['Seoul', 'location'],
      ['Pyongyang', 'location'],
    ]);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.date).toMatchObject({ start: '2038-01-18', end: '2038-01-18' });
  });
});

describe('a happening dated by its saying is the one a later sentence dates', () => {
  it('joins "has died, her publisher said on Wednesday" to "She died on Monday"', () => {
    const text =
      'Kaija Lind, the composer whose operas were staged in New York, has died at 71, her publisher said on Wednesday.\n\nShe died on Monday at her home in Helsinki after a long illness.';
    const found = events(
      text,
      [
        ['Kaija Lind', 'person'],
        ['New York', 'location'],
        ['Helsinki', 'location'],
      ],
      '2029-01-24',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.date).toMatchObject({ start: '2029-01-22', end: '2029-01-22' });
    expect(found[0]!.evidence.text).toMatch(/^She died on Monday/);
  });

  it('keeps apart a death the saying dates and a later one of someone else', () => {
    const text =
      'Kaija Lind has died at 71, her publisher said on Wednesday.\n\nHer brother Pekka Lind died in 2020.';
    const found = events(
      text,
      [
        ['Kaija Lind', 'person'],
        ['Pekka Lind', 'person'],
      ],
      '2029-01-24',
    );
    expect(found).toHaveLength(2);
  });
});
