// `npm run calibrate`: fits resources/entity-calibration.json, the table that turns what made an
// entity suggestion (origin, type, length, the model's own confidence) into the probability the
// Review queue and the Reader show. Fitted on the dev gold only (test/fixtures/gold/*dev*, never
// held or lead files): each file's suggestions cold, and as learned in one notebook (`eval
// --learn`'s path, which adds the registry's suggestions). Then reports, on the held gold
// (*held*, cold), the reliability table, Brier score and expected calibration error (ECE)
// before (the old scores: rule codes, the model's margin, 1 for a registry name) and after.
// Options: --report FILE (the held report as JSON)
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateGoldFiles, evaluateLearning } from '../../electron/core/eval/eval-notebook.ts';
import type { GoldFile } from '../../electron/core/eval/gold-file.ts';
import type { SuggestionsForText } from '../../electron/core/eval/run-eval.ts';
import {
  calibratedConfidence,
  type Calibration,
} from '../../electron/core/suggest/entity-calibration.ts';
import type { MentionOrigin } from '../../electron/core/suggest/entity-suggestion.ts';
import { fitCalibration, reliability, type Labelled, type Reliability } from './calibration-fit.ts';
import { root } from './corpus.ts';

const { values } = parseArgs({ options: { report: { type: 'string' } } });
const log = (line: string) => process.stderr.write(`${line}\n`);

/** The scores suggestions carried before issue 18: a code per rule, 1 for a registry name. */
const OLD_SCORE: Record<Exclude<MentionOrigin, 'model'>, number> = {
  registry: 1,
  'registry-short-form': 0.7,
  'rule:gazetteer': 0.9,
  'rule:title-and-name': 0.85,
  'rule:gazetteer-part': 0.8,
  'rule:first-name': 0.8,
  'rule:organization-words': 0.75,
  'rule:place-tail': 0.7,
  'rule:surname-again': 0.7,
  'rule:organization-cue': 0.7,
  'rule:place-cue': 0.7,
  'rule:sports-club': 0.7,
  'rule:name-like': 0.6,
  'rule:body-cue': 0.6,
  'rule:single-word': 0.5,
};

const GOLD = join(root, 'test/fixtures/gold');
const gold = (part: RegExp) =>
  readdirSync(GOLD)
    .filter((name) => name.endsWith('.json') && part.test(name) && !/lead/u.test(name))
    .sort()
    .map((name) => join(GOLD, name));
const dev = gold(/(?:^|-)dev/u).filter((path) => !/held/u.test(path));
const held = gold(/held/u);

function labeller(into: (Labelled & { oldScore: number })[]) {
  return async (file: GoldFile, scored: SuggestionsForText): Promise<void> => {
    const right = new Set(
      file.entities.flatMap((e) => e.mentions.map((m) => `${m.start}:${m.end}:${e.type}`)),
    );
    for (const s of scored.entities) {
      into.push({
        origin: s.origin,
        type: s.type,
        text: s.text,
        ...(s.modelConfidence === undefined ? {} : { modelConfidence: s.modelConfidence }),
        right: right.has(`${s.start}:${s.end}:${s.type}`),
        oldScore: s.origin === 'model' ? s.modelConfidence! : OLD_SCORE[s.origin],
      });
    }
  };
}

log(`dev: ${dev.length} files, held: ${held.length} files`);
const fitData: (Labelled & { oldScore: number })[] = [];
await evaluateGoldFiles(dev, labeller(fitData));
await evaluateLearning(dev, labeller(fitData));
const calibration: Calibration = fitCalibration(
  fitData,
  `${dev.length} dev gold files of test/fixtures/gold, cold and learned: ${fitData.length} suggestions`,
);
writeFileSync(
  join(root, 'resources/entity-calibration.json'),
  `${JSON.stringify(calibration, null, 2)}\n`,
);
log(`wrote resources/entity-calibration.json (${fitData.length} suggestions)`);

const heldData: (Labelled & { oldScore: number })[] = [];
await evaluateGoldFiles(held, labeller(heldData));
const before = reliability(heldData.map((d) => ({ p: d.oldScore, right: d.right })));
const after = reliability(
  heldData.map((d) => ({ p: calibratedConfidence(d, calibration), right: d.right })),
);
const table = (name: string, r: Reliability) =>
  [
    `${name}: Brier ${r.brier}, ECE ${r.ece}`,
    '| predicted | suggestions | mean predicted | observed right |',
    '| --- | --- | --- | --- |',
    ...r.bins.map(
      (b) =>
        `| ${b.from.toFixed(1)}-${b.to.toFixed(1)} | ${b.n} | ${b.predicted} | ${b.observed} |`,
    ),
  ].join('\n');
process.stdout.write(
  `held gold (${held.length} files, ${heldData.length} suggestions, cold)\n\n${table('before', before)}\n\n${table('after', after)}\n`,
);
if (values.report !== undefined)
  writeFileSync(values.report, JSON.stringify({ before, after }, null, 2));
