import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DossierError } from '../../common/errors.ts';
import type { ExtractedArticle } from './extract.ts';
import { parseHtml } from './html-document.ts';
import { fragmentText } from './html-text.ts';
import { parsePublished } from './parse-date.ts';
import { titleFromText } from './title.ts';

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  cdataPropName: false,
  processEntities: true,
  htmlEntities: true,
  parseTagValue: false,
  trimValues: true,
  // Elements that may repeat are always arrays, so one item and many read alike.
  isArray: (name) => ['item', 'entry', 'link', 'author', 'dc:creator', 'category'].includes(name),
});

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

/** Text of an element that may be a string, a number, or an object with attributes. */
function text(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim();
  if (isNode(value)) return text(value['#text'] ?? value['name']);
  if (Array.isArray(value)) return text(value[0]);
  return '';
}

/** RSS links are text; Atom links are `<link rel="alternate" href>` among others. */
function linkOf(value: unknown): string {
  const links = list(value);
  const alternate = links.find(
    (link) => isNode(link) && (link['@rel'] ?? 'alternate') === 'alternate',
  );
  return isNode(alternate) ? text(alternate['@href']) : text(links[0]);
}

export function isFeed(xml: string): boolean {
  return /<(rss|feed|rdf:RDF)[\s>]/.test(xml.slice(0, 4096));
}

/** RSS 2.0 or Atom: one article per item, its HTML content read as text. */
export function extractFeed(xml: string, name: string): ExtractedArticle[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { msg, line } = valid.err;
    throw new DossierError(
      'invalid-input',
      `${name} is not well-formed XML (line ${line}: ${msg})`,
    );
  }
  const root: unknown = parser.parse(xml);
  const rss = isNode(root) && isNode(root['rss']) ? root['rss'] : null;
  const atom = isNode(root) && isNode(root['feed']) ? root['feed'] : null;
  const rdf = isNode(root) && isNode(root['rdf:RDF']) ? root['rdf:RDF'] : null;
  const channel = rss !== null && isNode(rss['channel']) ? rss['channel'] : (atom ?? rdf);
  if (channel === null)
    throw new DossierError('invalid-input', `${name} is XML but not an RSS or Atom feed`);
  const rdfChannel = rdf !== null && isNode(rdf['channel']) ? rdf['channel'] : null;
  const items = list(channel[atom !== null ? 'entry' : 'item']).filter(isNode);
  if (items.length === 0)
    throw new DossierError('invalid-input', `${name} is a feed with no items`);

  const source = text((rdfChannel ?? channel)['title']);
  const language = text(channel['language'] ?? channel['@xml:lang'] ?? rdfChannel?.['dc:language']);
  const document = parseHtml('');
  return items.flatMap((item, index) => {
    const html =
      text(item['content:encoded']) ||
      text(item['content']) ||
      text(item['description']) ||
      text(item['summary']);
    const body = fragmentText(html, document);
    const title = fragmentText(text(item['title']), document);
    // An item with neither text nor title is nothing to read; one with a title is a headline.
    const articleText = body || title;
    if (articleText === '') return [];
    const authors = [...list(item['dc:creator']), ...list(item['author'])]
      .map(text)
      .filter(Boolean);
    return [
      {
        title: title || titleFromText(articleText),
        text: articleText,
        source,
        authors: [...new Set(authors)],
        published: parsePublished(
          text(item['pubDate'] ?? item['published'] ?? item['dc:date'] ?? item['updated']),
        ),
        url: linkOf(item['link']) || text(item['guid']),
        dateline: '',
        language: text(item['@xml:lang']) || language,
        mediaType: atom !== null ? 'application/atom+xml' : 'application/rss+xml',
        part: `item ${index + 1} of ${name}`,
      },
    ];
  });
}
