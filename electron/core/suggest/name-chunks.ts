import { getGazetteer, matchesCase, MAX_GAZETTEER_WORDS } from './gazetteer.ts';
import type { GazetteerEntry } from './gazetteer.ts';
import type { Token } from './tokenizer.ts';
import { wordKind } from './word-knowledge.ts';

/**
 * The first step of the rule-based recognizer (entity-recognizer.ts): which runs of capitalized
 * words may be one name, and which gazetteer names start where. The word lists both steps read.
 */
/** Words that name an office held by a person: what follows them is the person's name. */
export const TITLE_HEADS = new Set(
  (
    'secretary minister president ambassador envoy representative adviser advisor spokesperson ' +
    'spokesman spokeswoman director coordinator administrator chairman chairwoman chair governor ' +
    'mayor senator sen rep congressman congresswoman king queen prince princess emperor empress amir ' +
    'emir sheikh sultan chancellor commissioner general admiral colonel judge justice mr mrs ms dr ' +
    'excellency majesty highness leader premier speaker counselor officer chief commander attorney ' +
    'pope cardinal bishop deputy undersecretary lieutenant captain sergeant professor prof'
  ).split(' '),
);

/** Words that mark the name of an organization wherever they stand in it. */
export const ORGANIZATION_WORDS = new Set(
  (
    'department ministry office bureau agency council commission committee organization ' +
    'organisation association institute university college court parliament assembly congress ' +
    'senate corporation company network foundation federation union league party army navy ' +
    'forces force guard police secretariat embassy consulate bank fund news agency service ' +
    'inc ltd llc group programme authority ' +
    // Company forms and the trades that end companies' names ("Boeing Co", "Alaska Airlines").
    'corp co plc ag se sa nv gmbh holdings airlines airways motors securities technologies ' +
    'pharmaceuticals industries centre center journal administration school library club ' +
    'museum hospital herald bulletin gazette tribune minerals mining metals resources petroleum systems ' +
    // Campaigns and charities ("Churches Conservation Trust"; an alliance: organization-cues.ts).
    'coalition trust'
  ).split(' '),
);

export const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on']);
export const NAME_PARTICLES = new Set([
  'de',
  'del',
  'da',
  'bin',
  'bint',
  'al',
  'von',
  'van',
  'der',
  'la',
  'du',
  'dos',
  'ibn',
  'y',
]);

export const lower = (token: Token): string => token.text.toLowerCase().replace(/’/g, "'");
export const isPossessive = (token: Token): boolean => /\p{L}['’]s$/u.test(token.text);
export const isAcronym = (token: Token): boolean =>
  /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,})$/u.test(token.text) && !/^(?:I|A)$/u.test(token.text);
export const isInitial = (token: Token): boolean => /^\p{Lu}\.$/u.test(token.text);

function gazetteerKey(tokens: Token[], from: number, to: number): string {
  let key = '';
  for (let i = from; i < to; i += 1) {
    const token = tokens[i]!;
    if (i > from) key += token.gap === '' ? '' : ' ';
    key += i === to - 1 && isPossessive(token) ? token.text.slice(0, -2) : token.text;
  }
  return key.toLowerCase().replace(/’/g, "'");
}

export interface GazetteerMatch {
  end: number; // token index, exclusive
  entry: GazetteerEntry;
}

/** Longest gazetteer name starting at each capitalized token. */
export function matchGazetteer(tokens: Token[]): Map<number, GazetteerMatch> {
  const gazetteer = getGazetteer();
  const matches = new Map<number, GazetteerMatch>();
  for (let i = 0; i < tokens.length; i += 1) {
    const first = tokens[i]!;
    if (!first.capitalized) continue;
    const limit = Math.min(tokens.length, i + MAX_GAZETTEER_WORDS * 2);
    for (let j = limit; j > i; j -= 1) {
      const last = tokens[j - 1]!;
      // A name ends on a capitalized word or on an abbreviation's period ("D.C.").
      if (!last.capitalized) continue;
      let crossesLine = false;
      for (let k = i + 1; k < j; k += 1) if (tokens[k]!.gap.includes('\n')) crossesLine = true;
      if (crossesLine) continue;
      const entry = gazetteer.get(gazetteerKey(tokens, i, j));
      if (entry === undefined || !matchesCase(entry, tokens[i]!.text)) continue;
      // Lower-case connectors are fine ("Republic of Korea"); "us" or "who" in lower case are not names.
      if (
        j - i === 1 &&
        isAcronym(first) === false &&
        /^\p{Lu}\p{Ll}/u.test(first.text) === false &&
        first.text.length > 1 &&
        !/^\p{Lu}+$/u.test(first.text)
      )
        continue;
      matches.set(i, { end: j, entry });
      break;
    }
  }
  return matches;
}

