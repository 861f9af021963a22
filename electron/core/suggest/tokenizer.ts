/**
 * Words and punctuation with their offsets into the exact text. Abbreviations written with
 * periods ("U.S.", "D.C.") and middle initials ("J.") stay one token, so that a name like
 * "Antony J. Blinken" or a place like "U.S." is never cut at its periods.
 */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** a word (letters or digits), as opposed to one punctuation character */
  word: boolean;
  /** starts with an upper-case letter */
  capitalized: boolean;
  /** the text between the previous token and this one */
  gap: string;
}

const TOKEN =
  /(?:\p{Lu}\.){2,}|\p{Lu}\.(?=\s+\p{Lu})|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const value = match[0];
    const first = value[0] ?? '';
    tokens.push({
      text: value,
      start,
      end: start + value.length,
      word: /[\p{L}\p{N}]/u.test(first),
      capitalized: /\p{Lu}/u.test(first),
      gap: text.slice(previousEnd, start),
    });
    previousEnd = start + value.length;
  }
  return tokens;
}
