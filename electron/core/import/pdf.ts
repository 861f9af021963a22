import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { DossierError, describe } from '../../common/errors.ts';
import type { PartialIsoDate } from '../../common/model/dates.ts';
import type { ExtractedArticle } from './extract.ts';
import { statedDate } from './dateline.ts';
import { parsePublished } from './parse-date.ts';
import { checkPdfStreams } from './pdf-guard.ts';
import { normalizeText } from './text.ts';
import { titleFromText } from './title.ts';

let workerLoaded: Promise<void> | null = null;

/**
 * pdfjs runs its parser in a "fake worker" on Node. Handing it the worker module keeps it from
 * importing it by a file path at run time, which a bundled main process does not have.
 */
function loadWorker(): Promise<void> {
  workerLoaded ??= import('pdfjs-dist/legacy/build/pdf.worker.mjs').then((worker) => {
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  });
  return workerLoaded;
}

interface Line {
  text: string;
  y: number;
  height: number;
}

/** Rebuilds a page's lines from its text items: a new line at hasEOL or a change of baseline. */
function linesOf(items: TextItem[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  for (const item of items) {
    const y = Number(item.transform[5] ?? 0);
    const height = Math.abs(Number(item.transform[3] ?? item.height)) || item.height || 1;
    if (current !== null && Math.abs(current.y - y) > current.height / 2) {
      lines.push(current);
      current = null;
    }
    current ??= { text: '', y, height };
    current.text += item.str;
    if (item.hasEOL) {
      lines.push(current);
      current = null;
    }
  }
  if (current !== null) lines.push(current);
  return lines.filter((line) => line.text.trim() !== '');
}

/** Joins lines into paragraphs where the gap between baselines is clearly wider than usual. */
function paragraphsOf(lines: Line[]): string[] {
  const gaps = lines
    .slice(1)
    .map((line, index) => (lines[index]?.y ?? line.y) - line.y)
    .filter((gap) => gap > 0)
    .sort((a, b) => a - b);
  const usual = gaps[Math.floor(gaps.length / 4)] ?? 0;
  const paragraphs: string[] = [];
  let previous: Line | null = null;
  for (const line of lines) {
    const gap = previous === null ? 0 : previous.y - line.y;
    const breaks = previous === null || gap < 0 || gap > Math.max(usual * 1.4, line.height * 1.8);
    if (breaks || paragraphs.length === 0) paragraphs.push(line.text);
    else paragraphs[paragraphs.length - 1] += ' ' + line.text;
    previous = line;
  }
  return paragraphs;
}

/** "D:20220517234139+00'00'", the PDF date format, to a calendar date. */
function pdfDate(value: unknown): PartialIsoDate | null {
  const match = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(typeof value === 'string' ? value : '');
  if (match === null) return null;
  return parsePublished(
    [match[1], match[2], match[3]].filter((part) => part !== undefined).join('-'),
  );
}

async function open(bytes: Uint8Array, name: string): Promise<PDFDocumentProxy> {
  await checkPdfStreams(bytes, name);
  await loadWorker();
  try {
    // pdfjs 5 evaluates no code from the file (the isEvalSupported option is gone).
    return await getDocument({
      // pdfjs may take ownership of the buffer; the caller still needs its bytes.
      data: new Uint8Array(bytes),
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    if (error instanceof Error && error.name === 'PasswordException') {
      throw new DossierError('invalid-input', `${name} is password-protected`);
    }
    throw new DossierError('invalid-input', `${name} is not a readable PDF (${describe(error)})`);
  }
}

/** A PDF's text layer, page by page, with the document's Title, Author and date. */
export async function extractPdf(bytes: Uint8Array, name: string): Promise<ExtractedArticle> {
  const pdf = await open(bytes, name);
  try {
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const items = content.items.filter((item): item is TextItem => 'str' in item);
      pages.push(paragraphsOf(linesOf(items)).join('\n\n'));
      page.cleanup();
    }
    const text = normalizeText(pages.join('\n\n'));
    if (text === '') {
      throw new DossierError(
        'invalid-input',
        `${name} has no text layer (scanned image?); run OCR first`,
      );
    }
    const { info, metadata } = await pdf.getMetadata();
    const fields = (info ?? {}) as Record<string, unknown>;
    const field = (key: string): string =>
      typeof fields[key] === 'string' ? fields[key].trim() : '';
    const author = field('Author');
    return {
      title: field('Title') || titleFromText(text),
      text,
      source: '',
      authors: author === '' ? [] : author.split(/\s*;\s*/),
      // The Info and XMP dates are the file's (when it was made), not the document's.
      published:
        statedDate(text) ??
        pdfDate(fields['CreationDate']) ??
        parsePublished(metadata?.get('xmp:createdate') ?? ''),
      url: '',
      dateline: '',
      language: field('Language'),
      mediaType: 'application/pdf',
      part: '',
    };
  } finally {
    await pdf.destroy();
  }
}
