import type { RecognizedMention } from './entity-recognizer.ts';
import { wordKind } from './word-knowledge.ts';

/**
 * People read in part of one hyphened word (the model reads the tokens the tokenizer splits at a
 * hyphen): "Lloyd" of "Hapag-Lloyd", "Ray" of "Ray-Ban", "Hera" of "Hera-2". No one's name is
 * half a word. Two capitalized halves that no given name opens are a company's name
 * ("Hapag-Lloyd said", "Ray-Ban owner"), the whole word; a word with digits is a model number or
 * a probe's, no one. Names joined by a hyphen and each read ("the U.S.-Japan alliance",
 * "Russia-Ukraine talks") stay as read.
 */
const WORD_CHAR = /[\p{L}\p{N}'’]/u;

function wholeWord(text: string, m: RecognizedMention): { start: number; end: number } {
  let start = m.start;
  let end = m.end;
  while (text[start - 1] === '-' && WORD_CHAR.test(text[start - 2] ?? '')) {
    start -= 1;
    while (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1]!)) start -= 1;
  }
  while (text[end] === '-' && /[\p{L}\p{N}]/u.test(text[end + 1] ?? '')) {
    end += 1;
    while (/[\p{L}\p{N}]/u.test(text[end] ?? '')) end += 1;
  }
  return { start, end };
}

/**
 * A family name, then a given name of two syllables joined by a hyphen ("Park Sung-ho", "Hau
 * Lung-bin"): a person, whatever the model read in its first two words ("Park Sung" as a place).
 */
const HYPHENED_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,6}\s\p{Lu}\p{Ll}{1,5}-\p{Ll}{1,5}$/u;

export function withHyphenedWords(
  text: string,
  mentions: RecognizedMention[],
): RecognizedMention[] {
  const out: RecognizedMention[] = [];
  for (const m of mentions) {
    const whole = wholeWord(text, m);
    const word = text.slice(whole.start, whole.end);
    if (m.type !== 'person' && whole.start === m.start && HYPHENED_GIVEN_NAME.test(word)) {
      out.push({ ...m, ...whole, type: 'person' });
      continue;
    }
    if (m.type !== 'person') {
      out.push(m);
      continue;
    }
    const halves = word.split('-');
    if (
      (whole.start === m.start && whole.end === m.end) ||
      mentions.some((o) => o !== m && o.start < whole.end && whole.start < o.end)
    )
      out.push(m);
    else if (
      halves.length === 2 &&
      halves.every((h) => /^\p{Lu}\p{Ll}+$/u.test(h)) &&
      wordKind(halves[0]!) !== 'first-name'
    )
      out.push({ ...m, ...whole, type: 'organization' });
    else if (!/\d/u.test(word)) out.push(m);
  }
  return out;
}
