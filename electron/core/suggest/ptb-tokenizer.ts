/**
 * Tokens and sentences for the statistical recognizer, in the Penn Treebank / UD style of its
 * training data (data/ner-train): punctuation split off, clitics split ("John 's",
 * "do n't"), hyphens their own token ("U.S. - Japan", so that "U.S." can be a name inside
 * "U.S.-Japan"), abbreviations and initials kept with their period ("U.S.", "Mr.", "J.").
 * Every token keeps its exact UTF-16 offsets into the original text.
 */
export interface NerToken {
  text: string;
  start: number;
  end: number;
  /** the text between the previous token and this one */
  gap: string;
}

/** Words that keep their period: titles, company forms, months, common abbreviations. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen sen rep gov lt col capt sgt adm maj cmdr st jr sr inc corp ltd co bros ' +
    'no vs etc jan feb mar apr jun jul aug sep sept oct nov dec dept univ est mt ft ave blvd rev hon'
  ).split(' '),
);

const TOKEN = new RegExp(
  [
    // Abbreviations written with periods: "U.S.", "D.C.", "e.g.".
    String.raw`(?:\p{L}\.){2,}`,
    // Numbers with separators: "3,000", "1.5", "10:30".
    String.raw`\p{N}+(?:[.,:]\p{N}+)+`,
    // Words, with inner apostrophes ("O'Brien", "don't": clitics are split below).
    String.raw`[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*\.?`,
    // Runs of dots and dashes stay whole ("...", "--"); everything else is one character.
    String.raw`\.{2,}|-{2,}|[^\s\p{L}\p{M}\p{N}]`,
  ].join('|'),
  'gu',
);

const CLITIC = /^(.+?)(n['’]t|['’](?:s|m|re|ve|ll|d|S|M|RE|VE|LL|D))$/u;

/** Splits a word's trailing period off unless the word is an abbreviation or an initial. */
function splitPeriod(value: string, next: string): [string, string] | null {
  if (!value.endsWith('.')) return null;
  const word = value.slice(0, -1);
  if (/^\p{Lu}$/u.test(word) && /^\s+\p{Lu}/u.test(next)) return null; // "Antony J. Blinken"
  if (ABBREVIATIONS.has(word.toLowerCase()) && !/^\s*$/u.test(next)) return null;
  return [word, '.'];
}

export function tokenizePtb(text: string): NerToken[] {
  const tokens: NerToken[] = [];
  let previousEnd = 0;
  const push = (value: string, start: number): void => {
    tokens.push({
      text: value,
      start,
      end: start + value.length,
      gap: text.slice(previousEnd, start),
    });
    previousEnd = start + value.length;
  };
  for (const match of text.matchAll(TOKEN)) {
    let value = match[0];
    let start = match.index;
    const after = text.slice(start + value.length, start + value.length + 3);
    const parts: string[] = [];
    const period = /[\p{L}\p{N}]\.$/u.test(value) && !/^(?:\p{L}\.){2,}$/u.test(value);
    const split = period ? splitPeriod(value, after) : null;
    if (split !== null) value = split[0];
    const clitic = CLITIC.exec(value);
    if (clitic !== null && clitic[1] !== undefined && clitic[2] !== undefined) {
      parts.push(clitic[1], clitic[2]);
    } else {
      parts.push(value);
    }
    if (split !== null) parts.push('.');
    for (const part of parts) {
      push(part, start);
      start += part.length;
    }
  }
  return tokens;
}

/** Closing quotes and brackets that stay with the sentence they end. */
const CLOSERS = /^["”’')\]]$/u;

/**
 * Sentences as [from, to) token ranges: a sentence ends after ".", "!" or "?" (and the quotes
 * that close it) when the next word starts a sentence, and at every line break.
 */
export function sentenceRanges(tokens: NerToken[]): [number, number][] {
  const ranges: [number, number][] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    if (i > from && token.gap.includes('\n')) {
      ranges.push([from, i]);
      from = i;
    }
    if (/^(?:[.!?]|\.{2,})$/u.test(token.text)) {
      let end = i + 1;
      while (end < tokens.length && CLOSERS.test(tokens[end]!.text) && tokens[end]!.gap === '')
        end += 1;
      const next = tokens[end];
      if (next === undefined || (next.gap !== '' && /^[\p{Lu}\p{N}"“‘(]/u.test(next.text))) {
        ranges.push([from, end]);
        from = end;
        i = end - 1;
      }
    }
  }
  if (from < tokens.length) ranges.push([from, tokens.length]);
  return ranges;
}
