import { endsAsCompany } from './company-names.ts';
import { wordKind } from './word-knowledge.ts';

/**
 * Products, works, craft, diseases and prizes named like people, or after them: "the James
 * Webb Space Telescope", "the Vela orbiter", "Alzheimer's disease", "Brent crude", "the Birgit
 * Nilsson Prize", "Helios was launched", an opera's title in quotes ("Aida"), "a tablet called
 * Atlas Pro", "Polaroids" beside "Polaroid", "Sri Lankan" beside "Sri Lanka". A person's name never stands so.
 */

/** The kind of thing a name stands before: "Vela orbiter", "Marburg virus", "Brent crude". */
const THING_AFTER =
  /^\s+(?:Space\s+Telescope|telescope|orbiter|rover|lander|spacecraft|satellite|rocket|virus|vaccine|crude|cameras?|smartphones?|handsets?|chip|processors?|Prizes?|Awards?|Medals?|Trophy|Cup|Lectures?)(?![\p{L}\p{N}])/u;
/**
 * A disease named after the person who described it: "Alzheimer's disease", and the few
 * news names alone before a drug or its patients ("an Alzheimer's drug", "Parkinson's patients").
 */
const DISEASE_AFTER = /^['’]s\s+(?:disease|syndrome)\b/u;
const EPONYMOUS_DISEASE =
  /^(?:Alzheimer|Parkinson|Huntington|Crohn|Hodgkin|Asperger|Tourette|Raynaud|Meniere|Ménière)$/u;
const EPONYM_AFTER =
  /^['’]s\s+(?:drugs?|patients|treatments?|research|medicines?|sufferers|cases|care|diagnosis|symptoms|trials?|therapy|therapies)\b/u;
/** Last words of names of things: "Space Telescope", "Winter Olympics", "Davis Cup". */
const THING_TAIL =
  /\s(?:Telescope|Olympics|Carnival|Prize|Awards?|Medal|Trophy|Cup)$|^(?:Telescope|Olympics|Carnival)$/u;
/** What is done to craft, never to a person: "Helios was launched in December". */
const CRAFT_VERB =
  /^\s+(?:was|were|is|will\s+be|had\s+been|has\s+been)\s+(?:launched|refloated|decommissioned|scrapped)\b/u;
/** What a product's or a work's name is called after: "a tablet called Atlas Pro", "dubbed". */
const CALLED =
  /(?:\b(?:dubbed|branded)|(?:,|\b(?:phones?|tablets?|glasses|devices?|apps?|drinks?|cocktails?|films?|books?|novels?|albums?|songs?|models?|ships?|vessels?|drugs?|vaccines?|trackers?|watch(?:es)?|cars?|systems?|chips?))\s+(?:called|named))\s+$/u;

/** A quote's opening and up to three capitalized words of a title before the name. */
const QUOTED_TITLE_OPEN = /["“](?:(?:\p{Lu}[\p{L}'’-]*|of|the|and)\s){0,3}$/u;
/** The possessive of a house that acts ("Christie's will hold", "Sotheby's said"): a business. */
const HOUSE_ACTS =
  /^['’]s\s+(?:will|would|said|says|sold|sells|holds|held|expects|reported|announced|auctioned|estimated)\b/u;
/** The capitalized word right after a name. */
const NEXT_WORD = /^\s+(\p{Lu}\p{L}*)/u;

export function namesThingLikePerson(
  text: string,
  span: { start: number; end: number },
  value: string,
): boolean {
  const after = text.slice(span.end, span.end + 20);
  if (THING_AFTER.test(after) || DISEASE_AFTER.test(after) || THING_TAIL.test(value)) return true;
  if (EPONYMOUS_DISEASE.test(value) && EPONYM_AFTER.test(after)) return true;
  if (CRAFT_VERB.test(text.slice(span.end, span.end + 30))) return true;
  const before = text.slice(Math.max(0, span.start - 30), span.start);
  if (CALLED.test(before)) return true;
  // A work's title in quotes: "performances of “Aida” on Monday", "“Bildnis Elisabeth Lederer”".
  if (QUOTED_TITLE_OPEN.test(before) && /^[,.]?["”]/u.test(after)) return true;
  // A company's word after the name ("Zhejiang Huahai Pharmaceutical"): not a person.
  const next = NEXT_WORD.exec(after)?.[1];
  if (HOUSE_ACTS.test(after) || (next !== undefined && endsAsCompany(`${value} ${next}`)))
    return true;
  return isPluralOfThing(text, value) || isDemonym(text, value);
}

/**
 * "Sri Lankan", "Pakistani", "Sudanese" where the text names the country ("Sri Lanka"): a
 * people's adjective, not a person ("Julian" beside "Julia" is a given name the lexicon knows).
 */
function isDemonym(text: string, value: string): boolean {
  const stem = /^(\p{Lu}[\p{L}\s]{3,}?)(?:n|i|ese|ian|ish)$/u.exec(value)?.[1];
  if (stem === undefined || wordKind(value) === 'first-name' || wordKind(value) === 'last-name')
    return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${stem}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/**
 * "Polaroids" where the text also says "Polaroid": a brand or a thing in the plural, not a
 * family ("the Kennedys" stays a person's name the lexicon knows only as "Kennedy").
 */
function isPluralOfThing(text: string, value: string): boolean {
  if (!/^\p{Lu}\p{Ll}+[^s]s$/u.test(value)) return false;
  const single = value.slice(0, -1);
  if (wordKind(single) === 'first-name' || wordKind(single) === 'last-name') return false;
  // The singular after a word in lower case ("the Polaroid camera"), not only opening a sentence
  // ("Water" of a quote's start beside "Waters", a person).
  return new RegExp(`\\p{Ll}[,;]?\\s+${single}(?![\\p{L}\\p{N}])`, 'u').test(text);
}
