import { clauseAt } from './clauses.ts';

/**
 * A rough tense for the clause around a date, enough to place "Tuesday" or "March 3" before or
 * after the article's date: news reports the past in the past tense and announces plans with
 * "will", "is scheduled to", "plans to".
 */
export type Tense = 'past' | 'future' | 'unknown';

const FUTURE =
  /\b(?:will|won't|shall|would|going to|(?:is|are|was|were)\s+(?:to|due)|(?:scheduled|set|slated|expected|planned|poised)\s+(?:to|for)|plans?\s+to|intends?\s+to|upcoming|coming|next)\b|'ll\b/gi;
/** Past forms; a participle after "be" ("is to be held") is not the past. Lowercase only: a
 * capitalized word ending in -ed is a name ("Mohamed"). */
const PAST =
  /\b(?:[Ww]as|[Ww]ere|[Hh]ad|[Dd]id|said|told|met|went|took|held|made|gave|came|saw|spoke|began|left|won|lost|fled|fought|struck|sent|led|brought|kept|fell|rose|grew|sank|sold|bought|built|paid|ran|wrote|became|chose|drew|flew|found|felt|heard|knew|thought|stood|spent|sought|caught|broke|threw|wore|withdrew|oversaw|overtook|underwent|arose|ago|earlier|(?!(?:united|need|indeed|hundred|speed|proceed|succeed|exceed|scheduled|planned|expected)\b)[a-z]{2,}ed)\b(?<!\bbe\s+\w+)/g;

/**
 * The tense of the clause that holds `index` (see clauses.ts), by its marker nearest to
 * `index`: in "On Tuesday, the government announced a process, and citizens would prefer ..."
 * Tuesday goes with "announced", not with "would".
 */
export function tenseAt(text: string, index: number): Tense {
  const clause = clauseAt(text, index);
  const piece = text.slice(clause.start, clause.end);
  const at = index - clause.start;
  let best: Tense = 'unknown';
  let bestDistance = Infinity;
  for (const [tense, pattern] of [
    ['future', FUTURE],
    ['past', PAST],
  ] as const) {
    for (const m of piece.matchAll(pattern)) {
      const distance = Math.abs(m.index - at);
      // A future marker wins a tie: "was scheduled to" is a plan.
      if (distance < bestDistance || (distance === bestDistance && tense === 'future')) {
        best = tense;
        bestDistance = distance;
      }
    }
  }
  return best;
}
