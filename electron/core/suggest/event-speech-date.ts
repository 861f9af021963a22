import { governingDate, reportedFigureDate } from '../dates/governing-date.ts';
import type { FoundDate } from '../dates/resolve-date.ts';
import type { TextSpan } from '../dates/sentences.ts';
import { allInAsides, mainClauseVerb } from './event-main-clause.ts';
import type { Trigger } from './event-triggers.ts';

/**
 * The date of a clause: for a statement of what will happen, by the statement-dating rule
 * (speechDate); else, when the title is what was said, its own words' date ("said last week that
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
 * The statement-dating rule (the lead's, after FORMAT.md's Tokyo talks dated by their own March
 * 16-17): a statement of a happening to come that has a date of its own is dated by that
 * happening ("said on Tuesday that the vote would be held on May 3" is May 3), when the saying
 * is the clause's main verb (not "fell on Tuesday after OPEC+ said it would raise output from
 * May") and the date is the happening's, not a relative clause's ("would appeal against the ban
 * that ... was given on Saturday"). A statement of a state or a deadline ("would stay closed
 * until Thursday", "would not break even this year", "would cut jobs by the end of 2031"), or of
 * a happening with no date, is dated by its saying: the speech's own date next to its verb
 * ("said on Monday", "told reporters on Friday", "said in a statement on Tuesday") or opening
 * the clause ("On Friday, ..."), never a date in an aside ("Saar, whose party won in 2031,
 * said"); with no such date, a state or a deadline is undated (null). Undefined when the clause
 * says no such thing (what was said of the past keeps its own date: "said last week that ... had
 * fled since October").
 */
export function speechDate(
  text: string,
  clause: TextSpan,
  dates: readonly FoundDate[],
): FoundDate | null | undefined {
  const own = dates.filter((d) => d.start >= clause.start && d.end <= clause.end);
  const words = text.slice(clause.start, clause.end);
  for (const verb of words.matchAll(SPEECH)) {
    const verbStart = clause.start + verb.index;
    const verbEnd = verbStart + verb[0].length;
    const future = FUTURE.exec(text.slice(verbEnd, clause.end));
    if (future === null) continue;
    const saidFrom = verbEnd + future.index;
    const content = own.filter((d) => d.start >= saidFrom);
    const happening = content.find(
      (d) => !bounds(text, saidFrom, d) && !SUBORDINATE.test(text.slice(saidFrom, d.start)),
    );
    if (happening !== undefined && mainClauseVerb(text, clause, own)?.start === verbStart)
      return happening;
    const spoken = own.find(
      (d) =>
        d.end <= saidFrom &&
        !allInAsides(text, clause, [d]) &&
        (beside(text, verbEnd, d) || opens(text, clause, d)),
    );
    if (spoken !== undefined) return spoken;
    if (content.length > 0 && content.length === own.length && happening === undefined) return null;
  }
  return undefined;
}

/** A clause of its own inside what was said: its date is not the said happening's. So is a
 * participle's that adds to it ("would fine the operator, extending an investigation it opened
 * last May"; not "starting on May 3", which times the happening). */
const SUBORDINATE =
  /\b(?:that|which|who|whom|whose|when|where|after|because|since)\b|,\s*(?!(?:starting|beginning|including|according)\b)\p{Ll}{3,}ing\b/iu;

/**
 * What was said tells of a state or a deadline ("would stay closed until at least Thursday",
 * "would not break even this year", "would bring a bill before the end of June", "by the end
 * of 2031"), not of a happening at that time.
 */
function bounds(text: string, saidFrom: number, date: FoundDate): boolean {
  const near = text.slice(Math.max(saidFrom, date.start - 20), date.start) + date.range.text;
  return (
    /^(?:would|will)\s+["“]?(?:not\b|stay|remain|leave|keep|be\s+(?:above|below|over|under|higher|lower|closed|shut))/iu.test(
      text.slice(saidFrom, date.start),
    ) || /\b(?:until|till|before|by)\b/iu.test(near)
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

/**
 * "has died at 71, her publisher said on Wednesday": the happening's date is its report's, the
 * day it was told by (event-merge.ts joins it to "She died on Monday").
 */
export function datedBySaying(text: string, trigger: TextSpan, date: FoundDate | null): boolean {
  return (
    date !== null &&
    date.start > trigger.end &&
    SAID_BEFORE_DATE.test(text.slice(trigger.end, date.start))
  );
}

/** A speech tag after the happening, its date next: ", her publisher said on". */
const SAID_BEFORE_DATE =
  /,\s*(?:[\p{L}'’-]+\s+){1,4}(?:said|says|told\s+\p{Ll}+|announced|confirmed)(?:\s+(?:in\s+a\s+statement|on|late|early))*\s+$/u;
