import { print, printJson, usageError } from './command-io.ts';
import type { CliOptions } from './options.ts';

/**
 * `dossier eval PATH...`: suggestions scored against gold files or folders; with --learn, each
 * file's gold learned before the next. Runs in a notebook of its own (core/eval).
 */
export function evalCommand(paths: string[], options: CliOptions): Promise<number> {
  if (paths.length === 0) throw usageError('eval needs gold files or folders');
  return options.learn ? evaluateLearning(paths, options.json) : evaluate(paths, options.json);
}

async function evaluate(paths: string[], json: boolean): Promise<number> {
  const { evaluateGoldFiles } = await import('../core/eval/eval-notebook.ts');
  const { prf } = await import('../core/eval/score.ts');
  const { report, counts, perFile } = await evaluateGoldFiles(paths);
  if (json) {
    printJson(report);
    return 0;
  }
  const row = (name: string, p: { precision: number; recall: number; f1: number }) =>
    `${name.padEnd(14)} P ${p.precision.toFixed(3)}  R ${p.recall.toFixed(3)}  F1 ${p.f1.toFixed(3)}`;
  print(`${report.files} gold files`);
  print(row('entities', report.entities));
  for (const [type, score] of Object.entries(report.entities.byType))
    print(row(`  ${type}`, score));
  print(row('events', report.events));
  print(
    `dates          accuracy ${report.dates.accuracy.toFixed(3)} of ${report.dates.dated} dated events`,
  );
  print(`${row('participants', prf(counts.participants))} (of the matched events)`);
  for (const file of perFile)
    print(
      `  ${file.id}: entities F1 ${file.report.entities.f1.toFixed(3)}, events F1 ${file.report.events.f1.toFixed(3)}`,
    );
  return 0;
}

async function evaluateLearning(paths: string[], json: boolean): Promise<number> {
  const { evaluateLearning: run } = await import('../core/eval/eval-notebook.ts');
  const { cold, learned, curve } = await run(paths);
  if (json) {
    printJson({ cold, learned, curve });
    return 0;
  }
  print(
    `learning curve (entity F1 of each file before its decisions): ${curve.map((f) => f.toFixed(3)).join(' ')}`,
  );
  const half = `second half (last ${learned.files} of ${curve.length} files)`;
  print(
    `${half}: entity F1 ${learned.entities.f1.toFixed(3)} learned, ${cold.entities.f1.toFixed(3)} cold start`,
  );
  for (const [type, score] of Object.entries(learned.entities.byType))
    print(
      `  ${type.padEnd(12)} F1 ${score.f1.toFixed(3)} learned, ${cold.entities.byType[type as keyof typeof cold.entities.byType].f1.toFixed(3)} cold start`,
    );
  return 0;
}
