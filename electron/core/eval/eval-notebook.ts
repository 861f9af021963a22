import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DossierError } from '../../common/errors.ts';
import { NotebookService } from '../service/notebook-service.ts';
import { newArticle } from '../service/new-article.ts';
import type { EntitySuggestion } from '../suggest/entity-suggestion.ts';
import type { PartialIsoDate } from '../../common/model/dates.ts';
import type { ArticleId } from '../../common/model/ids.ts';
import type { GoldFile } from './gold-file.ts';
import { evaluateFiles, type EvalRun, type SuggestionsForText } from './run-eval.ts';
import { addEvalCounts, emptyEvalCounts, reportFromCounts, type EvalReport } from './score.ts';

/**
 * `dossier eval`: for each gold file, a temporary notebook holding its exact text and
 * publication date, the notebook's own suggestions for it (the path the app takes, cold
 * start), scored as eval/FORMAT.md defines. Folders are read for their *.json files.
 */
export async function evaluateGoldFiles(
  paths: string[],
  /** Handed each file's gold and suggestions (scripts/event-titles.ts reads the titles). */
  afterFile?: (gold: GoldFile, scored: SuggestionsForText) => Promise<void>,
): Promise<EvalRun> {
  return evaluateFiles(
    await goldPaths(paths),
    (text, published) =>
      withNotebook(async (service) => (await suggestIn(service, text, published)).suggestions),
    afterFile,
  );
}

/** `dossier eval --learn`: the second half of the files, cold and after learning, and the curve. */
export interface LearningRun {
  cold: EvalReport;
  learned: EvalReport;
  /** entity F1 of each file in turn, scored before its own decisions are applied */
  curve: number[];
}

/**
 * `dossier eval --learn`: one notebook for all the files, in order. Each file is scored, then
 * its gold is applied as the analyst's decisions (accept the right suggestions, reject the
 * wrong ones, mark what was missed) before the next file. The second half of the files is
 * reported twice: as learned, and cold (each file in a notebook of its own).
 */
export async function evaluateLearning(
  paths: string[],
  /** Handed each file's gold and its suggestions as learned, before its decisions (calibrate). */
  afterFile?: (gold: GoldFile, scored: SuggestionsForText) => Promise<void>,
): Promise<LearningRun> {
  const files = await goldPaths(paths);
  const cold = await evaluateGoldFiles(files);
  const learned = await withNotebook(async (service) => {
    let articleId: ArticleId | null = null;
    return evaluateFiles(
      files,
      async (text, published) => {
        const found = await suggestIn(service, text, published);
        articleId = found.articleId;
        return found.suggestions;
      },
      async (gold, scored) => {
        await afterFile?.(gold, scored);
        await applyGold(service, articleId!, gold, scored);
      },
    );
  });
  const secondHalf = (run: EvalRun) =>
    reportFromCounts(
      run.perFile
        .slice(Math.floor(run.perFile.length / 2))
        .reduce((sum, file) => addEvalCounts(sum, file.counts), emptyEvalCounts()),
    );
  return {
    cold: secondHalf(cold),
    learned: secondHalf(learned),
    curve: learned.perFile.map((file) => file.report.entities.f1),
  };
}

async function withNotebook<T>(use: (service: NotebookService) => Promise<T>): Promise<T> {
  const folder = await mkdtemp(join(tmpdir(), 'dossier-eval-'));
  const service = await NotebookService.open(folder, {
    app: 'dossier eval',
    readOnThisThread: true,
  });
  try {
    return await use(service);
  } finally {
    await service.close();
    await rm(folder, { recursive: true, force: true });
  }
}

async function suggestIn(
  service: NotebookService,
  text: string,
  published: string,
): Promise<{ articleId: ArticleId; suggestions: SuggestionsForText }> {
  const article = newArticle(
    { title: 'Gold article', published: published as PartialIsoDate },
    text,
    null,
    { verbatim: true },
  );
  await service.store.putArticle(article);
  const suggestions = await service.listSuggestions({ articleId: article.id });
  const entities = suggestions.map(({ entityName: _name, ...rest }) => rest as EntitySuggestion);
  const candidates = await service.listEventSuggestions({ articleId: article.id });
  const events = candidates.map((event) => ({
    evidence: event.evidence,
    date_start: event.date?.start ?? null,
    date_end: event.date?.end ?? null,
    title: event.title,
    participants: event.participants.map((p) => p.entityName ?? p.text),
    location: event.location === null ? null : (event.location.entityName ?? event.location.text),
  }));
  return { articleId: article.id, suggestions: { entities, events } };
}

/** The analyst's decisions that the gold file stands for, made through the notebook's API. */
async function applyGold(
  service: NotebookService,
  articleId: ArticleId,
  gold: GoldFile,
  scored: SuggestionsForText,
): Promise<void> {
  const right = new Set<string>();
  for (const entity of gold.entities) {
    for (const m of entity.mentions) right.add(`${m.start}:${m.end}:${entity.type}`);
  }
  // A wrong suggestion gets the plain Reject (this article only). Rejecting everywhere each
  // text the file does not name guessed the analyst's mind: "France" or "Paris" read where the
  // gold names something longer was then never suggested again, and the model, which learns
  // from rejected spans only, never saw the junk (docs/EVAL.md, learn20). A text the analyst
  // rejects in two articles and marks nowhere is no longer offered anyway (decided-texts.ts).
  const accepted = new Set<string>();
  for (const s of scored.entities) {
    const key = `${s.start}:${s.end}:${s.type}`;
    if (right.has(key)) {
      await tolerated(service.acceptSuggestions({ articleId, start: s.start, end: s.end }));
      accepted.add(key);
    } else {
      await tolerated(
        service.rejectSuggestion({ articleId, start: s.start, end: s.end, everywhere: false }),
      );
    }
  }
  for (const entity of gold.entities) {
    for (const m of entity.mentions) {
      if (accepted.has(`${m.start}:${m.end}:${entity.type}`)) continue;
      await tolerated(
        service.markMention({
          articleId,
          start: m.start,
          end: m.end,
          quote: m.text,
          target: { type: entity.type, name: entity.name },
        }),
      );
    }
  }
}

/**
 * A decision the notebook refuses (a suggestion an earlier acceptance closed, a mention across
 * paragraphs) is skipped, as an analyst would: the run goes on.
 */
async function tolerated(decision: Promise<unknown>): Promise<void> {
  await decision.catch((error: unknown) => {
    if (!(error instanceof DossierError)) throw error;
  });
}

async function goldPaths(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info === null) throw new DossierError('io', `${path}: no such file or folder`, path);
    if (info.isDirectory()) {
      const names = (await readdir(path)).filter((name) => name.endsWith('.json')).sort();
      files.push(...names.map((name) => join(path, name)));
    } else {
      files.push(path);
    }
  }
  return files;
}
