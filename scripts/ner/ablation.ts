// `npx tsx scripts/ner/ablation.ts`: span-level precision, recall and F1 of each part of the
// entity recognizer (rules only, model only, model + rules) on the development splits of
// data/ner-train/, its PUD check set and the gold files of test/fixtures/gold/ (cold start:
// no registry). The numbers of docs/EVAL.md come from here and from `dossier eval`.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { recognizeEntities } from '../../electron/core/suggest/entity-recognizer.ts';
import type { RecognizedMention } from '../../electron/core/suggest/entity-recognizer.ts';
import { combineReadings } from '../../electron/core/suggest/combine-mentions.ts';
import {
  recognizeWithModel,
  taggableSentences,
} from '../../electron/core/suggest/statistical-recognizer.ts';
import { loadModelFile } from '../../electron/core/suggest/ner-model-file.ts';
import { defaultModelPath } from '../../electron/core/suggest/ner-model-path.ts';
import { documents, readCorpus, rebuild, root, type GoldText } from './corpus.ts';
import { errorKinds, goldFixtures, score, spanScores, TYPES } from './span-scores.ts';

// --model: the shipped model (rules as features); --plain-model: one trained with --no-rules.
const { values } = parseArgs({
  options: {
    model: { type: 'string', default: defaultModelPath() },
    'plain-model': { type: 'string' },
    gold: { type: 'string', multiple: true },
    errors: { type: 'boolean', default: false },
  },
});

const weights = await loadModelFile(values.model);
const plain =
  values['plain-model'] === undefined ? null : await loadModelFile(values['plain-model']);

const stacked = (text: string) => {
  const rules = recognizeEntities(text);
  return { rules, model: recognizeWithModel(text, weights.score, taggableSentences(text, rules)) };
};
type System = (text: string) => RecognizedMention[];
const systems: Record<string, System> = {
  rules: (text) => recognizeEntities(text),
  ...(plain !== null && {
    model: (text: string) => recognizeWithModel(text, plain.score, taggableSentences(text, [])),
  }),
  'model+rules': (text) => stacked(text).model,
  'model+rules, rules fill gaps (shipped)': (text) => {
    const { rules, model } = stacked(text);
    return combineReadings(text, model, rules);
  },
};

/**
 * The gold files by outlet: State Department releases, GUM's Wikinews, and the business news
 * written for Dossier (biz-dev-* looked at while building, biz-held-* never).
 */
function goldSets(): Record<string, GoldText[]> {
  const all = goldFixtures(values.gold ?? [join(root, 'test/fixtures/gold')]);
  const prefixed = (prefix: string) => all.filter((gold) => gold.doc.startsWith(prefix));
  return {
    'gold: State Department': all.filter((gold) => !/^(?:gum|biz)-/u.test(gold.doc)),
    'gold: Wikinews (GUM)': prefixed('gum-'),
    'gold: business (dev)': prefixed('biz-dev-'),
    'gold: business (held out)': prefixed('biz-held-'),
  };
}

const sets: Partial<Record<string, GoldText[]>> = {
  ...goldSets(),
  'uner_en_ewt.dev': documents(readCorpus('uner_en_ewt.dev.jsonl')).map((d) => rebuild(d, true)),
  'gum_open.dev': documents(readCorpus('gum_open.dev.jsonl')).map((d) => rebuild(d, true)),
  uner_en_pud: documents(readCorpus('uner_en_pud.jsonl')).map((d) => rebuild(d, true)),
};

const cell = (n: number) => n.toFixed(3);
const rows: string[] = values.errors
  ? [
      '| set | system | type | P | R | F1 | wrong type | wrong bounds | spurious | unseen |',
      '|---|---|---|---|---|---|---|---|---|---|',
    ]
  : [
      '| set | system | P | R | F1 | PER F1 | ORG F1 | LOC F1 |',
      '|---|---|---|---|---|---|---|---|',
    ];
// With --errors: per type, precision and recall and the kinds of error (span-scores.ts).
function errorRows(set: string, name: string, texts: GoldText[], system: System): void {
  const counts = score(texts, system);
  const kinds = errorKinds(texts, system);
  for (const type of TYPES) {
    const { p, r, f1 } = spanScores(counts[type]!);
    const k = kinds[type];
    rows.push(
      `| ${set} | ${name} | ${type} | ${cell(p)} | ${cell(r)} | ${cell(f1)} | ` +
        `${k.wrongType} | ${k.wrongBounds} | ${k.spurious} | ${k.unseen} |`,
    );
  }
}
for (const [set, texts] of Object.entries(sets)) {
  if (texts === undefined) continue;
  for (const [name, system] of Object.entries(systems)) {
    if (values.errors) {
      errorRows(set, name, texts, system);
      continue;
    }
    const counts = score(texts, system);
    const all = spanScores(counts.all!);
    rows.push(
      `| ${set} | ${name} | ${cell(all.p)} | ${cell(all.r)} | ${cell(all.f1)} | ` +
        TYPES.map((t) => cell(spanScores(counts[t]!).f1)).join(' | ') +
        ' |',
    );
  }
}
process.stdout.write(rows.join('\n') + '\n');
