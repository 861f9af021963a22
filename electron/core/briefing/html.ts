import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Marked } from 'marked';
import markedFootnote from 'marked-footnote';
import type { BriefingDocument } from './briefing-document.ts';
import { bodyMarkdown, briefingFiles } from './markdown.ts';
import { metaLine } from './brief-wording.ts';
import { formatLongDate } from './dates.ts';
import { isSafeHref } from './link-policy.ts';

/**
 * The brief as HTML: the Markdown export rendered with marked (GFM tables, marked-footnote) by a
 * renderer that cannot emit markup of its own making, under a title block built from the
 * briefing's fields. `briefingHtmlFragment` is what the live preview shows (the page sanitizes
 * it again with DOMPurify);
 * `briefingPage` wraps it with the print stylesheet for Chromium's printToPDF, which both the
 * CLI (playwright-core) and the Electron app (webContents.printToPDF) use.
 */

export type Paper = 'a4' | 'letter';

/**
 * marked, made safe where it renders rather than afterwards: DOMPurify over a jsdom window on
 * the whole page cost about 2 s of CPU to load jsdom and 1 s per export to walk the page. The
 * Markdown is built from escaped notebook text and the analyst's neutralized text
 * (markdown.ts), so the only ways to markup left are these three, and each is closed here:
 * raw HTML is shown as text, and links and images follow link-policy.ts (the Markdown export
 * applies the same policy to its text). Every other element and attribute is marked's own,
 * with its text and attribute values escaped.
 */
export function createMarked(images: ReadonlyMap<string, string> = new Map()): Marked {
  return new Marked({ gfm: true }).use(
    {
      renderer: {
        html: ({ text }) => escapeHtml(text),
        link(token) {
          return isSafeHref(token.href) ? false : this.parser.parseInline(token.tokens);
        },
        // The brief's own pictures (the network) come inline as data: URLs; no other image.
        image: ({ href, text }) => {
          const data = images.get(href);
          return data === undefined
            ? escapeHtml(text)
            : `<img class="network" src="${data}" alt="${escapeHtml(text)}">`;
        },
      },
    },
    markedFootnote({
      keepLabels: true,
      description: 'Notes',
      headingClass: 'notes-heading',
      sectionClass: 'footnotes',
    }),
  );
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function banner(classification: string, where: 'top' | 'bottom'): string {
  return classification === ''
    ? ''
    : `<div class="classification classification-${where}">${escapeHtml(classification)}</div>\n`;
}

/** The title block and the body: what the live preview inserts in the page. */
export function briefingHtmlFragment(doc: BriefingDocument): string {
  const rendered = createMarked(briefingImages(doc)).parse(
    bodyMarkdown(doc, { classificationLine: false }),
    { async: false },
  );
  // Footnote references side by side print as "1,3": the stylesheet adds the comma.
  const body = rendered.replace(/<\/sup><sup>/g, '</sup><sup class="next-ref">');
  const meta = metaLine(doc);
  return (
    `<article class="briefing">\n` +
    `<header class="title-block">\n` +
    banner(doc.classification, 'top') +
    `<h1>${escapeHtml(doc.title)}</h1>\n` +
    `<p class="meta">${escapeHtml(meta)}</p>\n` +
    `</header>\n` +
    `<div class="briefing-body">\n${body}</div>\n` +
    banner(doc.classification, 'bottom') +
    `</article>\n`
  );
}

/** The pictures the brief's Markdown links (by file name), as data: URLs. */
function briefingImages(doc: BriefingDocument): Map<string, string> {
  return new Map(
    briefingFiles(doc).map((file) => [
      file.name,
      `data:image/svg+xml;base64,${Buffer.from(file.svg).toString('base64')}`,
    ]),
  );
}

let stylesheet: Promise<string> | null = null;

/**
 * resources/briefing.css, found from this module's folder upwards: the module runs from
 * electron/core/briefing/ (tests, tsx) or from a bundle in dist/<host>/. Read once, without
 * blocking the thread that answers (an export is a request).
 */
function briefingStylesheet(): Promise<string> {
  stylesheet ??= (async () => {
    let folder = dirname(fileURLToPath(import.meta.url));
    for (let i = 0; i < 6; i++) {
      try {
        return await readFile(join(folder, 'resources', 'briefing.css'), 'utf8');
      } catch {
        folder = dirname(folder);
      }
    }
    stylesheet = null; // tried again by the next export
    throw new Error('resources/briefing.css was not found');
  })();
  return stylesheet;
}

/**
 * The whole page to print: the fragment and the print stylesheet inline, no script, nothing to
 * fetch. Print it with JavaScript disabled and the network closed.
 */
export async function briefingPage(
  doc: BriefingDocument,
  options: { paper?: Paper; css?: string } = {},
): Promise<string> {
  const paper = options.paper ?? 'a4';
  const css = options.css ?? (await briefingStylesheet());
  return (
    `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">\n` +
    `<title>${escapeHtml(doc.title)}</title>\n<style>\n${css}\n</style>\n</head>\n` +
    `<body class="paper-${paper}">\n${briefingHtmlFragment(doc)}</body>\n</html>\n`
  );
}

/** Page sizes and margins; both Playwright's page.pdf and Electron's printToPDF take these. */
export const PAPER: Record<Paper, { format: 'A4' | 'Letter'; width: string; height: string }> = {
  a4: { format: 'A4', width: '210mm', height: '297mm' },
  letter: { format: 'Letter', width: '8.5in', height: '11in' },
};
export const PDF_MARGIN = { top: '22mm', bottom: '20mm', left: '18mm', right: '18mm' };

/**
 * Header and footer printed on every page: the title and the handling line at the top, the
 * handling line and "Page X of Y" at the bottom. Chromium renders them apart from the page,
 * so they carry their own fonts and an explicit size.
 */
export function pdfTemplates(doc: BriefingDocument): {
  headerTemplate: string;
  footerTemplate: string;
} {
  const base =
    "font-family: Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif; font-size: 8px; " +
    'color: #4a5563; width: 100%; box-sizing: border-box; padding: 0 18mm; display: flex; ' +
    'justify-content: space-between; align-items: center; ' +
    '-webkit-print-color-adjust: exact;';
  const cell = (text: string, align: string, extra = '') =>
    `<span style="flex: 1; text-align: ${align}; ${extra}">${text}</span>`;
  const marking = escapeHtml(doc.classification);
  const strong = 'font-weight: bold; letter-spacing: 0.06em; color: #1b2a3a;';
  return {
    headerTemplate:
      `<div style="${base}">` +
      cell(`<span class="title"></span>`, 'left', 'white-space: nowrap; overflow: hidden;') +
      cell(marking, 'center', strong) +
      cell(escapeHtml(doc.date === null ? '' : formatLongDate(doc.date)), 'right') +
      `</div>`,
    footerTemplate:
      `<div style="${base}">` +
      cell('Dossier briefing', 'left') +
      cell(marking, 'center', strong) +
      cell('Page <span class="pageNumber"></span> of <span class="totalPages"></span>', 'right') +
      `</div>`,
  };
}
