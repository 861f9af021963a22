import { createHash } from 'node:crypto';

/**
 * The form every article's text is frozen in: Unicode NFC, LF line ends, one paragraph per
 * line separated by a blank line, white space inside a paragraph collapsed to one space.
 */
export function normalizeText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/^\uFEFF/, '')
    .split(/\n[ \t\u00A0]*\n+/)
    .map((paragraph) => paragraph.replace(/[\s\u00A0]+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

/**
 * A body's name glued to the word before it, as a page's separate elements read without the
 * space between them ("Acting Assistant SecretaryBureau of Near Eastern Affairs").
 */
const GLUED_BODY =
  /(?<=\p{Lu}\p{Ll}{4,})(?=(?:Bureau|Office|Department|Embassy|Mission|Ministry|Agency|Division|Directorate|Council|Command)\b)/gu;

/**
 * A metadata field as files give it ("Yael  Lempert , Acting Assistant SecretaryBureau of …"):
 * one line, single spaces, and a comma between elements that were glued together.
 */
export function normalizeField(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/[\s\u00A0]+/g, ' ')
    .replace(/ (?=[,;.])/g, '')
    .replace(GLUED_BODY, ', ')
    .trim();
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * What two copies of one article share however they were saved: the words, in order, without
 * case, punctuation or spacing. Two articles with the same fingerprint are duplicates.
 */
export function duplicateFingerprint(text: string): string {
  const words =
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return sha256Hex(words.join(' '));
}
