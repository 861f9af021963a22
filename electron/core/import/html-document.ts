import { DOMParser, Element as LinkedomElement } from 'linkedom';
import {
  defaultTreeAdapter,
  html as parse5Html,
  parse,
  parseFragment,
  type DefaultTreeAdapterTypes,
  type ParserOptions,
  type DefaultTreeAdapterMap,
} from 'parse5';
import { DossierError } from '../../common/errors.ts';

type Parse5Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.ParentNode;

/** Deeper than any real page; the parse stops here, before a DOM is built. */
export const MAX_DEPTH = 5000;

/** A page nested deeper than MAX_DEPTH: thrown by the parser as it reaches that depth. */
export class TooDeepError extends DossierError {
  constructor() {
    super(
      'invalid-input',
      `it is nested more than ${MAX_DEPTH} elements deep; no real page is, so it was not read`,
    );
  }
}

/**
 * parse5's own tree, with a guard on its stack of open elements (the path from the root to
 * where the next element goes): a hostile page nested thousands deep stops the parse at
 * MAX_DEPTH, whatever tags it omits, instead of building a tree that Readability then stalls on.
 */
function guardedOptions(): ParserOptions<DefaultTreeAdapterMap> {
  let open = 0;
  return {
    // As DOMParser and jsdom's documents: a <noscript>'s content is markup, not raw text.
    scriptingEnabled: false,
    treeAdapter: {
      ...defaultTreeAdapter,
      onItemPush: () => {
        if (++open > MAX_DEPTH) throw new TooDeepError();
      },
      onItemPop: () => {
        open--;
      },
    },
  };
}

const NAMESPACES = new Set<string>([parse5Html.NS.SVG, parse5Html.NS.MATHML]);

/**
 * parse5's nodes as linkedom's, in `into` (walked without recursion: a page may be thousands
 * deep). A <template>'s content is left out: it is inert, and neither its text nor its elements
 * are part of the document in a browser.
 */
function appendConverted(document: Document, into: Node, nodes: Parse5Node[]): void {
  const stack: [Node, Parse5Node[], number][] = [[into, nodes, 0]];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const [parent, children, index] = top;
    if (index >= children.length) {
      stack.pop();
      continue;
    }
    top[2] = index + 1;
    const node = children[index]!;
    if (node.nodeName === '#text') {
      parent.appendChild(document.createTextNode((node as DefaultTreeAdapterTypes.TextNode).value));
    } else if (node.nodeName === '#comment') {
      parent.appendChild(
        document.createComment((node as DefaultTreeAdapterTypes.CommentNode).data),
      );
    } else if ('tagName' in node) {
      const element = NAMESPACES.has(node.namespaceURI)
        ? document.createElementNS(node.namespaceURI, node.tagName)
        : document.createElement(node.tagName);
      for (const attribute of node.attrs) {
        const name =
          attribute.prefix === undefined ? attribute.name : `${attribute.prefix}:${attribute.name}`;
        element.setAttribute(name, attribute.value);
      }
      parent.appendChild(element);
      if (node.childNodes.length > 0) stack.push([element, node.childNodes, 0]);
    }
  }
}

/**
 * What a browser's `document.title` is (linkedom's is the text of a <title> in <head>, as
 * written): the first HTML <title>'s text anywhere (an <svg>'s <title> is not one), its white
 * space collapsed.
 */
function titleOf(document: Document): string {
  const title = Array.from(document.getElementsByTagName('title')).find(
    (element) => element.namespaceURI === parse5Html.NS.HTML,
  );
  return (title?.textContent ?? '').replace(/[\t\n\f\r ]+/g, ' ').replace(/^ | $/g, '');
}

/**
 * linkedom reads `innerHTML` with htmlparser2, which does not build the tree a browser builds
 * (implied <p> ends, tables' foster parents…). Readability sets it to restore a page before
 * trying again, and to read a <noscript>: in linkedom's documents it goes through parse5 too.
 */
const linkedomInnerHtml = Object.getOwnPropertyDescriptor(LinkedomElement.prototype, 'innerHTML')!;
Object.defineProperty(LinkedomElement.prototype, 'innerHTML', {
  ...linkedomInnerHtml,
  set(this: Element, html: string) {
    const context = defaultTreeAdapter.createElement(
      this.localName,
      (this.namespaceURI ?? parse5Html.NS.HTML) as parse5Html.NS,
      [],
    );
    const fragment = parseFragment(context, html, guardedOptions());
    this.replaceChildren();
    appendConverted(this.ownerDocument, this, fragment.childNodes);
  },
});

const linkedom = new DOMParser();

/**
 * Parses untrusted HTML as a browser does, into a light DOM: parse5 (the HTML standard's tree
 * construction, which jsdom uses too: implied <html>, <head> and <body>, misnested tags, tables)
 * builds the tree, and linkedom holds it for Readability, at about a fifth of jsdom's CPU with
 * the same text (issue 21). Nothing runs and nothing is fetched: neither has scripts or a
 * network. Throws TooDeepError for a page nested deeper than MAX_DEPTH.
 */
export function parseHtml(html: string): Document {
  const tree = parse(html, guardedOptions());
  const document = linkedom.parseFromString('', 'text/html') as unknown as Document;
  appendConverted(document, document, tree.childNodes);
  Object.defineProperty(document, 'title', { get: () => titleOf(document) });
  return document;
}
