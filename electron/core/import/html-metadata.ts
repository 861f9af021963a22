import type { PartialIsoDate } from '../../common/model/dates.ts';
import { parsePublished } from './parse-date.ts';
import { stripSiteSuffix } from './title.ts';

export interface HtmlMetadata {
  title: string;
  source: string;
  authors: string[];
  published: PartialIsoDate | null;
  url: string;
  language: string;
}

type JsonObject = Record<string, unknown>;

/**
 * Elements by tag, filtered: jsdom's getElementsByTagName is many times faster than its CSS
 * selector engine, and this runs on every page of a batch import.
 */
function elements(
  document: Document,
  tag: string,
  keep: (element: Element) => boolean = () => true,
): Element[] {
  return Array.from(document.getElementsByTagName(tag)).filter(keep);
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

function asText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (isObject(value)) return asText(value['name'] ?? value['@value']);
  return '';
}

const ARTICLE_TYPE = /Article|BlogPosting|Report|PressRelease|WebPage/;

/** The page's schema.org article (NewsArticle, Article, …), from its JSON-LD blocks. */
function jsonLdArticle(document: Document): JsonObject | null {
  const candidates: JsonObject[] = [];
  for (const script of elements(
    document,
    'script',
    (script) => script.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json',
  )) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // A broken JSON-LD block is the site's bug; the page can still be read.
    }
    const stack = asList(data);
    while (stack.length > 0) {
      const item = stack.shift();
      if (!isObject(item)) continue;
      stack.push(...asList(item['@graph']));
      const types = asList(item['@type']).map(String);
      if (types.some((type) => ARTICLE_TYPE.test(type))) candidates.push(item);
    }
  }
  // A WebPage only when the page describes no article.
  const isArticle = (item: JsonObject): boolean =>
    asList(item['@type']).some((type) =>
      /Article|BlogPosting|Report|PressRelease/.test(String(type)),
    );
  return candidates.find(isArticle) ?? candidates[0] ?? null;
}

function metaContents(document: Document): Map<string, string[]> {
  const meta = new Map<string, string[]>();
  for (const element of elements(document, 'meta')) {
    const key = (
      element.getAttribute('property') ??
      element.getAttribute('name') ??
      element.getAttribute('itemprop') ??
      element.getAttribute('http-equiv')
    )
      ?.trim()
      .toLowerCase();
    const content = element.getAttribute('content')?.trim() ?? '';
    if (key === undefined || content === '') continue;
    meta.set(key, [...(meta.get(key) ?? []), content]);
  }
  return meta;
}

/** What the page says about itself: JSON-LD first, then Open Graph and other <meta>, then <title>. */
export function readHtmlMetadata(document: Document): HtmlMetadata {
  const meta = metaContents(document);
  const first = (...keys: string[]): string => {
    for (const key of keys) {
      const value = meta.get(key)?.[0];
      if (value !== undefined) return value;
    }
    return '';
  };
  const ld = jsonLdArticle(document);
  const source =
    first('og:site_name') ||
    asText(ld?.['publisher']) ||
    first('application-name', 'dc.publisher', 'publisher');
  const pageTitle = elements(document, 'title')[0]?.textContent?.trim() ?? '';
  const title =
    asText(ld?.['headline']) ||
    first('og:title', 'twitter:title', 'dc.title', 'parsely-title') ||
    stripSiteSuffix(pageTitle, source);

  const ldAuthors = asList(ld?.['author']).map(asText);
  const metaAuthors = [
    'author',
    'article:author',
    'dc.creator',
    'parsely-author',
    'sailthru.author',
  ]
    .flatMap((key) => meta.get(key) ?? [])
    .filter((author) => !/^https?:\/\//.test(author)); // article:author is often a profile URL
  const authors = [...new Set((ldAuthors.some(Boolean) ? ldAuthors : metaAuthors).filter(Boolean))];

  const dateText =
    asText(ld?.['datePublished']) ||
    first(
      'article:published_time',
      'og:published_time',
      'datepublished',
      'dc.date.issued',
      'dc.date',
      'date',
    ) ||
    first('pubdate', 'publishdate', 'sailthru.date', 'parsely-pub-date') ||
    (elements(document, 'time', (time) => time.hasAttribute('datetime'))[0]?.getAttribute(
      'datetime',
    ) ??
      '') ||
    asText(ld?.['dateCreated']);

  const url =
    first('og:url') ||
    (elements(
      document,
      'link',
      (link) => link.getAttribute('rel')?.toLowerCase() === 'canonical',
    )[0]
      ?.getAttribute('href')
      ?.trim() ??
      '') ||
    asText(ld?.['url']);

  const language =
    document.documentElement.getAttribute('lang')?.trim() ||
    first('content-language', 'dc.language', 'language') ||
    first('og:locale').replace('_', '-');

  return { title, source, authors, published: parsePublished(dateText), url, language };
}
