import { COMMON_WORDS } from './common-words.ts';
import type { RecognizedMention } from './entity-recognizer.ts';
import { ORGANIZATION_WORDS } from './name-chunks.ts';
import { isTitleWord } from './titles.ts';
import { isOfficeWord, wordKind } from './word-knowledge.ts';

/**
 * An office's portfolio is no name: "Secretary of State Blinken" is Blinken, "Minister of
 * Health" no one.
 */

/** Portfolio words that are not common English words to wordKind ("Treasury", "Homeland"). */
const PORTFOLIO_WORDS = new Set(
  'state treasury homeland democracy civilian veterans housing transport transportation'.split(' '),
);

const isPortfolioWord = (word: string): boolean => {
  const bare = word.replace(/,$/u, '');
  return (
    /^(?:and|&)$/u.test(bare) ||
    (/^\p{Lu}/u.test(bare) &&
      (wordKind(bare) === 'common' ||
        isOfficeWord(bare) ||
        PORTFOLIO_WORDS.has(bare.toLowerCase())))
  );
};

/** Abstract plurals that end a portfolio: "Negotiations", "Affairs", "Operations", "Issues". */
const ABSTRACT_PLURAL =
  /^\p{Lu}\p{Ll}+(?:ions|ments|ities|ances|ences|ships|ics|airs|ssues|ights)$/u;

/** Words of an office's title and portfolio: capitalized, or the connectors between them. */
const OFFICE_RUN_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|of|for|the|and|&)$/u;

/**
 * Whether `start` follows an office's "of" or "for" ("Secretary of ", "Minister for Trade and
 * "). The last office of the run counts: "Representative for North Korea Ambassador [Sung Kim]"
 * has none of its own, "Cooperation’s Assistant Minister for [Economic ...]" has one.
 */
function followsOffice(text: string, start: number): boolean {
  const line = text
    .slice(Math.max(0, start - 120), start)
    .split('\n')
    .pop()!;
  if (!/\s$/u.test(line)) return false;
  const words = line.split(/[\s,]+/u).filter((word) => word !== '');
  let from = words.length;
  while (from > 0 && OFFICE_RUN_WORD.test(words[from - 1]!)) from -= 1;
  const run = words.slice(from);
  const office = run.findLastIndex((word) => isTitleWord(word) || /^official$/iu.test(word));
  return office !== -1 && run.slice(office + 1).some((word) => word === 'of' || word === 'for');
}

/**
 * Whether the word at `start` is an office's portfolio ("Secretary of [State] Blinken"), not
 * the first name of the name that follows it.
 */
export function isPortfolioAt(text: string, start: number): boolean {
  const word = /^\S+/u.exec(text.slice(start, start + 40))?.[0] ?? '';
  return isPortfolioWord(word) && followsOffice(text, start);
}

/**
 * A mention right after an office's "of"/"for" ("Secretary of [State Blinken]", "Minister of
 * [Health]"): its leading portfolio words cut off, the rest a person; null when nothing is left.
 * A body's name there stays ("Official for the Bureau of ...").
 */
export function withoutPortfolio(
  text: string,
  mention: RecognizedMention,
): RecognizedMention | null {
  if (!followsOffice(text, mention.start)) return mention;
  const value = text.slice(mention.start, mention.end);
  const words = [...value.matchAll(/\S+/gu)];
  let cut = 0;
  while (cut < words.length && isPortfolioWord(words[cut]![0])) cut += 1;
  // "Envoy for [Compact Negotiations] Joseph Yun": a portfolio the lexicon does not know ends
  // in an abstract plural, never a person's name.
  const abstract = words.findLastIndex((word) => ABSTRACT_PLURAL.test(word[0]));
  const body = words.some((word) => ORGANIZATION_WORDS.has(word[0].toLowerCase()));
  if (abstract >= cut && !body) cut = abstract + 1;
  if (cut === 0) return mention;
  if (cut === words.length) return null;
  // "Representative for [North Korea]": a place keeps its name.
  const rest = words.slice(cut).map((word) => wordKind(word[0]));
  if (rest.some((kind) => kind === 'place' || kind === 'demonym')) return mention;
  if (rest.some((kind) => kind === 'common' || kind === 'function')) return null;
  return { ...mention, start: mention.start + words[cut]!.index, type: 'person' };
}

/** The title a portfolio stands before: "Mineral Resources Minister", "Health Minister". */
const MINISTER_AFTER = /^\s+Minister\b/u;

/**
 * Whether `mention` is the portfolio of the minister named after it ("[Mineral Resources]
 * Minister", "Mines and [Minerals Development] Minister"): common words before "Minister" name
 * no body. A body's name before another title stays ("Treasury Cabinet Secretary John Mbadi",
 * "Airbus Chief Executive").
 */
export function isPortfolioBeforeOffice(text: string, mention: RecognizedMention): boolean {
  if (
    mention.type !== 'organization' ||
    !MINISTER_AFTER.test(text.slice(mention.end, mention.end + 12))
  )
    return false;
  return text
    .slice(mention.start, mention.end)
    .split(/\s+/u)
    .every((word) => isPortfolioWord(word) || COMMON_WORDS.has(word.toLowerCase()));
}
