/**
 * Sentence boundaries and the dateline of news and press text, as offsets into the exact text
 * (UTF-16, end exclusive). A sentence never crosses a line break; it ends at . ! ? (with any
 * closing quotes or brackets) followed by a space and a capital, a digit or an opening quote,
 * except after an abbreviation ("Dr.", "Jan. 5", "St."), an initial ("Antony J. Blinken") or
 * inside an open quotation. Dotted abbreviations that may end a sentence ("U.S.", "Inc.") end one
 * only when a word that usually starts a sentence follows ("... the U.S. The move ...").
 */

export interface TextSpan {
  start: number;
  end: number;
}

/** Abbreviations that never end a sentence: titles, months, "No.", "St.", "vs.". */
const TITLES = new Set(
  (
    'mr mrs ms mx dr prof st sen sens rep reps gov gen lt col maj capt cmdr adm sgt cpl pvt rev hon pres ' +
    'amb supt insp det atty gov sec jan feb mar apr jun jul aug sep sept oct nov dec no nos vol art fig ' +
    'vs v mt ft ave blvd approx dept est govt intl assn e.g i.e cf al op ed'
  ).split(' '),
);
/** Abbreviations that may end a sentence. */
const MAY_END = new Set('inc corp ltd co jr sr etc llc plc bros a.m p.m'.split(' '));
const SENTENCE_STARTERS = new Set(
  (
    'The A An He She It They We I You In On At But And Or So This That These Those His Her Their Its ' +
    'Our My As After Before When While However Meanwhile Also There Here Some Many Most Both Each ' +
    'Under Over For From With Without If Although Though Since During Last Next Earlier Later Then ' +
    'Officials Sources According'
  ).split(' '),
);

const OPENING = /["“‘'([]/;
const CLOSING = /["”’')\]]/;

/**
 * Whether a quotation is open at a point of the line, kept as the scan moves forward: each
 * character is read once, so that splitting a long line stays linear in its length (rescanning
 * the line from its start at every sentence end took minutes on a 600 KB line; issue 22).
 */
class QuoteState {
  private straight = 0;
  private curly = 0;
  private at: number;

  constructor(
    private readonly text: string,
    readonly lineStart: number,
  ) {
    this.at = lineStart;
  }

  /** Is a quotation open just before `index`? `index` never goes back. */
  openBefore(index: number): boolean {
    for (; this.at < index; this.at += 1) {
      const ch = this.text[this.at];
      if (ch === '"') this.straight += 1;
      else if (ch === '“') this.curly += 1;
      else if (ch === '”') this.curly = Math.max(0, this.curly - 1);
    }
    return this.straight % 2 === 1 || this.curly > 0;
  }
}

const WORD_OR_DOT = /[\p{L}.]/u;
const NEXT_WORD = /\p{L}+/uy;

/** The word of letters and dots that ends just before `dot`, not reaching back before `from`. */
function wordBefore(text: string, from: number, dot: number): string {
  let start = dot;
  while (start > from && WORD_OR_DOT.test(text[start - 1]!)) start -= 1;
  return text.slice(start, dot);
}

function endsSentence(text: string, quotes: QuoteState, dot: number, next: number): boolean {
  const terminal = text[dot];
  const nextChar = text[next];
  if (nextChar === undefined) return true;
  if (!/[\p{Lu}\d]/u.test(nextChar) && !OPENING.test(nextChar)) return false;
  if (quotes.openBefore(next)) return false;
  if (terminal !== '.') return true;
  if (text[dot + 1] === '.') return true; // an ellipsis outside quotes
  const word = wordBefore(text, quotes.lineStart, dot);
  const bare = word.replace(/^\.+/, '');
  if (bare === '') return true;
  if (/^\p{Lu}$/u.test(bare)) return false; // an initial: "Antony J. Blinken"
  const lower = bare.toLowerCase();
  NEXT_WORD.lastIndex = next;
  const nextWord = NEXT_WORD.exec(text)?.[0] ?? '';
  if (TITLES.has(lower)) return false;
  if (MAY_END.has(lower) || /^(?:\p{L}\.)+\p{L}$/u.test(bare))
    return SENTENCE_STARTERS.has(nextWord);
  return true;
}

/** The sentences of a text, trimmed of surrounding white space. */
export function splitSentences(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  const push = (start: number, end: number): void => {
    while (start < end && /\s/.test(text[start]!)) start += 1;
    while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
    if (end > start) spans.push({ start, end });
  };
  let quotes = new QuoteState(text, 0);
  let sentenceStart = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(sentenceStart, i);
      quotes = new QuoteState(text, i + 1);
      sentenceStart = i + 1;
      i += 1;
      continue;
    }
    if (ch === '.' || ch === '!' || ch === '?' || ch === '…') {
      let j = i + 1;
      while (j < text.length && (/[.!?…]/.test(text[j]!) || CLOSING.test(text[j]!))) j += 1;
      if (j >= text.length || /[^\S\n]/.test(text[j]!)) {
        let next = j;
        while (next < text.length && /[^\S\n]/.test(text[next]!)) next += 1;
        if (next >= text.length || text[next] === '\n' || endsSentence(text, quotes, i, next)) {
          push(sentenceStart, j);
          sentenceStart = j;
        }
      }
      i = j;
      continue;
    }
    i += 1;
  }
  push(sentenceStart, text.length);
  return spans;
}

/**
 * The dateline that opens a news dispatch or a press release: "WASHINGTON (Reuters) - ",
 * "KYIV, March 16 (AP) — ", "WASHINGTON (UrduPoint News / Sputnik - 16th March, 2021) ".
 * The span runs from the place name to the first word of the story.
 */
export function findDateline(text: string): TextSpan | null {
  const head = text.slice(0, 400);
  const pattern =
    /(?<![\p{L}\d])\p{Lu}{3,}(?:[ -]\p{Lu}{2,})*\.?(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?(?:,\s*[^\n()–—]{3,40}?)?(?:\s*\([^()\n]{1,120}\)[^\S\n]*(?:[-–—]{1,2}|:)?|[^\S\n]+[-–—]{1,2}|:)[^\S\n]*(?=[\p{Lu}"“\d])/u;
  const m = pattern.exec(head);
  if (m === null) return null;
  const lineStart = head.lastIndexOf('\n', m.index) + 1;
  if (m.index - lineStart > 60) return null;
  return { start: m.index, end: m.index + m[0].length };
}
