import type { RecognizedMention } from './entity-recognizer.ts';
import { getGazetteer } from './gazetteer.ts';

/**
 * National bodies named by a field and a place, which the model reads as the place alone or
 * as a person: "Statistics Norway", "Elections Alberta", "Health Canada", "Police Scotland",
 * "Virgin Australia", "Business Unity South Africa", "New Zealand Rugby", "Australia Post". The
 * field's word is one of those such bodies are named by (a sport, a public service), so that
 * "Meanwhile Norway" or "Japan Alliance" stay as they are.
 */
const FIELD = String.raw`(?:Statistics|Elections|Visit|Tourism|Sports?|Cricket|Rugby|Football|Tennis|Athletics|Swimming|Rowing|Cycling|Netball|Golf|Hockey|Basketball|Volleyball|Gymnastics|Transport|Screen|Heritage|Historic|Natural|Invest|Enterprise|Skills|Universities|Police|Health|Environment|Parks|Virgin|Business Unity|Food Standards)`;
const FIELD_BEFORE = new RegExp(
  String.raw`(?<!\p{Lu}[\p{L}'’.-]*\s)(?<![\p{L}\p{N}'’.-])${FIELD}\s$`,
  'u',
);
const FIELD_AFTER =
  /^\s(?:Rugby|Cricket|Football|Netball|Athletics|Tennis|Golf|Hockey|Basketball|Swimming|Rowing|Cycling|Post|Rail|Railways|Airways|Airlines|Telecom|Water|Television|Radio)(?![\p{L}\p{N}'’-])(?!\s+\p{Lu})/u;
const FIELD_IN = new RegExp(String.raw`^${FIELD}\s`, 'u');

const isPlace = (name: string): boolean =>
  getGazetteer().get(name.toLowerCase())?.type === 'location';

/** One place or two ("Australia New Zealand"). */
const arePlaces = (names: string): boolean =>
  isPlace(names) ||
  [...names.matchAll(/\s/gu)].some(
    (space) => isPlace(names.slice(0, space.index)) && isPlace(names.slice(space.index + 1)),
  );

/** The body a place's mention is part of, or the mention as it was. */
function bodyOf(text: string, m: RecognizedMention): RecognizedMention {
  const value = text.slice(m.start, m.end);
  // Read whole, as a place or a person: "Virgin Australia said it had added flights".
  const field = FIELD_IN.exec(value)?.[0];
  if (m.type !== 'organization' && field !== undefined && arePlaces(value.slice(field.length)))
    return { ...m, type: 'organization' };
  if (m.type !== 'location' || !isPlace(value)) return m;
  const before = FIELD_BEFORE.exec(text.slice(Math.max(0, m.start - 20), m.start))?.[0];
  // "Food Standards Australia New Zealand": a body's name that goes on past the place is left.
  if (before !== undefined && !/^\s\p{Lu}/u.test(text.slice(m.end, m.end + 2)))
    return { ...m, start: m.start - before.length, type: 'organization' };
  const after = FIELD_AFTER.exec(text.slice(m.end, m.end + 14))?.[0];
  if (after !== undefined) return { ...m, end: m.end + after.length, type: 'organization' };
  return m;
}

export function withPlaceNamedBodies(
  text: string,
  mentions: RecognizedMention[],
): RecognizedMention[] {
  const read = mentions.map((m) => bodyOf(text, m));
  // A body that grew over a word another mention held keeps the word.
  return read.filter(
    (m, i) =>
      !read.some(
        (other, j) =>
          j !== i &&
          other.type === 'organization' &&
          other !== mentions[j] &&
          other.start < m.end &&
          m.start < other.end,
      ),
  );
}
