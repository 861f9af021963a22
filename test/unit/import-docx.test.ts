import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { extractArticles } from '../../electron/core/import/extract.ts';
import { docx } from '../support/bombs.ts';

async function docxFixture(): Promise<Uint8Array> {
  const document = new Document({
    title: 'Ministers meet in Seoul',
    creator: 'Jane Doe',
    sections: [
      {
        children: [
          new Paragraph({ text: 'Ministers meet in Seoul', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [
              new TextRun('SEOUL (Example Wire) — The foreign and defense ministers '),
              new TextRun({ text: 'met', bold: true }),
              new TextRun(' on Thursday.'),
            ],
          }),
          new Paragraph('They agreed to hold the next round in Washington.'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

describe('DOCX', () => {
  it('reads the paragraphs and the core properties', async () => {
    const [article] = await extractArticles({ name: 'seoul.docx', bytes: await docxFixture() });
    expect(article).toMatchObject({
      title: 'Ministers meet in Seoul',
      authors: ['Jane Doe'],
      text: 'Ministers meet in Seoul\n\nSEOUL (Example Wire) — The foreign and defense ministers met on Thursday.\n\nThey agreed to hold the next round in Washington.',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    expect(article!.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('refuses a file that is not a zip', async () => {
    await expect(
      extractArticles({ name: 'notes.docx', bytes: new TextEncoder().encode('just some text') }),
    ).rejects.toMatchObject({
      code: 'invalid-input',
      message: 'notes.docx is not a Word document (not a zip archive)',
    });
  });

  it('refuses a zip that is not a Word document', async () => {
    const zip = new JSZip().file('hello.txt', 'hello');
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    await expect(extractArticles({ name: 'other.docx', bytes })).rejects.toMatchObject({
      message: 'other.docx is a zip archive but not a Word document',
    });
  });

  it('refuses a zip bomb from its declared sizes, before inflating anything', async () => {
    const bytes = await docxFixture();
    // Declare 300 MB for the first entry of the central directory, as a bomb would.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let at = bytes.length - 22;
    while (view.getUint32(at, true) !== 0x06054b50) at -= 1;
    const directory = view.getUint32(at + 16, true);
    view.setUint32(directory + 24, 300 * 1024 * 1024, true);
    await expect(extractArticles({ name: 'bomb.docx', bytes })).rejects.toMatchObject({
      message:
        'bomb.docx: the document expands to more than 200 MB when unpacked; it was not imported (it may be a decompression bomb)',
    });
  });

  it('refuses an archive compressed far beyond what documents allow', async () => {
    const zip = new JSZip()
      .file('word/document.xml', '<w/>'.repeat(1))
      .file('padding.bin', new Uint8Array(50 * 1024 * 1024));
    const bytes = await zip.generateAsync({
      type: 'uint8array',
      compression: 'DEFLATE',
      compressionOptions: { level: 9 },
    });
    await expect(extractArticles({ name: 'dense.docx', bytes })).rejects.toMatchObject({
      message: expect.stringMatching(
        /^dense\.docx: the document is compressed \d+ to 1, far more than documents are; it was not imported \(it may be a decompression bomb\)$/,
      ),
    });
  });
});

describe('the publication date of a DOCX', () => {
  const read = async (bytes: Uint8Array) =>
    (await extractArticles({ name: 'memo.docx', bytes }))[0]!.published;

  it('is the date the text states near the top, before the file properties', async () => {
    const created = '2024-01-09T10:00:00Z';
    expect(
      await read(docx(['Ministers meet in Seoul', 'March 3, 2021', 'The talks began.'], created)),
    ).toBe('2021-03-03');
    expect(
      await read(
        docx(
          ['Ministers meet in Seoul', 'SEOUL, May 5, 2020 (Example Wire) — The talks began.'],
          created,
        ),
      ),
    ).toBe('2020-05-05');
  });

  it('is the created date of the document properties when the text states none', async () => {
    expect(await read(docx(['Ministers meet.', 'The talks began.'], '2024-01-09T10:00:00Z'))).toBe(
      '2024-01-09',
    );
    expect(await read(docx(['Ministers meet.', 'The talks began.']))).toBeNull();
  });
});
