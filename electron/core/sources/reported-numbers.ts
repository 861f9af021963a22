/**
 * The counts a piece of evidence reports ("12 killed", "at least 15 dead", "$3 billion", "two
 * ships", "turnout was 62%"), each under what it counts, so that the accounts of one event can be
 * compared count by count. What is counted is a class, not a word: "killed", "dead" and "died"
 * are one ("killed"), "ships" and "vessels" one ("vessels"), a sum of money is counted in its
 * currency ("$3 billion" and "3bn dollars" are the same sum), and a percentage by what it is a
 * share of. Counts of different things ("2 ministers", "15 killed") are never compared. Years
 * and the days of dates are not counts.
 */
export interface ReportedNumber {
  /** What is counted, as a class: "killed", "injured", "vessels", "money:USD", "percent:turnout". */
  counts: string;
  value: number;
  /** As the words say it: "12 killed", "15 people were killed", "$3 billion". */
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
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
  hundred: 100,
};

/** Words that scale the number before them ("3 billion", "3bn"). */
const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  trillion: 1e12,
  tn: 1e12,
};

const CURRENCY_SIGNS: Readonly<Record<string, string>> = {
  $: 'USD',
  us$: 'USD',
  '€': 'EUR',
  '£': 'GBP',
};
const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollar: 'USD',
  dollars: 'USD',
  usd: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  eur: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  gbp: 'GBP',
};

/** Words between a number and what it counts. */
const FILLER = new Set([
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
  'being',
  'later',
]);

/** Who a count is of, when a later word says what happened to them ("15 civilians were killed"). */
const GENERIC = new Set(['people', 'persons', 'person', 'civilians', 'individuals', 'residents']);

/** What happens to people, as classes of count: the class is the first word of each row. */
const CASUALTIES: readonly (readonly string[])[] = [
  [
    'killed',
    'dead',
    'died',
    'death',
    'deaths',
    'fatalities',
    'fatality',
    'lives',
    'killing',
    'toll',
  ],
  ['injured', 'wounded', 'hurt', 'injuries', 'injuring', 'wounding'],
  ['missing', 'disappeared', 'unaccounted'],
  ['arrested', 'detained', 'arrests', 'detentions', 'detainees'],
  ['displaced', 'evacuated', 'refugees'],
];
/** Other words counted as one class. */
const THINGS: readonly (readonly string[])[] = [
  ['vessels', 'vessel', 'ships', 'ship', 'boats', 'boat', 'warships', 'warship'],
  ['soldiers', 'soldier', 'troops', 'servicemen', 'personnel'],
  ['aircraft', 'planes', 'plane', 'jets', 'jet', 'warplanes'],
  ['missiles', 'missile', 'rockets', 'rocket'],
];
const casualtyOf = new Map(
  CASUALTIES.flatMap((row) => row.map((word) => [word, row[0]!] as const)),
);
const CLASS_OF = new Map([
  ...casualtyOf,
  ...THINGS.flatMap((row) => row.map((word) => [word, row[0]!] as const)),
]);

/** Words that join a share to what it is a share of: "turnout was 62%", "inflation rose to 8%". */
const LINKING = new Set([
  'was',
  'is',
  'were',
  'of',
  'at',
  'to',
  'by',
  'rose',
  'fell',
  'reached',
  'stood',
  'hit',
  'about',
  'around',
  'nearly',
  'almost',
  'some',
  'least',
  'over',
  'under',
]);

const MONTHS =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/;

interface Token {
  /** Lower-case. */
  word: string;
  start: number;
  end: number;
}

const TOKEN = /us\$|[$€£%]|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\p{L}+/giu;
const NUMERAL = /^[\d,.]+$/;

function isNumber(token: Token | undefined): boolean {
  return token !== undefined && (NUMERAL.test(token.word) || token.word in NUMBER_WORDS);
}

/** A counted word as its class: "dead" → "killed", "ministers" → "minister". */
function classOf(word: string): string {
  return CLASS_OF.get(word) ?? (word.length > 3 && /[^s]s$/.test(word) ? word.slice(0, -1) : word);
}

