import type { FoundDate } from './resolve-date.ts';

/** A stretch of the text: UTF-16 offsets, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** A date expression of a sentence, and whether it is the one that dates the given verb. */
export interface SentenceDate extends FoundDate {
  governs: boolean;
}

/**
 * Words after which a new clause starts: the complement of a reporting verb ("said the talks
 * held on March 3 ..."), relative and subordinate clauses ("..., which ...", "after ...").
 */
const CLAUSE_OPENER =
  /(?:[,;:(\u2014\u2013]|\s-\s)\s*(?:(?:and|but|while|whereas|which|who|whom|where|when|after|before|as|although|though|because|since|until|once|if)\b)?|\b(?:that|which|who|whom|whose|where|after|before|when|while|because|although|though|once|until)\s|\b(?:(?:told|tells)(?:\s+(?:reporters|journalists|him|her|them|us|me|the\s+\w+))?|said|says|announced|announces|stated|states|added|adds|noted|notes|reported|reports|confirmed|confirms|warned|warns|claimed|claims|explained|argued|insisted|believes?|believed|thinks?|thought|knows?|knew|recalled|recalls|wrote|writes)\b(?:\s+that\b)?/gi;

/** A finite verb, roughly: enough to tell a clause from a phrase that only holds a date. */
const VERB_LIKE =
  /\b(?:is|are|was|were|be|been|being|am|has|have|had|do|does|did|will|would|shall|should|can|could|may|might|must|said|says|told|met|meets?|went|goes|took|takes|held|holds|made|makes|gave|gives|came|comes|saw|spoke|speaks|began|begins|left|leaves|won|wins|lost|sent|sends|led|leads|brought|kept|rose|rises|fell|falls|[a-z]{2,}ed|[a-z]{3,}s)\b/i;

/** Time words that date a happening without a calendar date: they keep any other date off it. */
const UNDATED_TIME = /\b(?:recently|recent|lately)\b/i;

interface Clause extends Span {
  hasVerb: boolean;
}

/** The sentence cut into clauses at the openers above; verbless pieces join the clause before
 * them ("..., the minister said on Monday"), or the one after when they open the sentence
 * ("On Monday, the minister said ..."). */
function clausesOf(
  text: string,
  sentence: Span,
  verb: Span | null,
  dates: readonly FoundDate[],
): Clause[] {
  const body = text.slice(sentence.start, sentence.end);
  const cuts = new Set<number>([0]);
  CLAUSE_OPENER.lastIndex = 0;
  for (let m = CLAUSE_OPENER.exec(body); m !== null; m = CLAUSE_OPENER.exec(body)) {
    if (m[0].length === 0) {
      CLAUSE_OPENER.lastIndex += 1;
      continue;
    }
    // A reporting verb ends its own clause; a connective or punctuation starts the next one.
    const reporting =
      /^[a-z]/i.test(m[0]) &&
      !/^(?:that|which|who|whom|whose|where|after|before|when|while|because|although|though|once|until)\s/i.test(
        m[0],
      );
    const cut = reporting ? m.index + m[0].length : m.index;
    // Never inside a date ("March 3, 2021").
    const at = sentence.start + cut;
    if (!dates.some((d) => d.start < at && at < d.end)) cuts.add(cut);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const raw: Clause[] = points.map((cut, i) => {
    const start = sentence.start + cut;
    const end = sentence.start + (points[i + 1] ?? body.length);
    const piece = text.slice(start, end);
    const holdsVerb = verb !== null && verb.start >= start && verb.start < end;
    return { start, end, hasVerb: holdsVerb || VERB_LIKE.test(piece) };
  });
  const merged: Clause[] = [];
  for (const clause of raw) {
    const last = merged[merged.length - 1];
    if (last !== undefined && (!clause.hasVerb || !last.hasVerb)) {
      last.end = clause.end;
      last.hasVerb = last.hasVerb || clause.hasVerb;
    } else merged.push({ ...clause });
  }
  return merged;
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
 *   happening takes the date of its report), else the nearest date of the sentence;
 * - an undated time word in a verb's clause that has no date ("recently", "recent") keeps the
 *   other clauses' dates off it: the happening is undated;
 * - with `verb` null, the main clause's date governs (the first clause that has one).
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

function choose(
  text: string,
  own: readonly FoundDate[],
  sentence: Span,
  verb: Span | null,
): FoundDate | null {
  if (own.length === 0) return null;
  const clauses = clausesOf(text, sentence, verb, own);
  const index =
    verb === null
      ? clauses.findIndex((c) => own.some((d) => inside(d, c)))
      : Math.max(
          0,
          clauses.findIndex((c) => verb.start >= c.start && verb.start < c.end),
        );
  const clause = clauses[index]!;
  const at = verb ?? clause;
  const nearest = (pool: readonly FoundDate[]): FoundDate =>
    pool.reduce((best, d) => (distance(d, at) < distance(best, at) ? d : best));
  const inClause = own.filter((d) => inside(d, clause));
  if (inClause.length > 0) return verb === null ? inClause[0]! : nearest(inClause);
  if (verb !== null && UNDATED_TIME.test(text.slice(clause.start, clause.end))) return null;
  // The clause that embeds the verb's: the nearest clause before it that has a date.
  for (let i = index - 1; i >= 0; i -= 1) {
    const before = own.filter((d) => inside(d, clauses[i]!));
    if (before.length > 0) return nearest(before);
  }
  return nearest(own);
}
