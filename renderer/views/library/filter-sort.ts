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
 * The articles that pass every filter. An article dated only to a month or a year passes a date
 * range when the days it may mean overlap the range; an undated one never passes a range.
 */
export function filterArticles(
  articles: ArticleSummary[],
  filters: Filters,
  haystacks: Map<string, string>,
  sourceIds: ReadonlyMap<string, readonly string[]>,
): ArticleSummary[] {
  const words = filters.text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const from = dateSpan(filters.from);
  const to = dateSpan(filters.to);
  const source = filters.source;
  const tag = filters.tag;
  if (words.length === 0 && source === '' && tag === '' && from === null && to === null) {
    return articles;
  }
  return articles.filter((article) => {
    if (source !== '' && !(sourceIds.get(article.id) ?? []).includes(source)) return false;
    if (tag !== '' && !article.tags.includes(tag)) return false;
    if (from !== null || to !== null) {
      const span = article.published === null ? null : dateSpan(article.published);
      if (span === null) return false;
      if (from !== null && span.last < from.first) return false;
      if (to !== null && span.first > to.last) return false;
    }
    if (words.length > 0) {
      const haystack = haystacks.get(article.id) ?? searchText(article);
      for (const word of words) if (!haystack.includes(word)) return false;
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
