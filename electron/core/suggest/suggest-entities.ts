import { calibratedConfidence } from './entity-calibration.ts';
import { recognizeEntities, type RecognizedMention } from './entity-recognizer.ts';
import type { EntitySuggestion, SuggestContext } from './entity-suggestion.ts';
import { isPortfolioAt } from './office-portfolios.ts';
import { placeByPreposition } from './one-type-per-name.ts';
import { matchRegistry } from './registry-matcher.ts';

export type {
  EntitySuggestion,
  EntityType,
  RegistryName,
  SuggestContext,
} from './entity-suggestion.ts';

/**
 * Entity suggestions for one article: the notebook's registry first, then the offline
 * recognizer, then the analyst's decisions. Pure: the same text and context give the same
 * suggestions. Sorted by start, never overlapping; every `text` equals `text.slice(start, end)`.
 *
 * - A span rejected in this article is not suggested again, whatever its source.
 * - A name rejected everywhere (case-insensitive) is not suggested anywhere.
 * - On overlap a registry suggestion wins over a recognizer one: the analyst confirmed it; but
 *   for an organization's name the recognizer read as a place after "in", "near", "to".
 * - Registry names of a user-defined type are left to the caller: this engine suggests the
 *   three built-in types only, and such a name still blocks recognizer guesses on its span.
 */
export function suggestEntities(
  text: string,
  context: SuggestContext,
  /** The recognizer's reading of this text, when the caller kept it (the text never changes). */
  recognized: RecognizedMention[] = recognizeEntities(text),
): EntitySuggestion[] {
  const rejectedNames = new Set(context.rejectedNames.map((name) => name.toLowerCase()));
  const rejectedSpans = new Set(context.rejectedSpans.map((span) => `${span.start}:${span.end}`));
  const isRejected = (start: number, end: number): boolean =>
    rejectedNames.has(text.slice(start, end).toLowerCase()) || rejectedSpans.has(`${start}:${end}`);

  // A registry name inside a longer name the recognizer read ("Australia" in "Food Standards
  // Australia New Zealand") is a word of that name, not a mention of its own. For each place,
  // the recognized name that reaches furthest among those that start there or before (the
  // earliest of equals): one pass, so the check is linear in the text (issue 22).
  const reachEnd = new Int32Array(text.length + 1).fill(-1);
  const reachStart = new Int32Array(text.length + 1).fill(-1);
  for (const m of recognized) {
    if (isRejected(m.start, m.end)) continue;
    if (
      m.end > reachEnd[m.start]! ||
      (m.end === reachEnd[m.start] && m.start < reachStart[m.start]!)
    ) {
      reachEnd[m.start] = m.end;
      reachStart[m.start] = m.start;
    }
  }
  for (let i = 1; i <= text.length; i += 1) {
    if (
      reachEnd[i - 1]! > reachEnd[i]! ||
      (reachEnd[i - 1] === reachEnd[i] &&
        reachStart[i - 1]! >= 0 &&
        reachStart[i - 1]! < reachStart[i]!)
    ) {
      reachEnd[i] = reachEnd[i - 1]!;
      reachStart[i] = reachStart[i - 1]!;
    }
  }
  const inLongerName = (start: number, end: number): boolean =>
    reachEnd[start]! >= end && reachEnd[start]! - reachStart[start]! > end - start;
  // The characters registry matches claim: a recognizer mention is checked against its own
  // characters, not against every match (linear in the text; issue 22).
  const claimed = new Uint8Array(text.length);
  const isClaimed = (start: number, end: number): boolean => {
    for (let i = start; i < end; i += 1) if (claimed[i] === 1) return true;
    return false;
  };
  // "a medical in Madrid" read as the place, after "Madrid" was filed as a club: the place.
  const placesRead = new Set(
    recognized.filter((m) => m.type === 'location').map((m) => `${m.start}:${m.end}`),
  );
  const isPlaceHere = (start: number, end: number): boolean =>
    placesRead.has(`${start}:${end}`) && placeByPreposition(text, start);
  const suggestions: EntitySuggestion[] = [];
  for (const match of matchRegistry(text, context.registry)) {
    if (isRejected(match.start, match.end) || inLongerName(match.start, match.end)) continue;
    if (match.type === 'organization' && isPlaceHere(match.start, match.end)) continue;
    // "Assistant Secretary for [Western Hemisphere] Affairs": an office's portfolio, no place.
    if (match.type !== 'person' && isPortfolioAt(text, match.start)) continue;
    claimed.fill(1, match.start, match.end);
    if (match.type === null) continue;
    const found = { text: text.slice(match.start, match.end), type: match.type };
    suggestions.push({
      start: match.start,
      end: match.end,
      ...found,
      entityId: match.entityId,
      source: 'registry',
      origin: match.origin,
      confidence: calibratedConfidence({ ...found, origin: match.origin }),
    });
  }
  for (const mention of recognized) {
    if (isRejected(mention.start, mention.end)) continue;
    if (isClaimed(mention.start, mention.end)) continue;
    const found = { text: text.slice(mention.start, mention.end), type: mention.type };
    suggestions.push({
      start: mention.start,
      end: mention.end,
      ...found,
      source: 'recognizer',
      origin: mention.origin,
      ...(mention.modelConfidence === undefined
        ? {}
        : { modelConfidence: mention.modelConfidence }),
      confidence: calibratedConfidence({ ...found, ...mention }),
    });
  }
  return suggestions.sort((a, b) => a.start - b.start);
}
