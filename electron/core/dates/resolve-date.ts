import * as chrono from 'chrono-node';
import type { DateRange } from '../../common/model/date-range.ts';
import { DateRangeSchema } from '../../common/model/date-range.ts';
import type { DatePrecision, IsoDate, PartialIsoDate } from '../../common/model/dates.ts';
import { addDays, isRealDate, isoOf, monthEnd, monthStart } from './calendar.ts';
import { findImpossibleDates, findRuleDates } from './date-expressions.ts';
import { pinPossessivePeriods } from './possessive-periods.ts';
import { monthInName, yearForMonth, type Reference } from './date-patterns.ts';
import type { Tense } from './tense.ts';
import { tenseAt as tenseOfClause } from './tense.ts';
import { findDateline, splitSentences, type TextSpan } from './sentences.ts';

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
const RELATIVE_WORD = /\b(?:today|tonight|tomorrow|yesterday|ago)\b/i;
/** "A week later", "two days earlier" count from a time of the story, not from the article. */
const NARRATIVE_WORD = /\b(?:later|earlier)\b/i;
const NUMERIC_FULL_DATE =
  /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{4}\b|\b\d{4}\/\d{1,2}\/\d{1,2}\b/;
const DURATION = /\b(?:years?|months?|weeks?|days?|hours?|minutes?)\b/i;
const LEADING_WORDS = /^(?:(?:on|in|at|by|from|since|during|until|till|through|of)\s+)+/i;
const TRAILING_PUNCTUATION = /[\s,.;:]+$/;
const TIME_WORD_FIRST = /^(?:morning|afternoon|evening|night|noon|midnight),?\s+(?=\S)/i;

