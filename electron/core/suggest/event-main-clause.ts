import type { TextSpan } from '../dates/sentences.ts';
import { asidesOf } from './event-asides.ts';
import { firstVerb } from './event-verbs.ts';

/**
 * The first verb of a clause's main clause when the main clause has a date of its own: past its
 * asides ("The group, which attacked two clinics in 2032, claimed responsibility on Monday":
 * "claimed", not the aside's "attacked"), so that an aside's happening and its date do not
 * stand for the sentence's. With no date outside the asides, the aside's dated verb is the
 * clause's happening ("Boeing, whose production has been capped since January, has not booked").
 */
export function mainClauseVerb(
  text: string,
  clause: TextSpan,
  dates: readonly TextSpan[],
): (TextSpan & { scheduled?: boolean }) | null {
  const verb = firstVerb(text, clause);
  if (verb === null) return null;
  const asides = closedAsides(text, clause);
  const aside = asides.find((a) => inAside(verb, a));
  if (aside === undefined || dates.every((d) => asides.some((a) => inAside(d, a)))) return verb;
  return mainClauseVerb(text, { start: aside.end, end: clause.end }, dates) ?? verb;
}

/** Whether every one of `spans` lies inside an aside of the clause that closes before its end. */
export function allInAsides(text: string, clause: TextSpan, spans: TextSpan[]): boolean {
  const asides = closedAsides(text, clause);
  return spans.length > 0 && spans.every((s) => asides.some((a) => inAside(s, a)));
}

function closedAsides(text: string, clause: TextSpan): TextSpan[] {
  return asidesOf(text, clause, false).filter((a) => a.end < clause.end);
}

function inAside(span: TextSpan, aside: TextSpan): boolean {
  return span.start >= aside.start && span.end <= aside.end;
}

// After any word boundary, not only a space: "from 88 schools-was carried out" is a passive.
const PASSIVE_AUXILIARY = /\b(was|were|will be|has been|have been|had been)\s+$/i;

/** The auxiliary just before `verb` that makes it a passive ("was jailed", "will be held"). */
export function passiveAuxiliary(
  text: string,
  clause: TextSpan,
  verb: TextSpan,
): RegExpExecArray | null {
  return PASSIVE_AUXILIARY.exec(text.slice(clause.start, verb.start));
}

/** "was jailed on Wednesday", "will be held in January": done to someone, a happening. */
export function passiveBefore(text: string, clause: TextSpan, verb: TextSpan): boolean {
  return passiveAuxiliary(text, clause, verb) !== null;
}
