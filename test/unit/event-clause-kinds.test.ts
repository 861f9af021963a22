import { describe, expect, it } from 'vitest';
import { suggestEvents } from '../../electron/core/suggest/event-candidates.ts';
import { mentionsIn } from '../support/event-mentions.ts';

/**
 * Kinds of the news-clause15 dev gold and the lead's cases (issue 16, branch clause15), on
 * sentences written for these tests: each fails without its fix, but the guards ("while ...").
 */
const events = (text: string, names: [string, string][], published = '2036-02-14') =>
  suggestEvents(text, published, mentionsIn(text, names));

// 2036-02-14 is a Thursday.
describe('a participle phrase after the main verb does not steal the event', () => {
  it.each([
    [
      'The Constitutional Court struck down the fuel tax on Monday, ruling that parliament had passed it without a quorum.',
      'Constitutional Court',
      'Constitutional Court strikes down the fuel tax',
    ],
    [
      'The Harbour Board scrapped the ferry levy on Tuesday, saying the port had closed too early.',
      'Harbour Board',
      'Harbour Board scraps the ferry levy',
    ],
  ])('%s', (text, body, title) => {
    const [event] = events(text, [[body, 'organization']]);
    expect(event?.title).toBe(title);
  });
});

describe('a statement of what was or will be done, by a speaker named before the verb', () => {
  it.each([
    [
      "Norland's economy minister, Tiit Saar, said the government would keep a 40 percent stake.",
      'Tiit Saar',
    ],
    [
      "The board's chief executive, Ana Reyes, said patient records had not been stolen.",
      'Ana Reyes',
    ],
  ])('is a happening, undated: %s', (text, person) => {
    const found = events(text, [[person, 'person']]);
    expect(found.map((e) => [e.evidence.text, e.date])).toEqual([[text, null]]);
  });

  it.each([
    ['Ana Reyes said she felt the council had been unfair.', 'Ana Reyes'],
    ['Ana Reyes said Warhol was both an artist and a businessperson.', 'Ana Reyes'],
    ['"We will keep the stake," Tiit Saar said.', 'Tiit Saar'],
  ])('while an opinion or a quote is not: %s', (text, person) => {
    expect(events(text, [[person, 'person']])).toEqual([]);
  });
});

describe('how long a thing is expected to go on', () => {
  it('is no happening ("The talks are expected to last until Thursday")', () => {
    expect(events('The talks are expected to last until Thursday.', [])).toEqual([]);
  });
});
