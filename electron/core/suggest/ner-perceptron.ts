import { tagFeatures } from './ner-features.ts';
import { wordKind } from './word-knowledge.ts';

/**
 * The recognizer's tagger: a linear model over BIO tags, decoded greedily left to right with
 * the previous two tags as features (the averaged perceptron of Collins 2002, as in the taggers
 * of spaCy v1 and NLTK). Training lives in scripts/ner/; this module decodes and makes the
 * online updates that learn from an analyst's decisions.
 */
export const NER_TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'] as const;
export type NerTag = (typeof NER_TAGS)[number];
export const TAG_COUNT = NER_TAGS.length;

/** Adds a feature's weight for every tag into `scores`. */
export type Scorer = (feature: string, scores: Float64Array) => void;

/** ALLOWED[previous * TAG_COUNT + tag]: an I- tag may only continue a B- or I- of its type. */
const ALLOWED = NER_TAGS.flatMap((before) =>
  NER_TAGS.map(
    (name) => !name.startsWith('I-') || (before !== 'O' && before.slice(2) === name.slice(2)),
  ),
);

export function allowed(tag: number, previous: number): boolean {
  return ALLOWED[previous * TAG_COUNT + tag]!;
}

export interface Decoded {
  tags: number[];
  /** per token, the chosen tag's share of the softmax over allowed tags: a confidence */
  confidence: number[];
}

/** The features of token `i` that depend on the tags chosen before it. */
function historyFeatures(words: string[], tags: number[], i: number): string[] {
  const previous = i > 0 ? NER_TAGS[tags[i - 1]!]! : '<s>';
  const beforePrevious = i > 1 ? NER_TAGS[tags[i - 2]!]! : '<s>';
  return tagFeatures(previous, beforePrevious, words[i]!.toLowerCase());
}

/** The full feature list of token `i` given the tags chosen before it. */
export function tokenFeatures(
  features: string[][],
  words: string[],
  tags: number[],
  i: number,
): string[] {
  return [...features[i]!, ...historyFeatures(words, tags, i)];
}

/** No capital letter: outside any name unless it continues one ("bin", "al-" are read). */
const NO_CAPITAL = /^[^\p{Lu}]*$/u;
const NO_LETTER = /^[^\p{L}]*$/u;

/** A common word or a sign in lower case: a name never opens with it ("google" may). */
function opensNoName(word: string): boolean {
  if (!NO_CAPITAL.test(word)) return false;
  if (NO_LETTER.test(word)) return true;
  const kind = wordKind(word);
  return kind === 'common' || kind === 'function';
}

/**
 * Greedy decoding. `forced` fixes the tag of some tokens (what the analyst decided), so that
 * the rest of the sentence is read in their light. With `capitalsOnly`, a common word or a sign
 * in lower case between lower-case words and after no name is outside any name without being scored: the model
 * almost never opens a name there, and most of a text's tokens are such words (reading speed,
 * issue 15; training and online updates score every token).
 */
export function decode(
  features: string[][],
  words: string[],
  score: Scorer,
  forced: (number | undefined)[] = [],
  capitalsOnly = false,
): Decoded {
  const tags: number[] = [];
  const confidence: number[] = [];
  const scores = new Float64Array(TAG_COUNT);
  for (let i = 0; i < words.length; i += 1) {
    if (
      capitalsOnly &&
      (i === 0 || tags[i - 1] === 0) &&
      opensNoName(words[i]!) &&
      // "al-Qaida", "de Gaulle": a lower-case word before a capital or a hyphen may open a name.
      NO_CAPITAL.test(words[i + 1] ?? '') &&
      words[i + 1] !== '-'
    ) {
      tags.push(0);
      confidence.push(1);
      continue;
    }
    scores.fill(0);
    for (const feature of features[i]!) score(feature, scores);
    for (const feature of historyFeatures(words, tags, i)) score(feature, scores);
    const previous = i > 0 ? tags[i - 1]! : 0;
    let best = -1;
    for (let t = 0; t < TAG_COUNT; t += 1) {
      if (allowed(t, previous) && (best === -1 || scores[t]! > scores[best]!)) best = t;
    }
    const fixed = forced[i];
    const chosen = fixed !== undefined && allowed(fixed, previous) ? fixed : best;
    let sum = 0;
    for (let t = 0; t < TAG_COUNT; t += 1) {
      if (allowed(t, previous)) sum += Math.exp(Math.min(50, scores[t]! - scores[best]!));
    }
    tags.push(chosen);
    confidence.push(Math.exp(Math.min(50, scores[chosen]! - scores[best]!)) / sum);
  }
  return { tags, confidence };
}

/** Token tag indices → mentions as token ranges [from, to) with their type and confidence. */
export function tagsToSpans(
  decoded: Decoded,
): { from: number; to: number; type: 'PER' | 'ORG' | 'LOC'; confidence: number }[] {
  const spans: { from: number; to: number; type: 'PER' | 'ORG' | 'LOC'; confidence: number }[] = [];
  const { tags, confidence } = decoded;
  for (let i = 0; i < tags.length; i += 1) {
    const name = NER_TAGS[tags[i]!]!;
    if (!name.startsWith('B-')) continue;
    let to = i + 1;
    let least = confidence[i]!;
    while (to < tags.length && NER_TAGS[tags[to]!] === 'I-' + name.slice(2)) {
      least = Math.min(least, confidence[to]!);
      to += 1;
    }
    spans.push({ from: i, to, type: name.slice(2) as 'PER' | 'ORG' | 'LOC', confidence: least });
    i = to - 1;
  }
  return spans;
}

