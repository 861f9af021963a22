import { isoOf, monthEnd, partsOf } from './calendar.ts';
import type { Span } from './clauses.ts';
import { clausesOf, endsInReport } from './clauses.ts';
import type { FoundDate } from './resolve-date.ts';
import { tenseAt } from './tense.ts';

/** A date expression of a sentence, and whether it is the one that dates the given verb. */
export interface SentenceDate extends FoundDate {
  governs: boolean;
}

/** A negation right before the verb ("would not sign", "won't meet", "never visited"). */
const DENIAL_BEFORE = /\b(?:not|never)\s+(?:\w+\s+)?$|n't\s+$/i;

/** A figure that changed by an amount, right at the verb ("rose 14%", "fell by a third",
 * "doubled"). */
const FIGURE_CHANGE =
  /^(?:(?:doubled|doubles|tripled|triples|quadrupled|halved|halves)\b|(?:rose|rise|rises|fell|fall|falls|climbed|climbs|grew|grows|dropped|drops|declined|declines|increased|increases|decreased|decreases|jumped|jumps|slumped|gained|shrank|slipped|surged|plunged|soared|tumbled)\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|more than\s+|less than\s+)?(?:\d|a\s+(?:third|quarter|half|fifth|tenth)\b|(?:one|two|three|half)\b))/i;

/** A clause that says when, why or despite what ("after orders slowed in the third quarter"). */
const ADVERBIAL_CLAUSE =
  /^[\s,]*(?:after|before|because|although|though|once|until|while|whereas|since)\b/i;

/** The start of a clause whose verb shares the subject before it: ", and urged", ", and then". */
const SHARED_SUBJECT = /^[\s,]*and\s+(?:also\s+|then\s+|later\s+)?$/i;

/** Time words that date a happening without a calendar date. */
const UNDATED_TIME = /\b(?:recently|recent|lately)\b/i;

/** A bare year that names a thing ("the 2014 Winter Paralympics", "a 2003 interview"): it dates
 * the happening only when the sentence has no other date. */
function namesSomething(text: string, date: FoundDate): boolean {
  // "third-quarter revenue": the quarter qualifies the figure, as a year a thing.
  if (/^(?:first|second|third|fourth)-quarter$/i.test(text.slice(date.start, date.end)))
    return true;
  // "the budget for the fiscal year beginning July 1": the day names the year, a thing.
  if (
    /\b(?:year|quarter|half|season|term|period)\s+(?:beginning|starting|ending|ended)\s+(?:on\s+)?$/i.test(
      text.slice(Math.max(0, date.start - 30), date.start),
    )
  )
    return true;
  return (
    /^\d{4}$/.test(date.range.text) &&
    /\b(?:the|a|an|its|his|her|their|this|that)\s+$/i.test(
      text.slice(Math.max(0, date.start - 8), date.start),
    )
  );
}

function inside(span: Span, outer: Span): boolean {
  return span.start >= outer.start && span.end <= outer.end;
}

function distance(date: Span, verb: Span): number {
  return date.end <= verb.start ? verb.start - date.end : Math.max(0, date.start - verb.end);
}

/**
 * The date expressions of one sentence (or clause), each marked `governs` when it is the one
 * that dates `verb`, the word that reports the event (a trigger such as "met", "talks",
 * "visit"):
 * - `dates` is `findDates(text, published)` over the whole text, computed once per article;
 * - the sentence is cut into clauses (a reporting verb's complement, relative and subordinate
 *   clauses); a date in the verb's own clause governs it, the nearest one when there are several:
 *   in "On Monday, the minister said the talks held on March 3 were useful", "held"/"talks" are
 *   dated March 3 and "said" Monday;
 * - when the verb's clause has none, the date of the clause that embeds it governs (a reported
 *   happening takes the date of its report), else the nearest date of the sentence in a clause
 *   of the verb's tense ("would cut jobs after orders slowed in the third quarter": none);
 * - an undated time word in a verb's clause that has no date ("recently", "recent") keeps the
 *   other clauses' dates off it: the happening is undated;
 * - with `verb` null, the main clause's date governs (the first clause that has one);
 * - a bare year that names a thing ("the 2014 Winter Paralympics") yields to any other date.
 * At most one date governs; none does when the sentence has no date.
 */
export function datesInSentence(
  text: string,
  dates: readonly FoundDate[],
  sentence: Span,
  verb: Span | null,
): SentenceDate[] {
  const own = dates.filter((d) => inside(d, sentence));
  const chosen = choose(text, own, sentence, verb);
  return own.map((d) => ({ ...d, governs: d === chosen }));
}

/**
 * "said on Monday that cases had doubled since March": when `verb` is a figure's change and the
 * report before it in `sentence` has a date, that date (a figure is news when it is reported); otherwise null.
 */
