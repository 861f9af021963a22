import { access, constants } from 'node:fs/promises';
import { DossierError, describe } from '../../common/errors.ts';
import type { BriefingDocument } from './briefing-document.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { briefingPage, PAPER, PDF_MARGIN, pdfTemplates, type Paper } from './html.ts';

/**
 * PDF for the CLI and browser mode: the briefing page printed by Chromium through
 * playwright-core (Debian's Chromium; never a downloaded one). The page is untrusted content
 * from the analyst's sources: JavaScript is disabled and every network request is aborted.
 * The Electron app prints the same page with webContents.printToPDF (see briefingPage and
 * pdfTemplates).
 */

/** Prints a briefing page to PDF: Chromium here, webContents.printToPDF in the Electron app. */
export type PdfPrinter = (html: string, options: PrintOptions) => Promise<Uint8Array>;

export interface PrintOptions {
  paper: Paper;
  headerTemplate: string;
  footerTemplate: string;
}

export async function renderBriefingPdf(
  doc: BriefingDocument,
  options: { paper?: Paper; printer?: PdfPrinter } = {},
): Promise<Uint8Array> {
  const paper = options.paper ?? 'a4';
  const print = options.printer ?? printHtml;
  return print(await briefingPage(doc, { paper }), { paper, ...pdfTemplates(doc) });
}

export async function printHtml(page: string, options: PrintOptions): Promise<Buffer> {
  const browser = await launch();
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const tab = await context.newPage();
    await tab.route('**/*', (route) => route.abort());
    await tab.setContent(page, { waitUntil: 'load' });
    return await tab.pdf({
      format: PAPER[options.paper].format,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: options.headerTemplate,
      footerTemplate: options.footerTemplate,
      margin: PDF_MARGIN,
      // A tagged PDF with an outline is four times larger and takes a second longer to print
      // (measured here); the brief's headings and tables read well without.
      tagged: false,
    });
  } finally {
    await browser.close();
  }
}

async function launch() {
  try {
    await access(CHROMIUM_PATH, constants.X_OK);
  } catch {
    throw new DossierError(
      'io',
      `PDF export needs Chromium at ${CHROMIUM_PATH} (install it, e.g. apt-get install chromium, or set DOSSIER_CHROMIUM).`,
    );
  }
  const { chromium } = await import('playwright-core');
  try {
    return await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
    });
  } catch (error) {
    throw new DossierError('io', `Chromium did not start for the PDF export: ${describe(error)}`);
  }
}
