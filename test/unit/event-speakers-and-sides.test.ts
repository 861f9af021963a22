import { describe, expect, it } from 'vitest';
import { suggestEvents } from '../../electron/core/suggest/event-candidates.ts';
import { mentionsIn } from '../support/event-mentions.ts';

/** Sentences written for these tests, merged as the app merges them. */
const events = (text: string, names: [string, string][]) =>
  suggestEvents(text, '2038-03-12', mentionsIn(text, names));

describe('event speakers: one happening per speaker, the sides of a dispute, a body’s own (titles20)', () => {
  it('takes "both sides" for the parties of a dispute, never for whoever the last sentence named', () => {
    const text =
      'Orion Rail chief executive Maria Lind called the stoppage reckless and said the company had asked the Labour Court to step in. Transport Minister Paul Reyes urged both sides to resume negotiations.';
    const urged = events(text, [
      ['Orion Rail', 'organization'],
      ['Maria Lind', 'person'],
      ['Labour Court', 'organization'],
      ['Paul Reyes', 'person'],
    ]).find((e) => /urges/.test(e.title));
    expect(urged?.title).toBe('Reyes urges both sides to resume negotiations');
    expect(urged?.participants.map((p) => p.text)).toEqual(['Paul Reyes']);
  });

  it('keeps an answer by someone else apart from the happening it answers', () => {
    const text =
      'Ghana’s envoy, Kofi Mensah, said on Monday his government would hold a referendum in March 2039. The European Union welcomed the vote.';
    const found = events(text, [
      ['Ghana', 'location'],
      ['Kofi Mensah', 'person'],
      ['European Union', 'organization'],
    ]);
    const welcomed = found.find((e) => /welcomes/.test(e.title));
    expect(welcomed?.title).toBe('European Union welcomes the vote');
    expect(found.some((e) => e !== welcomed && /referendum/i.test(e.title))).toBe(true);
  });

  it('titles what a body said its own people would do by the body, which takes part', () => {
    const text =
      'The Nordic Pilots Union said on Monday its members would walk out again next Friday unless the carrier improved its offer.';
    const [walkout] = events(text, [['Nordic Pilots Union', 'organization']]);
    expect(walkout?.title).toBe('Nordic Pilots Union members to walk out again');
    expect(walkout?.participants.map((p) => p.text)).toEqual(['Nordic Pilots Union']);
  });

  it('names the one person a "her" after the verb stands for, and no one when two could be meant', () => {
    const names: [string, string][] = [
      ['Ingrid Falk', 'person'],
      ['Omar Haddad', 'person'],
      ['Lena Berg', 'person'],
    ];
    const [, praised] = events(
      'Ingrid Falk won the mayoral race in Uppsala on Sunday. Prime Minister Omar Haddad congratulated her on Monday.',
      names,
    );
    expect(praised?.title).toBe('Haddad congratulates Falk');
    expect(praised?.participants.map((p) => [p.text, p.role])).toEqual([
      ['Omar Haddad', 'speaker'],
      ['Ingrid Falk', ''],
    ]);
    const unsure = events(
      'Ingrid Falk won the mayoral race in Uppsala on Sunday. Lena Berg won in Lund on Sunday. Prime Minister Omar Haddad congratulated her on Monday.',
      names,
    ).find((e) => /congratulates/.test(e.title));
    expect(unsure?.title).toMatch(/^Haddad congratulates/);
    expect(unsure?.title).not.toMatch(/Falk|Berg/);
  });

  it('writes a participle after a linking verb as it stands, the linking verb in the present', () => {
    const [kept] = events(
      'The United Kingdom remains committed on Tuesday to advancing a durable peace agreement in Sudan.',
      [
        ['United Kingdom', 'location'],
        ['Sudan', 'location'],
      ],
    );
    expect(kept?.title).toMatch(
      /^United Kingdom remains committed to advancing a durable peace agreement/,
    );
  });
});