export function reportedFigureDate(
  text: string,
  dates: readonly FoundDate[],
  sentence: Span,
  verb: Span,
): FoundDate | null {
  if (!FIGURE_CHANGE.test(text.slice(verb.start, sentence.end))) return null;
  const own = dates.filter((d) => inside(d, sentence));
  const clauses = clausesOf(text, sentence, own, verb);
  const index = clauses.findIndex((c) => verb.start >= c.start && verb.start < c.end);
  const reported =
    index > 0 && own.some((d) => inside(d, clauses[index - 1]!) && !namesSomething(text, d));
  return reported ? governingDate(text, dates, sentence, verb) : null;
}

/**
 * The date that governs `verb` in `clause`, a piece of `sentence` as the event finder cuts it:
 * a reported figure's report date (reportedFigureDate), else the clause's own, else the
 * sentence's.
 */
export function clauseDate(
  text: string,
  dates: readonly FoundDate[],
  clause: Span,
  sentence: Span,
  verb: Span,
): FoundDate | null {
  const whole = clause.start === sentence.start && clause.end === sentence.end;
  return (
    (whole ? null : reportedFigureDate(text, dates, sentence, verb)) ??
    governingDate(text, dates, clause, verb) ??
    (whole ? null : governingDate(text, dates, sentence, verb))
  );
}

/** The one date of `datesInSentence` that governs `verb`, or null (see there). */
export function governingDate(
  text: string,
  dates: readonly FoundDate[],
  sentence: Span,
  verb: Span | null,
): FoundDate | null {
  return choose(
    text,
    dates.filter((d) => inside(d, sentence)),
    sentence,
    verb,
  );
}

/**
 * "the worst floods since August 2002, when 41 people died": a "when" clause right after a date
 * happened at that time, August 2002 itself, not the stretch "since" makes of it.
 */
function timeBeforeWhen(text: string, own: readonly FoundDate[], clause: Span): FoundDate | null {
  if (!/^[\s,]*when\b/i.test(text.slice(clause.start, clause.end))) return null;
  const date = own.find((d) => /^[\s,]*$/.test(text.slice(d.end, clause.start)));
  if (date === undefined) return null;
  const since = /^since\s+/i.exec(date.range.text);
  if (since === null) return date;
  const { start, precision } = date.range;
  const { year, month } = partsOf(start);
  const end =
    precision === 'day'
      ? start
      : precision === 'month'
        ? monthEnd(year, month)
        : precision === 'year'
          ? isoOf(year, 12, 31)
          : null;
  if (end === null) return date;
  return {
    start: date.start + since[0].length,
    end: date.end,
    range: { text: date.range.text.slice(since[0].length), start, end, precision },
  };
}

/** Days from a range's start to its end. */
function length(date: FoundDate): number {
  return Date.parse(date.range.end) - Date.parse(date.range.start);
}

/**
 * "On May 8th, earlier this month, the G7 committed": two dates side by side name one time; the
 * narrower says it.
 */
function narrowest(text: string, own: readonly FoundDate[], date: FoundDate): FoundDate {
  const beside = own.filter(
    (d) =>
      d !== date &&
      /^[\s,–—-]*$/.test(text.slice(Math.min(d.end, date.end), Math.max(d.start, date.start))),
  );
  return [date, ...beside].reduce((best, d) => (length(d) < length(best) ? d : best));
}

/**
 * ", who had led the club since 2019,", ", whose financial year ends on June 30,", ", stolen in
 * 1990,": relative clauses set off by commas, which say something about a name, not when the
 * sentence's verb happened. A comma inside a date ("March 3, 2021") does not close one.
 */
/** The start of a relative clause, or of a past participle's reduced one (", stolen in 1990"). */
const RELATIVE_ASIDE =
  /,\s*(?:who|whom|whose|which|(?!(?:when|then|even|often|seven|eleven|between)\b)\p{Ll}{3,}(?:ed|en|wn))\b/giu;

function relativeAsides(
  text: string,
  sentence: Span,
  own: readonly FoundDate[],
): (Span & { trailing?: boolean })[] {
  const asides: (Span & { trailing?: boolean })[] = [];
  const body = text.slice(sentence.start, sentence.end);
  for (const m of body.matchAll(RELATIVE_ASIDE)) {
    let close = sentence.start + m.index + m[0].length;
    for (;;) {
      close = text.indexOf(',', close);
      if (close < 0 || close >= sentence.end) break;
      const at = close;
      const date = own.find((d) => d.start < at && at < d.end);
      if (date === undefined) break;
      close = date.end;
    }
    if (close >= 0 && close < sentence.end)
      asides.push({ start: sentence.start + m.index, end: close + 1 });
    // "said ... a group known as BlackVane, which hit a German hospital chain in September.": a
    // relative clause that ends the sentence says when its name did something, not when the
    // words were said.
    else if (/^,\s*(?:who|whom|whose|which)\b/i.test(m[0]))
      asides.push({ start: sentence.start + m.index, end: sentence.end, trailing: true });
  }
  return asides;
}

