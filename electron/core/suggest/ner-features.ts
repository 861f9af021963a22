import { COMMON_WORDS } from './common-words.ts';
import { getGazetteer, matchesCase, MAX_GAZETTEER_WORDS } from './gazetteer.ts';
import type { NerToken } from './ptb-tokenizer.ts';
import { wordKind } from './word-knowledge.ts';

/**
 * The features of the statistical recognizer (an averaged perceptron, ner-perceptron.ts): the
 * word, its lower case, shape, prefixes and suffixes, its neighbours, its place in the sentence,
 * gazetteer membership, what compromise's lexicon says the word is, whether a capitalized word
 * is a common one, and cue words (titles,
 * company forms, verbs of saying). Features that depend on the tags already chosen are added
 * by `tagFeatures` during decoding.
 */

/** Cue words: a class name for each, so that the model generalizes across the words of a class. */
const CUES = new Map<string, string>();
const cue = (klass: string, words: string): void => {
  for (const word of words.split(' ')) CUES.set(word, klass);
};
cue(
  'title',
  'mr mr. mrs mrs. ms ms. dr dr. president secretary minister ambassador senator sen. rep. ' +
    'governor mayor chairman chairwoman ceo cfo cto chief director spokesperson spokesman ' +
    'spokeswoman professor prof. king queen prince princess pope general gen. judge justice ' +
    'envoy chancellor premier commissioner founder analyst economist lawyer coach',
);
cue(
  'org',
  'inc inc. corp corp. ltd ltd. llc plc co co. group holdings company corporation bank ' +
    'ministry department agency council committee commission university institute ' +
    'association foundation party union federation league fund authority office bureau',
);
cue('place', 'city county province state river island street avenue mountain lake region');
cue('say', 'said says say told added according stated announced');
cue('at', 'in at from to near across');

/** The class of one character for word shapes; ASCII without a regular expression (hot path). */
function shapeOf(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 65 && code <= 90) return 'X';
  if (code >= 97 && code <= 122) return 'x';
  if (code >= 48 && code <= 57) return 'd';
  if (code < 128) return ch;
  return /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
}

function shape(word: string): string {
  let out = '';
  for (const ch of word) {
    const next = shapeOf(ch);
    // Runs longer than two collapse: "Xxxxx" → "Xxx".
    if (!(out.length >= 2 && out.at(-1) === next && out.at(-2) === next)) out += next;
  }
  return out;
}

const normalize = (word: string): string =>
  word.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"');

/** Gazetteer names over the tokens: `B-location`, `I-location`... per token, or ''. */
function gazetteerTags(tokens: NerToken[]): string[] {
  const gazetteer = getGazetteer();
  const tags = tokens.map(() => '');
  for (let i = 0; i < tokens.length; i += 1) {
    if (!/^\p{Lu}/u.test(tokens[i]!.text)) continue;
    let key = '';
    let best = -1;
    let type = '';
    for (let j = i; j < Math.min(tokens.length, i + MAX_GAZETTEER_WORDS * 2); j += 1) {
      const token = tokens[j]!;
      key += (j > i && token.gap !== '' ? ' ' : '') + normalize(token.text);
      const entry = gazetteer.get(key);
      if (
        entry !== undefined &&
        /^\p{Lu}/u.test(token.text) &&
        matchesCase(entry, tokens[i]!.text)
      ) {
        best = j;
        type = entry.type;
      }
    }
    if (best === -1) continue;
    for (let k = i; k <= best; k += 1) tags[k] = (k === i ? 'B-' : 'I-') + type;
    i = best;
  }
  return tags;
}

/**
 * The feature strings of one word in each role (itself, a neighbour), made once per word and
 * kept: reading an article builds fewer strings, and a kept string's hash is computed once for
 * all the weight lookups (the hot path of suggestions).
 */
interface WordStrings {
  own: string[];
  l: string;
  s: string;
  k: string;
  before1: string[]; // as the word before: l-1, s-1, k-1, cue-1
  before2: string[]; // two before: l-2, cue-2
  after1: string[]; // l+1, s+1, k+1, cue+1
  after2: string[]; // l+2, cue+2
}