/** The trained weights, read-only: feature → row of `TAG_COUNT` quantized weights. */
export class NerWeights {
  constructor(
    private readonly index: Map<string, number>,
    private readonly weights: Int16Array,
    private readonly scale: number,
  ) {}

  readonly score: Scorer = (feature, scores) => {
    const row = this.index.get(feature);
    if (row === undefined) return;
    const base = row * TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t += 1) scores[t]! += this.weights[base + t]! * this.scale;
  };

  get featureCount(): number {
    return this.index.size;
  }
}

/**
 * The features an online update may change: the word itself and its word pairs, and its
 * neighbouring words when they are content words. The neighbours let decisions generalize
 * ("Traders bought Pellume after ..." reads as a company once six companies were marked in such
 * sentences). A function word or a sign is every name's neighbour: moved with each mark, "the",
 * "in" and "of" came to open organizations after a few dozen articles ("town of Kell"), and
 * learning lowered F1 (docs/EVAL.md). Moving the general features (the bias, word shapes, cue
 * classes, gazetteer membership) after a handful of decisions unlearned what the training data
 * taught.
 */
const OWN_WORD = /^(?:w|l|t-1\|w|l-1\|l|l\|l\+1)=/u;
const NEIGHBOUR = /^l[-+][12]=(.*)$/u;
const LETTER = /\p{L}/u;

/** Whether a neighbour's (lower-case) word says something of its own: no function word, no sign. */
const isContentWord = (word: string): boolean =>
  LETTER.test(word) && word !== '<s>' && word !== '</s>' && wordKind(word) !== 'function';

/** Whether an online update moves a feature's weights. */
function learnsOnline(feature: string): boolean {
  if (OWN_WORD.test(feature)) return true;
  const neighbour = NEIGHBOUR.exec(feature);
  return neighbour !== null && isContentWord(neighbour[1]!);
}

/**
 * Online weights learned from decisions, added to the trained ones. Each update is a perceptron
 * step towards what the analyst decided, repeated until the sentence reads that way (a few
 * times at most), so that one decision changes what the next article shows.
 */
export class NerDelta {
  private readonly rows = new Map<string, Float64Array>();

  readonly score: Scorer = (feature, scores) => {
    const row = this.rows.get(feature);
    if (row === undefined) return;
    for (let t = 0; t < TAG_COUNT; t += 1) scores[t]! += row[t]!;
  };

  get size(): number {
    return this.rows.size;
  }

  /**
   * w += step · (φ(gold) − φ(predicted)) for each decided token read wrongly, or rightly but
   * with less than `sure` confidence: a decision should hold beyond the sentence it was made
   * in. Repeated until the sentence reads that way, `rounds` times at most.
   */
  update(
    features: string[][],
    words: string[],
    score: Scorer,
    gold: (number | undefined)[],
    step: number,
    { rounds = 6, sure = 0.9 } = {},
  ): void {
    for (let round = 0; round < rounds; round += 1) {
      const { tags: predicted, confidence } = decode(features, words, score);
      // Tokens nobody decided keep what the model reads there (partial supervision).
      const target = gold.map((tag, i) => tag ?? predicted[i]!);
      let wrong = false;
      for (let i = 0; i < words.length; i += 1) {
        const unsure = gold[i] !== undefined && confidence[i]! < sure;
        if (target[i] === predicted[i] && !unsure) continue;
        wrong = true;
        // The gold history's features go up; the predicted history's (or, when the tag was
        // right but unsure, the runner-up's) go down.
        const rival =
          target[i] === predicted[i] ? runnerUp(features, words, target, i, score) : predicted[i]!;
        for (const feature of tokenFeatures(features, words, target, i)) {
          if (learnsOnline(feature)) this.add(feature, target[i]!, step);
        }
        for (const feature of tokenFeatures(features, words, predicted, i)) {
          if (learnsOnline(feature)) this.add(feature, rival, -step);
        }
      }
      if (!wrong) break;
    }
  }

  /** Adds (sign 1) or takes back (sign −1) everything another delta holds. */
  addAll(other: NerDelta, sign: 1 | -1): void {
    for (const [feature, row] of other.rows) {
      for (let t = 0; t < TAG_COUNT; t += 1) if (row[t] !== 0) this.add(feature, t, sign * row[t]!);
    }
  }

  private add(feature: string, tag: number, amount: number): void {
    let row = this.rows.get(feature);
    if (row === undefined) {
      row = new Float64Array(TAG_COUNT);
      this.rows.set(feature, row);
    }
    row[tag]! += amount;
  }
}

/** The best allowed tag other than `tags[i]` for token `i`, given the tags before it. */
function runnerUp(
  features: string[][],
  words: string[],
  tags: number[],
  i: number,
  score: Scorer,
): number {
  const scores = new Float64Array(TAG_COUNT);
  for (const feature of tokenFeatures(features, words, tags, i)) score(feature, scores);
  const previous = i > 0 ? tags[i - 1]! : 0;
  let best = -1;
  for (let t = 0; t < TAG_COUNT; t += 1) {
    if (t !== tags[i] && allowed(t, previous) && (best === -1 || scores[t]! > scores[best]!))
      best = t;
  }
  return best;
}

/** Scores from several sources summed: the trained weights plus a notebook's online ones. */
export function combined(...scorers: Scorer[]): Scorer {
  return (feature, scores) => {
    for (const scorer of scorers) scorer(feature, scores);
  };
}
