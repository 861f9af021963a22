import { describe, expect, it } from 'vitest';
import { matchRegistry } from '../../electron/core/suggest/registry-matcher.ts';

const registry = [
  { entityId: 'price', type: 'person', name: 'Ned Price' },
  { entityId: 'austin', type: 'person', name: 'Lloyd Austin' },
  { entityId: 'mkhize', type: 'person', name: 'Thulani Mkhize' },
];

/** The registry's matches in `text`, as the words matched and whose they are. */
const matched = (text: string) =>
  matchRegistry(text, registry).map((m) => [text.slice(m.start, m.end), m.entityId]);

describe('short forms of confirmed names in other articles', () => {
  it('leave a common word that opens a sentence alone ("Price competition")', () => {
    expect(matched('Price competition remains fierce, analysts said.')).toEqual([]);
    expect(matched('The spokesman, Price, declined to comment.')).toEqual([['Price', 'price']]);
    expect(matched('Spokesperson Price said so. Price added more.')).toEqual([['Price', 'price']]);
  });

  it("leave a dateline's city in capitals alone, but not a speaker in a transcript", () => {
    expect(matched('AUSTIN, Texas, July 2 - Sales fell.')).toEqual([]);
    expect(matched('MR PRICE: Good afternoon.')).toEqual([['PRICE', 'price']]);
    expect(matched('SECRETARY AUSTIN said the talks went well.')).toEqual([['AUSTIN', 'austin']]);
  });

  it('find a surname that opens a sentence after one ending in a capitalized word', () => {
    expect(matched('Talks were adjourned until Monday. Mkhize accused the company.')).toEqual([
      ['Mkhize', 'mkhize'],
    ]);
    expect(matched('Workers met in Durban. Mkhize spoke.')).toEqual([['Mkhize', 'mkhize']]);
    // Still part of another name: after a capitalized word or an initial.
    expect(matched('Sipho Mkhize and Z. Mkhize spoke.')).toEqual([]);
  });
});
