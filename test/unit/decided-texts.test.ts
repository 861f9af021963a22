import { describe, expect, it } from 'vitest';
import { DecidedTexts } from '../../electron/core/suggest/decided-texts.ts';

const TEXT = 'Output at Salar Verde rose, Kestrel said.';
const at = (quote: string) => ({
  start: TEXT.indexOf(quote),
  end: TEXT.indexOf(quote) + quote.length,
});
const rejecting = (quote: string) => ({ marked: [], rejected: [at(quote)] });
const none = { marked: [], rejected: [] };

describe('the texts an analyst rejected', () => {
  it('stay away in the article that rejected them, everywhere once two articles did, until marked or undone', () => {
    const decided = new DecidedTexts();
    expect(decided.sync('a', TEXT, rejecting('Salar Verde'))).toBe(true);
    expect(decided.suppressed('a', 'salar  VERDE')).toBe(true);
    // "Reject here" is not "reject everywhere".
    expect(decided.suppressed('b', 'Salar Verde')).toBe(false);
    decided.sync('b', TEXT, rejecting('Salar Verde'));
    expect(decided.suppressed('c', 'Salar Verde')).toBe(true);
    decided.sync('c', TEXT, { marked: [{ ...at('Salar Verde'), type: 'location' }], rejected: [] });
    expect(decided.suppressed('d', 'Salar Verde')).toBe(false);
    expect(decided.suppressed('a', 'Salar Verde')).toBe(false);
    decided.sync('c', TEXT, none);
    expect(decided.suppressed('d', 'Salar Verde')).toBe(true);
    // One rejection undone: the other article's stays its own.
    decided.sync('a', TEXT, none);
    expect(decided.suppressed('d', 'Salar Verde')).toBe(false);
    expect(decided.suppressed('b', 'Salar Verde')).toBe(true);
    expect(decided.suppressed('b', 'Kestrel')).toBe(false);
  });
});
