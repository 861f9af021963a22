import * as chrono from 'chrono-node';
import type { DateRange } from '../model/date-range.ts';
import { DateRangeSchema } from '../model/date-range.ts';
import type { DatePrecision, IsoDate, PartialIsoDate } from '../model/dates.ts';
import { isRealDate, isoOf, monthEnd, monthStart } from './calendar.ts';
import type { Reference } from './date-expressions.ts';
import { findImpossibleDates, findRuleDates, yearForMonth } from './date-expressions.ts';
import type { Tense } from './tense.ts';
import { clauseAround, tenseOf } from './tense.ts';
import { splitSentences, type TextSpan } from '../suggest/event-sentences.ts';

/** A date expression in a text: its offsets (UTF-16, end exclusive) and what it means. */
export interface FoundDate {
  start: number;
  end: number;
  range: DateRange;
}

interface Candidate {
  start: number;
  end: number;
  from: IsoDate;
  to: IsoDate;
  precision: DatePrecision;
  /** Our own rules win over chrono-node on spans of equal length. */
  own: boolean;
}

function referenceOf(published: PartialIsoDate | null): Reference | null {
  if (published === null) return null;
  const [year, month, day] = published.split('-').map(Number);
  return { year: year!, month: month ?? null, day: day ?? null };
}

/** Chrono's reference instant: noon UTC of the article's day, so that no time zone moves it. */
function chronoReference(ref: Reference | null): chrono.ParsingReference {
  const year = ref?.year ?? 2000;
  return {
    instant: new Date(Date.UTC(year, (ref?.month ?? 1) - 1, ref?.day ?? 1, 12)),
    timezone: 0,
  };
}

const MONTH_WORD =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)/;
const RELATIVE_WORD = /\b(?:today|tonight|tomorrow|yesterday|ago|later|earlier)\b/i;
const NUMERIC_FULL_DATE =
  /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{4}\b|\b\d{4}\/\d{1,2}\/\d{1,2}\b/;
const DURATION = /\b(?:years?|months?|weeks?|days?|hours?|minutes?)\b/i;
const LEADING_WORDS = /^(?:(?:on|in|at|by|from|since|during|until|till|through|of)\s+)+/i;
const TRAILING_PUNCTUATION = /[\s,.;:]+$/;

/** The most chrono-node reads at once. */
const CHRONO_PIECE = 2000;

/**
 * The text in pieces of whole sentences, each at most CHRONO_PIECE characters long unless one
 * sentence is longer, which is then cut at a space. Chrono-node's work grows faster than its
 * input (it re-reads the rest of the text after each match: 4 s for a 400 KB line, issue 22);
 * a date never spans two sentences.
 */
function chronoPieces(text: string): TextSpan[] {
  const pieces: TextSpan[] = [];
  let start = 0;
  let end = 0;
  const close = (at: number): void => {
    while (at - start > CHRONO_PIECE) {
      const space = text.lastIndexOf(' ', start + CHRONO_PIECE);
      const cut = space > start ? space : start + CHRONO_PIECE;
      pieces.push({ start, end: cut });
      start = cut;
    }
    if (at > start) pieces.push({ start, end: at });
    start = at;
  };
  for (const sentence of splitSentences(text)) {
    if (sentence.end - start > CHRONO_PIECE && end > start) close(end);
    end = sentence.end;
  }
  close(text.length);
  return pieces;
}

