import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localApi } from '../../electron/core/api/dispatch.ts';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { tempFolder } from '../support/temp-folder.ts';
import { span } from '../support/notebook-with-article.ts';

describe('briefing fixes (issue 18)', () => {
  it('a new briefing is not titled after the notebook folder, and two are told apart', async () => {
    const service = await NotebookService.open(join(await tempFolder(), 'Research.dossier'));
    const api = localApi(service);
    await api.createBriefing({});
    await api.createBriefing({});
    expect((await api.listBriefings({})).map((b) => b.title)).toEqual([
      'Untitled briefing',
      'Untitled briefing 2',
    ]);
    await service.close();
  });

  it('the briefing created or edited last is the one the view reopens, across a reopen of the notebook', async () => {
    const folder = join(await tempFolder(), 'nb');
    let service = await NotebookService.open(folder);
    let api = localApi(service);
    const last = async () => (await api.listBriefings({})).filter((b) => b.lastEdited);
    expect(await last()).toEqual([]);
    const { id: first } = await api.createBriefing({ title: 'First' });
    const { id: second } = await api.createBriefing({ title: 'Second' });
    expect((await last()).map((b) => b.id)).toEqual([second]);
    await api.updateBriefing({ id: first, author: 'Analyst' });
    expect((await last()).map((b) => b.id)).toEqual([first]);
    await service.close();

    service = await NotebookService.open(folder);
    api = localApi(service);
    expect((await last()).map((b) => b.id)).toEqual([first]);
    // Deleted, it is no longer the one to reopen; undo brings both back.
    await api.deleteBriefing({ id: first });
    expect(await last()).toEqual([]);
    await api.undo({});
    expect((await last()).map((b) => b.id)).toEqual([first]);
    await service.close();
  });

  it('one filter for the whole briefing narrows every generated section, with each section’s own', async () => {
    const service = await NotebookService.open(join(await tempFolder(), 'nb'));
    const api = localApi(service);
    const add = async (title: string, text: string, tags: string[]) => {
      const { id } = await api.addText({ title, text });
      await api.updateArticle({ id, metadata: { tags } });
      await api.addHighlight({ articleId: id, ...span(text, text), comment: '' });
    };
    await add('Tokyo', 'Talks in Tokyo went well.', ['asia']);
    await add('Seoul', 'Talks in Seoul went on.', ['asia', 'korea']);
    await add('Paris', 'Talks in Paris ended.', ['europe']);
    const { id } = await api.createBriefing({ title: 'Asia' });
    const quotes = { kind: 'quotes' as const, heading: 'Quotes', filter: {} };
    await api.updateBriefing({ id, filter: { tags: ['asia'] }, sections: [quotes] });
    let { markdown } = await api.renderBriefing({ id });
    expect(markdown).toContain('Talks in Tokyo went well.');
    expect(markdown).toContain('Talks in Seoul went on.');
    expect(markdown).not.toContain('Talks in Paris ended.');
    await api.updateBriefing({ id, sections: [{ ...quotes, filter: { tags: ['korea'] } }] });
    ({ markdown } = await api.renderBriefing({ id }));
    expect(markdown).not.toContain('Talks in Tokyo went well.');
    expect(markdown).toContain('Talks in Seoul went on.');
    await expect(api.updateBriefing({ id, filter: { from: 'soon' } as never })).rejects.toThrow();
    expect((await api.getBriefing({ id })).filter).toEqual({ tags: ['asia'] });
    await service.close();
  });
});
