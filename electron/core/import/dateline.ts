import type { PartialIsoDate } from '../../common/model/dates.ts';
import { parsePublished } from './parse-date.ts';

export interface Dateline {
  /** Title-cased place, with its region if given: "Washington", "Kyiv, Ukraine". */
  place: string;
  /** The agency or outlet in parentheses: "Reuters", "UrduPoint News / Sputnik". */
  source: string;
  published: PartialIsoDate | null;
  /** Where the story itself starts, after the dateline and its dash. */
  end: number;
}

/** A crawler's or editor's "date 2021-03-16" prefix, on its own line or before the story. */
const DATE_PREFIX = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b\s*/i;

export function leadingDate(
  text: string,
): { published: PartialIsoDate | null; end: number } | null {
  const match = DATE_PREFIX.exec(text);
  if (match === null) return null;
  return { published: parsePublished(match[1] ?? ''), end: match[0].length };
}

function titleCase(place: string): string {
  return place
    .toLowerCase()
    .replace(
      /(^|[\s-])(\p{L})/gu,
      (_all, before: string, letter: string) => before + letter.toUpperCase(),
    );
}

const PLACE = /^([A-Z][A-Z.'’-]*[A-Z.](?:\s+[A-Z][A-Z.'’-]*[A-Z.])*)/;
const SEGMENT = /^,\s*([^,()\n\-–—]{2,40}?)(?=\s*[,(\-–—:]|\s+\()/;
const REGION = /^[A-Z][\p{L}.'’]*(?:\s+[A-Z][\p{L}.'’]*)*$/u;
const PARENS = /^\s*\(([^)\n]{2,80})\)/;
const DASH = /^\s*[-–—:]+\s*/;
const YEAR_SEGMENT = /^,\s*(\d{4})(?=\s*[,(\-–—:]|\s+\()/;

/**
 * Reads a wire-style dateline at `from`: "WASHINGTON (UrduPoint News / Sputnik - 16th March,
 * 2021)", "LONDON, March 3 (Reuters) -", "KYIV, Ukraine (AP) —", "PARIS, 12 May 2022 -".
 * `fallbackYear` completes a date written without its year.
 */
export function readDateline(text: string, from = 0, fallbackYear?: number): Dateline | null {
  const head = text.slice(from, from + 200);
  const placeMatch = PLACE.exec(head);
  if (placeMatch?.[1] === undefined || placeMatch[1].replace(/[^A-Z]/g, '').length < 2) return null;
  let position = placeMatch[0].length;
  let region = '';
  let published: PartialIsoDate | null = null;
  for (
    let segment = SEGMENT.exec(head.slice(position));
    segment !== null;
    segment = SEGMENT.exec(head.slice(position))
  ) {
    let value = segment[1]?.trim() ?? '';
    // "March 3, 2021": the comma splits the year off into a segment of its own.
    const year = /\d/.test(value)
      ? YEAR_SEGMENT.exec(head.slice(position + segment[0].length))
      : null;
    if (year !== null) {
      value += `, ${year[1]}`;
      position += year[0].length;
    }
    const date = parsePublished(value, fallbackYear);
    // "March 3" with no year to complete it is still the dateline's date, just not a usable one.
    if (date !== null || /\d/.test(value)) published ??= date;
    else if (region === '' && REGION.test(value)) region = value;
    else break;
    position += segment[0].length;
  }
  let source = '';
  const parens = PARENS.exec(head.slice(position));
  if (parens?.[1] !== undefined) {
    // "(UrduPoint News / Sputnik - 16th March, 2021)": the agency, then perhaps a date.
    const [agency = '', ...dateParts] = parens[1].split(/\s+[-–—]\s+/);
    const date = dateParts.length > 0 ? parsePublished(dateParts.join(' '), fallbackYear) : null;
    if (date !== null) published = date;
    source = (date === null ? parens[1] : agency).trim();
    position += parens[0].length;
  }
  const dash = DASH.exec(head.slice(position));
  if (dash === null && parens === null) return null;
  position += dash?.[0].length ?? 0;
  const place = titleCase(placeMatch[1]) + (region === '' ? '' : `, ${region}`);
  return {
    place,
    source,
    published,
    end: from + position + (/^\s*/.exec(head.slice(position))?.[0].length ?? 0),
  };
}

/** How far into a document a stated date counts: its heading, byline and dateline. */
const TOP_PARAGRAPHS = 8;
/** A paragraph this short that holds a full date is a dateline or a "Published …" line. */
const DATE_PARAGRAPH_MAX = 80;

/**
 * The date a document states near its top: a leading "date 2021-03-16", a wire dateline that
 * starts one of its first paragraphs, or a full date in a short paragraph of its own ("March 3,
 * 2021", "Issued June 7, 2019"). A short paragraph must give the day: the year in a title
 * ("Annual Report 2021") is not a publication date.
 */
export function statedDate(text: string): PartialIsoDate | null {
  const lead = leadingDate(text);
  if (lead?.published) return lead.published;
  for (const { start, paragraph } of topParagraphs(text, lead?.end ?? 0)) {
    const dateline = readDateline(text, start);
    if (dateline?.published) return dateline.published;
    const date = paragraph.length <= DATE_PARAGRAPH_MAX ? parsePublished(paragraph) : null;
    if (date?.length === 'YYYY-MM-DD'.length) return date;
  }
  return null;
}

/** The first paragraphs of a text that are not blank, with where each starts. */
function* topParagraphs(text: string, from: number) {
  let start = from;
  for (let seen = 0; seen < TOP_PARAGRAPHS && start < text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end);
    const paragraph = line.trim();
    if (paragraph !== '') {
      seen += 1;
      yield { start: start + line.length - line.trimStart().length, paragraph };
    }
    start = end + 1;
  }
}

/**
 * A dateline that opens one of the first paragraphs, after a headline and a byline of their
 * own ("Halvard cuts 400 jobs\n\nBy Mira Castellanos\n\nSAN JOSE, California, Oct. 14, 2026
 * (Tech Ledger) - …"). Below the top it must give a date or an outlet: "FACT SHEET: …" is a
 * heading, not a place.
 */
export function topDateline(text: string, from = 0, fallbackYear?: number): Dateline | null {
  for (const { start } of topParagraphs(text, from)) {
    const dateline = readDateline(text, start, fallbackYear);
    if (dateline !== null && (dateline.published !== null || dateline.source !== ''))
      return dateline;
  }
  return null;
}

/** A short paragraph "By Jane Doe and John Roe, Outlet" near the top gives the authors. */
export function bylineAuthors(text: string): string[] {
  for (const { paragraph } of topParagraphs(text, 0)) {
    const byline = /^By\s+(\p{Lu}[^,;\n]{1,60})(?:[,;].{0,60})?$/u.exec(paragraph);
    if (byline?.[1] !== undefined)
      return byline[1].split(/\s+and\s+|\s*&\s*/).map((name) => name.trim());
  }
  return [];
}