/** Chrono-node's reading of explicit calendar dates: "March 16-17", "16th March, 2021". */
function chronoDates(
  text: string,
  ref: Reference | null,
  tenseAt: (index: number) => Tense,
): Candidate[] {
  const reference = chronoReference(ref);
  const results = chronoPieces(text).flatMap((piece) =>
    chrono.en
      .parse(text.slice(piece.start, piece.end), reference, { forwardDate: false })
      .map((result) => ({ result, index: piece.start + result.index })),
  );
  const found: Candidate[] = [];
  for (const { result, index } of results) {
    let start = index;
    let words = result.text;
    const lead = LEADING_WORDS.exec(words);
    if (lead !== null) {
      start += lead[0].length;
      words = words.slice(lead[0].length);
    }
    words = words.replace(TRAILING_PUNCTUATION, '');
    if (words.endsWith('.') && !/\b[A-Z][a-z]{2,3}\.$/.test(words)) words = words.slice(0, -1);
    const end = start + words.length;
    if (words === '') continue;
    // Only what names a calendar day or month; weekdays, weeks and years are our rules'.
    if (!MONTH_WORD.test(words) && !RELATIVE_WORD.test(words) && !NUMERIC_FULL_DATE.test(words))
      continue;
    if (/^(?:for|every|each)\b/i.test(words)) continue;
    if (/\b(?:every|each)\s+$/i.test(text.slice(Math.max(0, start - 6), start))) continue;
    if (DURATION.test(words) && !/\b(?:ago|later|earlier)\b/i.test(words)) continue;
    const s = result.start;
    if (!s.isCertain('month')) continue;
    // A month alone ("May") is a date only after a word that makes it one: our rules read those.
    if (!s.isCertain('day') && !s.isCertain('year')) continue;
    if (ref === null && !s.isCertain('year')) continue;
    const tense = tenseAt(start);
    const startMonth = s.get('month')!;
    const startDay = s.isCertain('day') ? s.get('day')! : null;
    const startYear = s.isCertain('year')
      ? s.get('year')!
      : yearForMonth(startMonth, startDay ?? 15, ref!, tense);
    if (startDay !== null && !isRealDate(startYear, startMonth, startDay)) continue;
    let from =
      startDay === null
        ? monthStart(startYear, startMonth)
        : isoOf(startYear, startMonth, startDay);
    let to = startDay === null ? monthEnd(startYear, startMonth) : from;
    let precision: DatePrecision = startDay === null ? 'month' : 'day';
    const e = result.end;
    if (e !== null && e !== undefined && e.isCertain('month')) {
      const endMonth = e.get('month')!;
      const endDay = e.isCertain('day') ? e.get('day')! : null;
      let endYear = e.isCertain('year') ? e.get('year')! : startYear;
      if (endDay !== null && !isRealDate(endYear, endMonth, endDay)) continue;
      let endIso = endDay === null ? monthEnd(endYear, endMonth) : isoOf(endYear, endMonth, endDay);
      if (endIso < from && !e.isCertain('year')) {
        endYear += 1;
        endIso = endDay === null ? monthEnd(endYear, endMonth) : isoOf(endYear, endMonth, endDay);
      }
      if (endIso < from && !s.isCertain('year') && e.isCertain('year')) {
        // "December 30 to January 2, 2021": the start belongs to the year before.
        const y = startYear - 1;
        from = startDay === null ? monthStart(y, startMonth) : isoOf(y, startMonth, startDay);
      }
      if (endIso < from) continue;
      to = endIso;
      if ((startDay === null) !== (endDay === null)) precision = 'approximate';
      else if (endDay === null) precision = 'month';
    }
    found.push({ start, end, from, to, precision, own: false });
  }
  return found;
}

/** Which characters of a text some spans cover. */
class SpanMask {
  private readonly covered: Uint8Array;

  constructor(length: number) {
    this.covered = new Uint8Array(length);
  }

  cover(span: { start: number; end: number }): void {
    this.covered.fill(1, span.start, span.end);
  }

  touches(span: { start: number; end: number }): boolean {
    for (let i = span.start; i < span.end; i += 1) if (this.covered[i] === 1) return true;
    return false;
  }
}

