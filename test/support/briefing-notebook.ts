import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { localApi } from '../../electron/core/api/dispatch.ts';
import type { NotebookApi } from '../../electron/common/api/contract.ts';
import type { BriefingId } from '../../electron/common/model/briefing.ts';

export const FIXTURES = resolve(import.meta.dirname, '../fixtures');

/**
 * The notebook of issue 6's "done when": the wire story of test/fixtures/articles/ plus ten State
 * Department press releases, every entity and event suggestion accepted, and one highlight.
 */
export async function sampleNotebook(folder: string): Promise<{
  service: NotebookService;
  api: NotebookApi;
}> {
  const service = await NotebookService.open(folder);
  const api = localApi(service);
  const stateDept = join(FIXTURES, 'state-dept');
  const ten = readdirSync(stateDept)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .slice(0, 10)
    .map((name) => join(stateDept, name));
  const results = await service.importPaths([join(FIXTURES, 'articles'), ...ten]);
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
  const wire = (await api.listArticles({})).find((a) => a.source.includes('Harbor Wire'));
  if (wire === undefined) throw new Error('the wire story is missing');
  const { text } = await api.getArticle({ id: wire.id });
  const start = text.indexOf('US Secretary of State Antony Blinken');
  if (start < 0) throw new Error('no sentence to highlight');
  const quote = text.slice(start, text.indexOf('.', start) + 1);
  await api.addHighlight({
    articleId: wire.id,
    start,
    end: start + quote.length,
    quote,
    comment: 'First joint trip of the two secretaries.',
  });
  return { service, api };
}

/**
 * A briefing in `api`'s notebook with the default sections, its first (text) section's Markdown
 * made by `markdown` from the notebook's events and the wire story.
 */
export async function sampleBriefing(
  api: NotebookApi,
  fields: { title: string; classification: string },
  markdown: (ids: { event: string; wire: string }) => string,
): Promise<BriefingId> {
  const { id } = await api.createBriefing({ title: fields.title });
  const [event] = await api.listEvents({});
  const wire = (await api.listArticles({})).find((a) => a.source.includes('Harbor Wire'));
  if (event === undefined || wire === undefined) throw new Error('the sample has no events');
  const briefing = await api.getBriefing({ id });
  await api.updateBriefing({
    id,
    author: 'A. Analyst',
    date: '2022-07-12',
    classification: fields.classification,
    sections: [
      {
        kind: 'text',
        id: briefing.sections[0]!.id,
        heading: 'Bottom line up front',
        markdown: markdown({ event: event.id, wire: wire.id }),
      },
      ...briefing.sections.slice(1),
    ],
  });
  return id;
}
