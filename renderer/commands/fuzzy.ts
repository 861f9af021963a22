/**
 * The palette's filter: every character of the query, in order, somewhere in the text (so "gent"
 * finds "Go to Entities"), scored so that whole words and word starts come first. Returns null
 * when the text does not match; higher scores are better.
 */
export function fuzzyScore(query: string, text: string): number | null {
  return foldedScore(fold(query.trim()), fold(text));
}

/**
 * `fuzzyScore` of a query and a text already folded (and the query trimmed): a long list (10,000
 * article titles) is folded once, not at every keystroke.
 */
export function foldedScore(q: string, t: string): number | null {
  if (q === '') return 0;
  // A plain substring is the best match, at a word start better still.
  const at = t.indexOf(q);
  if (at >= 0) {
    const wordStart = at === 0 || !isWordChar(t[at - 1]!);
    return 1000 + (wordStart ? 500 : 0) - at - (t.length - q.length) * 0.1;
  }
  // Every word of the query somewhere in the text, in any order.
  const words = q.split(/\s+/);
  if (words.length > 1 && words.every((word) => t.includes(word))) return 700 - t.length * 0.1;
  // Else a subsequence: reward characters that start words or follow the previous match.
  let score = 0;
  let from = 0;
  let previous = -2;
  for (const char of q.replace(/\s+/g, '')) {
    const found = t.indexOf(char, from);
    if (found < 0) return null;
    if (found === previous + 1) score += 8;
    if (found === 0 || !isWordChar(t[found - 1]!)) score += 10;
    score -= Math.min(found - from, 10);
    previous = found;
    from = found + 1;
  }
  return score;
}

/** Lower case without accents: what the scores compare. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function isWordChar(char: string): boolean {
  return /[\p{L}\p{N}]/u.test(char);
}
