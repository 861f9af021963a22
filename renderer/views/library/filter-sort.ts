import type { ArticleSummary, SourceView } from '../../../electron/common/api/contract.ts';
import { gradedName } from '../../sources/article-sources.ts';

export type SortKey =
  | 'title'
  | 'source'
  | 'published'
  | 'wordCount'
  | 'entityCount'
  | 'mentionCount'
  | 'tags'
  | 'addedAt';

export interface Sort {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

/** Which way a column sorts on its first click: text A→Z, dates and numbers newest/largest first. */
export const FIRST_DIRECTION: Record<SortKey, Sort['direction']> = {
  title: 'ascending',
  source: 'ascending',
  published: 'descending',
  wordCount: 'descending',
  entityCount: 'descending',
  mentionCount: 'descending',
  tags: 'ascending',
  addedAt: 'descending',
};

export interface Filters {
  text: string;
  /** A source's id (see sources/article-sources.ts): its articles, written or republished. */
  source: string;
  tag: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD; '' for no bound. */
  from: string;
  to: string;
}

export const NO_FILTERS: Filters = { text: '', source: '', tag: '', from: '', to: '' };

export function hasFilters(filters: Filters): boolean {
  return (Object.keys(filters) as (keyof Filters)[]).some((key) => filters[key].trim() !== '');
}

const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Whether a date bound is usable: '', YYYY, YYYY-MM or YYYY-MM-DD. */
export function isDateBound(value: string): boolean {
  return value.trim() === '' || PARTIAL_DATE.test(value.trim());
}

/**
 * The days a partial date may mean, as sortable strings: "2021-03" is 2021-03-01 … 2021-03-31
 * (every month ends on the 31st here: only the order matters).
 */
export function dateSpan(value: string): { first: string; last: string } | null {
  const match = PARTIAL_DATE.exec(value.trim());
  if (match === null) return null;
  const [, year, month, day] = match;
  return {
    first: `${year}-${month ?? '01'}-${day ?? '01'}`,
    last: `${year}-${month ?? '12'}-${day ?? '31'}`,
  };
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Lower-cased words to search in: title, source and tags. */
export function searchText(article: ArticleSummary): string {
  return `${article.title}\n${article.source}\n${article.tags.join('\n')}`.toLocaleLowerCase();
}

/**
 * What the Library filters, made once per list of articles (LibraryView keeps it between
 * keystrokes): every article's lower-cased words (searchText) in one string, so that a word is
 * found by a few scans of it instead of 100,000 look-ups and searches (101 ms a filter at
 * 100,000 articles, docs/PERFORMANCE.md), and each article's date span, made at the first date
 * filter.
 */
export interface FilterIndex {
  readonly articles: ArticleSummary[];
  /** The articles' search texts, one after another, each followed by a separator. */
  readonly text: string;
  /** Where each article's search text starts in `text`; then where the next would. */
  readonly starts: Int32Array;
  /** Each article's dateSpan, made when first asked (see spansOf). */
  spans: ({ first: string; last: string } | null)[] | null;
  /** Each article's sources, for the sourceIds they were looked up in. */
  sources: { of: ReadonlyMap<string, readonly string[]>; at: (readonly string[])[] } | null;
}

export function filterIndex(articles: ArticleSummary[]): FilterIndex {
  const texts = articles.map(searchText);
  const starts = new Int32Array(articles.length + 1);
  let at = 0;
  texts.forEach((text, k) => {
    starts[k] = at;
    at += text.length + 1;
  });
  starts[articles.length] = at;
  return { articles, text: texts.join('\u0000') + '\u0000', starts, spans: null, sources: null };
}

/**
 * Counts, per article, the words found in its search text (a word's hits come in the text's
 * order, so the articles are reached by moving forward). A hit across two articles' texts is in
 * neither.
 */
function countWords(index: FilterIndex, words: readonly string[]): Uint32Array {
  const { text, starts } = index;
  const found = new Uint32Array(index.articles.length);
  for (const word of words) {
    let k = 0;
    let at = text.indexOf(word);
    while (at !== -1) {
      while (starts[k + 1]! <= at) k++;
      const end = starts[k + 1]!;
      if (at + word.length < end) {
        found[k]!++;
        at = end; // this article has it: on to the next one's text
      } else at++;
      at = text.indexOf(word, at);
    }
  }
  return found;
}

function spansOf(index: FilterIndex): ({ first: string; last: string } | null)[] {
  index.spans ??= index.articles.map((article) =>
    article.published === null ? null : dateSpan(article.published),
  );
  return index.spans;
}

function sourcesOf(
  index: FilterIndex,
  sourceIds: ReadonlyMap<string, readonly string[]>,
): (readonly string[])[] {
  if (index.sources?.of !== sourceIds) {
    const at = index.articles.map((article) => sourceIds.get(article.id) ?? []);
    index.sources = { of: sourceIds, at };
  }
  return index.sources.at;
}

/**
 * The articles of `index` that pass every filter, in its order. An article dated only to a
 * month or a year passes a date range when the days it may mean overlap the range; an undated
 * one never passes a range.
 */
export function filterArticles(
  index: FilterIndex,
  filters: Filters,
  sourceIds: ReadonlyMap<string, readonly string[]>,
): ArticleSummary[] {
  const { articles } = index;
  const words = filters.text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const from = dateSpan(filters.from);
  const to = dateSpan(filters.to);
  const source = filters.source;
  const tag = filters.tag;
  if (words.length === 0 && source === '' && tag === '' && from === null && to === null) {
    return articles;
  }
  const unique = [...new Set(words)];
  const found = unique.length > 0 ? countWords(index, unique) : null;
  const spans = from !== null || to !== null ? spansOf(index) : null;
  const sources = source !== '' ? sourcesOf(index, sourceIds) : null;
  return articles.filter((article, k) => {
    if (found !== null && found[k] !== unique.length) return false;
    if (sources !== null && !sources[k]!.includes(source)) return false;
    if (tag !== '' && !article.tags.includes(tag)) return false;
    if (spans !== null) {
      const span = spans[k];
      if (span === null || span === undefined) return false;
      if (from !== null && span.last < from.first) return false;
      if (to !== null && span.first > to.last) return false;
    }
    return true;
  });
}

/**
 * A string that orders, compared with `<`, as the collator orders the text (case and accents
 * ignored, numbers by their value): at 100,000 articles, a sort by title through the collator
 * took seconds.
 */
function collationKey(text: string): string {
  let key = text.toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (!/^[\u0000-\u007f]*$/.test(key)) key = key.normalize('NFKD').replace(/\p{M}/gu, '');
  return /\d/.test(key) ? key.replace(/\d+/g, (digits) => digits.padStart(16, '0')) : key;
}

/** Kept per article: the Library sorts the same list again at each click on a header. */
const titleKeys = new WeakMap<ArticleSummary, string>();

function titleKey(article: ArticleSummary): string {
  let title = titleKeys.get(article);
  if (title === undefined) titleKeys.set(article, (title = collationKey(article.title)));
  return title;
}

/** How many title keys are made between two looks at the time left (see makeTitleKeys). */
const TITLE_KEYS_AT_ONCE = 64;

/**
 * Makes the title keys of `articles` from `from` on, while `more()` says there is time (it is
 * asked every TITLE_KEYS_AT_ONCE articles, after at least that many); where it stopped, or
 * `articles.length`. The Library makes them when the page is idle, so that its first sort by
 * title is as fast as the next ones: at 100,000 articles, making them at the click took a
 * second (docs/PERFORMANCE.md).
 */
export function makeTitleKeys(
  articles: readonly ArticleSummary[],
  from: number,
  more: () => boolean,
): number {
  let next = from;
  do {
    const end = Math.min(next + TITLE_KEYS_AT_ONCE, articles.length);
    for (; next < end; next++) titleKey(articles[next]!);
  } while (next < articles.length && more());
  return next;
}

/** What an article sorts by: a collation key for text, the value itself for dates and counts. */
function sortValue(
  article: ArticleSummary,
  key: SortKey,
  sourceLabels: ReadonlyMap<string, string>,
): string | number {
  switch (key) {
    case 'title':
      return titleKey(article);
    case 'source':
      return collationKey(sourceLabels.get(article.id) ?? article.source);
    case 'tags':
      return collationKey(article.tags.join(', '));
    case 'published':
      // "2021" < "2021-03" < "2021-03-16": a less precise date sorts before the days it covers.
      return article.published ?? '';
    case 'addedAt':
      return article.addedAt;
    default:
      return article[key];
  }
}

function isBlank(
  article: ArticleSummary,
  key: SortKey,
  sourceLabels: ReadonlyMap<string, string>,
): boolean {
  switch (key) {
    case 'source':
      return !sourceLabels.has(article.id) && article.source === '';
    case 'published':
      return article.published === null;
    case 'tags':
      return article.tags.length === 0;
    default:
      return false;
  }
}

/**
 * A sorted copy; blanks (no source, no date, no tags) go last either way; ties keep order. Each
 * article's value is taken once, not at each of the sort's two million comparisons at 100,000
 * articles.
 */
export function sortArticles(
  articles: ArticleSummary[],
  sort: Sort,
  sourceLabels: ReadonlyMap<string, string>,
): ArticleSummary[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const values = articles.map((article) => sortValue(article, sort.key, sourceLabels));
  const blanks = articles.map((article) => isBlank(article, sort.key, sourceLabels));
  return articles
    .map((_, index) => index)
    .sort((x, y) => {
      if (blanks[x] !== blanks[y]) return blanks[x] ? 1 : -1;
      const a = values[x]!;
      const b = values[y]!;
      return sign * (a < b ? -1 : a > b ? 1 : 0) || x - y;
    })
    .map((index) => articles[index]!);
}

/** Tags with how many articles carry each, for the filter menu. */
export function tagFacets(articles: ArticleSummary[]): [string, number][] {
  const tags = new Map<string, number>();
  for (const article of articles) {
    for (const tag of article.tags) tags.set(tag, (tags.get(tag) ?? 0) + 1);
  }
  return [...tags].sort((a, b) => collator.compare(a[0], b[0]));
}

/** The sources that have articles, by name, for the filter menu: id, graded name, count. */
export function sourceFacets(
  sources: readonly Pick<SourceView, 'id' | 'name' | 'reliability' | 'articles'>[],
): [string, string, number][] {
  return sources
    .filter((source) => source.articles.length > 0)
    .map((source): [string, string, number] => [
      source.id,
      gradedName(source),
      source.articles.length,
    ])
    .sort((a, b) => collator.compare(a[1], b[1]));
}
