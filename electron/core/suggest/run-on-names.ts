import type { RecognizedMention } from './entity-recognizer.ts';
import { getGazetteer } from './gazetteer.ts';
import { ORGANIZATION_WORDS } from './name-chunks.ts';
import { PLACE_NAME_TAIL } from './place-name-tails.ts';
import { isTitleWord } from './titles.ts';
import { isOfficeWord, wordKind } from './word-knowledge.ts';

/**
 * One span that holds a body's or a place's name and the person named after it ("Senior State
 * Department Official Kin Moy", "University of Montreal and Ryan MacDonald"): two mentions.
 */

/** Words that rank an official without being a title of their own ("Senior", "Acting"). */
const RANK_WORD =
  /^(?:senior|acting|deputy|principal|assistant|associate|vice|chief|special|first|under|executive|district|circuit|federal)$/iu;

/** Rank words that open an official's title, never a body's name ("Senior", not "Federal"). */
const LEADING_RANK_WORD = /^(?:senior|acting|deputy|principal|assistant|associate|vice|special)$/iu;

/**
 * A body's name with the official who follows it: "Senior State Department Official Kin Moy"
 * is the State Department and Kin Moy, "U.S. District Judge Colm Connolly" and "Senior Bureau
 * Official Moy" are a person after a title (the rank words and a lone body word are no body);
 * "SENIOR STATE DEPARTMENT" (of "SENIOR STATE DEPARTMENT OFFICIAL:") is the department. A
 * title after "of", "the" or "for" belongs to the body ("Office of the Secretary of Defense").
 */
export function splitAtTitle(text: string, mention: RecognizedMention): RecognizedMention[] {
  if (mention.type === 'person') return [mention];
  const words = [...text.slice(mention.start, mention.end).matchAll(/\S+/gu)];
  let title = -1;
  let name = -1;
  for (let i = words.length - 2; i >= 1 && title === -1; i -= 1) {
    if (!isTitleWord(words[i]![0]) || /^(?:of|the|for)$/iu.test(words[i - 1]![0])) continue;
    // "Chief Executive Mary Barra": the name comes after the title's own words.
    let j = i + 1;
    while (j < words.length - 1 && (RANK_WORD.test(words[j]![0]) || isTitleWord(words[j]![0])))
      j += 1;
    const next = words[j]![0];
    if (
      /^\p{Lu}/u.test(next) &&
      !ORGANIZATION_WORDS.has(next.toLowerCase()) &&
      !isTitleWord(next) &&
      !RANK_WORD.test(next) &&
      (wordKind(next) !== 'common' || j + 1 < words.length)
    ) {
      title = i;
      name = j;
    }
  }
  let from = 0;
  while (from < words.length - 1 && LEADING_RANK_WORD.test(words[from]![0])) from += 1;
  const at = (i: number) => mention.start + words[i]!.index;
  const body = (end: number): RecognizedMention[] => {
    const kept = words.slice(from, end);
    const isBody =
      kept.length >= 2 && kept.some((word) => ORGANIZATION_WORDS.has(word[0].toLowerCase()));
    if (!isBody) return [];
    const last = words[end - 1]!;
    return [{ ...mention, start: at(from), end: at(end - 1) + last[0].length }];
  };
  if (title === -1) return from === 0 ? [mention] : body(words.length);
  let end = title;
  while (end > from && (RANK_WORD.test(words[end - 1]![0]) || isTitleWord(words[end - 1]![0])))
    end -= 1;
  return [
    ...body(end).map((m) => ({ ...m, type: 'organization' as const })),
    { ...mention, start: at(name), type: 'person' },
  ];
}

/** Word kinds a person's surname can have. */
const NAME_KINDS = new Set(['first-name', 'last-name', 'person', 'unknown']);

/**
 * A body's name run on into a person named without a title between: "Bureau of East Asian and
 * Pacific Affairs Kin Moy" is the bureau and Kin Moy, "U.S. Chamber of Commerce Myron Brillant"
 * the chamber and Myron Brillant. Only two name words after a portfolio or body word ("Affairs",
 * "Commerce", "Bureau"), and no place ("University of California Los Angeles").
 */
export function splitBeforePerson(text: string, mention: RecognizedMention): RecognizedMention[] {
  if (mention.type !== 'organization') return [mention];
  const words = [...text.slice(mention.start, mention.end).matchAll(/\S+/gu)];
  if (words.length < 4) return [mention];
  const [given, surname] = words.slice(-2).map((word) => word[0]);
  const bodyEnd = words.at(-3)![0].toLowerCase();
  if (
    !(isOfficeWord(bodyEnd) || ORGANIZATION_WORDS.has(bodyEnd)) ||
    ![given!, surname!].every((word) => /^\p{Lu}\p{Ll}/u.test(word)) ||
    // A given name may be a word too ("Kin"); the surname and the given name are no title.
    !NAME_KINDS.has(wordKind(surname!)) ||
    [given!, surname!].some(
      (word) => isTitleWord(word) || ORGANIZATION_WORDS.has(word.toLowerCase()),
    ) ||
    getGazetteer().has(`${given} ${surname}`.toLowerCase())
  )
    return [mention];
  const person = mention.start + words.at(-2)!.index;
  const body = words.at(-3)!;
  return [
    { ...mention, end: mention.start + body.index + body[0].length },
    { ...mention, start: person, type: 'person' },
  ];
}

