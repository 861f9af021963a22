// The averaged perceptron's training, for `npm run train:ner` and the seed-spread measure
// (scripts/ner/seed-spread.ts): K perceptrons trained on K seeded shuffles of the data, their
// averaged weights averaged again into one linear model of the same form and speed.
import {
  decode,
  TAG_COUNT,
  tokenFeatures,
  type Scorer,
} from '../../electron/core/suggest/ner-perceptron.ts';
import type { Example } from './training-examples.ts';

export interface Averaged {
  features: string[];
  weights: Float64Array;
}

/** mulberry32: a small seeded generator, so that shuffles repeat exactly. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The mean of several models' weights, over the union of their features (first seen first). */
function meanOf(models: Averaged[]): Averaged {
  if (models.length === 1) return models[0]!;
  const index = new Map<string, number>();
  for (const { features } of models)
    for (const feature of features) if (!index.has(feature)) index.set(feature, index.size);
  const weights = new Float64Array(index.size * TAG_COUNT);
  for (const model of models)
    model.features.forEach((feature, row) => {
      const base = index.get(feature)! * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t += 1)
        weights[base + t]! += model.weights[row * TAG_COUNT + t]! / models.length;
    });
  return { features: [...index.keys()], weights };
}

/** Averaged perceptron weights with lazy averaging (w − u/c, Daumé's trick). */
class Trainer {
  readonly index = new Map<string, number>();
  private w = new Float64Array(1 << 20);
  private u = new Float64Array(1 << 20);
  c = 1;

  readonly score: Scorer = (feature, scores) => {
    const row = this.index.get(feature);
    if (row === undefined) return;
    for (let t = 0; t < TAG_COUNT; t += 1) scores[t]! += this.w[row * TAG_COUNT + t]!;
  };

  add(feature: string, tag: number, amount: number): void {
    let row = this.index.get(feature);
    if (row === undefined) {
      row = this.index.size;
      this.index.set(feature, row);
      if ((row + 1) * TAG_COUNT > this.w.length) {
        const grow = (a: Float64Array) => {
          const b = new Float64Array(a.length * 2);
          b.set(a);
          return b;
        };
        this.w = grow(this.w);
        this.u = grow(this.u);
      }
    }
    this.w[row * TAG_COUNT + tag]! += amount;
    this.u[row * TAG_COUNT + tag]! += this.c * amount;
  }

  averaged(): Averaged {
    const features = [...this.index.keys()];
    const weights = new Float64Array(features.length * TAG_COUNT);
    for (let i = 0; i < weights.length; i += 1) weights[i] = this.w[i]! - this.u[i]! / this.c;
    return { features, weights };
  }
}

function train(
  data: Example[],
  epochs: number,
  seed: number,
  log: (line: string) => void,
): Trainer {
  const trainer = new Trainer();
  const random = seeded(seed);
  const order = data.map((_, i) => i);
  for (let epoch = 1; epoch <= epochs; epoch += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let wrong = 0;
    let total = 0;
    for (const n of order) {
      const { words, features, gold } = data[n]!;
      const predicted = decode(features, words, trainer.score).tags;
      for (let i = 0; i < words.length; i += 1) {
        total += 1;
        if (predicted[i] !== gold[i]) {
          wrong += 1;
          for (const f of tokenFeatures(features, words, gold, i)) trainer.add(f, gold[i]!, 1);
          for (const f of tokenFeatures(features, words, predicted, i))
            trainer.add(f, predicted[i]!, -1);
        }
      }
      trainer.c += 1;
    }
    log(
      `epoch ${epoch}: ${((100 * (total - wrong)) / total).toFixed(2)} % of tokens right, ${trainer.index.size} features`,
    );
  }
  return trainer;
}

/**
 * `members` perceptrons, seeds `seed`..`seed + members − 1`, each trained `epochs` times over
 * its own shuffles of `data`, averaged into one model. One member is the plain averaged
 * perceptron; more make the model depend less on the order of the data (docs/EVAL.md).
 */
export function trainAveraged(
  data: Example[],
  {
    epochs,
    seed,
    members,
    log,
  }: { epochs: number; seed: number; members: number; log: (line: string) => void },
): Averaged {
  const models: Averaged[] = [];
  for (let k = 0; k < members; k += 1) {
    log(`member ${k + 1} of ${members}, seed ${seed + k}`);
    models.push(train(data, epochs, seed + k, log).averaged());
  }
  return meanOf(models);
}
