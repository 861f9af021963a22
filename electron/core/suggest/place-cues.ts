import type { RecognizedMention } from './entity-recognizer.ts';
import { wordsOfFullNames } from './phrase-repairs.ts';
import { wordKind } from './word-knowledge.ts';
import { escapeRegExp } from '../regexp-escape.ts';

/**
 * Places that the words around a name give away where nothing knows the name ("three northern
 * provinces of Kaltera", "the WHO representative in Kaltera"): the model reads an unknown
 * capitalized word standing alone as a person, and a person is rarely "in" something. And no
 * place where they take it away ("the Ortega-Murillo regime"); and the name after "the town
 * of", which no one may have read at all.
 */

/**
 * "in X", "provinces of X", "the capital of X", "residents of X", "Gareth Pennington, 51, of X",
 * "flew to X", "had reached X", "the road between X": what stands before a place (not "between"
 * alone: "the deal between Aoun and Hariri").
 */
const PLACE_BEFORE =
  /(?:\b(?:in|(?:road|border|route|highway|railway|corridor|flights?|trains?|ferry|ferries) between|across|throughout|inside|near|off|outside|reached|(?:flew|travell?ed|sailed|drove|returned|headed) to|(?:residents?|natives?|outskirts|suburbs?) of)|\d, of|\b(?:town|city|village|port|district|province|region|island|municipality|commune) of|\b(?:provinces?|regions?|districts?|parts?|north|south|east|west|capital|people|government|border|coast|cities|towns|villages|citizens|territory|mayors?) of)\s$/iu;

/** Whether the words before `start` are a place's: "in", "near", "off", "the port of". */
export function placeWordsBefore(text: string, start: number): boolean {
  return PLACE_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}

/**
 * A place's words, a name and "and": "between Mueda and", "the mayors of Marawi and", "in the
 * Rift Valley and".
 */
const PLACE_AND = /(?:the )?(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?) and $/u;

/** Whether `start` follows a place's words directly or across one name and "and". */
function placeWordsOrListBefore(text: string, start: number): boolean {
  if (placeWordsBefore(text, start)) return true;
  const before = PLACE_AND.exec(text.slice(Math.max(0, start - 40), start));
  return before !== null && placeWordsBefore(text, start - before[0].length);
}

/** Where a place is placed: "in Stein, in the canton of Aargau", "Stein, a town near". */
const PLACE_APPOSITION =
  /^,\s+(?:in\s+the\s+(?:canton|state|province|region|county|district|department|prefecture)\s+of|an?\s+(?:town|city|village|suburb|port)\b)/u;

/** A person speaks: "Kaltera said". */
const PERSON_AFTER = /^\s+(?:said|says|told|added|asked|wrote|argued)\b/u;

/**
 * Single unknown words read as persons that stand after a place's words somewhere in the text,
 * elsewhere never act as a person does, and are in no full name of the text: places, everywhere
 * in the article.
 */