/**
 * Every date expression in a text, resolved against the article's publication date:
 * - relative expressions need a publication date (without one, only dates with a year count);
 * - a bare weekday ("on Tuesday") is the article's own day when it is that weekday; otherwise the
 *   one before it, or the one after it when its clause speaks of plans ("will", "scheduled");
 *   "last Friday" is always the Friday before (a week back in a Friday article), "next Friday"
 *   the one after, "this Friday" the one of the article's Monday..Sunday week;
 * - a month or day named without a year is in the article's year, a year back when the clause is
 *   in the past tense and the day is more than a week after the article, a year on when the
 *   clause speaks of plans and the day is more than a week before it, and otherwise the nearest;
 * - weeks run Monday..Sunday with precision approximate ("next week", "this week"), as do
 *   "earlier this month" (month start..article day), "early/mid/late April" (days 1-10, 11-20,
 *   21-end), "mid-2020" (early Jan-Apr, mid May-Aug, late Sep-Dec) and seasons;
 * - a year is a date after "in", "during", "throughout"; "the 1990s" is a range of years;
 * - times of day are ignored; impossible days ("February 30") give no date at all; durations,
 *   repetitions ("every Tuesday"), numbers and codes are not dates.
 * Of overlapping readings the longest wins, and ours win over chrono-node's on equal spans.
 */
export function findDates(text: string, published: PartialIsoDate | null): FoundDate[] {
  const ref = referenceOf(published);
  const tenses = new Map<number, Tense>();
  const tenseAt = (index: number): Tense => {
    let tense = tenses.get(index);
    if (tense === undefined) {
      tense = tenseOf(clauseAround(text, index));
      tenses.set(index, tense);
    }
    return tense;
  };
  // Characters covered by an impossible day, then by a chosen reading: a candidate is checked
  // against its own characters, not against every other candidate (issue 22: linear).
  const impossible = new SpanMask(text.length);
  for (const span of findImpossibleDates(text)) impossible.cover(span);
  const candidates: Candidate[] = [
    ...findRuleDates(text, ref, tenseAt).map((m) => ({ ...m, own: true })),
    ...chronoDates(text, ref, tenseAt),
  ].filter((c) => !impossible.touches(c));
  candidates.sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) || Number(b.own) - Number(a.own) || a.start - b.start,
  );
  const chosen: Candidate[] = [];
  const taken = new SpanMask(text.length);
  for (const candidate of candidates) {
    if (taken.touches(candidate)) continue;
    taken.cover(candidate);
    chosen.push(candidate);
  }
  chosen.sort((a, b) => a.start - b.start);
  const dates: FoundDate[] = [];
  for (const c of chosen) {
    const parsed = DateRangeSchema.safeParse({
      text: text.slice(c.start, c.end),
      start: c.from,
      end: c.to,
      precision: c.precision,
    });
    if (parsed.success) dates.push({ start: c.start, end: c.end, range: parsed.data });
  }
  return dates;
}

const UI_LEADING = /^(?:(?:on|in|during|around|about|circa|ca\.|c\.)\s+)+/i;

/**
 * A date typed by the user ("March 16-17", "2021-03", "last Friday", "2021"), resolved against
 * the article's date; null when the words are not one date.
 */
export function resolveDateText(words: string, reference: PartialIsoDate | null): DateRange | null {
  const text = words.trim();
  if (text === '') return null;
  if (/^\d{4}$/.test(text)) {
    const parsed = DateRangeSchema.safeParse({
      text,
      start: `${text}-01-01`,
      end: `${text}-12-31`,
      precision: 'year',
    });
    return parsed.success ? parsed.data : null;
  }
  const found = findDates(text, reference);
  if (found.length !== 1) return null;
  const only = found[0]!;
  const before = text.slice(0, only.start);
  const after = text.slice(only.end);
  if (!UI_LEADING.test(before) && before.trim() !== '') return null;
  if (before.trim() !== '' && before.replace(UI_LEADING, '').trim() !== '') return null;
  if (!/^[\s.,;:!?]*$/.test(after)) return null;
  return { ...only.range, text };
}
