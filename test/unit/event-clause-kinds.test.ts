import { describe, expect, it } from 'vitest';
import { suggestEvents } from '../../electron/core/suggest/event-candidates.ts';
import { mentionsIn } from '../support/event-mentions.ts';

/**
 * Kinds of the news-clause15 dev gold (issue 16, branch clause15), on sentences written for
 * these tests: each fails without its fix.
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