export function withPlaceCues(text: string, mentions: RecognizedMention[]): RecognizedMention[] {
  const inFullNames = wordsOfFullNames(text, mentions);
  // "off Brittany": a given name too, when no person of the text bears it; "in Stein, in the
  // canton of Aargau": a family name too.
  const lone = mentions.filter((m) => {
    const value = text.slice(m.start, m.end);
    const kind = wordKind(value);
    return (
      m.type === 'person' &&
      /^\p{Lu}\p{Ll}+$/u.test(value) &&
      !inFullNames.has(value) &&
      (kind === 'unknown' ||
        ((kind === 'first-name' ||
          (kind === 'last-name' && PLACE_APPOSITION.test(text.slice(m.end, m.end + 40)))) &&
          placeWordsBefore(text, m.start)))
    );
  });
  const places = new Set<string>();
  const acts = new Set<string>();
  // "homes in Galicia" read as a place: so is the "Galicia" of another sentence read as a person.
  for (const m of mentions) {
    if (m.type === 'location' && placeWordsBefore(text, m.start))
      places.add(text.slice(m.start, m.end));
  }
  for (const m of lone) {
    const value = text.slice(m.start, m.end);
    const after = text.slice(m.end, m.end + 10);
    // "in Duffy's trial": a person's; "the representative in Kaltera said": the representative
    // speaks; "in Batman: The Animated Series": a work's title.
    if (/^['’]s?\b/u.test(after)) acts.add(value);
    else if (after.startsWith(':')) continue;
    else if (placeWordsOrListBefore(text, m.start)) places.add(value);
    else if (PERSON_AFTER.test(after)) acts.add(value);
  }
  return withVenues(text, withTownsNamed(text, withPlacesOfTwoWords(text, mentions)))
    .filter((m) => !isRulersRegime(text, m))
    .map((m) => {
      const value = text.slice(m.start, m.end);
      return lone.includes(m) && places.has(value) && !acts.has(value)
        ? { ...m, type: 'location' as const }
        : m;
    })
    .map((m) => withGreater(text, m));
}

/** "Greater Manchester", "Greater Accra": the metropolitan area's "Greater" is a word of its name. */
function withGreater(text: string, m: RecognizedMention): RecognizedMention {
  const greater = /(?<![\p{L}\p{N}'’-])Greater\s$/u.exec(
    text.slice(Math.max(0, m.start - 8), m.start),
  );
  return m.type === 'location' && greater !== null
    ? { ...m, start: m.start - greater[0].length }
    : m;
}

/**
 * "the Ortega-Murillo regime": two rulers' names joined before their regime, read as a place;
 * no place, and no one person either.
 */
function isRulersRegime(text: string, m: RecognizedMention): boolean {
  const names = text.slice(m.start, m.end).split('-');
  return (
    m.type === 'location' &&
    names.length === 2 &&
    names.every((name) => /^\p{Lu}\p{Ll}+$/u.test(name) && wordKind(name) !== 'place') &&
    /^\s+(?:regime|government|administration|dynasty|family)\b/u.test(text.slice(m.end, m.end + 16))
  );
}

/** "the town of Kovancilar", "the village of Ashby": what follows is a place's name. */
const TOWN_OF =
  /\b(?:town|city|village|port|district|province|region|island|municipality|commune)\sof\s(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)*)/dgu;

/** The name after "the town of": a place where nothing or a lone person was read. */
function withTownsNamed(text: string, mentions: RecognizedMention[]): RecognizedMention[] {
  let out = mentions;
  for (const match of text.matchAll(TOWN_OF)) {
    const [start, end] = match.indices![1]!;
    const inside = out.filter((m) => start < m.end && m.start < end);
    if (inside.length === 0) {
      out = [...out, { start, end, type: 'location' as const, origin: 'rule:place-cue' as const }];
    } else if (
      inside.length === 1 &&
      inside[0]!.type === 'person' &&
      inside[0]!.start === start &&
      inside[0]!.end === end
    ) {
      out = out.map((m) => (m === inside[0] ? { ...m, type: 'location' as const } : m));
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A venue's kind in lower case after its name: "the Jose Alvalade stadium", "the Dragao arena". */
const VENUE_AFTER =
  /^\s(?:stadium|arena|ground|theatre|theater|airport|racecourse|circuit|velodrome|concert hall|opera house)\b/u;

/**
 * A name between "the" and a venue's kind is the venue's, a place: no person the venue was named
 * after ("at the Jose Alvalade stadium"), nor the club or company that plays or flies there.
 */
function withVenues(text: string, mentions: RecognizedMention[]): RecognizedMention[] {
  return mentions.map((m) =>
    m.type === 'person' &&
    /\bthe\s$/iu.test(text.slice(Math.max(0, m.start - 4), m.start)) &&
    VENUE_AFTER.test(text.slice(m.end, m.end + 16))
      ? { ...m, type: 'location' as const }
      : m,
  );
}

/**
 * A name of two or three words read as a person's right after a place's words ("flew to Cabo
 * Delgado", "the ship left Laem Chabang", "the mayors of Lanao del Sur"): a place, unless it
 * opens with a given name or acts as a person somewhere in the text ("Cabo Delgado said", "'s").
 */
function withPlacesOfTwoWords(text: string, mentions: RecognizedMention[]): RecognizedMention[] {
  const surnames = new Set(
    mentions
      .filter((m) => m.type === 'person' && !/\s/u.test(text.slice(m.start, m.end)))
      .map((m) => text.slice(m.start, m.end)),
  );
  return mentions.map((m) => {
    const value = text.slice(m.start, m.end);
    const words = value.split(/\s+/u);
    if (m.type !== 'person' || words.length < 2 || words.length > 3) return m;
    if (!placeWordsOrListBefore(text, m.start) || wordKind(words[0]!) === 'first-name') return m;
    if (surnames.has(words.at(-1)!)) return m;
    const uses = [...text.matchAll(new RegExp(`${escapeRegExp(value)}(?=(.{0,10}))`, 'gsu'))];
    if (uses.some((use) => /^['’]s?\b/u.test(use[1]!) || PERSON_AFTER.test(use[1]!))) return m;
    return { ...m, type: 'location' as const };
  });
}
