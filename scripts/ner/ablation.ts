// `npx tsx scripts/ner/ablation.ts`: span-level precision, recall and F1 of each part of the
// entity recognizer (rules only, model only, model + rules) on the development splits of
// data/ner-train/, its PUD check set and the gold files of test/fixtures/gold/ (cold start:
// no registry). The numbers of docs/EVAL.md come from here and from `dossier eval`.
import { readdirSync, readFileSync } from 'node:fs';
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
import type { EntityType } from '../../electron/core/suggest/entity-suggestion.ts';

// --model: the shipped model (rules as features); --plain-model: one trained with --no-rules.
const { values } = parseArgs({
  options: {
    model: { type: 'string', default: defaultModelPath() },
    'plain-model': { type: 'string' },
    gold: { type: 'string', multiple: true },
  },
});

const weights = await loadModelFile(values.model);
const plain =
  values['plain-model'] === undefined ? null : await loadModelFile(values['plain-model']);

type System = (text: string) => RecognizedMention[];
const stacked = (text: string) => {
  const rules = recognizeEntities(text);
  return { rules, model: recognizeWithModel(text, weights.score, taggableSentences(text, rules)) };
};
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

interface Counts {
  tp: number;
  suggested: number;
  gold: number;
}
const TYPES: EntityType[] = ['person', 'organization', 'location'];

function score(texts: GoldText[], system: System): Record<string, Counts> {
  const counts: Record<string, Counts> = {};
  for (const key of ['all', ...TYPES]) counts[key] = { tp: 0, suggested: 0, gold: 0 };
  for (const { text, spans } of texts) {
    const gold = new Set(spans.map((s) => `${s.start}:${s.end}:${s.type}`));
    for (const s of spans) {
      counts[s.type]!.gold += 1;
      counts.all!.gold += 1;
    }
    const seen = new Set<string>();
    for (const m of system(text)) {
      const key = `${m.start}:${m.end}:${m.type}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const hit = gold.has(key) ? 1 : 0;
      for (const k of ['all', m.type]) {
        counts[k]!.suggested += 1;
        counts[k]!.tp += hit;
      }
    }
  }
  return counts;
}

const f = (c: Counts) => {
  const p = c.suggested === 0 ? 0 : c.tp / c.suggested;
  const r = c.gold === 0 ? 0 : c.tp / c.gold;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
};

function goldFixtures(folders: string[]): GoldText[] {
  return folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .map((name) => {
        const gold = JSON.parse(readFileSync(join(folder, name), 'utf8')) as {
          id: string;
          text: string;
          entities: { type: EntityType; mentions: { start: number; end: number }[] }[];
        };
        return {
          doc: gold.id,
          text: gold.text,
          spans: gold.entities.flatMap((e) => e.mentions.map((m) => ({ ...m, type: e.type }))),
        };
      }),
  );
}

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

const rows: string[] = [
  '| set | system | P | R | F1 | PER F1 | ORG F1 | LOC F1 |',
  '|---|---|---|---|---|---|---|---|',
];
for (const [set, texts] of Object.entries(sets)) {
  if (texts === undefined) continue;
  for (const [name, system] of Object.entries(systems)) {
    const counts = score(texts, system);
    const all = f(counts.all!);
    const cell = (n: number) => n.toFixed(3);
    rows.push(
      `| ${set} | ${name} | ${cell(all.p)} | ${cell(all.r)} | ${cell(all.f1)} | ` +
        TYPES.map((t) => cell(f(counts[t]!).f1)).join(' | ') +
        ' |',
    );
  }
}
process.stdout.write(rows.join('\n') + '\n');
