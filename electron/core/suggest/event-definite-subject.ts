import type { TextSpan } from '../dates/sentences.ts';
import type { MentionInput } from './event-context.ts';
import { nameOf, type TitleInput } from './event-title-words.ts';

/** A clause's opening "the <noun>" and the body it stands for. */
export interface DefiniteSubject extends TextSpan {
  body: MentionInput;
}

/** How far back (in characters) the body may have been named: a few sentences. */
const REACH = 1200;

/**
 * "The exchange cut its forecast", "The agency and NASA decided": a subject that names no one
 * stands for the body the article named shortly before whose name holds its words ("Rosario
 * Grains Exchange", "Japan Aerospace Exploration Agency"), not for whoever acted last. The
 * longest such phrase of up to two words wins ("the central bank" before "the bank"); a
 * possessive ("The ministry's last scheme") is no subject of its own.
 */
export function definiteSubject(
  text: string,
  clause: TextSpan,
  /** The article's mentions in text order. */
  named: readonly MentionInput[],
): DefiniteSubject | null {
  // No "i" flag: with it \p{Ll} would match "The European Commission" too.
  const opening = /^\s*[Tt]he\s+(\p{Ll}[\p{Ll}-]*)(?:\s+(\p{Ll}[\p{Ll}-]*))?/u.exec(
    text.slice(clause.start, Math.min(clause.end, clause.start + 80)),
  );
  if (opening === null) return null;
  const first = clause.start + opening[0].indexOf(opening[1]!, opening[0].search(/\S/) + 3);
  const words = [opening[1]!, opening[2]].filter((w): w is string => w !== undefined);
  const earlier = namedBefore(named, clause.start).filter((m) => m.type === 'organization');
  for (let n = words.length; n > 0; n -= 1) {
    const phrase = words.slice(0, n);
    let end = first;
    for (const w of phrase) end = text.indexOf(w, end) + w.length;
    if (/^['’]s\b/u.test(text.slice(end, end + 3))) return null;
    const body = earlier.findLast((m) => holds(m.text, phrase));
    if (body !== undefined) return { start: first, end, body };
  }
  return null;
}

/** The mentions that end before `at` within REACH, found by bisection (long texts). */
function namedBefore(named: readonly MentionInput[], at: number): MentionInput[] {
  let low = 0;
  let high = named.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (named[middle]!.start < at - REACH) low = middle + 1;
    else high = middle;
  }
  const found: MentionInput[] = [];
  for (let i = low; i < named.length && named[i]!.start < at; i += 1)
    if (named[i]!.end <= at) found.push(named[i]!);
  return found;
}

/**
 * Whether a body's name holds the phrase: its last word is the name's head noun ("Exchange" in
 * "Rosario Grains Exchange", "Bank" in "Central Bank of Kenya"; not "City" in "Leeds City
 * Council"), its other words are words of the name, each written with a capital as in a name
 * ("first" is not "FIRST").
 */
function holds(name: string, phrase: string[]): boolean {
  const words = name.split(/\s+/);
  const of = words.indexOf('of');
  const head = words[(of > 0 ? of : words.length) - 1];
  const capital = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
  return head === capital(phrase.at(-1)!) && phrase.every((w) => words.includes(capital(w)));
}

/**
 * A title that opens with the words of its clause's definite subject ("Exchange cuts its
 * forecast") names the body they stand for instead ("Rosario Grains Exchange cuts its forecast").
 */
export function withReferent(title: string[], input: TitleInput): string[] {
  const { referent } = input;
  if (referent == null) return title;
  const words = input.text.slice(referent.start, referent.end).toLowerCase().split(/\s+/);
  const opens = words.every((w, i) => title[i]?.toLowerCase() === w);
  return opens ? [nameOf(referent.body, input), ...title.slice(words.length)] : title;
}

/**
 * "Smith won a second term on Monday. Carney congratulated her": a "him" or "her" right after the
 * verb stands for the one person the article named shortly before who is not the clause's own
 * subject; with none or two such people it stands for no one the title could name.
 */
export function pronounObject(
  text: string,
  clause: TextSpan,
  trigger: TextSpan,
  subjects: readonly MentionInput[],
  /** The article's mentions in text order. */
  named: readonly MentionInput[],
): MentionInput | null {
  // ("her campaign" is a possessive: an object "her" ends its phrase.)
  const object =
    /^\s+(?:him\b|her(?=\s*(?:[.,;]|$|\s+(?:on|in|at|for|to|after|before|as|with|by|over|last|this|yesterday|today)\b)))/iu;
  if (!object.test(text.slice(trigger.end, trigger.end + 16))) return null;
  const surname = (m: MentionInput): string => m.text.split(/\s+/).at(-1)!.toLowerCase();
  const own = new Set(subjects.map(surname));
  const others = namedBefore(named, trigger.start).filter(
    (m) => m.type === 'person' && !own.has(surname(m)),
  );
  // Someone the clause itself names ("Lind telephoned Quintas to congratulate her") is meant.
  if (others.some((m) => m.start >= clause.start)) return null;
  const distinct = new Set(others.map(surname));
  return distinct.size === 1 ? (others.find((m) => m.text.includes(' ')) ?? others[0]!) : null;
}