export function isSentenceStart(tokens: Token[], i: number): boolean {
  if (i === 0) return true;
  const token = tokens[i]!;
  if (token.gap.includes('\n')) return true;
  for (let k = i - 1; k >= 0; k -= 1) {
    const previous = tokens[k]!;
    if (/^["“‘'([–—-]$/u.test(previous.text)) {
      if (previous.gap.includes('\n') || k === 0) return true;
      continue;
    }
    return (
      /^[.!?:;]$/u.test(previous.text) ||
      (isInitial(previous) === false && /\.$/u.test(previous.text) && previous.text.length > 3)
    );
  }
  return true;
}

export interface Chunk {
  from: number;
  to: number; // exclusive
}

/**
 * Runs of capitalized words, joined by single spaces, by hyphens without spaces and by the
 * connectors that occur inside names ("Department of the Treasury", "Bureau of Industry and
 * Security"). A possessive ends a run: "Japan's Ministers" is two things.
 */
export function chunk(tokens: Token[], gazetteer: Map<number, GazetteerMatch>): Chunk[] {
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (!token.word || !token.capitalized) {
      i += 1;
      continue;
    }
    const from = i;
    let to = i;
    let sawOfFor = false;
    const advance = (): boolean => {
      const match = gazetteer.get(to);
      to = match === undefined ? to + 1 : match.end;
      return !isPossessive(tokens[to - 1]!);
    };
    if (!advance()) {
      chunks.push({ from, to });
      i = to;
      continue;
    }
    for (;;) {
      const next = tokens[to];
      if (next === undefined || next.gap.includes('\n')) break;
      const afterNext = tokens[to + 1];
      if (next.word && next.capitalized && next.gap === ' ') {
        if (!advance()) break;
        continue;
      }
      // Hyphenated names: "Indo-Pacific", "Chung Eui-yong", "U.S.-Japan"; not "US-led".
      if (
        next.text === '-' &&
        next.gap === '' &&
        afterNext?.word === true &&
        afterNext.gap === ''
      ) {
        const kind = wordKind(afterNext.text);
        if (afterNext.capitalized || (kind !== 'common' && kind !== 'function')) {
          to += 1;
          if (!advance()) break;
          continue;
        }
        break;
      }
      const word = lower(next);
      const nextIsName =
        afterNext?.word === true &&
        afterNext.capitalized &&
        afterNext.gap === ' ' &&
        next.gap === ' ';
      if (nextIsName && NAME_PARTICLES.has(word)) {
        to += 1;
        if (!advance()) break;
        continue;
      }
      if (nextIsName && CONNECTORS.has(word)) {
        const head = lower(tokens[from]!);
        const inOfficeOrBody = tokens
          .slice(from, to)
          .some(
            (t) =>
              ORGANIZATION_WORDS.has(lower(t)) ||
              TITLE_HEADS.has(lower(t)) ||
              /^(?:republic|kingdom|states|government|governments|people's)$/u.test(lower(t)),
          );
        const allowed =
          ((word === 'of' || word === 'for') && inOfficeOrBody) ||
          (word === 'the' && lower(tokens[to - 1]!) === 'of') ||
          (word === 'and' &&
            sawOfFor &&
            (ORGANIZATION_WORDS.has(head) || TITLE_HEADS.has(head) || inOfficeOrBody)) ||
          (word === 'on' && sawOfFor && inOfficeOrBody);
        if (allowed) {
          if (word === 'of' || word === 'for') sawOfFor = true;
          to += 1;
          if (!advance()) break;
          continue;
        }
      }
      // "Washington, D.C."
      if (
        next.text === ',' &&
        afterNext !== undefined &&
        /^(?:\p{Lu}\.){2}$/u.test(afterNext.text)
      ) {
        to += 2;
        continue;
      }
      break;
    }
    chunks.push({ from, to });
    i = to;
  }
  return chunks;
}
