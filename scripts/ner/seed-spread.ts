// `npx tsx scripts/ner/seed-spread.ts --seeds 20260601,1000,2000 [--members K] [--epochs N]
// [--out DIR]`, or `--models FILE,FILE,...`: how much the recognizer's readings depend on the
// order of its training data. Trains one model per seed (as `npm run train:ner -- --seed S
// --members K` would, without its training record) into DIR, or takes the given model files, and
// prints the span F1 of the shipped combination (model + rules, rules fill gaps; cold start) per
// gold set of test/fixtures/gold/ and per development split of data/ner-train/: min, median, max
// and max − min over the models (docs/EVAL.md, "Stable across retrains").
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { combineReadings } from '../../electron/core/suggest/combine-mentions.ts';
import { recognizeEntities } from '../../electron/core/suggest/entity-recognizer.ts';
import { encodeModel, loadModelFile } from '../../electron/core/suggest/ner-model-file.ts';
import {
  recognizeWithModel,
  taggableSentences,
} from '../../electron/core/suggest/statistical-recognizer.ts';
import { documents, readCorpus, rebuild, root, type GoldText } from './corpus.ts';
import { trainAveraged } from './perceptron-training.ts';
import { goldFixtures, score, setOf, spanScores } from './span-scores.ts';
import { trainingExamples } from './training-examples.ts';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: '20260601,1000,2000' },
    members: { type: 'string', default: '1' },
    epochs: { type: 'string', default: '8' },
    out: { type: 'string', default: join(tmpdir(), 'dossier-ner-spread') },
    models: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const log = (line: string) => process.stderr.write(`${line}\n`);

const sets = new Map<string, GoldText[]>();
for (const split of ['uner_en_ewt.dev', 'gum_open.dev', 'uner_en_pud'])
  sets.set(
    split,
    documents(readCorpus(`${split}.jsonl`)).map((d) => rebuild(d, true)),
  );
for (const gold of goldFixtures([join(root, 'test/fixtures/gold')]))
  sets.set(setOf(gold.doc), [...(sets.get(setOf(gold.doc)) ?? []), gold]);

// The rules read each text once: only the model changes between seeds.
const rulesOf = new Map<string, ReturnType<typeof recognizeEntities>>();
for (const texts of sets.values())
  for (const { text } of texts) rulesOf.set(text, recognizeEntities(text));

/** The model files to compare: the given ones, or one trained per seed. */
function* modelFiles(): Generator<string> {
  if (values.models !== undefined) {
    yield* values.models.split(',');
    return;
  }
  const data = trainingExamples(true);
  const epochs = Number(values.epochs);
  const members = Number(values.members);
  mkdirSync(values.out, { recursive: true });
  for (const seed of values.seeds.split(',').map(Number)) {
    const { features, weights } = trainAveraged(data, { epochs, seed, members, log });
    const path = join(values.out, `seed-${seed}-members-${members}-epochs-${epochs}.json.gz`);
    const file = encodeModel(features, weights);
    writeFileSync(path, file);
    log(`${path}: ${(file.length / 1e6).toFixed(2)} MB`);
    yield path;
  }
}

const f1s = new Map<string, number[]>();
for (const path of modelFiles()) {
  const model = await loadModelFile(path);
  for (const [set, texts] of sets) {
    const counts = score(texts, (text) => {
      const rules = rulesOf.get(text)!;
      const read = recognizeWithModel(text, model.score, taggableSentences(text, rules));
      return combineReadings(text, read, rules);
    });
    f1s.set(set, [...(f1s.get(set) ?? []), spanScores(counts.all!).f1]);
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1
    ? s[(s.length - 1) / 2]!
    : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
if (values.json) process.stdout.write(JSON.stringify(Object.fromEntries(f1s)) + '\n');
else
  for (const [set, xs] of f1s)
    process.stdout.write(
      `| ${set} | ${Math.min(...xs).toFixed(3)} | ${median(xs).toFixed(3)} | ${Math.max(...xs).toFixed(3)} | ${(Math.max(...xs) - Math.min(...xs)).toFixed(3)} |\n`,
    );