/** What chrono-node read, and where. */
interface Reading {
  index: number;
  text: string;
  start: chrono.ParsedComponents;
  end?: chrono.ParsedComponents | null;
}

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
  const results: Reading[] = chronoPieces(text).flatMap((piece) =>
    chrono.en
      .parse(text.slice(piece.start, piece.end), reference, { forwardDate: false })
      .flatMap((result): Reading[] => {
        const index = piece.start + result.index;
        // "night, January 23, 2014": chrono takes the time word and loses the day; read the rest.
        const time = TIME_WORD_FIRST.exec(result.text);
        if (time === null)
          return [{ index, text: result.text, start: result.start, end: result.end }];
        const offset = index + time[0].length;
        return chrono.en
          .parse(result.text.slice(time[0].length), reference, { forwardDate: false })
          .map((r) => ({ index: r.index + offset, text: r.text, start: r.start, end: r.end }));
      }),
  );
  const found: Candidate[] = [];
  for (const result of results) {
    let start = result.index;
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
    if (DURATION.test(words) && !/\bago\b/i.test(words)) continue;
    if (NARRATIVE_WORD.test(words)) continue;
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
      : yearForMonth(startMonth, startDay, ref!, tense);
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
      // "December 30 to January 2" runs into the next year; "March 5 to March 3" is no range.
      if (endIso < from && !e.isCertain('year') && endMonth < startMonth) {
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
 * Every date expression in a text, resolved against the article's publication date by the
 * conventions of shared/eval/FORMAT.md ("Conventions for relative dates"):
 * - relative expressions need a publication date (without one, only dates with a year count);
 *   a text without one (or with its year or month alone) is dated by its dateline's day;
 * - "today" is the article's day; a bare weekday ("on Tuesday") is the article's own day when it
 *   is that weekday, otherwise the one before it, or the one after it when its clause speaks of
 *   plans ("will", "is to", "scheduled to"); the tense is that of the clause holding the date,
 *   by the marker nearest to it (tense.ts); "last Friday" is always the Friday before (a week
 *   back in a Friday article), "next Friday" the one after, "this Friday" the one of the
 *   article's Monday..Sunday week;
 * - a month or day named without a year is in the article's year, a year back when the clause is
 *   in the past tense and the day is more than a week after the article, a year on when the
 *   clause speaks of plans and the day is more than a week before it, and otherwise the nearest;
 *   "February 6 this year" takes the year given;
 * - weeks run Monday..Sunday ("this week", "next week", "the week of March 7"), approximate;
 *   "this weekend" in a past clause is the one just gone; "earlier this month" runs from the
 *   month start to the article's day, "later this year" from the article's day to 31 December;
 *   "early/mid/late April" are days 1-10, 11-20, 21-end, "mid-2020" May-August, seasons;
 * - quarters and halves ("Q3", "the first half of 2024") are whole months, month precision, in
 *   the year the tense gives when none is written; "fiscal year 2024" ends in the month the
 *   article says its fiscal years end, or September where it is about the US government,
 *   otherwise it is the calendar year;
 * - "by the end of X" runs from the article's day (or X's start, when X is over) to X's end;
 * - "since X" runs from the start of X to the article's day; "from X to Y", "between X and Y",
 *   "X-Y", "March 3 and 4", "Monday and Tuesday" are one range; a month or a year alone spans
 *   it whole; named days (Christmas, Good Friday, Thanksgiving) are the day of that year;
 * - a period that owns a happening ("Next week's Ministerial") is the day the text gives that
 *   happening elsewhere ("a virtual COVID-19 Ministerial on July 19"), when it falls in it;
 * - no date inside a name ("Theresa May", "April Ryan", "Black Monday", "Good Friday
 *   Agreement"); "recently" is no date; times of day are ignored; impossible days ("February
 *   30") give no date at all; durations, repetitions ("every Tuesday"), numbers and codes are
 *   not dates.
 * Of overlapping readings the longest wins, and ours win over chrono-node's on equal spans.
 */
export function findDates(text: string, published: PartialIsoDate | null): FoundDate[] {
  return datesAgainst(text, articleDay(text, published));
}

/**
 * The day the text is dated: `published`, or, where that gives no day (a pasted text, a page
 * with the year alone), the day its dateline names within it ("SAN JOSE, California, Oct. 14,
 * 2026 (Tech Ledger) -").
 */
function articleDay(text: string, published: PartialIsoDate | null): PartialIsoDate | null {
  if (published !== null && published.length === 10) return published;
  const dateline = findDateline(text);
  if (dateline === null) return published;
  const day = datesAgainst(text.slice(0, dateline.end), null).find(
    (d) => d.start >= dateline.start && d.range.precision === 'day',
  )?.range.start;
  return day !== undefined && (published === null || day.startsWith(published)) ? day : published;
}

function datesAgainst(text: string, published: PartialIsoDate | null): FoundDate[] {
  const ref = referenceOf(published);
  const tenses = new Map<number, Tense>();
  const tenseAt = (index: number): Tense => {
    let tense = tenses.get(index);
    if (tense === undefined) {
      tense = tenseOfClause(text, index);
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
  ].filter((c) => !impossible.touches(c) && !monthInName(text, c.start));
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
  for (const c of sinceUntilPublished(text, joinRanges(text, chosen), published)) {
    const parsed = DateRangeSchema.safeParse({
      text: text.slice(c.start, c.end),
      start: c.from,
      end: c.to,
      precision: c.precision,
    });
    if (parsed.success) dates.push({ start: c.start, end: c.end, range: parsed.data });
  }
  return pinPossessivePeriods(text, dates);
}

const SAME_DAY_GAP = /^\s*(?:morning|afternoon|evening|night)?\s*,?\s*$/i;

function isBareWeekday(text: string, date: Candidate): boolean {
  return /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(
    text.slice(date.start, date.end),
  );
}

/** "between X and Y", "from X to Y", "X through Y": two dates that are the ends of one range. */
const RANGE_JOINT =
  /^\s*(?:to|until|till|through|and|[-–—]|and (?:runs?|lasts?|continues?) (?:to|until|through))\s*$/i;

function joinRanges(text: string, dates: Candidate[]): Candidate[] {
  const joined: Candidate[] = [];
  for (const date of dates) {
    const last = joined[joined.length - 1];
    const gap = last === undefined ? '' : text.slice(last.end, date.start);
    const lead = last === undefined ? '' : text.slice(Math.max(0, last.start - 8), last.start);
    const isRange =
      last !== undefined &&
      RANGE_JOINT.test(gap) &&
      (!/^\s*and\s*$/i.test(gap) || /\bbetween\s+$/i.test(lead) || nearDays(last, date)) &&
      date.to > last.from;
    if (
      last !== undefined &&
      SAME_DAY_GAP.test(gap) &&
      isBareWeekday(text, last) &&
      date.precision === 'day'
    ) {
      // "Monday night, January 20": the weekday names the date that follows.
      joined[joined.length - 1] = { ...date, start: last.start };
      continue;
    }
    if (!isRange) {
      joined.push(date);
      continue;
    }
    const between = /\b(?:between|from)\s+$/i.exec(lead);
    joined[joined.length - 1] = {
      start: between === null ? last.start : last.start - between[0].length,
      end: date.end,
      from: last.from,
      to: date.to,
      precision: last.precision === date.precision ? last.precision : 'approximate',
      own: last.own && date.own,
    };
  }
  return joined;
}

/** "Monday and Tuesday", "March 3 and March 4", "1997 and 1998": days of one happening at most
 * 3 days apart ("March 3 and March 10" are more likely two happenings), or years in a row. */
function nearDays(a: Candidate, b: Candidate): boolean {
  if (a.precision === 'year' && b.precision === 'year')
    return Number(b.from.slice(0, 4)) === Number(a.to.slice(0, 4)) + 1;
  return a.precision === 'day' && b.precision === 'day' && b.from <= addDays(a.to, 3);
}

/**
 * "since", or a "since" clause that ends at the date ("has grown since it was started by
 * lightning on August 2"): from the date's start to the article's date.
 */
const SINCE_BEFORE =
  /\b[Ss]ince\s+(?:(?:it|they|he|she|we|the\s+\p{L}+(?:\s+\p{L}+)?|\p{Lu}\p{L}+)\s+(?:(?:was|were|had been|has been)\s+)?\p{Ll}+(?:\s+\p{Ll}+){0,5}\s+(?:on|in)\s+)?$/u;

/** "since May 2020": from the start of May 2020 to the article's date. */
function sinceUntilPublished(
  text: string,
  dates: Candidate[],
  published: PartialIsoDate | null,
): Candidate[] {
  if (published === null || published.length !== 10) return dates;
  return dates.map((date) => {
    const since = SINCE_BEFORE.exec(text.slice(Math.max(0, date.start - 90), date.start));
    if (since === null || date.from > published) return date;
    return { ...date, start: date.start - since[0].length, to: published };
  });
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
  // A named day typed alone ("Christmas") is a date, as after "on" in a sentence.
  const range = onlyDate(text, reference) ?? onlyDate(`on ${text}`, reference);
  return range === null ? null : { ...range, text };
}

/** The one date that `text` consists of, or null. */
function onlyDate(text: string, reference: PartialIsoDate | null): DateRange | null {
  const found = findDates(text, reference);
  if (found.length !== 1) return null;
  const only = found[0]!;
  const before = text.slice(0, only.start);
  const after = text.slice(only.end);
  if (!UI_LEADING.test(before) && before.trim() !== '') return null;
  if (before.trim() !== '' && before.replace(UI_LEADING, '').trim() !== '') return null;
  if (!/^[\s.,;:!?]*$/.test(after)) return null;
  return only.range;
}
