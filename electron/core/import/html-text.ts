import { normalizeText } from './text.ts';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Never article text: code, chrome, forms, media (tracking pixels included). */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'NAV',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'FORM',
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'LABEL',
  'IMG',
  'PICTURE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'VIDEO',
  'AUDIO',
  'MAP',
]);

/** Elements that start a new paragraph of text. */
const BLOCKS = new Set([
  'P',
  'DIV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'BLOCKQUOTE',
  'PRE',
  'TABLE',
  'TR',
  'CAPTION',
  'FIGURE',
  'FIGCAPTION',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'ADDRESS',
  'BR',
  'HR',
  'BODY',
]);

function isHidden(element: Element): boolean {
  return (
    element.hasAttribute('hidden') ||
    element.getAttribute('aria-hidden') === 'true' ||
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(element.getAttribute('style') ?? '')
  );
}

/**
 * The readable text under `root`: one paragraph per block element (paragraphs, headings, list
 * items, cells' rows), inline markup flattened, chrome and scripts dropped; normalizeText()'d.
 */
export function blockText(root: Element): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    // Line breaks inside one HTML block are source formatting, not paragraphs.
    if (current.trim() !== '') paragraphs.push(current.replace(/\s+/g, ' '));
    current = '';
  };
  const walk = (node: Element): void => {
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        current += child.nodeValue ?? '';
      } else if (child.nodeType === ELEMENT_NODE) {
        const element = child as Element;
        const tag = element.tagName.toUpperCase();
        if (SKIPPED.has(tag) || isHidden(element)) continue;
        if (BLOCKS.has(tag)) {
          flush();
          walk(element);
          flush();
        } else {
          if (tag === 'TD' || tag === 'TH') current += ' ';
          walk(element);
        }
      }
    }
  };
  walk(root);
  flush();
  return normalizeText(paragraphs.join('\n\n'));
}

/** Text of an HTML fragment (a feed item's content), parsed inside an existing document. */
export function fragmentText(html: string, document: Document): string {
  const container = document.createElement('div');
  container.innerHTML = html;
  return blockText(container);
}
