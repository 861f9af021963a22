import type { RecognizedMention } from './entity-recognizer.ts';
import { getGazetteer } from './gazetteer.ts';
import { journalNames } from './journal-names.ts';

/**
 * Names whose article is a word of their own: "The Hague", not "Hague". Every reader drops a
 * span's leading "the", which is right for "the State Department" and wrong for the places the
 * gazetteer lists with theirs.
 */

/** Whether a name opens with a capitalized "The" that belongs to it ("The Hague"). */
export function isArticleName(name: string): boolean {
  return /^(?:The|THE)\s/u.test(name) && getGazetteer().has(name.toLowerCase());
}

/**
 * Whether the span opens with a capitalized "The" that belongs to the name: "The Hague", or a
 * journal's ("published in The Lancet").
 */
export function keepsArticle(text: string, span: { start: number; end: number }): boolean {
  return (
    isArticleName(text.slice(span.start, span.end)) ||
    (text.startsWith('The ', span.start) &&
      journalNames(text).some((j) => j.start === span.start && j.end === span.end))
  );
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
