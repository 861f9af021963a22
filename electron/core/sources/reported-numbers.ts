/**
 * The counts a piece of evidence reports ("12 killed", "at least 15 people were wounded",
 * "three ministers"), each under the word it counts, so that the accounts of one event can be
 * compared count by count. The counted word is the first one after the number that is not a
 * filler ("people were killed" counts "killed"), so "12 killed" and "15 people were killed"
 * disagree on one count. Years and the days of dates are not counts.
 */
export interface ReportedNumber {
  /** The counted word, lower-case: "killed". */
  counts: string;
  value: number;
  /** As the words say it: "12 killed", "15 people were killed". */
  text: string;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  dozen: 12,
  hundred: 100,
};

/** Words between a number and what it counts. */
const FILLER = new Set([
  'people',
  'persons',
  'were',
  'was',
  'have',
  'has',
  'had',
  'been',
  'are',
  'is',
  'reportedly',
  'more',
  'other',
  'others',
]);

const MONTHS =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s*$/i;

const COUNT = new RegExp(
  `\\b(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).join('|')})\\b(?=((?:\\s+\\p{L}+){1,4}))`,
  'giu',
);

export function reportedNumbers(quote: string): ReportedNumber[] {
  const found: ReportedNumber[] = [];
  for (const match of quote.matchAll(COUNT)) {
    const [, number, after] = match;
    const value = NUMBER_WORDS[number!.toLowerCase()] ?? Number(number!.replace(/,/g, ''));
    // "March 16", "16 March", "in 2021": dates, compared as dates elsewhere.
    if (MONTHS.test(quote.slice(0, match.index))) continue;
    const words = after!.trim().split(/\s+/);
    if (MONTHS.test(words[0]!)) continue;
    if (/^\d{4}$/.test(number!) && value >= 1800 && value <= 2100) continue;
    const at = words.findIndex((word) => !FILLER.has(word.toLowerCase()));
    if (at < 0) continue;
    const text = `${number} ${words.slice(0, at + 1).join(' ')}`;
    found.push({ counts: words[at]!.toLowerCase(), value, text });
  }
  return found;
}
