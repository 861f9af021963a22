import { escapeRegExp } from '../regexp-escape.ts';
import { wordKind } from './word-knowledge.ts';

/**
 * Firms named in 's after a founder: auction houses, shops and chains ("Christie's",
 * "Sotheby's", "Macy's", "McDonald's", "Sainsbury's"). The 's is a word of the name, not a
 * possessive to trim, where the text uses the name with no noun after it: before a verb ("Christie's
 * will hold", "Kohl's reports"), a preposition ("at Sotheby's in New York"), or a stop after "at",
 * "by", "from" or "with" ("at Sotheby's.", not "and Biden's."). Then every use of it in the text is the firm's, "Macy's shares" too. A person's
 * possessive is never so used ("Biden's plan"), and a name the text also uses without its 's
 * ("Kohl said", "Helmut Kohl's") is a person's.
 */
const AFTER_NAME = String.raw`\s+(?:will|would|could|may|is|was|has|had|said|says|sold|sells|set|sets|held|holds|reported|reports|announced|announces|expects|plans|raised|cut|cuts|opened|closed|auctioned|estimated|in|on|at|for|to)(?![\p{L}\p{N}])`;
const NAME = String.raw`(?<![\p{L}\p{N}'’.-])((?:\p{Lu}[\p{L}&-]*\s)?\p{Lu}[\p{L}-]*['’]s)`;
/** A stop after the name only where a place's preposition stood before it ("sold at Sotheby's."). */
const NAME_IN_S = [
  new RegExp(`${NAME}(?=${AFTER_NAME})`, 'gu'),
  new RegExp(String.raw`(?<=\b(?:at|by|from|with)\s)${NAME}(?=[,.;:)])`, 'gu'),
];

let cached: { text: string; names: ReadonlySet<string> } | undefined;

/** The names in 's that this text uses as a firm's (see above); kept for the last text asked. */
export function namesInS(text: string): ReadonlySet<string> {
  if (cached?.text === text) return cached.names;
  const names = new Set<string>();
  for (const match of NAME_IN_S.flatMap((pattern) => [...text.matchAll(pattern)])) {
    const words = match[1]!.split(/\s/u);
    // "Joe Biden's been": a person's full name before a contraction; "At Sotheby's": a
    // sentence's first word is no word of the name.
    if (words.length > 1 && wordKind(words[0]!) === 'first-name') continue;
    const name =
      words.length > 1 && /^(?:function|common)$/u.test(wordKind(words[0]!))
        ? words[1]!
        : match[1]!;
    const stem = name.slice(0, -2);
    // "It's on loan", "That's in": a pronoun's or a common word's contraction.
    if (/^(?:function|common)$/u.test(wordKind(stem))) continue;
    const alone = new RegExp(
      String.raw`(?<![\p{L}\p{N}'’-])${escapeRegExp(stem)}(?![\p{L}\p{N}'’-])`,
      'u',
    );
    if (!alone.test(text)) names.add(name);
  }
  cached = { text, names };
  return names;
}

/** Every use in the text of its names in 's (see above). */
export function nameInSSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const name of namesInS(text)) {
    const use = new RegExp(
      String.raw`(?<![\p{L}\p{N}'’-])${escapeRegExp(name)}(?![\p{L}\p{N}])`,
      'gu',
    );
    for (const match of text.matchAll(use))
      spans.push({ start: match.index, end: match.index + name.length });
  }
  return spans;
}
