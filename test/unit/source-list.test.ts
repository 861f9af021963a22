import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localApi } from '../../electron/core/api/dispatch.ts';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { tempFolder } from '../support/temp-folder.ts';

const TEXT = 'Blinken met Motegi in Tokyo.\n\nThe talks went on.';

describe('the sources the reads list', () => {
  it('are built once per change of the articles or sources.json, and follow every change', async () => {
    const service = await NotebookService.open(join(await tempFolder(), 'nb'));
    const api = localApi(service);
    const names = async () => (await api.listSources({})).map((s) => `${s.name} ${s.reliability}`);
    await api.addText({ title: 'One', text: TEXT, source: 'Reuters' });

    // Two reads with no change between them share one registry (the records are the same).
    const [first] = await api.listSources({});
    const [again] = await api.listSources({});
    expect(again).toBe(first);

    const { id } = await api.addText({ title: 'Two', text: TEXT, source: 'Kyodo News' });
    expect(await names()).toEqual(['Kyodo News null', 'Reuters null']);
    await api.updateSource({ id: 'Reuters', reliability: 'B' });
    expect(await names()).toEqual(['Kyodo News null', 'Reuters B']);
    await api.undo({});
    expect(await names()).toEqual(['Kyodo News null', 'Reuters null']);
    await api.deleteArticle({ id });
    expect(await names()).toEqual(['Reuters null']);
    await service.close();
  });
});
