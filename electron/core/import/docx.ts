import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { DossierError, describe } from '../../common/errors.ts';
import { statedDate } from './dateline.ts';
import type { ExtractedArticle } from './extract.ts';
import { parsePublished } from './parse-date.ts';
import { normalizeText } from './text.ts';
import { titleFromText } from './title.ts';
import { unpackZip } from './zip-guard.ts';

const coreParser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: true,
  parseTagValue: false,
});

/** The document's own properties (docProps/core.xml): title, creator, created, language. */
function coreProperties(files: Map<string, Uint8Array>): Record<string, unknown> {
  const xml = files.get('docProps/core.xml');
  if (xml === undefined) return {};
  const parsed: unknown = coreParser.parse(new TextDecoder().decode(xml));
  const properties = (parsed as { coreProperties?: unknown } | null)?.coreProperties;
  return typeof properties === 'object' && properties !== null
    ? (properties as Record<string, unknown>)
    : {};
}

/** The files again as a zip that stores them as they are: mammoth inflates nothing. */
async function storedZip(files: Map<string, Uint8Array>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [path, content] of files) zip.file(path, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}

export async function extractDocx(bytes: Uint8Array, name: string): Promise<ExtractedArticle> {
  const files = await unpackZip(bytes, name);
  if (!files.has('word/document.xml')) {
    throw new DossierError('invalid-input', `${name} is a zip archive but not a Word document`);
  }
  const properties = coreProperties(files);
  const field = (key: string): string =>
    typeof properties[key] === 'string' ? properties[key].trim() : '';
  let value: string;
  try {
    ({ value } = await mammoth.extractRawText({ buffer: await storedZip(files) }));
  } catch (error) {
    throw new DossierError(
      'invalid-input',
      `${name} is not a readable Word document (${describe(error)})`,
    );
  }
  const text = normalizeText(value);
  if (text === '') throw new DossierError('invalid-input', `${name} contains no text`);
  const creator = field('creator');
  return {
    title: field('title') || titleFromText(text),
    text,
    source: '',
    authors: creator === '' ? [] : creator.split(/\s*;\s*/),
    // The properties' dates are the file's (when it was created or saved), not the document's.
    published: statedDate(text) ?? parsePublished(field('created')),
    url: '',
    dateline: '',
    language: field('language'),
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    part: '',
  };
}
