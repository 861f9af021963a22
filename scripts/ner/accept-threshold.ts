// `tsx scripts/ner/accept-threshold.ts`: what Accept all's confidence threshold does on the held
// gold (test/fixtures/gold/*held*, cold; the calibration is fitted on the dev files, never these):
// for each threshold, the share of suggestions it accepts, how many of those are right, and how
// many wrong ones it leaves for review. The default (DEFAULT_ACCEPT_THRESHOLD) is chosen from it
// (docs/EVAL.md, "Accept all's threshold").
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateGoldFiles } from '../../electron/core/eval/eval-notebook.ts';
import { root } from './corpus.ts';

const GOLD = join(root, 'test/fixtures/gold');
const held = readdirSync(GOLD)
  .filter((name) => name.endsWith('.json') && /held/u.test(name) && !/lead/u.test(name))
  .sort()
  .map((name) => join(GOLD, name));

const scored: { p: number; right: boolean }[] = [];
await evaluateGoldFiles(held, async (file, suggestions) => {
  const right = new Set(
    file.entities.flatMap((e) => e.mentions.map((m) => `${m.start}:${m.end}:${e.type}`)),
  );
  for (const s of suggestions.entities)
    scored.push({ p: s.confidence, right: right.has(`${s.start}:${s.end}:${s.type}`) });
});

const wrong = scored.filter((s) => !s.right).length;
process.stdout.write(
  `held gold: ${held.length} files, ${scored.length} suggestions, ${wrong} wrong\n\n` +
    '| threshold | accepted | right among accepted | wrong left for review | right left for review |\n' +
    '| --- | --- | --- | --- | --- |\n',
);
for (const threshold of [0, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95]) {
  const accepted = scored.filter((s) => s.p >= threshold);
  const left = scored.filter((s) => s.p < threshold);
  const rightAccepted = accepted.filter((s) => s.right).length;
  const pct = (n: number, of: number) => `${of === 0 ? 0 : ((100 * n) / of).toFixed(1)}%`;
  process.stdout.write(
    `| ${Math.round(threshold * 100)}% | ${accepted.length} (${pct(accepted.length, scored.length)}) | ${pct(rightAccepted, accepted.length)} | ${left.filter((s) => !s.right).length} of ${wrong} | ${left.filter((s) => s.right).length} |\n`,
  );
}
