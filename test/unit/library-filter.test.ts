import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../electron/common/api/contract.ts';
import {
  dateSpan,
  filterArticles,
  filterIndex,
  NO_FILTERS,
  searchText,
  type Filters,
} from '../../renderer/views/library/filter-sort.ts';

function article(
  id: string,
  title: string,
  source: string,
  tags: string[],
  published: string | null,
): ArticleSummary {
  return { id, title, source, tags, published } as unknown as ArticleSummary;
}

const ARTICLES = [
  article('a1', 'Secretary Blinken in Kyiv', 'State Department', ['ukraine'], '2021-03-16'),
  article('a2', 'The SECRETARY speaks', 'Reuters', [], '2021'),
  article('a3', 'Aid to Kyiv', 'State Department', ['ukraine', 'aid'], null),
  article('a4', 'Blinken', 'secretary', ['aid'], '2020-12'),
  // A word across two fields, or across this article's end and the next one's start, is in neither.
  article('a5', 'Kyi', 'v news', [], '2022-01-05'),
  article('a6', 'ÉTÉ À KYIV', 'Le Monde', ['été'], '2021-06-30'),
  article('a7', 'kyiv kyiv kyiv', '', [], '2019'),
];

const SOURCE_IDS = new Map<string, string[]>([
  ['a1', ['state']],
  ['a3', ['state', 'reuters']],
  ['a2', ['reuters']],
]);

/** The filter as it was before the index: each article's words searched one by one. */
function plainFilter(filters: Filters): string[] {
  const words = filters.text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const from = dateSpan(filters.from);
  const to = dateSpan(filters.to);
  return ARTICLES.filter((item) => {
    if (filters.source !== '' && !(SOURCE_IDS.get(item.id) ?? []).includes(filters.source))
      return false;
    if (filters.tag !== '' && !item.tags.includes(filters.tag)) return false;
    if (from !== null || to !== null) {
      const span = item.published === null ? null : dateSpan(item.published);
      if (span === null) return false;
      if (from !== null && span.last < from.first) return false;
      if (to !== null && span.first > to.last) return false;
    }
    const haystack = searchText(item);
    return words.every((word) => haystack.includes(word));
  }).map((item) => item.id);
}

describe('the Library filter over its index', () => {
  const cases: Partial<Filters>[] = [
    { text: 'secretary' },
    { text: 'Secretary  blinken' },
    { text: 'blinken secretary blinken' },
    { text: 'kyiv' },
    { text: 'kyi' },
    { text: 'v' },
    { text: 'été' },
    { text: 'state\ndepartment' },
    { text: 'no-such-word' },
    { source: 'state' },
    { source: 'reuters', text: 'secretary' },
    { tag: 'aid' },
    { from: '2021' },
    { from: '2021', to: '2021-06' },
    { to: '2020' },
    { text: 'kyiv', from: '2021-04' },
  ];

  it.each(cases)('gives what a search of each article gives: %o', (filter) => {
    const filters = { ...NO_FILTERS, ...filter };
    const index = filterIndex(ARTICLES);
    // Twice: the date spans and sources the first made are reused by the second.
    for (let i = 0; i < 2; i++) {
      expect(filterArticles(index, filters, SOURCE_IDS).map((item) => item.id)).toEqual(
        plainFilter(filters),
      );
    }
  });

  it('finds a word in every article that has it, however often, and none across two', () => {
    const ids = (text: string) =>
      filterArticles(filterIndex(ARTICLES), { ...NO_FILTERS, text }, SOURCE_IDS).map(
        (item) => item.id,
      );
    expect(ids('kyiv')).toEqual(['a1', 'a3', 'a6', 'a7']);
    expect(ids('kyiv aid')).toEqual(['a3']);
    expect(ids('kyiv\u0000')).toEqual([]);
  });

  it('asks the sources again when they change', () => {
    const index = filterIndex(ARTICLES);
    const filters = { ...NO_FILTERS, source: 'state' };
    expect(filterArticles(index, filters, SOURCE_IDS).map((item) => item.id)).toEqual(['a1', 'a3']);
    const moved = new Map([['a7', ['state']]]);
    expect(filterArticles(index, filters, moved).map((item) => item.id)).toEqual(['a7']);
  });

  it('gives the list itself when nothing filters', () => {
    expect(filterArticles(filterIndex(ARTICLES), NO_FILTERS, SOURCE_IDS)).toBe(ARTICLES);
  });
});
