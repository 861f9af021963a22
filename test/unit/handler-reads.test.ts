import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localApi } from '../../electron/core/api/dispatch.ts';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { tempFolder } from '../support/temp-folder.ts';

const wire = readFileSync(
  join(import.meta.dirname, '../fixtures/articles/wire-2021-03-16-blinken-austin.txt'),
  'utf8',
);

describe('request handlers and the article files (issue 20)', () => {
  it('read articles by async fs before their commands: no file is read synchronously', async () => {
    const folder = join(await tempFolder(), 'nb');
    const first = await NotebookService.open(folder, { readOnThisThread: true });
    const added = localApi(first);
    const { id } = await added.addText({ title: 'Visit', text: wire, published: '2021-03-16' });
    const { id: other } = await added.addText({
      title: 'Talks',
      text: 'TIRANA (Reuters) - Antony J. Blinken met Prime Minister Edi Rama in Tirana on March 16, 2021.',
      published: '2021-03-16',
    });
    await first.close();

    // Opened again: no article is in memory, every one must come from its file.
    const service = await NotebookService.open(folder, { readOnThisThread: true });
    const api = localApi(service);
    expect((await api.getArticle({ id })).title).toBe('Visit');
    expect((await api.listSuggestions({ articleId: other })).length).toBeGreaterThan(0);
    await api.listEventSuggestions({ articleId: other });
    await api.listSuggestionGroups({});
    await api.listHighlights({});
    await api.listRelationSuggestions({});
    await api.updateArticle({ id, metadata: { title: 'Visit to Tokyo' } });
    expect((await api.acceptSuggestions({})).accepted).toBeGreaterThan(0);
    await api.deleteArticle({ id: other });
    expect(service.store.syncArticleReads).toBe(0);
    await service.close();
  });
});
