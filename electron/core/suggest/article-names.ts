import type { RecognizedMention } from './entity-recognizer.ts';
import { getGazetteer } from './gazetteer.ts';

/**
 * Names whose article is a word of their own: "The Hague", not "Hague". Every reader drops a
 * span's leading "the", which is right for "the State Department" and wrong for the places the
 * gazetteer lists with theirs.
 */

/** Whether the span opens with a capitalized "The" that belongs to the name ("The Hague"). */
export function keepsArticle(text: string, span: { start: number; end: number }): boolean {
  const value = text.slice(span.start, span.end);
  return /^(?:The|THE)\s/u.test(value) && getGazetteer().has(value.toLowerCase());
}

/** Each mention given back the capitalized "The" before it that belongs to its name. */
export function withArticleNames(text: string, mentions: RecognizedMention[]): RecognizedMention[] {
  return mentions.map((m) => {
    const article = /(?<![\p{L}\p{N}])(?:The|THE)\s$/u.exec(
      text.slice(Math.max(0, m.start - 5), m.start),
    );
    if (article === null) return m;
    const start = m.start - article[0].length;
    return keepsArticle(text, { start, end: m.end }) ? { ...m, start } : m;
  });
}
