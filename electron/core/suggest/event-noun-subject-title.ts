import { objectWords } from './event-clause-object.ts';
import { isPlural, render, type TitleInput } from './event-title-words.ts';
import {
  AUXILIARY,
  CARRIER,
  DETERMINER,
  formsOf,
  isPastForm,
  isVerb,
  OBJECT_STOP,
  PASSIVE_AUX,
  PREPOSITION,
  SUBJECT_PRONOUN,
  SUBORDINATOR,
  tagsOf,
  VERB_TAGS,
  type Word,
} from './event-verbs.ts';

/**
 * "Talks between the union and management broke down on Monday", "A drone attack on the port of
 * Odesa killed four people": a noun trigger whose verb stands after its own phrase is that
 * verb's subject, and the title is read from the verb ("Talks between the union and management
 * break down"), not left as the bare noun ("Talks"). The title only: the clause's report, which
 * decides whether the sentence is a candidate, stays as findVerb reads it.
 */
export function nounSubjectTitle(
  input: TitleInput,
  words: Word[],
  from: number,
  at: number,
): string[] | null {
  const noun = words[at]!.text;
  // The trigger is a noun: not a verb ("The two clubs meet again"), a past form or a gerund.
  if (
    /ing$/i.test(noun) ||
    isPastForm(noun) ||
    tagsOf(noun.toLowerCase()).some((t) => VERB_TAGS.has(t))
  )
    return null;
  // The noun phrase opens its clause ("under the deal signed last week" is no subject).
  let start = from;
  while (start > 0 && OPENER.test(words[start - 1]!.text)) start -= 1;
  if (start > 0 && words[start - 1]!.text !== ',') return null;
  const dated = (w: Word): boolean => input.dates.some((d) => w.start >= d.start && w.end <= d.end);
  for (let j = at + 1; j < words.length && j <= at + 10; j += 1) {
    const { text } = words[j]!;
    if (/^[,;:"“”()]$/.test(text) || SUBORDINATOR.test(text) || OBJECT_STOP.test(text)) return null;
    if (SUBJECT_PRONOUN.test(text)) return null;
    // "Talks to end the strike": the noun's purpose, not its verb.
    if (/^to$/i.test(text)) {
      j += 1;
      continue;
    }
    if (!/^\p{Ll}/u.test(text) || PREPOSITION.test(text) || DETERMINER.test(text)) continue;
    // "An attack shut down the systems": a past form before its particle is the verb.
    const phrasal = isPastForm(text) && PARTICLE.test(words[j + 1]?.text ?? '');
    if (!AUXILIARY.test(text) && !phrasal && !isVerb(text, words[j - 1]!.text)) continue;
    let verb = j;
    while (
      verb < words.length - 1 &&
      (AUXILIARY.test(words[verb]!.text) || CARRIER.test(words[verb]!.text))
    )
      verb += 1;
    const aux = words.slice(j, verb).map((w) => w.text.toLowerCase());
    const written = words[verb]!.text;
    const forms = formsOf(written.toLowerCase());
    // After an auxiliary, a preposition or an adverb is no verb ("was within reach").
    if (
      !/^\p{Ll}+$/u.test(written) ||
      /ly$/.test(written) ||
      tagsOf(written).some((t) => t === 'Preposition' || t === 'Adverb') ||
      forms.base === 'be' ||
      forms.base === 'have'
    )
      return null;
    const subject = render(
      words.slice(from, j).filter((w) => !dated(w)),
      input,
    );
    while (subject.length > 0 && DETERMINER.test(subject[0]!)) subject.shift();
    if (subject.length === 0 || subject.length > 8) return null;
    subject[0] = subject[0]!.charAt(0).toUpperCase() + subject[0]!.slice(1);
    const passive = aux.some((a) => PASSIVE_AUX.test(a)) && isPastForm(written);
    const future = aux.some((a) => /^(?:will|shall)$/.test(a));
    // "will resume": in the present, as the clause's own titles write it; "will be held": "to be
    // held", as a passive's.
    const verbWords = passive
      ? [...(future ? ['to', 'be'] : []), forms.participle]
      : [isPlural(subject, 0) ? forms.base : forms.present];
    const object = render(objectWords(words, verb, input, 0, false), input);
    return [...subject, ...verbWords, ...object];
  }
  return null;
}

/** The particle of a phrasal verb: "shut down", "called off", "knocked out". */
const PARTICLE = /^(?:down|off|out|up)$/i;

/** What may stand before a noun phrase that opens its clause: an article or a possessive. */
const OPENER = /^(?:the|a|an|its|his|her|their|our)$/i;
