import type { RecognizedMention } from './entity-recognizer.ts';
import { getGazetteer } from './gazetteer.ts';
import { isTitleWord } from './titles.ts';
import { wordKind } from './word-knowledge.ts';

/**
 * A person named in an apposition after a post at a body: "said Sporting's president, Frederico
 * Varandas.", "its general manager, Daniel Okafor,", "the club's coach, Rui Lopes". The model,
 * which has read the club or company just before, may take the name for a body or a place; a
 * post held by a possessive's body is held by a person (branch ner15).
 */
const POST_BEFORE = new RegExp(
  String.raw`(?:['’]s|\b(?:[Ii]ts|[Tt]heir|[Tt]he|[Hh]is|[Hh]er))\s(?:[\p{Ll}-]+\s){0,2}(\p{Ll}+),\s$`,
  'u',
);

/** Posts at a body that titles.ts does not list as words of address. */
const POSTS = /^(?:manager|coach|owner|founder|head|boss|leader|executive|officer|economist)$/u;

function isPersonName(value: string): boolean {
  const words = value.split(/\s+/u);
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    words.every(
      (w) =>
        /^\p{Lu}\p{Ll}+$/u.test(w) &&
        ['unknown', 'first-name', 'last-name'].includes(wordKind(w)) &&
        getGazetteer().get(w.toLowerCase()) === undefined,
    )
  );
}

export function withAppositivePeople(
  text: string,
  mentions: RecognizedMention[],
): RecognizedMention[] {
  return mentions.map((m) => {
    if (m.type === 'person' || !/^[,.;]/u.test(text.slice(m.end, m.end + 1))) return m;
    const post = POST_BEFORE.exec(text.slice(Math.max(0, m.start - 60), m.start))?.[1];
    if (post === undefined || !(isTitleWord(post) || POSTS.test(post))) return m;
    return isPersonName(text.slice(m.start, m.end)) ? { ...m, type: 'person' as const } : m;
  });
}
