import { isKnownPlace } from './cued-organization-names.ts';

/**
 * Parties named by the political family their members belong to, in the plural after "the" or
 * a word of the chamber's sides: "the Greens", "the Liberals", "the opposition Conservatives",
 * "the Social Democrats", "the Socialist Left". Only in a text about politics (an election,
 * seats, a coalition, a vote): "the Greens" of a golf course are no party, and "Republicans and
 * Democrats" without "the" are their members.
 */
const FAMILY = String.raw`(?:Greens|Liberals|Conservatives|Socialists|Democrats|Republicans|Moderates|Progressives|Nationalists|Communists|Centrists|Tories|Unionists|Left)`;
const PARTY = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])(?:[Tt]he|opposition|ruling|governing)\s+((?:\p{Lu}[\p{L}-]+\s+)?${FAMILY})(?![\p{L}\p{N}'’-]|\s+Party)`,
  'dgu',
);
const POLITICS =
  /\b(?:election|elections|coalition|parliament|seats|voted|vote|votes|lawmakers|party|parties|opposition|government|cabinet)\b/iu;

/** The spans of the parties named so in `text` (see above). */
export function partyNames(text: string): { start: number; end: number }[] {
  if (!POLITICS.test(text)) return [];
  const spans: { start: number; end: number }[] = [];
  for (const match of text.matchAll(PARTY)) {
    const [start, end] = match.indices![1]!;
    const words = match[1]!.split(/\s+/u);
    // "the Left" alone is a side, not a party; "the Sweden Democrats" keeps its country.
    if (words.length === 1 && words[0] === 'Left') continue;
    if (words.length > 1 && isKnownPlace(words[0]!) && words[1] === 'Left') continue;
    spans.push({ start, end });
  }
  return spans;
}