function wordStrings(l: string, s: string, k: string, cue: string, own: string[]): WordStrings {
  return {
    own,
    l,
    s,
    k,
    before1: ['l-1=' + l, 's-1=' + s, 'k-1=' + k, 'cue-1=' + cue],
    before2: ['l-2=' + l, 'cue-2=' + cue],
    after1: ['l+1=' + l, 's+1=' + s, 'k+1=' + k, 'cue+1=' + cue],
    after2: ['l+2=' + l, 'cue+2=' + cue],
  };
}

const START = wordStrings('<s>', '<s>', '<s>', '', []);
const END = wordStrings('</s>', '</s>', '</s>', '', []);
const KEPT_WORDS = 100_000;
const kept = new Map<string, WordStrings>();

function stringsOf(word: string): WordStrings {
  let found = kept.get(word);
  if (found !== undefined) return found;
  const l = normalize(word);
  const s = shape(word);
  const k = /^\p{L}/u.test(word) ? wordKind(word) : 'punct';
  const cue = CUES.get(l) ?? '';
  const own = ['b', 'w=' + word, 'l=' + l, 's=' + s, 'k=' + k, 'k=' + k + '|s=' + s, 'cue=' + cue];
  // A capitalized common word ("Winter", "Kitchen") is most often no name: the lexicon lacks
  // most common nouns, the training data's lower-case words do not (common-words.ts).
  if (/^\p{Lu}/u.test(word) && COMMON_WORDS.has(l)) own.push('cw', 'cw|s=' + s);
  for (let n = 1; n <= 4 && n < l.length; n += 1)
    own.push(`p${n}=` + l.slice(0, n), `x${n}=` + l.slice(-n));
  found = wordStrings(l, s, k, cue, own);
  if (kept.size >= KEPT_WORDS) kept.clear();
  kept.set(word, found);
  return found;
}

/**
 * The features of every token of one sentence that do not depend on the tags. `ruleTags` is what
 * the rule-based recognizer (entity-recognizer.ts) found, per token: `B-person@0.85` (its tag
 * and how sure the rule that fired is), or ''. The model learns how far to trust each rule.
 */
export function sentenceFeatures(tokens: NerToken[], ruleTags: string[] = []): string[][] {
  const words = tokens.map((t) => stringsOf(t.text));
  const gazetteer = gazetteerTags(tokens);
  const word = (i: number): WordStrings => (i < 0 ? START : i >= words.length ? END : words[i]!);
  const gz = (i: number, none: string): string =>
    i >= 0 && i < gazetteer.length ? gazetteer[i]! : none;
  return tokens.map((token, i) => {
    const me = words[i]!;
    const [b1, b2, a1, a2] = [word(i - 1), word(i - 2), word(i + 1), word(i + 2)];
    const f: string[] = [
      ...me.own,
      ...b1.before1,
      ...b2.before2,
      ...a1.after1,
      ...a2.after2,
      's-1|s=' + b1.s + '|' + me.s,
      's|s+1=' + me.s + '|' + a1.s,
      'l-1|l=' + b1.l + '|' + me.l,
      'l|l+1=' + me.l + '|' + a1.l,
      'gz=' + gazetteer[i],
      'gz-1=' + gz(i - 1, '<s>'),
      'gz+1=' + gz(i + 1, '</s>'),
    ];
    const rule = ruleTags[i] ?? '';
    const ruleTag = rule.split('@')[0]!;
    f.push(
      'r=' + rule,
      'rt=' + ruleTag,
      'rt-1=' + (ruleTags[i - 1] ?? '').split('@')[0],
      'rt+1=' + (ruleTags[i + 1] ?? '').split('@')[0],
      'rt|k=' + ruleTag + '|' + me.k,
      'rt|gz=' + ruleTag + '|' + gazetteer[i],
    );
    if (i === 0) {
      f.push('first|s=' + me.s, 'first|k=' + me.k, 'first|rt=' + ruleTag);
      if (me.own.includes('cw')) f.push('first|cw');
    } else if (i === tokens.length - 1) f.push('last');
    if (token.gap === '' && i > 0) f.push('glued-left');
    if (tokens[i + 1]?.gap === '') f.push('glued-right');
    return f;
  });
}

/** Features that depend on the two previous tags, chosen while decoding left to right. */
export function tagFeatures(previous: string, beforePrevious: string, word: string): string[] {
  return [
    't-1=' + previous,
    't-2|t-1=' + beforePrevious + '|' + previous,
    't-1|w=' + previous + '|' + word,
  ];
}
