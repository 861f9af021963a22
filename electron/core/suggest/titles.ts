/**
 * Words of address and office that stand before a person's name ("Ambassador Kim", "MR. PRICE").
 * The linker reads them as evidence of who a lone surname is; the registry matcher lets a short
 * form follow them.
 */
const TITLE_WORDS = new Set(
  (
    'ambassador secretary minister president envoy representative adviser advisor spokesperson ' +
    'spokesman spokeswoman director coordinator administrator chairman chairwoman chair governor ' +
    'mayor senator sen rep congressman congresswoman king queen prince princess emperor amir emir ' +
    'sheikh sultan chancellor commissioner general admiral colonel judge justice mr mrs ms dr ' +
    'premier speaker counselor chief commander attorney pope cardinal bishop deputy ' +
    'undersecretary lieutenant captain sergeant professor prof ceo chairperson official ' +
    // "Chargé d’Affaires Palmieri": both words of the title.
    'chargé affaires'
  ).split(' '),
);

/** Whether `word` (any case, with or without a closing period) is a title. */
export function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(word.toLowerCase().replace(/\.$/u, ''));
}

/** The title word right before `start` in `text` ("Ambassador " before "Kim"), if any. */
export function titleBefore(text: string, start: number): string | null {
  const before = /([\p{L}]+)\.?\s+$/u.exec(text.slice(Math.max(0, start - 40), start));
  const word = before?.[1];
  return word !== undefined && isTitleWord(word) ? word.toLowerCase() : null;
}

/**
 * A person's span without the titles that open it: "Adviser Jake Sullivan" is Jake Sullivan,
 * "Ambassador Kim" is Kim (the title stays in the text, where the linker reads it). A span that
 * is titles alone is left as it is.
 */
export function withoutLeadingTitles(
  text: string,
  span: { start: number; end: number },
): { start: number; end: number } {
  let start = span.start;
  for (;;) {
    const word = /^([\p{L}]+\.?)\s+(?=\S)/u.exec(text.slice(start, span.end));
    if (word === null || !isTitleWord(word[1]!)) return { start, end: span.end };
    start += word[0].length;
  }
}

/**
 * Words that open a greeting or a speaker's own clause before a name, never part of it: "Thanks
 * Matt", "I'm Matt", "Hi Nadia".
 */
const ADDRESS_OPENER =
  /^(?:thanks|thank|hi|hello|hey|dear|welcome|congratulations|congrats|sorry|bye|goodbye|okay|ok|yes|well|oh|\p{L}+['’](?:m|s|re|ve|ll|d|t))$/iu;

/** Whether `word` opens an address or a clause ("Thanks", "I'm") rather than a name. */
export function opensAddress(word: string): boolean {
  return ADDRESS_OPENER.test(word.replace(/,$/u, ''));
}
