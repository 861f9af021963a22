import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DossierError } from '../errors.ts';
import { NotebookService } from '../service/notebook-service.ts';
import { newArticle } from '../service/new-article.ts';
import type { EntitySuggestion } from '../suggest/entity-suggestion.ts';
import type { PartialIsoDate } from '../model/dates.ts';
import { evaluateFiles, type EvalRun } from './run-eval.ts';

/**
 * `dossier eval`: for each gold file, a temporary notebook holding its exact text and
 * publication date, the notebook's own suggestions for it (the path the app takes, cold
 * start), scored as eval/FORMAT.md defines. Folders are read for their *.json files.
 */
export async function evaluateGoldFiles(paths: string[]): Promise<EvalRun> {
  return evaluateFiles(await goldPaths(paths), async (text, published) => {
    const folder = await mkdtemp(join(tmpdir(), 'dossier-eval-'));
    const service = await NotebookService.open(folder, {
      app: 'dossier eval',
      readOnThisThread: true,
    });
    try {
      const article = newArticle(
        { title: 'Gold article', published: published as PartialIsoDate },
        text,
        null,
        {
          verbatim: true,
        },
      );
      await service.store.putArticle(article);
      const suggestions = await service.listSuggestions({ articleId: article.id });
      const entities = suggestions.map(
        ({ entityName: _name, ...rest }) => rest as EntitySuggestion,
      );
      const candidates = await service.listEventSuggestions({ articleId: article.id });
      const events = candidates.map((event) => ({
        evidence: event.evidence,
        date_start: event.date?.start ?? null,
        date_end: event.date?.end ?? null,
      }));
      return { entities, events };
    } finally {
      await service.close();
      await rm(folder, { recursive: true, force: true });
    }
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
