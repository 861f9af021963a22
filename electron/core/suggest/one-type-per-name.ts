import type { RecognizedMention } from './entity-recognizer.ts';
import type { EntityType } from './entity-suggestion.ts';

/**
 * One name, one type in an article: "Brookstone" is not a person in one sentence and a body in
 * another. A name is the person whose full name ends in it ("Asante" of "Kwame Asante", however
 * it was read); one read as more than one type is the one most of its mentions were read as; with no
 * such type (a tie), each mention keeps its own. The text says otherwise where a place is read
 * after "in", "near", "to" ("a flat in Marbella", "flew to Jordan"): that mention stays a place.
 */
export function withOneTypePerName(
  text: string,
  mentions: RecognizedMention[],
): RecognizedMention[] {
  const byName = new Map<string, RecognizedMention[]>();
  for (const m of mentions) {
    const name = text.slice(m.start, m.end);
    const same = byName.get(name);
    if (same === undefined) byName.set(name, [m]);
    else same.push(m);
  }
  const surnames = endsOfFullNames(text, mentions);
  const typeOf = new Map<string, EntityType | null>();
  for (const [name, same] of byName) {
    if (surnames.has(name)) typeOf.set(name, 'person');
    else if (same.some((m) => m.type !== same[0]!.type)) typeOf.set(name, mostRead(name, same));
  }
  if (typeOf.size === 0) return mentions;
  return mentions.map((m) => {
    const type = typeOf.get(text.slice(m.start, m.end));
    if (type === undefined || type === null || type === m.type) return m;
    if (m.type === 'location' && placeByPreposition(text, m.start)) return m;
    return { ...m, type };
  });
}

const PLACE_BEFORE = /(?<![\p{L}\p{N}])(?:in|near|outside|to|into|across)\s$/u;

/** Whether the words before a name say it is a place: "in", "near", "flew to". */
export function placeByPreposition(text: string, start: number): boolean {
  return PLACE_BEFORE.test(text.slice(Math.max(0, start - 10), start));
}

/** The words that end people's full names in the article: "Asante", "Faria Lopes". */
function endsOfFullNames(text: string, mentions: readonly RecognizedMention[]): Set<string> {
  const ends = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    const full = text.slice(m.start, m.end);
    for (const space of full.matchAll(/ /gu)) ends.add(full.slice(space.index + 1));
  }
  return ends;
}

/**
 * The type most mentions were read as; on a tie, null, but for a name of two words or more
 * read as a person and as a body as often: a body ("Deutsche Bahn called the strike ...",
 * "Deutsche Bahn said": the model takes a body that speaks for a person, never the reverse).
 */
function mostRead(name: string, same: readonly RecognizedMention[]): EntityType | null {
  const counts = new Map<EntityType, number>();
  for (const m of same) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 1 || ranked[0]![1] !== ranked[1]![1]) return ranked[0]![0];
  const tied = ranked.filter(([, n]) => n === ranked[0]![1]).map(([type]) => type);
  return /\s/u.test(name) &&
    tied.length === 2 &&
    tied.includes('person') &&
    tied.includes('organization')
    ? 'organization'
    : null;
}
