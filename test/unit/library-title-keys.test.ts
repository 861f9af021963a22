import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../electron/common/api/contract.ts';
import { makeTitleKeys, sortArticles } from '../../renderer/views/library/filter-sort.ts';

const TITLES = ['Report 10', 'report 2', 'Élan vital', 'elan', 'Zebra', 'Ångström 3', 'alpha'];
const articlesOf = (count: number) =>
  Array.from(
    { length: count },
    (_, i) => ({ id: `a${i}`, title: `${TITLES[i % TITLES.length]} ${i % 13}` }) as ArticleSummary,
  );
const byTitle = (articles: ArticleSummary[]) =>
  sortArticles(articles, { key: 'title', direction: 'ascending' }, new Map()).map((a) => a.id);

/** The Library's titles' sort keys, made while the page is idle (LibraryView.tsx). */
describe('makeTitleKeys', () => {
  it('stops when told there is no time left, and goes on from there', () => {
    const articles = articlesOf(300);
    expect(makeTitleKeys(articles, 0, () => false)).toBe(64);
    let chunks = 2;
    expect(makeTitleKeys(articles, 64, () => chunks-- > 0)).toBe(256);
    expect(makeTitleKeys(articles, 256, () => true)).toBe(300);
    expect(makeTitleKeys(articles, 300, () => true)).toBe(300);
  });

  it('leaves the sort by title as it is without them', () => {
    const prepared = articlesOf(500);
    makeTitleKeys(prepared, 0, () => true);
    const sorted = byTitle(prepared);
    expect(sorted).toEqual(byTitle(articlesOf(500)));
    // Case, accents and numbers as the Library orders them.
    const few = sortArticles(
      [
        { id: 'b', title: 'Report 10' },
        { id: 'a', title: 'report 2' },
        { id: 'd', title: 'Zebra' },
        { id: 'c', title: 'Élan' },
      ] as ArticleSummary[],
      { key: 'title', direction: 'ascending' },
      new Map(),
    );
    expect(few.map((a) => a.id)).toEqual(['c', 'a', 'b', 'd']);
  });
});
