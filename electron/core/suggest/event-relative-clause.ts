import type { TextSpan } from '../dates/sentences.ts';
import { DETERMINER, isPastForm, PREPOSITION, tagsOf, wordsOf, type Word } from './event-verbs.ts';

/** How a subject that opens with a relative pronoun stands to the noun it refers to. */
export interface RelativeSubject {
  /** The words that act: the antecedent ("prices, which jumped") or the relative's own subject. */
  subject: Word[];
  /** The antecedent when the relative clause acts on it ("the budget, which Congress passed"). */
  object: Word[];
}

const RELATIVE = /^(?:which|who|whom|whose|that)$/i;
const FINITE = /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should)$/i;

/**
 * The subject of a verb that stands in a relative clause ("the budget, which Congress passed in
 * January"; "a legal battle that began in 2019"; "Boeing, whose 737 MAX production has been
 * capped"): a title says what happened to the antecedent ("Congress passes the budget", "Legal
 * battle begins", "Boeing’s 737 MAX production capped"), not "Which Congress passed". Null when
 * the subject opens no relative clause, or when the clause closed before the verb ("X, which is
 * in Y, is to run": X is the subject as it stands).
 */
export function relativeSubject(text: string, subject: Word[]): RelativeSubject | null {
  const at = subject.map((w) => RELATIVE.test(w.text)).lastIndexOf(true);
  if (at < 0) return null;
  const pronoun = subject[at]!.text.toLowerCase();
  const rest = subject.slice(at + 1);
  // A comma closed the relative clause, or a verb in it shows that it is not ours.
  // So does a verb of its own ("a director who stole 3.2 million pounds was jailed").
  if (
    rest.some(
      (w) =>
        /^[,;:]$/.test(w.text) ||
        FINITE.test(w.text) ||
        (/^\p{Ll}/u.test(w.text) && (tagsOf(w.text).includes('PastTense') || isPastForm(w.text))),
    )
  )
    return null;
  // "that" with its own subject after it introduces what was said ("said that X did"), not a
  // relative clause.
  if (pronoun === 'that' && rest.length > 0) return null;
  const antecedent = antecedentBefore(text, subject[at]!.start);
  if (antecedent.length === 0) return null;
  if (pronoun === 'whose') {
    const last = antecedent[antecedent.length - 1]!;
    const owner: Word = { start: last.end, end: last.end, text: '’s' };
    return { subject: [...antecedent, owner, ...rest], object: [] };
  }
  if (rest.length === 0) return { subject: antecedent, object: [] };
  return { subject: rest, object: antecedent };
}

/** The noun phrase just before a relative pronoun: back to a preposition, a verb or a comma. */
function antecedentBefore(text: string, at: number): Word[] {
  const before = wordsOf(text, { start: Math.max(0, at - 120), end: at });
  // The window may start inside a word; that word is no part of the phrase.
  if (at > 120) before.shift();
  if (before[before.length - 1]?.text === ',') before.pop();
  const phrase: Word[] = [];
  for (let i = before.length - 1; i >= 0 && phrase.length < 6; i -= 1) {
    const w = before[i]!.text;
    // A sentence ended in the window: what comes after its full stop is all there is.
    if (/[.!?]/.test(text.slice(before[i]!.end, phrase[0]?.start ?? at))) break;
    if (/^[,;:()"“”]$/.test(w) || PREPOSITION.test(w) || /^(?:and|or|but)$/i.test(w)) break;
    // The word right before the pronoun is its noun, though it may read as a verb ("volunteers").
    if (phrase.length > 0 && /^\p{Ll}/u.test(w) && isOnlyVerb(w)) break;
    phrase.unshift(before[i]!);
    if (DETERMINER.test(w)) break;
  }
  return phrase;
}

function isOnlyVerb(word: string): boolean {
  const tags = tagsOf(word);
  return (
    tags.some((t) => /^(?:PastTense|PresentTense|Copula|Modal|Auxiliary)$/.test(t)) &&
    !tags.includes('Noun') &&
    !tags.includes('Plural')
  );
}

/**
 * "men and boys who were murdered in Srebrenica in 1995 were remembered on Sunday": the verb of
 * the main clause that closes a relative clause holding `verb` without a comma ("remembered"),
 * or null.
 */
export function verbAfterRelative(text: string, clause: TextSpan, verb: TextSpan): TextSpan | null {
  const after = text.slice(verb.end, clause.end);
  const found = MAIN_VERB_AFTER.exec(after);
  if (found === null) return null;
  const main = found[1] ?? found[2]!;
  const start = verb.end + found.index + found[0].length - main.length;
  return { start, end: start + main.length };
}

/**
 * Words with no comma and no conjunction, then a passive or perfect verb of the main clause, or
 * one after "will" ("Residents whose homes were flooded ... will receive grants").
 */
const MAIN_VERB_AFTER =
  /^(?:\s+(?!(?:and|or|but|which|who|that|when|where|while)\b)[^\s,;:]+)*?\s+(?:(?:was|were|has|have|had|will\s+be)\s+(?:been\s+)?(\p{Ll}+(?:ed|en|wn))|will\s+(?!(?:be|keep|continue|stay|remain)\b)(\p{Ll}+))\b/u;
