import { Marked } from 'marked';
import { DossierError } from '../../common/errors.ts';
import type { ExtractedArticle } from './extract.ts';
import { parseHtml } from './html-document.ts';
import { blockText } from './html-text.ts';
import { normalizeText } from './text.ts';

function empty(name: string): DossierError {
  return new DossierError('invalid-input', `${name} contains no text`);
}

/**
 * A .txt file: its text exactly as written, normalized. The title, date and dateline are read
 * from it afterwards (extract.ts), never cut out of it: anchors and gold offsets rely on that.
 */
export function extractPlainText(raw: string, name: string): ExtractedArticle {
  const text = normalizeText(raw);
  if (text === '') throw empty(name);
  return {
    title: '',
    text,
    source: '',
    authors: [],
    published: null,
    url: '',
    dateline: '',
    language: '',
    mediaType: 'text/plain',
    part: '',
  };
}

const markdown = new Marked({ gfm: true });

/**
 * A .md file as plain text: rendered by marked, then read like HTML so that emphasis, links
 * and entities become their words, and every block stays a paragraph. The first `# Heading`
 * is the title.
 */
export function extractMarkdown(raw: string, name: string): ExtractedArticle {
  const document = parseHtml('');
  const container = document.createElement('div');
  container.innerHTML = markdown.parse(raw, { async: false });
  const text = blockText(container);
  if (text === '') throw empty(name);
  const heading = container.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  return { ...extractPlainText(text, name), title: heading, mediaType: 'text/markdown' };
}
