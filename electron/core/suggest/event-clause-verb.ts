import type { Trigger } from './event-triggers.ts';
import { AUXILIARY, CARRIER, isPastForm, isVerb, tagsOf, type Word } from './event-verbs.ts';

/** The index of the clause's verb for the trigger: the trigger itself, or the verb governing it. */
export function findVerb(words: Word[], trigger: Trigger): number {
  const at = words.findIndex((w) => w.start >= trigger.start);
  if (at < 0) return -1;
  // "will jointly host": the modal that governs the verb's form stands before its adverbs.
  const previous = (i: number): string => {
    let j = i - 1;
    while (j > 0 && ADVERB.test(words[j]!.text)) j -= 1;
    if (j >= 0 && j < i - 1 && MODAL.test(words[j]!.text)) return words[j]!.text;
    return i > 0 ? words[i - 1]!.text : '';
  };
  const progressive = (i: number): boolean => /^(?:is|are|was|were)$/i.test(previous(i));
  const finite = (i: number): boolean => {
    const w = words[i]!.text;
    return (
      isVerb(w, previous(i)) &&
      !AUXILIARY.test(w) &&
      (!isGerund(w) || progressive(i)) &&
      previous(i).toLowerCase() !== 'to' &&
      !attributive(w, previous(i)) &&
      !(CARRIER.test(w) && words[i + 1]?.text.toLowerCase() === 'to')
    );
  };
  const own = words[at]!.text;
  // A past form found as the trigger is its verb whatever stands before it ("a battle that
  // began", "Net income rose", "FTSE 100 fell"), but an article after a verb ("pulled 14 miners
  // from a flooded gold mine": "pulled"). After a word that may be an adjective ("the container
  // terminal walked out") it is read as below: an earlier noun that may be a verb ("Dock
  // workers") is not the verb.
  if (/^\p{Ll}/u.test(own) && (tagsOf(own).includes('PastTense') || isPastForm(own))) {
    if (!attributive(own, previous(at))) return at;
    if (DETERMINER.test(previous(at))) {
      for (let i = at - 1; i >= Math.max(0, at - 12); i -= 1) if (finite(i)) return i;
      return at;
    }
  }
  if (isVerb(own, previous(at)) && (!isGerund(own) || progressive(at))) return at;
  if (trigger.scheduled === true) return at;
  // A noun or a participle ("a virtual summit", "killing 107") governed by an earlier verb ...
  for (let i = at - 1; i >= Math.max(0, at - 12); i -= 1) if (finite(i)) return i;
  // ... or the subject of a later one ("The first referendum is to be held").
  // (A name of several words counts as one: "a deal in neighbouring Ashford County was abandoned".)
  for (let i = at + 1, steps = 0; i < words.length && steps < 5; i += 1) {
    if (!/^\p{Lu}/u.test(words[i]!.text) || !/^\p{Lu}/u.test(words[i - 1]!.text)) steps += 1;
    if (/^[,;:]$/.test(words[i]!.text)) break;
    // "Rescue teams pulled": a plural noun before a past verb heads the subject.
    const next = words[i + 1]?.text ?? '';
    const head = /s$/.test(words[i]!.text) && /^\p{Ll}/u.test(next) && isPastForm(next);
    if (finite(i) && !head) return i;
  }
  return -1;
}

/** "meeting", "killing": an -ing form, not a verb whose base ends so ("will sing", "bring"). */
function isGerund(word: string): boolean {
  return /ing$/.test(word) && !tagsOf(word).includes('Infinitive');
}

const MODAL = /^(?:will|would|shall|can|could|may|might|must|to)$/i;
const ADVERB =
  /^(?:also|recently|reportedly|then|already|now|just|again|jointly|formally|officially|finally|still|\p{Ll}{3,}ly)$/u;

const DETERMINER = /^(?:the|a|an|this|that|its|their|his|her|our)$/i;

/** "the outrageous forced diversion", "a forced landing": a past participle used as an adjective. */
function attributive(word: string, previous: string): boolean {
  return /ed$/i.test(word) && (DETERMINER.test(previous) || tagsOf(previous).includes('Adjective'));
}
