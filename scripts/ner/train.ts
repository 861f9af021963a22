// `npm run train:ner`: trains the recognizer's averaged perceptron on data/ner-train/ and
// writes resources/ner-model/ner-model.json.gz. Deterministic: the same data and the same rules
// (their findings are features) give the same file (seeded shuffling, no clock or randomness
// elsewhere). The file records a fingerprint of its inputs; a unit test fails when the code or
// data would train another model than the shipped one (scripts/ner/training-examples.ts).
// Options: --epochs N (default 8)  --out FILE
//          --no-rules (without the rule-based recognizer's findings as features: the ablation's
//          "model only")
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { encodeModel } from '../../electron/core/suggest/ner-model-file.ts';
import {
  decode,
  TAG_COUNT,
  tokenFeatures,
  type Scorer,
} from '../../electron/core/suggest/ner-perceptron.ts';
import { root } from './corpus.ts';
import { fingerprint, TRAIN_FILES, trainingExamples, type Example } from './training-examples.ts';

const { values } = parseArgs({
  options: {
    epochs: { type: 'string', default: '8' },
    'no-rules': { type: 'boolean', default: false },
    out: { type: 'string', default: join(root, 'resources/ner-model/ner-model.json.gz') },
  },
});
const log = (line: string) => process.stderr.write(`${line}\n`);

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

  averaged(): { features: string[]; weights: Float64Array } {
    const features = [...this.index.keys()];
    const weights = new Float64Array(features.length * TAG_COUNT);
    for (let i = 0; i < weights.length; i += 1) weights[i] = this.w[i]! - this.u[i]! / this.c;
    return { features, weights };
  }
}

function train(data: Example[], epochs: number): Trainer {
  const trainer = new Trainer();
  const random = seeded(20260601);
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

const started = performance.now();
const rules = !values['no-rules'];
const data = trainingExamples(rules);
const inputs = fingerprint(data);
log(`${data.length} sentences from ${TRAIN_FILES.join(', ')}, inputs ${inputs}`);
const epochs = Number(values.epochs);
const trainer = train(data, epochs);
const { features, weights } = trainer.averaged();
const file = encodeModel(features, weights, { inputs, sentences: data.length, epochs, rules });
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, file);
log(
  `wrote ${values.out}: ${(file.length / 1e6).toFixed(2)} MB in ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
