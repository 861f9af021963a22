// `npx tsx scripts/ner/eval-sets.ts [--json] [DIR...]`: `dossier eval` (the app's path, cold
// start) on each group of gold files in test/fixtures/gold/, in one process: entity F1, person
// precision and organization recall per group, the dev groups (looked at while building) apart
// from the held-out ones. Used to compare models and combiner settings (docs/EVAL.md). Given
// folders, every set of gold files in them instead, a set being the files that share a name up
// to their date or topic ("news-held17-*", "lead19-*"): to list every set a change moves.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateGoldFiles } from '../../electron/core/eval/eval-notebook.ts';
import { root } from './corpus.ts';
import { setOf } from './span-scores.ts';

const { values, positionals } = parseArgs({
  options: { json: { type: 'boolean', default: false }, only: { type: 'string' } },
  allowPositionals: true,
});

const GROUPS: [string, RegExp][] = [
  ['dev: state-dept', /^state-dept-/u],
  ['dev: biz-dev', /^biz-dev-/u],
  ['dev: news-dev', /^news-dev-/u],
  ['dev: news-dev2', /^news-dev2-/u],
  ['dev: news-dev10', /^news-dev10-/u],
  ['dev: news-dev11', /^news-dev11-/u],
  ['dev: news-dev12', /^news-dev12-/u],
  ['dev: gum', /^gum-/u],
  ['held: biz-held', /^biz-held-/u],
  ['held: news-held', /^news-held-/u],
  ['held: news-held2', /^news-held2-/u],
  ['held: news-held3', /^news-held3-/u],
  ['held: news-held4', /^news-held4-/u],
  ['held: news-held5', /^news-held5-/u],
  ['held: news-held7', /^news-held7-/u],
  ['held: news-held9', /^news-held9-/u],
  ['held: news-held10', /^news-held10-/u],
  ['held: news-held11', /^news-held11-/u],
  ['held: news-lead10', /^news-lead10-/u],
  ['held: news-dates12-held', /^news-dates12-held-/u],
  ['held: news-titles12', /^news-titles12-/u],
  ['held: news-held12', /^news-held12-/u],
];

const folder = join(root, 'test/fixtures/gold');
const names = readdirSync(folder).filter((name) => name.endsWith('.json'));
const groups = new Map<string, string[]>();
if (positionals.length === 0)
  for (const [group, pattern] of GROUPS)
    groups.set(
      group,
      names.filter((name) => pattern.test(name)).map((name) => join(folder, name)),
    );
for (const dir of positionals)
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort())
    groups.set(setOf(name), [...(groups.get(setOf(name)) ?? []), join(dir, name)]);
const rows: Record<string, { f1: number; personP: number; orgR: number }> = {};
for (const [group, files] of groups) {
  if (values.only !== undefined && !group.includes(values.only)) continue;
  if (files.length === 0) continue;
  const { report } = await evaluateGoldFiles(files);
  const e = report.entities;
  rows[group] = {
    f1: e.f1,
    personP: e.byType.person.precision,
    orgR: e.byType.organization.recall,
  };
  if (!values.json)
    process.stdout.write(
      `${group.padEnd(20)} F1 ${e.f1.toFixed(3)}  perP ${e.byType.person.precision.toFixed(3)}  orgR ${e.byType.organization.recall.toFixed(3)}  (${files.length} files)\n`,
    );
}
if (values.json) process.stdout.write(JSON.stringify(rows) + '\n');
