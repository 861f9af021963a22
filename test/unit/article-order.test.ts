import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localApi } from '../../electron/core/api/dispatch.ts';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import type { ArticleId } from '../../electron/common/model/ids.ts';
import { addedTime, summariesNewestFirst } from '../../electron/core/store/article-order.ts';
import type { CatalogEntry } from '../../electron/core/store/catalog-file.ts';
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

/** The catalog's order newest first, by numeric keys, against the order's definition. */
describe('summariesNewestFirst', () => {
  const entryOf = (id: string, addedAt: string) =>
    ({ summary: { id, addedAt }, addedMs: addedTime(addedAt) }) as unknown as CatalogEntry;
  const reference = (entries: CatalogEntry[]) =>
    entries
      .map((entry) => entry.summary)
      .sort((a, b) =>
        a.addedAt !== b.addedAt ? (a.addedAt < b.addedAt ? 1 : -1) : a.id < b.id ? -1 : 1,
      )
      .map((summary) => summary.id);
  let seed = 7;
  const random = (n: number) => ((seed = (seed * 48271) % 2147483647) % n) + 0;
  const isoOf = (ms: number) => new Date(ms).toISOString();

  it('orders many articles sharing instants, in the files order or not, as the definition says', async () => {
    const base = Date.parse('2024-01-01T00:00:00.000Z');
    const ids = Array.from(
      { length: 5000 },
      (_, i) => `a${String(i).padStart(5, '0')}${random(1000)}`,
    );
    const entries = ids.map((id) => entryOf(id, isoOf(base + random(40) * 1000 + random(2))));
    // As a catalog holds them (the files' order), then with articles added since at the end,
    // then shuffled.
    const added = ids.slice(0, 300).map((id) => entryOf(`z${id}`, isoOf(base + random(40) * 1000)));
    const shuffled = [...entries].sort(() => random(3) - 1);
    for (const list of [entries, [...entries, ...added], [...added, ...entries], shuffled]) {
      const listed = (await summariesNewestFirst(list)).map((summary) => summary.id);
      expect(listed).toEqual(reference(list));
    }
  });

  it('orders times centuries apart, and a time written in another form, as the definition says', async () => {
    const entries = [
      entryOf('b', '1500-01-01T00:00:00.000Z'),
      entryOf('a', '2026-03-01T10:00:00.500Z'),
      entryOf('c', '2026-03-01T10:00:00Z'),
      entryOf('d', '2101-06-01T00:00:00.000Z'),
    ];
    for (const list of [entries, entries.slice(0, 2).concat(entries[3]!)]) {
      const listed = (await summariesNewestFirst(list)).map((summary) => summary.id);
      expect(listed).toEqual(reference(list));
    }
  });
});
