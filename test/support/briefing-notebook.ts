import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { localApi } from '../../electron/core/api/dispatch.ts';
import type { NotebookApi } from '../../electron/core/api/contract.ts';

export const SAMPLES = resolve(import.meta.dirname, '../../../shared/samples');

/**
 * The notebook of issue 6's "done when": ../shared/samples/articles/ plus ten State Department
 * press releases, every entity and event suggestion accepted, and one highlight.
 */
export async function sampleNotebook(folder: string): Promise<{
  service: NotebookService;
  api: NotebookApi;
}> {
  const service = await NotebookService.open(folder);
  const api = localApi(service);
  const stateDept = join(SAMPLES, 'state-dept');
  const ten = readdirSync(stateDept)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .slice(0, 10)
    .map((name) => join(stateDept, name));
  const results = await service.importPaths([join(SAMPLES, 'articles'), ...ten]);
  if (results.some((r) => r.status === 'failed')) throw new Error('a sample did not import');
  await api.acceptSuggestions({});
  for (const article of await api.listArticles({})) {
    for (let guard = 0; guard < 200; guard++) {
      const [candidate] = await api.listEventSuggestions({ articleId: article.id });
      if (candidate === undefined) break;
      await api.acceptEventSuggestion({
        articleId: article.id,
        candidateId: candidate.candidateId,
      });
    }
  }
  // A highlight in the Blinken–Austin article: the first sentence that names them both.
  const urdu = (await api.listArticles({})).find((a) => a.source.includes('UrduPoint'));
  if (urdu === undefined) throw new Error('the UrduPoint sample is missing');
  const { text } = await api.getArticle({ id: urdu.id });
  const start = text.indexOf('US Secretaries of State and Defense');
  if (start < 0) throw new Error('no sentence to highlight');
  const quote = text.slice(start, text.indexOf('.', start) + 1);
  await api.addHighlight({
    articleId: urdu.id,
    start,
    end: start + quote.length,
    quote,
    comment: 'First joint trip of the two secretaries.',
  });
  return { service, api };
}
