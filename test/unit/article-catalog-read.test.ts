import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { localApi } from '../../electron/core/api/dispatch.ts';
import { ArticleCatalog } from '../../electron/core/store/article-catalog.ts';
import type { ArticleId } from '../../electron/common/model/ids.ts';
import type { DamagedFile } from '../../electron/common/model/notebook.ts';
import { tempFolder } from '../support/temp-folder.ts';

/** A closed notebook with two articles, and a catalog of it opened read-only. */
async function twoArticles(): Promise<{ folder: string; ids: ArticleId[] }> {
  const folder = await tempFolder();
  const service = await NotebookService.open(folder);
  const api = localApi(service);
  const ids: ArticleId[] = [];
  for (const title of ['Talks in Tokyo', 'Talks in Nairobi']) {
    ids.push((await api.addText({ title, text: `${title} resumed on Monday.` })).id);
  }
  await service.close();
  return { folder, ids };
}

async function openCatalog(
  folder: string,
): Promise<{ catalog: ArticleCatalog; damaged: DamagedFile[] }> {
  const damaged: DamagedFile[] = [];
  const catalog = new ArticleCatalog(folder, false, damaged);
  await catalog.load();
  return { catalog, damaged };
}

describe('reading an article with async fs (catalog.read, the Reader’s open)', () => {
  it('gives the article that the synchronous read gives, and caches it', async () => {
    const { folder, ids } = await twoArticles();
    const { catalog } = await openCatalog(folder);
    const read = await catalog.read(ids[0]!);
    expect(read?.title).toBe('Talks in Tokyo');
    expect(catalog.stats.lazyLoads).toBe(1);
    expect(catalog.get(ids[0]!)).toBe(read); // from the cache: no second read
    expect(catalog.stats.lazyLoads).toBe(1);
    const { catalog: other } = await openCatalog(folder);
    expect(other.get(ids[0]!)).toEqual(read);
    expect(await catalog.read('a_missing' as ArticleId)).toBeUndefined();
  });

  it('refreshes the list’s entry of a file another program changed since the open', async () => {
    const { folder, ids } = await twoArticles();
    const { catalog } = await openCatalog(folder);
    const file = join(folder, 'articles', `${ids[1]}.json`);
    const article = JSON.parse(await readFile(file, 'utf8'));
    await writeFile(file, JSON.stringify({ ...article, title: 'Retitled elsewhere, at length' }));
    expect((await catalog.read(ids[1]!))?.title).toBe('Retitled elsewhere, at length');
    expect(catalog.summary(ids[1]!)?.title).toBe('Retitled elsewhere, at length');
  });

  it('reports a damaged file by name, leaves it as it is and drops it from the list', async () => {
    const { folder, ids } = await twoArticles();
    const { catalog, damaged } = await openCatalog(folder);
    const file = join(folder, 'articles', `${ids[0]}.json`);
    await writeFile(file, '{"id": "cut short');
    await expect(catalog.read(ids[0]!)).rejects.toThrow(`articles/${ids[0]}.json`);
    expect(await readFile(file, 'utf8')).toBe('{"id": "cut short');
    expect(catalog.has(ids[0]!)).toBe(false);
    expect(damaged.map((d) => d.file)).toEqual([`articles/${ids[0]}.json`]);
    expect(catalog.has(ids[1]!)).toBe(true);
  });

  it('reports a file that holds another article than its name says, when read and at open', async () => {
    const { folder, ids } = await twoArticles();
    const { catalog, damaged } = await openCatalog(folder);
    const [first, second] = [0, 1].map((i) => join(folder, 'articles', `${ids[i]}.json`));
    // The second article's file copied by hand over the first's.
    const copied = await readFile(second!, 'utf8');
    await writeFile(first!, copied);
    const message = `articles/${ids[0]}.json holds article ${ids[1]}, not ${ids[0]}`;
    expect(() => catalog.get(ids[0]!)).toThrow(message);
    expect(await readFile(first!, 'utf8')).toBe(copied);
    expect(damaged.map((d) => d.message)).toEqual([expect.stringContaining(message)]);
    // Opened again, the changed file is read for its entry: reported, and left out of the list.
    const { catalog: reopened, damaged: found } = await openCatalog(folder);
    expect(found.map((d) => d.message)).toEqual([expect.stringContaining(message)]);
    expect(reopened.ids()).toEqual([ids[1]]);
  });
});