export function reportedNumbers(quote: string): ReportedNumber[] {
  const tokens: Token[] = [...quote.matchAll(TOKEN)].map((m) => ({
    word: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
  /** Whether only spaces (no comma, no full stop) stand between tokens a and a + 1. */
  const joined = (a: number) =>
    tokens[a + 1] !== undefined &&
    /^[\s-]*$/.test(quote.slice(tokens[a]!.end, tokens[a + 1]!.start));
  const found: ReportedNumber[] = [];
  const report = (counts: string, value: number, from: number, to: number) =>
    found.push({ counts, value, text: quote.slice(tokens[from]!.start, tokens[to]!.end) });

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!isNumber(token)) continue;
    const before = tokens[i - 1];
    const numeral = NUMERAL.test(token.word);
    let value = numeral ? Number(token.word.replace(/,/g, '')) : NUMBER_WORDS[token.word]!;
    // "March 16", "16 March", "in 2021": dates, compared as dates elsewhere.
    if (MONTHS.test(before?.word ?? '') || MONTHS.test(tokens[i + 1]?.word ?? '')) continue;
    if (/^\d{4}$/.test(token.word) && value >= 1800 && value <= 2100) continue;
    // "3 billion", and "3bn" (two tokens here); a short scale only glued: "15 m" may be metres.
    let last = i;
    const scale = tokens[i + 1];
    if (
      numeral &&
      scale !== undefined &&
      scale.word in SCALES &&
      (scale.word.length > 2 || scale.start === token.end)
    ) {
      value = Math.round(value * SCALES[scale.word]!);
      last = i + 1;
    }
    const next = joined(last) ? tokens[last + 1] : undefined;

    // Money: "$3 billion", "3bn dollars", "€2m", in its currency.
    const sign = before === undefined ? undefined : CURRENCY_SIGNS[before.word];
    const currency = sign ?? (next === undefined ? undefined : CURRENCY_WORDS[next.word]);
    if (currency !== undefined) {
      if (sign !== undefined) report(`money:${currency}`, value, i - 1, last);
      else report(`money:${currency}`, value, i, last + 1);
      i = sign !== undefined ? last : last + 1;
      continue;
    }

    // A share: "62%", "58 percent", "40 per cent", of what the words around it say.
    const percent =
      next?.word === '%' || next?.word === 'percent'
        ? last + 1
        : next?.word === 'per' && tokens[last + 2]?.word === 'cent'
          ? last + 2
          : -1;
    if (percent >= 0) {
      const of = shareOf(tokens, i, percent);
      if (of !== null) report(`percent:${classOf(of)}`, value, i, percent);
      i = percent;
      continue;
    }

    // A count: the first word after the number that is not a filler ("12 people were killed").
    let at = last + 1;
    while (joined(at - 1) && FILLER.has(tokens[at]!.word)) at++;
    const counted = joined(at - 1) && !isNumber(tokens[at]) ? at : null;
    const casualty = casualtyBefore(tokens, i);
    if (counted === null) {
      // "killing 12", "a death toll of 15": what is counted comes before the number.
      if (casualty !== null) report(casualtyOf.get(tokens[casualty]!.word)!, value, casualty, last);
      continue;
    }
    const word = tokens[counted]!.word;
    if (!GENERIC.has(word)) {
      report(classOf(word), value, i, counted);
      continue;
    }
    // "15 civilians were killed" counts the killed; "killing 12 civilians" too.
    let then = counted + 1;
    while (joined(then - 1) && FILLER.has(tokens[then]!.word)) then++;
    if (joined(then - 1) && casualtyOf.has(tokens[then]!.word))
      report(casualtyOf.get(tokens[then]!.word)!, value, i, then);
    else if (casualty !== null)
      report(casualtyOf.get(tokens[casualty]!.word)!, value, casualty, counted);
    else report(classOf(word), value, i, counted);
  }
  return found;
}

/** The casualty word just before a number (its index): "killing 12", "death toll rose to 15". */
function casualtyBefore(tokens: readonly Token[], at: number): number | null {
  for (let back = at - 1; back >= 0 && back >= at - 4; back--) {
    if (isNumber(tokens[back])) return null;
    if (casualtyOf.has(tokens[back]!.word)) return back;
  }
  return null;
}

/** What a share is of: "62% of voters", "turnout was 62%", "a 62% turnout"; null when unsaid. */
function shareOf(tokens: readonly Token[], number: number, percent: number): string | null {
  const after = tokens[percent + 1];
  const ofWhat = tokens[percent + 2];
  if (after?.word === 'of' && ofWhat !== undefined && !isNumber(ofWhat)) return ofWhat.word;
  let back = number - 1;
  while (back >= 0 && LINKING.has(tokens[back]!.word)) back--;
  if (back >= 0 && back < number - 1 && !isNumber(tokens[back])) return tokens[back]!.word;
  // "a 62% turnout": the word after, only after an article (not "5% since").
  const article = tokens[number - 1]?.word;
  if ((article === 'a' || article === 'an' || article === 'the') && after !== undefined)
    return after.word;
  return null;
}
