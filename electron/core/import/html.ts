import { Readability } from '@mozilla/readability';
import { DossierError } from '../../common/errors.ts';
import type { ExtractedArticle } from './extract.ts';
import { readHtmlMetadata } from './html-metadata.ts';
import { blockText, parseHtml } from './html-text.ts';
import { titleFromText } from './title.ts';

/**
 * Readability as it is, except in two places that cost much and change no text:
 * - how it collects elements by tag: it asks querySelectorAll, which goes through jsdom's
 *   general CSS selector engine and took 40% of an import; a plain walk finds the same elements
 *   in the same (document) order;
 * - it makes links and image sources absolute (reading `baseURI`, which starts jsdom's selector
 *   engine for each page: 10% of an import). Only the text of the content is kept, and the
 *   page's address comes from its metadata.
 */
class ReadabilityOnJsdom extends Readability<Element> {
  _fixRelativeUris(): void {}

  _getAllNodesWithTag(node: Element, tagNames: string[]): Element[] {
    const wanted = new Set(tagNames.map((tag) => tag.toLowerCase()));
    const found: Element[] = [];
    const walk = (parent: Element): void => {
      for (let child = parent.firstElementChild; child !== null; child = child.nextElementSibling) {
        if (wanted.has(child.localName)) found.push(child);
        walk(child);
      }
    };
    walk(node);
    return found;
  }
}

const MAX_READABLE_DEPTH = 150;
const MAX_DEPTH = 5000;

/** How deep the element tree goes, walked without recursion. */
function depthOf(root: Element): number {
  let deepest = 0;
  const stack: [Element, number][] = [[root, 1]];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const [element, depth] = entry;
    if (depth > deepest) deepest = depth;
    for (let child = element.firstElementChild; child !== null; child = child.nextElementSibling) {
      stack.push([child, depth + 1]);
    }
  }
  return deepest;
}

/** A saved web page: Readability's main content as text, the page's own metadata. */
export function extractHtml(html: string, name: string): ExtractedArticle {
  const document = parseHtml(html);
  // Before Readability, which removes the JSON-LD scripts and rewrites the page as it goes.
  const metadata = readHtmlMetadata(document);
  // A byline ("Antony J. Blinken, Secretary of State · Mon, 05 Jul 2021 14:24:12 +0000")
  // repeats the metadata; Readability drops it only when the page has no author <meta>.
  for (const byline of Array.from(document.getElementsByClassName('byline'))) byline.remove();
  const depth = document.body === null ? 0 : depthOf(document.body);
  if (depth > MAX_DEPTH) {
    throw new DossierError(
      'invalid-input',
      `${name} is nested ${depth} elements deep; no real page is, so it was not read`,
    );
  }
  // Readability's work grows with the depth of the tree; a page nested deeper than real pages
  // are is read as plain blocks instead, so that one hostile file cannot stall an import.
  const readable =
    depth > MAX_READABLE_DEPTH
      ? null
      : new ReadabilityOnJsdom(document, {
          charThreshold: 200,
          keepClasses: true, // classes are dropped with the markup anyway
          disableJSONLD: true, // read above, with more fields
          serializer: (element) => element as Element,
        }).parse();
  let text = readable?.content ? blockText(readable.content) : '';
  // Readability gives up on pages with too little prose; what the body holds is still the text.
  if (text === '' && document.body !== null) text = blockText(document.body);
  if (text === '') throw new DossierError('invalid-input', `${name} contains no article text`);
  const byline = readable?.byline?.trim() ?? '';
  return {
    title: metadata.title || readable?.title?.trim() || titleFromText(text),
    text,
    source: metadata.source || readable?.siteName?.trim() || '',
    authors: metadata.authors.length > 0 ? metadata.authors : byline === '' ? [] : [byline],
    published: metadata.published,
    url: metadata.url,
    dateline: '',
    language: metadata.language || readable?.lang?.trim() || '',
    mediaType: 'text/html',
    part: '',
  };
}
