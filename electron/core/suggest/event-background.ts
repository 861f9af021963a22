import type { TextSpan } from '../dates/sentences.ts';
import type { Trigger } from './event-triggers.ts';
import { MONTH_PATTERN, WEEKDAY_PATTERN } from '../dates/date-patterns.ts';
import { firstVerb } from './event-verbs.ts';

// What in a sentence is background to its happening, not the happening or its date: an opening
// "since" or "in response to" phrase, a record's "since", a later relative clause's date, and a
// trigger that names the happening the clause is timed against or caused by.

/**
 * "Since the August 9, 2020 election, the State Department has designated 155 nationals": the
 * opening phrase starts a period the sentence sums up; "in response to last month’s arrest of
 * ..." gives the cause. Neither the date nor the happening of such a phrase is the sentence's
 * event.
 */
export function inBackgroundPhrase(text: string, sentence: TextSpan, span: TextSpan): boolean {
  const before = text.slice(sentence.start, span.start);
  return (
    /^\s*since\b[^,]*$/i.test(before) ||
    /\bin (?:response|reaction|retaliation) to\b[^,;]*$/i.test(before) ||
    yearOfANoun(text, before, span)
  );
}

/**
 * "a radar built with the institute under a 2014 agreement": a year that only tells which of a
 * kind of thing is meant, inside a phrase of the sentence, dates no happening of it.
 */
function yearOfANoun(text: string, before: string, span: TextSpan): boolean {
  return (
    /^\d{4}$/.test(text.slice(span.start, span.end)) &&
    /\b(?:under|with|of|from|by)\s+an?\s+$/i.test(before) &&
    /^\s+\p{Ll}/u.test(text.slice(span.end, span.end + 2))
  );
}

/**
 * "the smallest margin since 2012", "their biggest one-day drop since March", "the first time
 * the U.S. has chaired since 2011": a record is measured from that date; it is not when the
 * sentence's happening took place.
 */
export function comparedSince(
  text: string,
  sentence: TextSpan,
  date: TextSpan,
  dates: readonly TextSpan[] = [],
): boolean {
  // The date may hold its "since" ("since 2012" is one range).
  const since = /^since\s/i.test(text.slice(date.start, date.end)) ? 'since ' : '';
  const record = RECORD_SINCE.exec(
    text.slice(Math.max(sentence.start, date.start - 80), date.start) + since,
  );
  if (record === null) return false;
  // "The floods are the worst since August 2002, when 41 people died": the date of what the
  // clause tells, unless a main clause dated before the record tells the news ("cut its rate on
  // Wednesday, its first reduction since October 2037, when it began easing").
  if (!/^,?\s+when\b/i.test(text.slice(date.end, date.end + 8))) return true;
  const recordStart = Math.max(sentence.start, date.start - 80) + record.index;
  return dates.some((d) => d.start >= sentence.start && d.end <= recordStart);
}

/**
 * "its first reduction since October 2037, when it began easing": the verb of the "when" clause
 * after a record's date that does not date the sentence (comparedSince) is no happening of it.
 */
export function whenOfRecord(
  text: string,
  trigger: TextSpan,
  dates: readonly TextSpan[],
  happeningDates: readonly TextSpan[],
): boolean {
  return dates.some(
    (d) =>
      d.end <= trigger.start &&
      !happeningDates.includes(d) &&
      /^,?\s+when\b[^,;.]*$/i.test(text.slice(d.end, trigger.start)),
  );
}

const RECORD_SINCE =
  /\b(?:the|its|their|his|her|a)\s+(?:\p{L}+\s+)?(?:\p{L}{2,}est|first|record|best|worst|only)\b[^,.;:]{0,60}\bsince\s+(?:the\s+)?$/iu;

/**
 * "will meet to maintain progress on the six lines of effort ..., which we launched earlier this
 * year": the date of a relative clause about something the sentence names after its happening
 * may date that thing, not the happening ("the talks, which began on Monday" dates the talks).
 */
export function inLaterRelativeClause(text: string, trigger: Trigger, date: TextSpan): boolean {
  if (date.start < trigger.end) return false;
  const between = text.slice(trigger.end, date.start);
  const pronoun = [...between.matchAll(/[\s,](?:which|who|whom)\s/gu)].at(-1);
  return (
    pronoun !== undefined &&
    !/[.;:]/u.test(between.slice(pronoun.index)) &&
    between.slice(0, pronoun.index).trim().split(/\s+/u).length >= 3
  );
}

/**
 * A trigger that names another happening than the clause's: the one it is timed against ("had
 * increased 18-fold prior to the attack", "raised the offer after talks with ..."), its cause
 * ("halted production because of a strike"), a clause that times it (inTimingClause), or what
 * someone made of it ("noted what began as individual messages").
 */
export function namesOtherHappening(text: string, clause: TextSpan, trigger: Trigger): boolean {
  if (newsAfterFuture(text, clause, trigger)) return false;
  return (
    TIMED_AGAINST.test(text.slice(Math.max(clause.start, trigger.start - 60), trigger.start)) ||
    inTimingClause(text, clause, trigger)
  );
}

/**
 * "will raise council tax from April after councillors approved the budget (, the mayor said)":
 * what was done, after a main clause's future, is the news.
 */
