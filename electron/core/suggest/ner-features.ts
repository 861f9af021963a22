import { getGazetteer, MAX_GAZETTEER_WORDS } from './gazetteer.ts';
import type { NerToken } from './ptb-tokenizer.ts';
import { wordKind } from './word-knowledge.ts';

/**
 * The features of the statistical recognizer (an averaged perceptron, ner-perceptron.ts): the
 * word, its lower case, shape, prefixes and suffixes, its neighbours, its place in the sentence,
 * gazetteer membership, what compromise's lexicon says the word is, and cue words (titles,
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
      if (entry !== undefined && /^\p{Lu}/u.test(token.text)) {
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
 * The features of every token of one sentence that do not depend on the tags. `ruleTags` is what
 * the rule-based recognizer (entity-recognizer.ts) found, per token: `B-person@0.85` (its tag
 * and how sure the rule that fired is), or ''. The model learns how far to trust each rule.
 */
export function sentenceFeatures(tokens: NerToken[], ruleTags: string[] = []): string[][] {
  const words = tokens.map((t) => t.text);
  const lower = words.map(normalize);
  const shapes = words.map(shape);
  const gazetteer = gazetteerTags(tokens);
  const kinds = words.map((w) => (/^\p{L}/u.test(w) ? wordKind(w) : 'punct'));
  const at = <T>(list: T[], i: number, none: T): T => (i >= 0 && i < list.length ? list[i]! : none);
  return tokens.map((token, i) => {
    const w = words[i]!;
    const l = lower[i]!;
    const f: string[] = [
      'b',
      'w=' + w,
      'l=' + l,
      's=' + shapes[i],
      'k=' + kinds[i],
      'k=' + kinds[i] + '|s=' + shapes[i],
      'l-1=' + at(lower, i - 1, '<s>'),
      'l-2=' + at(lower, i - 2, '<s>'),
      'l+1=' + at(lower, i + 1, '</s>'),
      'l+2=' + at(lower, i + 2, '</s>'),
      's-1=' + at(shapes, i - 1, '<s>'),
      's+1=' + at(shapes, i + 1, '</s>'),
      's-1|s=' + at(shapes, i - 1, '<s>') + '|' + shapes[i],
      's|s+1=' + shapes[i] + '|' + at(shapes, i + 1, '</s>'),
      'l-1|l=' + at(lower, i - 1, '<s>') + '|' + l,
      'l|l+1=' + l + '|' + at(lower, i + 1, '</s>'),
      'k-1=' + at(kinds, i - 1, '<s>'),
      'k+1=' + at(kinds, i + 1, '</s>'),
      'gz=' + gazetteer[i],
      'gz-1=' + at(gazetteer, i - 1, '<s>'),
      'gz+1=' + at(gazetteer, i + 1, '</s>'),
      'cue-1=' + (CUES.get(at(lower, i - 1, '')) ?? ''),
      'cue-2=' + (CUES.get(at(lower, i - 2, '')) ?? ''),
      'cue+1=' + (CUES.get(at(lower, i + 1, '')) ?? ''),
      'cue+2=' + (CUES.get(at(lower, i + 2, '')) ?? ''),
      'cue=' + (CUES.get(l) ?? ''),
    ];
    const rule = ruleTags[i] ?? '';
    const ruleTag = rule.split('@')[0]!;
    f.push(
      'r=' + rule,
      'rt=' + ruleTag,
      'rt-1=' + (ruleTags[i - 1] ?? '').split('@')[0],
      'rt+1=' + (ruleTags[i + 1] ?? '').split('@')[0],
      'rt|k=' + ruleTag + '|' + kinds[i],
      'rt|gz=' + ruleTag + '|' + gazetteer[i],
    );
    if (i === 0) f.push('first|s=' + shapes[i], 'first|k=' + kinds[i], 'first|rt=' + ruleTag);
    else if (i === tokens.length - 1) f.push('last');
    for (let n = 1; n <= 4 && n < l.length; n += 1) {
      f.push(`p${n}=` + l.slice(0, n), `x${n}=` + l.slice(-n));
    }
    if (token.gap === '' && i > 0) f.push('glued-left');
    if (at(tokens, i + 1, null)?.gap === '') f.push('glued-right');
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
