import { JSDOM, VirtualConsole } from 'jsdom';

let parser: DOMParser | null = null;

/**
 * The fallback for the pages html-document.ts's light DOM cannot read as a browser would (see
 * html.ts): jsdom, a fuller DOM at about five times the CPU. One shared window: creating one costs
 * far more than parsing a page. jsdom's defaults run no script and load nothing the page links to
 * (never pass `runScripts` or `resources` here), and DOMParser documents never run scripts
 * anyway. The silent console drops the pages' CSS errors.
 */
export function parseHtmlWithJsdom(html: string): Document {
  parser ??= new new JSDOM('', { virtualConsole: new VirtualConsole() }).window.DOMParser();
  return parser.parseFromString(html, 'text/html');
}
