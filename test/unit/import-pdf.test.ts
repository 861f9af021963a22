import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticles } from '../../electron/core/import/extract.ts';
import { textPdf } from '../support/bombs.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../electron/core/briefing/chromium.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** Prints an HTML page to PDF with Chromium, as the fixture a user would import. */
async function printPdf(html: string): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.setContent(html);
    return new Uint8Array(await page.pdf({ format: 'A4' }));
  } finally {
    await page.close();
  }
}

/**
 * A minimal PDF whose standard security handler (RC4, revision 2) has a user password the
 * empty string does not open: what pdfjs meets in a password-protected file.
 */
function encryptedPdf(): Uint8Array {
  const hex = (byte: number): string => byte.toString(16).padStart(2, '0');
  const filler = (seed: number): string =>
    Array.from({ length: 32 }, (_, i) => hex((seed + i * 37) % 256)).join('');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${filler(11)}> /U <${filler(53)}> /P -4 >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  const id = filler(97).slice(0, 32);
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${id}> <${id}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

describe('PDF', () => {
  it('reads the text layer in paragraphs, with the title from the document', async () => {
    const pdf =
      await printPdf(`<html><head><title>Talks in Geneva</title></head><body style="font: 12pt serif; width: 14cm">
      <h1>Talks in Geneva</h1>
      <p>GENEVA (Example Wire) — Negotiators from both delegations met for six hours on Tuesday, and said the talks would continue on Wednesday morning at the same venue.</p>
      <p>A second paragraph says that the ministers will meet again in March.</p></body></html>`);
    const [article] = await extractArticles({ name: 'talks.pdf', bytes: pdf });
    expect(article).toMatchObject({
      title: 'Talks in Geneva',
      mediaType: 'application/pdf',
      part: '',
    });
    expect(article!.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const paragraphs = article!.text.split('\n\n');
    expect(paragraphs).toEqual([
      'Talks in Geneva',
      'GENEVA (Example Wire) — Negotiators from both delegations met for six hours on Tuesday, and said the talks would continue on Wednesday morning at the same venue.',
      'A second paragraph says that the ministers will meet again in March.',
    ]);
  });

  it('refuses a PDF that is only an image', async () => {
    const pdf = await printPdf(`<body><canvas id="c" width="400" height="300"></canvas><script>
      const g = document.getElementById('c').getContext('2d'); g.fillStyle = '#357'; g.fillRect(20, 20, 300, 200);
      </script></body>`);
    await expect(extractArticles({ name: 'scan.pdf', bytes: pdf })).rejects.toMatchObject({
      code: 'invalid-input',
      message: 'scan.pdf has no text layer (scanned image?); run OCR first',
    });
  });

  it('refuses a password-protected PDF', async () => {
    await expect(
      extractArticles({ name: 'secret.pdf', bytes: encryptedPdf() }),
    ).rejects.toMatchObject({
      code: 'invalid-input',
      message: 'secret.pdf is password-protected',
    });
  });

  it('refuses a file that is not a PDF', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7\nthis is not really a pdf at all');
    await expect(extractArticles({ name: 'fake.pdf', bytes })).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringMatching(/^fake\.pdf is not a readable PDF \(.+\)$/),
    });
  });
});

describe('the publication date of a PDF', () => {
  const read = async (bytes: Uint8Array) =>
    (await extractArticles({ name: 'report.pdf', bytes }))[0]!.published;
  const INFO = '<< /Title (Report) /CreationDate (D:20240109100000Z) >>';
  const XMP = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/"><xmp:CreateDate>2018-02-03T10:00:00Z</xmp:CreateDate></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;

  it('is the date the text states near the top, before the Info dictionary', async () => {
    expect(
      await read(textPdf(['Annual Report', 'Issued June 7, 2019', 'The year began.'], INFO)),
    ).toBe('2019-06-07');
  });

  it('is the Info CreationDate, then the XMP creation date, when the text states none', async () => {
    const lines = ['Annual Report', 'The year began quietly.'];
    expect(await read(textPdf(lines, INFO, XMP))).toBe('2024-01-09');
    expect(await read(textPdf(lines, undefined, XMP))).toBe('2018-02-03');
    expect(await read(textPdf(lines))).toBeNull();
  });
});