function choose(
  text: string,
  all: readonly FoundDate[],
  sentence: Span,
  verb: Span | null,
): FoundDate | null {
  // A date in an aside dates the verb outside it only when the sentence has no other date ("The
  // ministers, who met on Monday, agreed to a truce").
  const asides = relativeAsides(text, sentence, all);
  const outside = all.filter((d) => !asides.some((a) => inside(d, a)));
  const verbOutside = verb !== null && !asides.some((a) => inside(verb, a));
  const own =
    outside.length > 0 && (verb === null || verbOutside)
      ? outside
      : verbOutside &&
          /^(?:said|says|told|tells|stated|announced|added)$/i.test(
            text.slice(verb.start, verb.end),
          )
        ? all.filter((d) => !asides.some((a) => a.trailing === true && inside(d, a)))
        : all;
  const chosen = chooseOne(text, own, sentence, verb);
  return chosen === null ? null : narrowest(text, own, chosen);
}

function chooseOne(
  text: string,
  own: readonly FoundDate[],
  sentence: Span,
  verb: Span | null,
): FoundDate | null {
  if (own.length === 0) return null;
  const clauses = clausesOf(text, sentence, own, verb);
  const index =
    verb === null
      ? clauses.findIndex((c) => own.some((d) => inside(d, c)))
      : Math.max(
          0,
          clauses.findIndex((c) => verb.start >= c.start && verb.start < c.end),
        );
  const clause = clauses[index]!;
  const at = verb ?? clause;
  const nearest = (found: readonly FoundDate[]): FoundDate => {
    const adverbial = found.filter((d) => !namesSomething(text, d));
    const pool = adverbial.length > 0 ? adverbial : found;
    // At equal distance the date after the verb: one right before it sits in the subject ("Ticket
    // sales for the derby on October 12 opened this morning").
    const closer = (d: FoundDate, best: FoundDate): boolean =>
      distance(d, at) < distance(best, at) ||
      (distance(d, at) === distance(best, at) && d.start >= at.end && best.end <= at.start);
    return pool.reduce((best, d) => (closer(d, best) ? d : best));
  };
  const inClause = own.filter((d) => inside(d, clause));
  // "said on Wednesday that Yerevan would not sign any deal before the end of the year": what is
  // denied does not happen; the saying, dated by its own clause, is the event.
  const denied =
    verb !== null && index > 0 && DENIAL_BEFORE.test(text.slice(clause.start, verb.start));
  // "said on Tuesday that its first-quarter net profit rose 14%", "reported on Wednesday that
  // coral cover fell by a third between 2015 and 2025": a figure's change is news when it is
  // reported; the period it was measured over is part of the figure.
  const reportedFigure =
    verb !== null && index > 0 && FIGURE_CHANGE.test(text.slice(verb.start, clause.end));
  if (denied || reportedFigure) {
    const report = own.filter((d) => inside(d, clauses[index - 1]!) && !namesSomething(text, d));
    if (report.length > 0) return nearest(report);
  }
  if (inClause.length > 0) {
    if (verb !== null) return nearest(inClause);
    return inClause.find((d) => !namesSomething(text, d)) ?? inClause[0]!;
  }
  if (verb !== null && UNDATED_TIME.test(text.slice(clause.start, clause.end))) return null;
  const then = index > 0 ? timeBeforeWhen(text, own, clause) : null;
  if (then !== null) return then;
  // "said on Monday that cases had doubled since March, and urged donors to ...": a verb right
  // after ", and" has no subject of its own; it shares the reporting verb's, and its time.
  if (verb !== null && index > 1 && SHARED_SUBJECT.test(text.slice(clause.start, verb.start))) {
    const report = clauses.slice(0, index).findLast((c) => endsInReport(text, c));
    const reported =
      report === undefined ? [] : own.filter((d) => inside(d, report) && !namesSomething(text, d));
    if (reported.length > 0) return nearest(reported);
  }
  // The clause that embeds the verb's: the nearest clause before it that has a date.
  for (let i = index - 1; i >= 0; i -= 1) {
    const before = own.filter((d) => inside(d, clauses[i]!) && !namesSomething(text, d));
    if (before.length > 0) return nearest(before);
  }
  // "it would cut about 400 jobs after orders slowed in the third quarter": a date in an
  // adverbial clause of another tense dates another happening, not the verb.
  const verbTense = verb === null ? 'unknown' : tenseAt(text, verb.start);
  const otherTime = (d: FoundDate): boolean => {
    if (verbTense === 'unknown') return false;
    const holder = clauses.find((c) => inside(d, c));
    if (holder === undefined || !ADVERBIAL_CLAUSE.test(text.slice(holder.start, d.start)))
      return false;
    const tense = tenseAt(text, d.start);
    return tense !== 'unknown' && tense !== verbTense;
  };
  const sameTime = own.filter((d) => !otherTime(d));
  return sameTime.length > 0 ? nearest(sameTime) : null;
}