export function newsAfterFuture(text: string, clause: TextSpan, trigger: TextSpan): boolean {
  return (
    /ed$/i.test(text.slice(trigger.start, trigger.end)) &&
    /\b(?:will|shall)\b[^,;:]*\safter\s[^,;:]*$/i.test(text.slice(clause.start, trigger.start))
  );
}

// A noun phrase, not a clause with a subject of its own ("after Seoul exchanged fire" reports
// the exchange): lower-case words other than pronouns between the preposition and the trigger.
// The preposition may open the sentence ("Following the talks, Razak signed ...").
const TIMED_AGAINST =
  /(?:\b(?:[Pp]rior\s+to|[Bb]efore|[Aa]fter|[Ff]ollowing|[Bb]ecause\s+of|[Dd]ue\s+to|[Aa]head\s+of|[Aa]mid|[Ii]n\s+the\s+(?:wake|run-up)\s+(?:of|to))\s+(?:(?:the|a|an|this|that|its|their|his|her|last|next|recent)\s+)?(?:(?!(?:he|she|it|they|we|i|you|police|officials)\s)\p{Ll}[\p{L}'’-]*\s+){0,2}|\bwhat\s+)$/u;

/**
 * "certified the results on Tuesday after volunteers counted the ballots", "reopened the terminal
 * before the dockers had ended their strike": a clause that times the main clause's happening,
 * after a main clause with a verb of its own, tells what came before or after it; the main verb
 * is the happening, and its date not the timing clause's ("stopped work at 6 a.m. after talks
 * broke down on Friday night"). With no verb before it ("After Seoul exchanged fire, talks were called
 * off"), the timing clause's trigger stays.
 */
function inTimingClause(text: string, clause: TextSpan, span: TextSpan): boolean {
  return timingClauseAt(text, clause, span) !== null;
}

/**
 * A date of a timing clause with a verb of its own before it ("until at least Thursday" is none;
 * nor is "after a power cut ... on Saturday", a noun phrase whose noun reads as a verb).
 */
export function datedTimingClause(text: string, clause: TextSpan, date: TextSpan): boolean {
  const from = timingClauseAt(text, clause, date);
  if (from === null || /^[\s,]\S+\s+(?:a|an)\s/iu.test(text.slice(from, date.start))) return false;
  return firstVerb(text, { start: from, end: date.start }) !== null;
}

/** Where the timing clause before `span` opens, when a main clause with a verb precedes it. */
function timingClauseAt(text: string, clause: TextSpan, span: TextSpan): number | null {
  const timing = TIMING_CLAUSE.exec(text.slice(clause.start, span.start));
  if (timing === null || timing.index === 0) return null;
  const main = { start: clause.start, end: clause.start + timing.index };
  // "had made the midfielder his priority after Rodri tore a ligament in December": a main
  // clause with no time of its own is background, and the timing clause the happening.
  if (!MAIN_TIME.test(text.slice(main.start, main.end))) return null;
  // "will raise council tax from April after councillors approved the budget on Tuesday": what
  // is done after the main clause's future is the news.
  if (
    /^\W*after\b/i.test(timing[0]) &&
    FUTURE.test(text.slice(main.start, main.end)) &&
    !FUTURE.test(timing[0])
  )
    return null;
  return firstVerb(text, main) === null ? null : main.end;
}

/** A day or a time of the main clause's own: "on Tuesday", "in March", "at 6 a.m.", "today". */
const MAIN_TIME = new RegExp(
  `(?:${WEEKDAY_PATTERN}|${MONTH_PATTERN}|\\b(?:today|yesterday|tonight|this (?:morning|afternoon|evening)|last (?:night|week|month|year))\\b|\\b\\d{4}\\b|\\d(?:[:.]\\d{2})?\\s*(?:a\\.m\\.|p\\.m\\.))`,
  'u',
);

const FUTURE = /\b(?:will|shall|(?:is|are) (?:due|set) to)\b/i;

/** The subordinator and the words up to the trigger, within one clause (no comma between). */
const TIMING_CLAUSE = /[\s,](?:after|before|until|once|as soon as)\s[^,;:]*$/iu;

/** What stands before a verb of a relative clause: "that began", "whose trains were cancelled". */
export const RELATIVE_BEFORE =
  /\b(?:that|which|who|whose\s+\p{Ll}+)\s+(?:(?:had|has|have|was|were|is|are)\s+)?$/iu;

/**
 * "to uphold the results of the March 23 municipal elections", "the 2019 election": a date
 * between "the" and a happening's noun tells which one is meant. It dates nothing of a sentence
 * that has another date ("welcomes the decision ... on Monday").
 */
export function withoutWhichOne<T extends TextSpan>(text: string, dates: T[]): T[] {
  const which = dates.filter(
    (d) =>
      /\bthe\s+$/i.test(text.slice(Math.max(0, d.start - 4), d.start)) &&
      WHICH_ONE.test(text.slice(d.end, d.end + 60)),
  );
  return which.length === 0 || which.length === dates.length
    ? dates
    : dates.filter((d) => !which.includes(d));
}

const WHICH_ONE =
  /^\s+(?:[\p{Ll}-]+\s+){0,2}?(?:elections?|votes?|polls?|referendum|ballot|deadline|summit|agreement|accord|attacks?|ceasefire|ruling|verdict|decision|meeting|talks|game|match|final|race|earthquake|floods?|storm|fire|crash|coup|uprising|invasion)\b/u;
