import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow } from 'electron';
import { PAPER, PDF_MARGIN } from '../core/briefing/html.ts';
import type { PdfPrinter } from '../core/briefing/pdf.ts';

const PRINT_PARTITION = 'dossier-print';

function inches(length: string): number {
  const value = parseFloat(length);
  return length.endsWith('mm') ? value / 25.4 : length.endsWith('cm') ? value / 2.54 : value;
}

/**
 * The app prints briefings with Chromium's own printToPDF, as Joplin does: the same page and
 * stylesheet as the CLI's PDF. The page holds text from strangers' articles, so it is shown in
 * a hidden window with JavaScript off, in a session of its own that refuses every request but
 * the page itself.
 */
export const electronPdfPrinter: PdfPrinter = async (html, options) => {
  const folder = await mkdtemp(join(tmpdir(), 'dossier-print-'));
  const file = join(folder, 'briefing.html');
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      partition: PRINT_PARTITION,
    },
  });
  try {
    await writeFile(file, html);
    const page = pathToFileURL(file).href;
    window.webContents.session.webRequest.onBeforeRequest((details, callback) =>
      callback({ cancel: details.url !== page }),
    );
    window.webContents.on('will-navigate', (event) => event.preventDefault());
    await window.loadURL(page);
    return await window.webContents.printToPDF({
      pageSize: PAPER[options.paper].format,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: options.headerTemplate,
      footerTemplate: options.footerTemplate,
      margins: {
        top: inches(PDF_MARGIN.top),
        bottom: inches(PDF_MARGIN.bottom),
        left: inches(PDF_MARGIN.left),
        right: inches(PDF_MARGIN.right),
      },
    });
  } finally {
    window.destroy();
    await rm(folder, { recursive: true, force: true });
  }
};
