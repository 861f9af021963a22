import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localApi } from '../../electron/core/api/dispatch.ts';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import type { ArticleId } from '../../electron/common/model/ids.ts';
import { tempFolder } from '../support/temp-folder.ts';

/** The Library's list comes newest first, articles added at the same instant by id. */
describe('listArticles', () => {
  async function listedWith(times: string[]): Promise<{ listed: string[]; ids: string[] }> {
    const folder = join(await tempFolder('dossier-order-'), 'nb');
    const service = await NotebookService.open(folder);
    try {
      const api = localApi(service);
      const ids: string[] = [];
      for (const [i, addedAt] of times.entries()) {
        const { id } = await api.addText({ title: `Article ${i}`, text: `Text ${i}.` });
        const article = service.store.getArticle(id as ArticleId)!;
        await service.store.putArticle({ ...article, addedAt });
        ids.push(id);
      }
      return { listed: (await api.listArticles({})).map((summary) => summary.id), ids };
    } finally {
      await service.close();
    }
  }

  it('lists newest first, and by id at the same instant', async () => {
    const same = '2026-03-01T10:00:00.000Z';
    const { listed, ids } = await listedWith([
      '2025-01-01T00:00:00.000Z',
      same,
      '2026-12-07T01:00:00.000Z',
      same,
      '2024-06-14T12:00:05.000Z',
    ]);
    const [a, b] = [ids[1]!, ids[3]!].sort();
    expect(listed).toEqual([ids[2], a, b, ids[0], ids[4]]);
  });

  it('orders by id however many share an instant, whatever order they were added in', async () => {
    const same = '2026-03-01T10:00:00.000Z';
    const times = [
      '2026-04-01T00:00:00.000Z',
      ...Array<string>(8).fill(same),
      '2025-01-01T00:00:00.000Z',
    ];
    const { listed, ids } = await listedWith(times);
    expect(listed).toEqual([ids[0], ...ids.slice(1, 9).sort(), ids[9]]);
  });

  it('orders a time written by hand in another form as its text', async () => {
    // "…00Z" sorts after "…00.500Z" as text ("Z" > "."), though it is the earlier time.
    const { listed, ids } = await listedWith([
      '2026-03-01T10:00:00.500Z',
      '2026-03-01T10:00:00Z',
      '2026-01-01T00:00:00.000Z',
    ]);
    expect(listed).toEqual([ids[1], ids[0], ids[2]]);
  });
});
