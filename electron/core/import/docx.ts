import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { DossierError, describe } from '../errors.ts';
import type { ExtractedArticle } from './extract.ts';
import { parsePublished } from './parse-date.ts';
import { normalizeText } from './text.ts';
import { titleFromText } from './title.ts';
import { checkZip } from './zip-guard.ts';

const coreParser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: true,
  parseTagValue: false,
});

/** The document's own properties (docProps/core.xml): title, creator, created, language. */
async function coreProperties(zip: JSZip): Promise<Record<string, unknown>> {
  const xml = await zip.file('docProps/core.xml')?.async('string');
  if (xml === undefined) return {};
  const parsed: unknown = coreParser.parse(xml);
  const properties = (parsed as { coreProperties?: unknown } | null)?.coreProperties;
  return typeof properties === 'object' && properties !== null
    ? (properties as Record<string, unknown>)
    : {};
}

export async function extractDocx(bytes: Uint8Array, name: string): Promise<ExtractedArticle> {
  checkZip(bytes, name);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new DossierError(
      'invalid-input',
      `${name} is not a readable Word document (${describe(error)})`,
    );
  }
  if (zip.file('word/document.xml') === null) {
    throw new DossierError('invalid-input', `${name} is a zip archive but not a Word document`);
  }
  const properties = await coreProperties(zip);
  const field = (key: string): string =>
    typeof properties[key] === 'string' ? properties[key].trim() : '';
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  const text = normalizeText(value);
  if (text === '') throw new DossierError('invalid-input', `${name} contains no text`);
  const creator = field('creator');
  return {
    title: field('title') || titleFromText(text),
    text,
    source: '',
    authors: creator === '' ? [] : creator.split(/\s*;\s*/),
    published: parsePublished(field('created')),
    url: '',
    dateline: '',
    language: field('language'),
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    part: '',
  };
}
