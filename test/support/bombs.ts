// Documents built in memory for the import tests: hostile ones for reliability-import.test.ts
// (archives and PDFs small on disk and enormous once inflated, a PDF with so many pages that
// reading it takes minutes; a second or two each), and small sound ones with given dates.
import { createDeflate, createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';

export const MB = 1024 * 1024;

/** `head`, `size` bytes of spaces, `tail`, deflated as they stream (never whole in memory). */
async function deflatedPadding(
  head: string,
  size: number,
  tail: string,
  raw: boolean,
): Promise<Buffer> {
  const deflate = raw ? createDeflateRaw({ level: 9 }) : createDeflate({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const ended = new Promise((resolve) => deflate.on('end', resolve));
  const write = async (chunk: Buffer) => {
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve));
  };
  await write(Buffer.from(head));
  const spaces = Buffer.alloc(MB, 0x20);
  for (let left = size; left > 0; left -= MB)
    await write(left >= MB ? spaces : spaces.subarray(0, left));
  await write(Buffer.from(tail));
  deflate.end();
  await ended;
  return Buffer.concat(out);
}

interface ZipEntry {
  name: string;
  /** Raw-deflated data. */
  data: Buffer;
  /** What the headers claim; a bomb lies. */
  size: number;
  crc: number;
}

function entry(name: string, text: string): ZipEntry {
  const bytes = Buffer.from(text);
  return {
    name,
    data: deflateRawSync(bytes),
    size: bytes.length,
    crc: crc32(bytes),
  };
}

/** A zip archive whose local and central headers both state each entry's `size` and `crc`. */
function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data, size, crc } of entries) {
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const WORD_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The parts every Word document has, around a given word/document.xml. */
function wordParts(document: ZipEntry): ZipEntry[] {
  return [
    entry(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    entry(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    document,
  ];
}

/**
 * A .docx of a few hundred KB whose word/document.xml inflates to `inflated` bytes, while both
 * its headers declare 4 KB: what the declared sizes say is harmless.
 */
export async function docxBomb(inflated: number): Promise<Buffer> {
  const head = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${WORD_NS}"><w:body><w:p><w:r><w:t>Bomb</w:t></w:r></w:p>`;
  const data = await deflatedPadding(head, inflated, '</w:body></w:document>', true);
  return zip(wordParts({ name: 'word/document.xml', data, size: 4096, crc: 0 }));
}

/** A small, sound .docx with these paragraphs and these core properties (docProps/core.xml). */
export function docx(paragraphs: string[], created?: string): Buffer {
  const body = paragraphs.map((text) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`).join('');
  const parts = wordParts(
    entry(
      'word/document.xml',
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${WORD_NS}"><w:body>${body}</w:body></w:document>`,
    ),
  );
  if (created !== undefined) {
    parts.push(
      entry(
        'docProps/core.xml',
        `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created></cp:coreProperties>`,
      ),
    );
  }
  return zip(parts);
}

/**
 * A PDF: `pages` pages that all show the same content stream, one font, and an Info dictionary.
 * `contents` is the stream object's dictionary entries and data (already encoded).
 */
function pdf(options: {
  pages: number;
  contents: { dictionary: string; data: Buffer };
  info?: string;
  metadata?: string;
}): Buffer {
  const { pages, contents } = options;
  const pageIds = Array.from({ length: pages }, (_, index) => 6 + index);
  const objects: (string | Buffer)[] = [
    '<< /Type /Catalog /Pages 2 0 R' + (options.metadata ? ' /Metadata 5 0 R' : '') + ' >>',
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    Buffer.concat([
      Buffer.from(`<< ${contents.dictionary} /Length ${contents.data.length} >>\nstream\n`),
      contents.data,
      Buffer.from('\nendstream'),
    ]),
    options.metadata === undefined
      ? '<< >>'
      : `<< /Type /Metadata /Subtype /XML /Length ${Buffer.byteLength(options.metadata)} >>\nstream\n${options.metadata}\nendstream`,
    ...pageIds.map(
      () =>
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 3 0 R >> >> >>',
    ),
  ];
  if (options.info !== undefined) objects.push(options.info);
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(length);
    const bytes = Buffer.concat([
      Buffer.from(`${index + 1} 0 obj\n`),
      Buffer.from(object),
      Buffer.from('\nendobj\n'),
    ]);
    parts.push(bytes);
    length += bytes.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`];
  for (const offset of offsets) xref.push(`${String(offset).padStart(10, '0')} 00000 n \n`);
  const info = options.info === undefined ? '' : ` /Info ${objects.length} 0 R`;
  xref.push(
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${info} >>\nstartxref\n${length}\n%%EOF\n`,
  );
  parts.push(Buffer.from(xref.join('')));
  return Buffer.concat(parts);
}

/** A one-page PDF showing these lines, with an optional Info dictionary and XMP packet. */
export function textPdf(lines: string[], info?: string, metadata?: string): Buffer {
  const shown = lines.map((line, index) => `1 0 0 1 72 ${720 - index * 30} Tm (${line}) Tj`);
  const data = Buffer.from(`BT /F1 12 Tf ${shown.join(' ')} ET`);
  return pdf({ pages: 1, contents: { dictionary: '', data }, info, metadata });
}

const BOMB_TEXT = 'BT /F1 12 Tf 72 720 Td (A page of text, then hundreds of MB of nothing) Tj ET\n';

/** A one-page PDF whose FlateDecode content stream inflates to `inflated` bytes. */
export async function pdfBomb(inflated: number): Promise<Buffer> {
  const data = await deflatedPadding(BOMB_TEXT, inflated, '', false);
  return pdf({ pages: 1, contents: { dictionary: '/Filter /FlateDecode', data } });
}

/**
 * The same bomb behind an ASCIIHex filter, which a scan of FlateDecode streams does not open:
 * only the reading process's memory limit stops it.
 */
export async function hiddenPdfBomb(inflated: number): Promise<Buffer> {
  const data = await deflatedPadding(BOMB_TEXT, inflated, '', false);
  return pdf({
    pages: 1,
    contents: {
      dictionary: '/Filter [/ASCIIHexDecode /FlateDecode]',
      data: Buffer.from(data.toString('hex') + '>'),
    },
  });
}

/** A PDF of `pages` pages of text (one shared content stream): minutes of reading. */
export function longPdf(pages: number): Buffer {
  const shown = Array.from(
    { length: 40 },
    (_, index) => `1 0 0 1 72 ${760 - index * 18} Tm (Line ${index} of a very long report.) Tj`,
  );
  const data = Buffer.from(`BT /F1 12 Tf ${shown.join(' ')} ET`);
  return pdf({ pages, contents: { dictionary: '', data } });
}
