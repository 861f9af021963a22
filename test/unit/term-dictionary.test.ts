import { describe, expect, it } from 'vitest';
import SearchableMap from 'minisearch/SearchableMap';
import { TermDictionary } from '../../electron/core/search/term-dictionary.ts';

/** A small seeded generator, so that a failure can be reproduced. */
function random(seed: number): () => number {
  return () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
}

/** Words with many shared beginnings, a few letters outside Latin-1 and outside the BMP. */
function vocabulary(count: number, next: () => number): string[] {
  const letters = ['a', 'b', 'e', 'n', 'r', 's', 't', 'é', 'ß', 'ж', '中', '😀'];
  const words = new Set<string>();
  while (words.size < count) {
    let word = '';
    const length = 1 + Math.floor(next() * 9);
    while (word.length < length) word += letters[Math.floor(next() * letters.length)]!;
    words.add(word);
  }
  return [...words];
}

const sorted = <T>(items: T[]) => items.map((item) => JSON.stringify(item)).sort();

describe('the search dictionary', () => {
  it('finds the same words, prefixes and typos as the radix tree it replaced', () => {
    const next = random(7);
    const words = vocabulary(6000, next);
    // The radix tree the index used before (MiniSearch's), as the reference.
    const tree = new SearchableMap<number>();
    const dictionary = new TermDictionary();
    // Added one at a time (merged along the way), then merged whole, then loaded from a list.
    words.forEach((word, n) => {
      tree.set(word, n);
      dictionary.set(word, n);
    });
    const pendingAndMerged = dictionary;
    const loaded = TermDictionary.of(words);
    for (const candidate of [pendingAndMerged, loaded]) {
      expect(candidate.size).toBe(words.length);
      for (let probe = 0; probe < 300; probe++) {
        const word = probe % 2 === 0 ? words[probe]! : vocabulary(1, next)[0]!;
        expect(candidate.get(word)).toBe(tree.get(word));
        const prefix = word.slice(0, 1 + Math.floor(next() * 3));
        expect(sorted([...candidate.atPrefix(prefix)])).toEqual(sorted([...tree.atPrefix(prefix)]));
        const [first, rest] = [word.slice(0, 1), word.slice(1)];
        for (const distance of [1, 2]) {
          const expected = [...tree.atPrefix(first).fuzzyGet(rest, distance)].map(
            ([tail, [n, d]]) => [first + tail, n, d],
          );
          expect(sorted([...candidate.fuzzy(first, rest, distance)])).toEqual(sorted(expected));
        }
      }
    }
    // Every word in code-unit order, each with its number.
    const entries = [...loaded.entries()];
    expect(entries.map(([word]) => word)).toEqual([...words].sort());
    for (const [word, n] of entries) expect(words[n]).toBe(word);
  });

  it('keeps words added after a merge searchable until the next', () => {
    const dictionary = TermDictionary.of(['nairobi', 'nuclear']);
    dictionary.set('nairobis', 2);
    expect(dictionary.get('nairobis')).toBe(2);
    expect([...dictionary.atPrefix('nai')].map(([word]) => word).sort()).toEqual([
      'nairobi',
      'nairobis',
    ]);
    expect([...dictionary.fuzzy('n', 'airobix', 1)]).toEqual([
      ['nairobi', 0, 1],
      ['nairobis', 2, 1],
    ]);
  });

  it('refuses a list that holds a word twice (a damaged index file)', () => {
    expect(() => TermDictionary.of(['nuclear', 'kenya', 'nuclear'])).toThrow();
  });
});
