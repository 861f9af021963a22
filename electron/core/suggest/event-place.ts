import type { MentionInput } from './event-context.ts';
import type { Trigger } from './event-triggers.ts';

// Where an event happens, and which named places act in it rather than host it.

const LOCATION_CUE =
  /\b(?:in|at|to|into|inside|near|outside|off|from)\s+(?:the\s+)?(?:[\p{L}'’]+\s+)?(?:capital\s+|(?:city|town|coast|port|island|province|region|village)\s+of\s+)?$/iu;

/** A country that acts: "Thailand has recently cracked down", "New Zealand government announced". */
export function placeActs(text: string, m: MentionInput, trigger: Trigger): boolean {
  if (m.type !== 'location' || m.end > trigger.start || isCuedPlace(text, m)) return false;
  const between = text.slice(m.end, trigger.start);
  // "the United States and Japan will jointly host": both act.
  const partner = AND_NAME.exec(between)?.[0].length ?? 0;
  return PLACE_SUBJECT.test(between.slice(partner));
}

const AND_NAME = /^\s+and\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*/u;

const PLACE_SUBJECT =
  /^(?:['’]s)?(?:\s+(?:government|officials|forces|military|navy|army|authorities|police|ministry|and|has|have|had|will|would|was|were|is|are|also|recently|reportedly|then|already|now|jointly|formally|officially))*\s*$/i;

/** "to urge Russia to de-escalate": the country is asked to act, no place where it happens. */
const URGED =
  /\bto\s+(?:urge|press|pressure|push|ask|encourage|persuade|convince|compel|force|help|call\s+on)\s+$/i;

/** "a tanker bound for Rotterdam": where a thing is going, not where anything happens; "an upper
 * stage failing to return to Earth": where something failed to go. */
export const DESTINATION =
  /\b(?:bound|headed|heading|destined|sailing|flying)\s+for\s+(?:the\s+)?$|\ben\s+route\s+to\s+(?:the\s+)?$|\b(?:fail(?:s|ed|ing)?|unable)\s+to\s+\p{L}+\s+(?:to|in|at|from)\s+(?:the\s+)?$/iu;

function isCuedPlace(text: string, m: MentionInput): boolean {
  const before = text.slice(Math.max(0, m.start - 30), m.start);
  return (
    m.type === 'location' &&
    (LOCATION_CUE.test(before) || DESTINATION.test(before)) &&
    !URGED.test(before)
  );
}

function isDestination(text: string, m: MentionInput): boolean {
  return DESTINATION.test(text.slice(Math.max(0, m.start - 30), m.start));
}

const TOPIC =
  /\b(?:about|regarding|including|concerning|on the (?:situation|war|crisis|conflict))\b/gi;

/**
 * Whether the end of a stretch lies in what was talked about: after a topic phrase, unless a
 * comma closed it and the place follows at once ("including ... IKEA, in Gothenburg").
 */
function inTopic(stretch: string): boolean {
  const last = [...stretch.matchAll(TOPIC)].at(-1);
  if (last === undefined) return false;
  const after = stretch.slice(last.index + last[0].length);
  return !/,\s*(?:in|at)\s+(?:the\s+)?$/i.test(after);
}

/** "Passengers whose trains were cancelled at Harrogate will be refunded": the noun's place. */
const IN_RELATIVE = /\b(?:whose|which|who)\b[^,;.]*$/i;

/** A place in a relative clause that runs into the verb with no comma: the subject's place. */
function inSubjectsRelative(text: string, m: MentionInput, trigger: Trigger): boolean {
  return (
    m.end <= trigger.start &&
    !/[,;]/.test(text.slice(m.end, trigger.start)) &&
    IN_RELATIVE.test(text.slice(Math.max(0, m.start - 80), m.start))
  );
}

/** Where it happened: a place introduced by "in", "at", "to" (nearest the trigger). */
export function pickLocation(
  text: string,
  mentions: MentionInput[],
  trigger: Trigger,
): MentionInput | null {
  // "spoke with Sannino about security issues, including Russia’s war in Ukraine": a place in
  // what they talked about is not where they talked.
  const cued = mentions.filter(
    (m) =>
      isCuedPlace(text, m) &&
      !isDestination(text, m) &&
      !inSubjectsRelative(text, m, trigger) &&
      !(m.start > trigger.end && inTopic(text.slice(trigger.end, m.start))),
  );
  if (cued.length === 0) return null;
  const nearest = cued.reduce((best, m) =>
    Math.abs(m.start - trigger.start) < Math.abs(best.start - trigger.start) ? m : best,
  );
  // "at the Moldova Support Platform in Bucharest": the city the venue is in.
  const city = cued.find(
    (m) => m.start > nearest.end && /^\s+in\s+$/i.test(text.slice(nearest.end, m.start)),
  );
  return city ?? nearest;
}
