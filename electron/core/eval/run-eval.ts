import type { EntitySuggestion } from '../suggest/entity-suggestion.ts';
import { loadGoldFile, type GoldFile } from './gold-file.ts';
import type { EvalCounts, EvalReport, SuggestedEvent } from './score.ts';
import { addEvalCounts, countFile, emptyEvalCounts, reportFromCounts } from './score.ts';

export interface SuggestionsForText {
  entities: EntitySuggestion[];
  events: SuggestedEvent[];
}

/** The suggestion path under test: given an article's text and publication date (YYYY-MM-DD). */
export type SuggestFn = (
  text: string,
  published: string,
) => SuggestionsForText | Promise<SuggestionsForText>;

export interface FileEvalReport {
  path: string;
  id: string;
  report: EvalReport;
  counts: EvalCounts;
}

export interface EvalRun {
  report: EvalReport;
  /** the summed counts behind `report` (participants too, which the report leaves out) */
  counts: EvalCounts;
  perFile: FileEvalReport[];
}

/**
 * Loads each gold file (refusing one whose offsets do not match its text), runs the suggestion
 * path on its exact text and scores it. Files run one after another so that timing-sensitive
 * suggestion paths are not measured against each other.
 */
export async function evaluateFiles(
  paths: string[],
  suggest: SuggestFn,
  /** Called after each file is scored, before the next one (dossier eval --learn). */
  afterFile?: (gold: GoldFile, scored: SuggestionsForText) => Promise<void>,
): Promise<EvalRun> {
  let total = emptyEvalCounts();
  const perFile: FileEvalReport[] = [];
  for (const path of paths) {
    const gold = await loadGoldFile(path);
    const { entities, events } = await suggest(gold.text, gold.published);
    const counts = countFile({ gold, entities, events });
    total = addEvalCounts(total, counts);
    perFile.push({ path, id: gold.id, report: reportFromCounts(counts), counts });
    await afterFile?.(gold, { entities, events });
  }
  return { report: reportFromCounts(total), counts: total, perFile };
}
