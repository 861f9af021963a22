import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { localApi } from '../../electron/core/api/dispatch.ts';
import type { NotebookEvent } from '../../electron/common/api/contract.ts';
import { touches } from '../../electron/common/api/change.ts';
import { tempFolder } from '../support/temp-folder.ts';

const TEXT = 'Blinken met Motegi in Tokyo on March 16, 2021.\n\nThe talks went on.';

/** A notebook with one article, and the change events it sends from then on. */
async function notebook() {
  const service = await NotebookService.open(join(await tempFolder(), 'nb'));
  const api = localApi(service);
  const { id } = await api.addText({ title: 'Tokyo talks', text: TEXT, published: '2021-03-16' });
  const changes: Extract<NotebookEvent, { type: 'changed' }>[] = [];
  service.onEvent((event) => {
    if (event.type === 'changed') changes.push(event);
  });
  return { service, api, id, changes };
}

describe('change events say what each change touched', () => {
  it('a mark: its article and the registry; undo and redo: the same', async () => {
    const { service, api, id, changes } = await notebook();
    await api.markMention({
      articleId: id,
      start: 0,
      end: 7,
      quote: 'Blinken',
      target: { type: 'person', name: 'Antony Blinken' },
    });
    const touched = touches({ articles: [id], registry: true });
    expect(changes).toEqual([{ type: 'changed', label: expect.any(String), touched }]);
    await api.undo({});
    await api.redo({});
    expect(changes.slice(1).map((c) => c.touched)).toEqual([touched, touched]);
    expect(changes[1]!.label).toMatch(/^Undo /);
    await service.close();
  });

  it('an edit of an article’s metadata: that article alone', async () => {
    const { service, api, id, changes } = await notebook();
    await api.updateArticle({ id, metadata: { tags: ['alliance'] } });
    expect(changes.map((c) => c.touched)).toEqual([touches({ articles: [id] })]);
    await service.close();
  });

  it('an event: the events, and a briefing edit: the briefings, no article', async () => {
    const { service, api, id, changes } = await notebook();
    const [candidate] = await api.listEventSuggestions({ articleId: id });
    await api.acceptEventSuggestion({ articleId: id, candidateId: candidate!.candidateId });
    expect(changes.at(-1)!.touched).toMatchObject({ events: true, briefings: false });
    const { id: briefing } = await api.createBriefing({ title: 'Weekly' });
    await api.updateBriefing({ id: briefing, author: 'A. Analyst' });
    expect(changes.at(-1)!.touched).toEqual(touches({ briefings: true }));
    await service.close();
  });

  it('a deletion: the article and, when it was evidence, the events', async () => {
    const { service, api, id, changes } = await notebook();
    await api.addText({ title: 'Other', text: 'Nothing happens here.' });
    const [other] = (await api.listArticles({})).filter((a) => a.id !== id);
    await api.deleteArticle({ id: other!.id });
    expect(changes.at(-1)!.touched).toEqual(touches({ articles: [other!.id] }));
    const [candidate] = await api.listEventSuggestions({ articleId: id });
    await api.acceptEventSuggestion({ articleId: id, candidateId: candidate!.candidateId });
    await api.deleteArticle({ id });
    expect(changes.at(-1)!.touched).toEqual(touches({ articles: [id], events: true }));
    await service.close();
  });

  it('listArticles with ids: those articles’ summaries only, what a page refreshes', async () => {
    const { service, api, id } = await notebook();
    const { id: other } = await api.addText({ title: 'Other', text: 'Nothing happens here.' });
    expect(await api.listArticles({})).toHaveLength(2);
    expect((await api.listArticles({ ids: [id] })).map((a) => a.title)).toEqual(['Tokyo talks']);
    await api.deleteArticle({ id: other });
    expect(await api.listArticles({ ids: [other] })).toEqual([]);
    await service.close();
  });

  it('an import: the articles it added, one event per saved batch', async () => {
    const { service, api, changes } = await notebook();
    const data = Buffer.from('Seoul talks.\n\nThey went on.').toString('base64');
    const [result] = (await api.importFiles({ files: [{ name: 'seoul.txt', data }] })).results;
    expect(changes.map((c) => c.touched)).toEqual([touches({ articles: [result!.id!] })]);
    await service.close();
  });
});
