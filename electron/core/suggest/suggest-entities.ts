import { recognizeEntities, type RecognizedMention } from './entity-recognizer.ts';
import type { EntitySuggestion, SuggestContext } from './entity-suggestion.ts';
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
 * - On overlap a registry suggestion wins over a recognizer one: the analyst confirmed it.
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
  const isRejected = (start: number, end: number): boolean =>
    rejectedNames.has(text.slice(start, end).toLowerCase()) ||
    context.rejectedSpans.some((span) => span.start === start && span.end === end);

  // A registry name inside a longer name the recognizer read ("Australia" in "Food Standards
  // Australia New Zealand") is a word of that name, not a mention of its own.
  const inLongerName = (start: number, end: number): boolean =>
    recognized.some(
      (m) =>
        m.start <= start &&
        end <= m.end &&
        m.end - m.start > end - start &&
        !isRejected(m.start, m.end),
    );
  const claimed: { start: number; end: number }[] = [];
  const suggestions: EntitySuggestion[] = [];
  for (const match of matchRegistry(text, context.registry)) {
    if (isRejected(match.start, match.end) || inLongerName(match.start, match.end)) continue;
    claimed.push(match);
    if (match.type === null) continue;
    suggestions.push({
      start: match.start,
      end: match.end,
      text: text.slice(match.start, match.end),
      type: match.type,
      entityId: match.entityId,
      source: 'registry',
      score: match.score,
    });
  }
  for (const mention of recognized) {
    if (isRejected(mention.start, mention.end)) continue;
    if (claimed.some((c) => mention.start < c.end && c.start < mention.end)) continue;
    suggestions.push({
      start: mention.start,
      end: mention.end,
      text: text.slice(mention.start, mention.end),
      type: mention.type,
      source: 'recognizer',
      score: mention.score,
    });
  }
  return suggestions.sort((a, b) => a.start - b.start);
}
