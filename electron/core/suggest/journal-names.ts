import { isKnownPlace, MONTH_OR_DAY } from './cued-organization-names.ts';
import { wordKind } from './word-knowledge.ts';

/**
 * Journals named where a study appears in them: "published on Wednesday in The Lancet", "a
 * second paper in Nature", "Writing in Science", "an editorial in The BMJ". A journal's "The"
 * is a word of its name ("The Lancet"); a place is no journal ("a study in Kenya").
 */
const JOURNAL = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])(?:published(?:\s+(?:on|last|this)\s+\p{Lu}\p{Ll}+)?|[Pp]apers?|[Ee]ditorial|[Ww]riting|[Rr]eport|[Ll]etter|[Cc]ommentary|[Aa]rticle|appear(?:s|ed)?)\s+in\s+(?:the\s+journal\s+)?((?:The\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}-]*)*)(?=[,.;:)]|\s+(?:\p{Ll}|\d))`,
  'dgu',
);

/** The spans of the journals named so in `text` (see above), "The" included. */
export function journalNames(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const match of text.matchAll(JOURNAL)) {
    const name = match[1]!;
    const core = name.replace(/^The\s+/u, '');
    if (isKnownPlace(core) || MONTH_OR_DAY.test(core) || wordKind(core) === 'function') continue;
    const [start, end] = match.indices![1]!;
    spans.push({ start, end });
  }
  return spans;
}
