import { Readability } from '@mozilla/readability';
import { DossierError } from '../../common/errors.ts';
import type { ExtractedArticle } from './extract.ts';
import { readHtmlMetadata } from './html-metadata.ts';
import { MAX_DEPTH, parseHtml, TooDeepError } from './html-document.ts';
import { blockText } from './html-text.ts';
import { titleFromText } from './title.ts';

/**
 * Readability as it is, except in two places that cost much and change no text:
 * - how it collects elements by tag: it asks querySelectorAll, which goes through the DOM's
 *   general CSS selector engine (jsdom's took 40% of an import); a plain walk finds the same elements
 *   in the same (document) order;
 * - it makes links and image sources absolute (reading `baseURI`, which started jsdom's selector
 *   engine for each page: 10% of an import). Only the text of the content is kept, and the
 *   page's address comes from its metadata.
 */
class TextReadability extends Readability<Element> {
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

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/** The value of the last `property: value` declaration of a plain inline style (see survey). */
function declared(style: string, property: string): string {
  let value = '';
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon >= 0 && declaration.slice(0, colon).trim() === property)
      value = declaration.slice(colon + 1).trim();
  }
  return value;
}

/**
 * TextReadability on html-document.ts's DOM. Whether an element is visible is read from its
 * style attribute: linkedom builds a style object on every read of `style`, which took a
 * quarter of Readability's time. Only pages whose styles are plain are read here (survey), and
 * there the attribute says what the style object would.
 */
class LightReadability extends TextReadability {
  _isProbablyVisible(node: Element): boolean {
    const style = node.getAttribute('style') ?? '';
    return (
      declared(style, 'display') !== 'none' &&
      declared(style, 'visibility') !== 'hidden' &&
      !node.hasAttribute('hidden') &&
      // As Readability: Wikimedia's math images are kept (an SVG's className is no string).
      (node.getAttribute('aria-hidden') !== 'true' ||
        (node.namespaceURI === HTML_NAMESPACE &&
          (node.getAttribute('class') ?? '').includes('fallback-image')))
    );
  }
}

const MAX_READABLE_DEPTH = 150;

/**
 * An inline style that shows or hides an element, written as linkedom's `style` reads it the
 * way a browser's CSS parser does: `display: none`, lower case, nothing else (no `!important`,
 * comment or escape). Readability drops what its `style` says is hidden.
 */
const PLAIN_VISIBILITY = /^\s*(?:display|visibility)\s*:\s*[a-z-]+\s*$/;

function stylePlain(style: string): boolean {
  return style
    .split(';')
    .every(
      (declaration) =>
        !/display|visibility/i.test(declaration) || PLAIN_VISIBILITY.test(declaration),
    );
}

/**
 * How deep the element tree goes, and whether every inline style that shows or hides reads
 * alike in linkedom and a browser; walked without recursion.
 */
function survey(root: Element): { depth: number; plainStyles: boolean } {
  let depth = 0;
  let plainStyles = true;
  const stack: [Element, number][] = [[root, 1]];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const [element, at] = entry;
    if (at > depth) depth = at;
    const style = element.getAttribute('style');
    if (style !== null && !stylePlain(style)) plainStyles = false;
    for (let child = element.firstElementChild; child !== null; child = child.nextElementSibling) {
      stack.push([child, at + 1]);
    }
  }
  return { depth, plainStyles };
}

function tooDeep(name: string, depth: string): DossierError {
  return new DossierError(
    'invalid-input',
    `${name} is nested ${depth} elements deep; no real page is, so it was not read`,
  );
}

/**
 * A saved web page: Readability's main content as text, the page's own metadata. Read in the
 * light DOM of html-document.ts, except for a page whose inline styles show or hide elements in
 * a form linkedom does not read as a browser's CSS does, and a page on which linkedom fails:
 * those are read again in jsdom, so that the text is what jsdom gives (issue 21).
 */
export async function extractHtml(html: string, name: string): Promise<ExtractedArticle> {
  try {
    const article = readPage(parseHtml(html), name, LightReadability);
    if (article !== null) return article;
  } catch (error) {
    if (error instanceof TooDeepError) throw tooDeep(name, `more than ${MAX_DEPTH}`);
    if (error instanceof DossierError) throw error;
    // Anything else is linkedom failing on this page: jsdom reads it.
  }
  const { parseHtmlWithJsdom } = await import('./html-jsdom.ts');
  return readPage(parseHtmlWithJsdom(html), name, TextReadability)!;
}

/** The page read by `Reader`; null when LightReadability cannot read its styles (survey). */
function readPage(
  document: Document,
  name: string,
  Reader: typeof TextReadability,
): ExtractedArticle | null {
  const { depth, plainStyles } =
    document.body === null ? { depth: 0, plainStyles: true } : survey(document.body);
  // The parser bounds the depth of its open elements; misnested tags can still build deeper.
  if (depth > MAX_DEPTH) throw tooDeep(name, String(depth));
  if (Reader === LightReadability && !plainStyles) return null;
  // Before Readability, which removes the JSON-LD scripts and rewrites the page as it goes.
  const metadata = readHtmlMetadata(document);
  // A byline ("Antony J. Blinken, Secretary of State · Mon, 05 Jul 2021 14:24:12 +0000")
  // repeats the metadata; Readability drops it only when the page has no author <meta>.
  for (const byline of Array.from(document.getElementsByClassName('byline'))) byline.remove();
  // Readability's work grows with the depth of the tree; a page nested deeper than real pages
  // are is read as plain blocks instead, so that one hostile file cannot stall an import.
  const readable =
    depth > MAX_READABLE_DEPTH
      ? null
      : new Reader(document, {
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