/**
 * Whether two words after a place are a person's name: name words, or a given name the lexicon
 * knows as a common word before a known name ("Sung Kim"; "Sung" is a verb to it).
 */
function isNameAfterPlace(given: string, surname: string): boolean {
  const isName = (word: string, kinds: Set<string>) =>
    /^\p{Lu}\p{Ll}+$/u.test(word) &&
    kinds.has(wordKind(word)) &&
    !isTitleWord(word) &&
    !PLACE_NAME_TAIL.test(word) &&
    getGazetteer().get(word.toLowerCase()) === undefined;
  return (
    isName(surname, NAME_KINDS) &&
    (isName(given, NAME_KINDS) ||
      (isName(given, COMMON_KIND) && KNOWN_NAME_KINDS.has(wordKind(surname))))
  );
}

const COMMON_KIND = new Set(['common']);
const KNOWN_NAME_KINDS = new Set(['first-name', 'last-name', 'person']);

/** Whether `place` is a place the gazetteer knows. */
const isKnownPlace = (place: string) =>
  getGazetteer().get(place.toLowerCase().replace(/’/gu, "'"))?.type === 'location';

/**
 * A place run on into a person named after it without a title ("the UAE Embassy to the United
 * States Shaima Gargash", "Special Envoy for North Korea Sung Kim", read as a place or a body):
 * the place, and the person's two name words.
 */
export function splitPlaceBeforePerson(
  text: string,
  mention: RecognizedMention,
): RecognizedMention[] {
  if (mention.type === 'person') return [mention];
  const words = [...text.slice(mention.start, mention.end).matchAll(/\S+/gu)];
  if (words.length < 3) return [mention];
  const [given, surname] = words.slice(-2).map((word) => word[0]);
  const place = text.slice(
    mention.start,
    mention.start + words.at(-3)!.index + words.at(-3)![0].length,
  );
  if (!isKnownPlace(place) || !isNameAfterPlace(given!, surname!)) return [mention];
  // Read as a body, it is one unless the last word is a name the lexicon knows ("Kazakhstan
  // Temir Zholy" is the state railway).
  if (mention.type !== 'location' && !KNOWN_NAME_KINDS.has(wordKind(surname!))) return [mention];
  return [
    { ...mention, end: mention.start + place.length, type: 'location' },
    { ...mention, start: mention.start + words.at(-2)!.index, type: 'person' },
  ];
}

/**
 * A person's given name read as the end of the place before it ("North Korea Sung" and "Kim"
 * of "Special Envoy for North Korea Sung Kim"): the place, and the person whole.
 */
export function withGivenNameAfterPlace(
  text: string,
  mentions: RecognizedMention[],
): RecognizedMention[] {
  const out = [...mentions];
  for (let i = 0; i + 1 < out.length; i += 1) {
    const [m, person] = [out[i]!, out[i + 1]!];
    if (m.type === 'person' || person.type !== 'person' || text.slice(m.end, person.start) !== ' ')
      continue;
    const value = text.slice(m.start, m.end);
    const cut = value.lastIndexOf(' ');
    const surname = text.slice(person.start, person.end);
    if (cut === -1 || /\s/u.test(surname) || !isKnownPlace(value.slice(0, cut))) continue;
    if (!isNameAfterPlace(value.slice(cut + 1), surname)) continue;
    out[i] = { ...m, end: m.start + cut, type: 'location' };
    out[i + 1] = { ...person, start: m.start + cut + 1 };
  }
  return out;
}

/**
 * A body's name run on into the person named after it ("University of Montreal and Ryan
 * MacDonald"): the body, and the person from the first name on.
 */
export function withoutPersonAfterAnd(
  text: string,
  mention: RecognizedMention,
): RecognizedMention[] {
  if (mention.type !== 'organization') return [mention];
  const and = / and (\p{Lu}[\p{L}'’-]+)((?: \p{Lu}[\p{L}'’-]+){1,2})$/u.exec(
    text.slice(mention.start, mention.end),
  );
  if (and === null || wordKind(and[1]!) !== 'first-name') return [mention];
  const personStart = mention.start + and.index + ' and '.length;
  return [
    { ...mention, end: mention.start + and.index },
    { ...mention, start: personStart, type: 'person' },
  ];
}
