import { basename, extname } from 'node:path';
import { DossierError } from '../../common/errors.ts';
import type { PartialIsoDate } from '../../common/model/dates.ts';
import { bylineAuthors, leadingDate, readDateline, topDateline } from './dateline.ts';
import { declaredCharset, decodeText } from './encoding.ts';
import { MAX_IMPORT_BYTES } from './file-source.ts';
import { extractMarkdown, extractPlainText } from './plain-text.ts';
import { titleFromText } from './title.ts';

export interface ImportFile {
  /** The file's name or path: its extension picks the format; messages name it. */
  name: string;
  bytes: Uint8Array;
}

export interface ExtractedArticle {
  title: string;
  /** normalizeText()'d, non-empty. */
  text: string;
  source: string;
  authors: string[];
  published: PartialIsoDate | null;
  url: string;
  dateline: string;
  language: string;
  /** e.g. 'text/html' */
  mediaType: string;
  /** 'item 3 of feed.rss' for feed items, '' otherwise */
  part: string;
}

type Extractor = (
  bytes: Uint8Array,
  name: string,
) => Promise<ExtractedArticle[]> | ExtractedArticle[];

// The format modules load jsdom, pdfjs and mammoth: they are imported on first use, so that
// commands which import nothing start quickly.
const html: Extractor = async (bytes, name) => {
  const { extractHtml } = await import('./html.ts');
  return [await extractHtml(decodeText(bytes, name, declaredCharset(bytes)), name)];
};

const feed: Extractor = async (bytes, name) => {
  const { extractFeed, isFeed } = await import('./feed.ts');
  const xml = decodeText(bytes, name, declaredCharset(bytes));
  if (!isFeed(xml))
    throw new DossierError('invalid-input', `${name} is XML but not an RSS or Atom feed`);
  return extractFeed(xml, name);
};

const EXTRACTORS: Record<string, Extractor> = {
  '.txt': (bytes, name) => [extractPlainText(decodeText(bytes, name), name)],
  '.md': (bytes, name) => [extractMarkdown(decodeText(bytes, name), name)],
  '.markdown': (bytes, name) => [extractMarkdown(decodeText(bytes, name), name)],
  '.html': html,
  '.htm': html,
  '.xhtml': html,
  '.pdf': async (bytes, name) => [await (await import('./pdf.ts')).extractPdf(bytes, name)],
  '.docx': async (bytes, name) => [await (await import('./docx.ts')).extractDocx(bytes, name)],
  '.rss': feed,
  '.atom': feed,
  '.xml': feed,
};

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

/**
 * Fills what the format did not say from the text itself: a leading "date 2021-03-16", a wire
 * dateline ("WASHINGTON (UrduPoint News / Sputnik - 16th March, 2021)"), a title from the first
 * sentence of the story. The text itself is left as it is.
 */
function completeFromText(article: ExtractedArticle): ExtractedArticle {
  const { text } = article;
  const lead = leadingDate(text);
  const leadYear =
    lead?.published === null || lead === null ? undefined : Number(lead.published.slice(0, 4));
  const opening = readDateline(text, lead?.end ?? 0, leadYear);
  // Else a dateline after a headline and a byline: the headline stays the title.
  const dateline = opening ?? topDateline(text, lead?.end ?? 0, leadYear);
  const storyStart = opening?.end ?? lead?.end ?? 0;
  return {
    ...article,
    title: article.title || titleFromText(text.slice(storyStart)) || titleFromText(text),
    authors: article.authors.length > 0 ? article.authors : bylineAuthors(text),
    source: article.source || (dateline?.source ?? ''),
    published: article.published ?? lead?.published ?? dateline?.published ?? null,
    dateline: article.dateline || (dateline?.place ?? ''),
  };
}

/**
 * Reads one file into its articles: one for a document, one per item for a feed. Fails with a
 * DossierError('invalid-input') that gives the one reason the file cannot be imported.
 */
export async function extractArticles(file: ImportFile): Promise<ExtractedArticle[]> {
  const name = basename(file.name);
  const size = file.bytes.byteLength;
  if (size === 0) throw new DossierError('invalid-input', `${name} is empty`);
  if (size > MAX_IMPORT_BYTES) {
    throw new DossierError(
      'invalid-input',
      `${name} is ${megabytes(size)} MB; the limit is ${MAX_IMPORT_BYTES / (1024 * 1024)} MB`,
    );
  }
  const extension = extname(name).toLowerCase();
  const extractor = EXTRACTORS[extension];
  if (extractor === undefined) {
    const supported = Object.keys(EXTRACTORS).join(', ');
    const what = extension === '' ? 'has no file extension' : `is a ${extension} file`;
    throw new DossierError('invalid-input', `${name} ${what}; Dossier imports ${supported}`);
  }
  const articles = (await extractor(file.bytes, name)).map(completeFromText);
  if (articles.length === 0)
    throw new DossierError('invalid-input', `${name} has no items with text`);
  return articles;
}
