import { governingDate, reportedFigureDate } from '../dates/governing-date.ts';
import type { FoundDate } from '../dates/resolve-date.ts';
import type { TextSpan } from '../dates/sentences.ts';
import { allInAsides } from './event-main-clause.ts';
import type { Trigger } from './event-triggers.ts';

/**
 * The date of a clause: for a statement of what will happen, the speech's own (speechDate), or
 * none; else, when the title is what was said, its own words' date ("said last week that
 * 400,000 people had fled since October"); else the clause's `date`.
 */
export function statementDate(
  text: string,
  clause: TextSpan,
  evidence: TextSpan,
  said: { start: number; verb: Trigger } | null,
  dates: readonly FoundDate[],
  date: FoundDate | null,
): FoundDate | null {
  const speech = speechDate(text, clause, dates);
  if (speech !== undefined) return speech;
  return (
    (said === null
      ? null
      : (reportedFigureDate(text, dates, evidence, said.verb) ??
        governingDate(
          text,
          dates.filter((d) => d.start >= said.start),
          { start: said.start, end: clause.end },
          said.verb,
        ))) ?? date
  );
}

/** A verb of saying and what it says of the future ("said ... that the vote would be held"). */
const SPEECH = /\b(?:said|says|told|announced|confirmed|stated|added|warned|promised)\b/giu;
const FUTURE = /\b(?:would|will|is to|are to|was to|were to|plans? to|planned to|intends? to)\b/iu;

/**
 * "said on Tuesday that the vote would be held on May 3", "On Friday, the ministry said it would
 * close the plant in June": a statement of what will happen is dated by when it was made, not by
 * the date of what it announces (nor by a date inside what it says: "would appeal against the
 * red card that ... was shown on Sunday"). The speech's own date stands next to its verb ("said
 * on Monday", "told reporters on Friday", "said in a statement on Tuesday") or opens the clause
 * ("On Friday, ..."); a date in an aside ("Saar, whose party won in 2031, said") is not it. With
 * no date of its own such a statement of a state or a deadline is undated (null): "said the
 * barrier would stay closed until Thursday" is not Thursday's (bounds). Undefined when
 * the clause says no such thing (what was said of the past keeps its own date: "said last week
 * that ... had fled since October").
 */
export function speechDate(
  text: string,
  clause: TextSpan,
  dates: readonly FoundDate[],
): FoundDate | null | undefined {
  const own = dates.filter((d) => d.start >= clause.start && d.end <= clause.end);
  const words = text.slice(clause.start, clause.end);
  for (const verb of words.matchAll(SPEECH)) {
    const verbEnd = clause.start + verb.index + verb[0].length;
    const future = FUTURE.exec(text.slice(verbEnd, clause.end));
    if (future === null) continue;
    const saidFrom = verbEnd + future.index;
    const spoken = own.find(
      (d) =>
        d.end <= saidFrom &&
        !allInAsides(text, clause, [d]) &&
        (beside(text, verbEnd, d) || opens(text, clause, d)),
    );
    if (spoken !== undefined) return spoken;
    if (own.length > 0 && own.every((d) => d.start >= saidFrom && bounds(text, saidFrom, d)))
      return null;
  }
  return undefined;
}

/**
 * What was said with no date of its own dates nothing when it tells of a state or a deadline
 * ("would stay closed until at least Thursday", "would bring a bill before the end of June"),
 * while a happening it announces for a day keeps that day ("said the libraries would close in
 * September": the closure, by the gold files' convention for what is expected at a time).
 */
function bounds(text: string, saidFrom: number, date: FoundDate): boolean {
  const near = text.slice(Math.max(saidFrom, date.start - 20), date.start) + date.range.text;
  return (
    /^(?:would|will)\s+(?:not\s+)?(?:stay|remain|leave|keep|be\s+(?:above|below|over|under|higher|lower|closed|shut))\b/iu.test(
      text.slice(saidFrom, date.start),
    ) || /\b(?:until|till|before)\b/iu.test(near)
  );
}

/** "said on Monday that", "told reporters on Friday", "said in a statement on Tuesday". */
function beside(text: string, verbEnd: number, date: FoundDate): boolean {
  if (date.start < verbEnd) return false;
  const between = text.slice(verbEnd, date.start);
  const after = text.slice(date.end, date.end + 40);
  return (
    /^(?:\s+[\p{L}'’-]+){0,4}\s+$/u.test(between) && /^\s*(?:,\s*)?(?:that\b|\p{L})/u.test(after)
  );
}

/** "On Friday, the ministry said": the date that opens the clause, before its speaker. */
function opens(text: string, clause: TextSpan, date: FoundDate): boolean {
  return (
    /^[\s"“]*$/u.test(text.slice(clause.start, date.start).replace(/^\s*(?:on|in|at)\s*$/iu, '')) &&
    /^\s*,/u.test(text.slice(date.end, date.end + 2))
  );
}
