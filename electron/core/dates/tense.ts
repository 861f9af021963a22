/**
 * A rough tense for the clause around a date, enough to place "Tuesday" or "March 3" before or
 * after the article's date: news reports the past in the past tense and announces plans with
 * "will", "is scheduled to", "plans to".
 */
export type Tense = 'past' | 'future' | 'unknown';

const FUTURE =
  /\b(?:will|won't|shall|would|going to|(?:is|are|was|were)\s+(?:to|scheduled|set|due|expected|slated|planned)|plans?\s+to|intends?\s+to|upcoming|coming)\b|'ll\b/i;
const PAST =
  /\b(?:was|were|had|did|said|told|met|went|took|held|made|gave|came|saw|spoke|began|left|won|lost|fled|fought|struck|sent|led|brought|kept|ago|earlier|(?!(?:united|need|indeed|hundred|speed|proceed|succeed|exceed)\b)[a-z]{2,}ed)\b/i;

export function tenseOf(clause: string): Tense {
  if (FUTURE.test(clause)) return 'future';
  if (PAST.test(clause)) return 'past';
  return 'unknown';
}

/** The clause around `index`: from the previous sentence end or semicolon to the next one. */
export function clauseAround(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 300), index);
  const after = text.slice(index, index + 300);
  const startCut = Math.max(
    before.lastIndexOf('\n'),
    before.lastIndexOf('. '),
    before.lastIndexOf('; '),
    before.lastIndexOf('? '),
    before.lastIndexOf('! '),
  );
  const endMatch = /\n|[.;?!](?:\s|$)/.exec(after);
  return before.slice(startCut + 1) + (endMatch === null ? after : after.slice(0, endMatch.index));
}
