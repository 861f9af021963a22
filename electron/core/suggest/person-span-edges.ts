import type { RecognizedMention } from './entity-recognizer.ts';
import { isTitleWord } from './titles.ts';
import { isOccupationWord, isOfficeWord } from './word-knowledge.ts';

/**
 * Words at the edges of a person's span that are not the person's name: titles, offices and
 * occupations before it ("Airbus Chief Executive Guillaume Faury", "Soprano Clara Nystrom",
 * "Economist Ana Ruiz"), and letters after a name that say an honour or a rank ("Alan Reid KC").
 */

/**
 * Words that end a title before a name: "Chief Executive", "Finance Minister", "Foreign Affairs",
 * and a player's position or a club's post ("Striker Tomasz Nowak", "Coach Rui Lopes").
 */
const TITLE_TAIL =
  /^(?:executive|officer|financial|operating|founder|co-founder|head|vice|striker|midfielder|defender|goalkeeper|winger|forward|captain|coach|manager|chairman|fly-half|scrum-half|flanker)$/iu;

/** Letters after a name: a King's Counsel, a member of a parliament, an order of the empire. */
const POST_NOMINAL = /\s+(?:KC|QC|SC|MP|MEP|MSP|MLA|TD|OBE|MBE|CBE|KBE|DBE)$/u;

/**
 * A person's span without the company, office, title and occupation words that open it and
 * the letters that close it: "Airbus Chief Executive Guillaume Faury" is Guillaume Faury,
 * "Affairs Hayashi" is Hayashi, "Opener Tanvir Hossain" is Tanvir Hossain; null when no name is
 * left.
 */
export function personAfterTitles(
  text: string,
  mention: RecognizedMention,
): RecognizedMention | null {
  const honour = POST_NOMINAL.exec(text.slice(mention.start, mention.end));
  const named = honour === null ? mention : { ...mention, end: mention.start + honour.index };
  const words = [...text.slice(named.start, named.end).matchAll(/\S+/gu)];
  let last = -1;
  words.forEach((word, i) => {
    const bare = word[0].replace(/[.,]$/u, '');
    if (i < words.length - 1 && isTitleLike(bare, i === last + 1)) last = i;
  });
  if (last === -1) return named;
  const rest = words[last + 1]!;
  if (!/^\p{Lu}/u.test(rest[0])) return null;
  return { ...named, start: named.start + rest.index };
}

/** An occupation counts only among the words that open the span ("Economist Ana Ruiz"). */
function isTitleLike(word: string, opening: boolean): boolean {
  if (isTitleWord(word) || isOfficeWord(word) || TITLE_TAIL.test(word)) return true;
  return opening && /^\p{Lu}\p{Ll}/u.test(word) && isOccupationWord(word);
}

/**
 * Whether an occupation or a title stands right before `start`, maybe with a comma ("councillor
 * Priya Raman", "the producer, Ousmane Ba", "Striker Dean Morrow"): the name after it is a
 * person's, though the model, which seldom saw such words in its training text, read nothing.
 */
export function followsOccupation(text: string, start: number): boolean {
  const word = /(\p{L}[\p{L}-]*),?\s+$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  return word !== undefined && (isTitleLike(word, false) || isOccupationWord(word));
}

/** English words a name is joined to by a hyphen ("Smith-led", "Paris-born"), no given name's. */
const JOINED_WORD =
  /^(?:led|born|based|bred|era|style|owned|run|backed|like|made|year|old|wide|free|type|level|class|linked|elect|designate|controlled|funded|listed|only|focused)$/u;

/**
 * A person's span cut at the hyphen of a given name written after the family name ("Jun
 * Young" of "Vice chairman Jun Young-hyun apologised"): the whole name.
 */
export function withHyphenedGivenName(
  text: string,
  mention: RecognizedMention | null,
): RecognizedMention | null {
  if (mention === null || !/\s/u.test(text.slice(mention.start, mention.end))) return mention;
  const tail = /^-(\p{Ll}{2,4})(?![\p{L}\p{N}-])/u.exec(text.slice(mention.end, mention.end + 8));
  return tail === null || JOINED_WORD.test(tail[1]!)
    ? mention
    : { ...mention, end: mention.end + tail[0].length };
}
