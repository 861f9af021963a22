// `npm run train:ner`: trains the recognizer's averaged perceptron on data/ner-train/ and
// writes resources/ner-model/ner-model.json.gz. Deterministic: the same data and the same rules
// (their findings are features) give the same file (seeded shuffling, no clock or randomness
// elsewhere). The file records a fingerprint of its inputs; a unit test fails when the code or
// data would train another model than the shipped one (scripts/ner/training-examples.ts).
// Options: --epochs N (default 8)  --out FILE  (defaults: seed 20260601, 3 members)
//          --seed N (the first member's shuffle seed)  --members K (perceptrons trained on K
//          shuffles, seeds N..N+K-1, whose averaged weights are averaged into the one shipped
//          model: a retrain on nearly the same data then moves the readings less, docs/EVAL.md)
//          --no-rules (without the rule-based recognizer's findings as features: the ablation's
//          "model only")
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { encodeModel } from '../../electron/core/suggest/ner-model-file.ts';
import { root } from './corpus.ts';
import { trainAveraged } from './perceptron-training.ts';
import { fingerprint, TRAIN_FILES, trainingExamples } from './training-examples.ts';

const { values } = parseArgs({
  options: {
    epochs: { type: 'string', default: '8' },
    seed: { type: 'string', default: '20260601' },
    members: { type: 'string', default: '3' },
    'no-rules': { type: 'boolean', default: false },
    out: { type: 'string', default: join(root, 'resources/ner-model/ner-model.json.gz') },
  },
});
const log = (line: string) => process.stderr.write(`${line}\n`);

const started = performance.now();
const rules = !values['no-rules'];
const data = trainingExamples(rules);
const inputs = fingerprint(data);
log(`${data.length} sentences from ${TRAIN_FILES.join(', ')}, inputs ${inputs}`);
const epochs = Number(values.epochs);
const seed = Number(values.seed);
const members = Number(values.members);
const { features, weights } = trainAveraged(data, { epochs, seed, members, log });
const file = encodeModel(features, weights, {
  inputs,
  sentences: data.length,
  epochs,
  rules,
  seed,
  members,
});
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, file);
log(
  `wrote ${values.out}: ${(file.length / 1e6).toFixed(2)} MB in ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
