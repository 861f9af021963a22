import { readCatalogFile } from '../../electron/core/store/catalog-file.ts';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { withService } from '../../electron/cli/notebook-session.ts';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { localApi } from '../../electron/core/api/dispatch.ts';
import type { NotebookEvent } from '../../electron/common/api/contract.ts';
import type { ArticleId } from '../../electron/common/model/ids.ts';
import { tempFolder } from '../support/temp-folder.ts';

// Issue 21: a missing or damaged catalog (cache/catalog.json) of a large notebook is rebuilt in
// the background, with progress, while the notebook answers. A large rebuild is injected: from
// one article on, and held before each batch of 32 files until the test lets it go.

const ARTICLES = 70;
const DAMAGED = '{"format":"dossier-catalog","version":3,"articles":[[1,2,';

/** A closed notebook of ARTICLES articles, "Newton" marked in the first, its catalog damaged. */
async function damagedNotebook(): Promise<{ folder: string; ids: ArticleId[] }> {
  const folder = await tempFolder();
  const service = await NotebookService.open(folder);
  const api = localApi(service);
  const ids: ArticleId[] = [];
  for (let i = 0; i < ARTICLES; i++) {
    const text = `Report ${i}: Newton met the delegation in Nairobi on Monday.`;
    ids.push((await api.addText({ title: `Report ${i}`, text })).id);
  }
  const start = `Report 0: `.length;
  await api.markMention({
    articleId: ids[0]!,
    start,
    end: start + 'Newton'.length,
    quote: 'Newton',
    target: { type: 'person' },
  });
  await service.close();
  await writeFile(join(folder, 'cache', 'catalog.json'), DAMAGED);
  return { folder, ids };
}

/** The notebook opened with its rebuild held until `release()`; the events it sent. */
async function openHeld(folder: string) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let batches = 0;
  const service = await NotebookService.open(folder, {
    catalogRebuild: {
      inBackgroundFrom: 1,
      beforeBatch: () => {
        batches++;
        return held;
      },
    },
  });
  const events: NotebookEvent[] = [];
  service.onEvent((event) => events.push(event));
  return { service, api: localApi(service), release, events, batches: () => batches };
}

describe('a damaged catalog of a large notebook (issue 21)', () => {
  it('is kept aside, rebuilt in the background with progress, and the notebook answers meanwhile', async () => {
    const { folder, ids } = await damagedNotebook();
    const { service, api, release, events } = await openHeld(folder);

    const info = await api.info({});
    expect(info.articleCount).toBe(ARTICLES);
    expect(info.catalogRebuild).toMatchObject({ done: 0, total: ARTICLES });
    const kept = info.catalogRebuild!.damagedCopy!;
    expect(kept).toMatch(/^cache\/catalog\.damaged-\d{8}-\d{6}\.\d{3}\.json$/);
    expect(await readFile(join(folder, kept), 'utf8')).toBe(DAMAGED);
    expect(info.damaged).toEqual([]);

    // The lists hold what is read so far; an article asked for is read at once and joins them.
    expect(await api.listArticles({})).toEqual([]);
    expect((await api.getArticle({ id: ids[5]! })).title).toBe('Report 5');
    expect((await api.listArticles({})).map((a) => a.id)).toEqual([ids[5]]);
    const sorted = [...ids].sort();
    expect((await api.info({})).catalogRebuild).toMatchObject({ done: 1, total: ARTICLES });

    // A write to an article not read yet is kept: the rebuild does not bring back the old title.
    await api.updateArticle({ id: ids[60]!, metadata: { title: 'Renamed while rebuilding' } });
    // An edit of the registry reaches the mentions of articles not read yet.
    const [entity] = await api.listEntities({});
    await api.deleteEntity({ id: entity!.id });

    release();
    await service.store.articlesComplete();
    expect(events).toContainEqual({
      type: 'catalog-progress',
      done: ARTICLES,
      total: ARTICLES,
      damagedCopy: kept,
    });
    expect(events.at(-1)).toMatchObject({ type: 'changed', touched: { notebook: true } });
    const listed = await api.listArticles({});
    expect(listed.map((a) => a.id).sort()).toEqual(sorted);
    expect(listed.find((a) => a.id === ids[60])?.title).toBe('Renamed while rebuilding');
    expect(listed.every((a) => a.mentionCount === 0)).toBe(true);
    expect((await api.info({})).catalogRebuild).toBeNull();
    await service.close();

    // Written once rebuilt, in the order of the files (the articles read and written meanwhile
    // too), as a catalog read whole; the damaged copy is still as it was; the next open reads no
    // file.
    const written = (await readCatalogFile(folder)).catalog!;
    expect(written.entries.map((entry) => entry.summary.id)).toEqual(sorted);
    expect(await readFile(join(folder, kept), 'utf8')).toBe(DAMAGED);
    const reopened = await openHeld(folder);
    expect(reopened.service.store.catalogRebuild).toBeNull();
    expect(await reopened.api.listArticles({})).toHaveLength(ARTICLES);
    expect(reopened.batches()).toBe(0);
    await reopened.service.close();
  });

  it('stops when the notebook closes, and the next open reads only the rest', async () => {
    const { folder } = await damagedNotebook();
    const { service, release } = await openHeld(folder);
    const closing = service.close();
    release(); // the batch under way is read, then the rebuild stops
    await closing;
    const reopened = await openHeld(folder);
    expect(reopened.service.store.catalogRebuild).toMatchObject({ done: 0, total: ARTICLES - 32 });
    expect(await reopened.api.listArticles({})).toHaveLength(32);
    reopened.release();
    await reopened.service.store.articlesComplete();
    expect(await reopened.api.listArticles({})).toHaveLength(ARTICLES);
    await reopened.service.close();
  });

  it('an import during a rebuild waits for it, and finds a duplicate among articles not read yet', async () => {
    const { folder, ids } = await damagedNotebook();
    const { service, release } = await openHeld(folder);
    const text = (await readFile(join(folder, 'articles', `${ids[40]}.json`), 'utf8')).match(
      /"text": ?"([^"]*)"/,
    )![1]!;
    const file = join(await tempFolder(), 'again.txt');
    await writeFile(file, text);
    const importing = service.importPaths([file]);
    release();
    const [result] = await importing;
    expect(result).toMatchObject({ status: 'duplicate', id: ids[40] });
    await service.close();
  });

  it('the CLI says how far the rebuild got on stderr and answers from every article', async () => {
    const { folder } = await damagedNotebook();
    // The rebuild is held until the CLI has said that it started.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((line) => {
      if (String(line).startsWith('Rebuilding')) release();
      return true;
    });
    try {
      const listed = await withService(
        folder,
        { catalogRebuild: { inBackgroundFrom: 1, beforeBatch: () => held } },
        async (service) => (await localApi(service).listArticles({})).length,
      );
      expect(listed).toBe(ARTICLES);
      const lines = stderr.mock.calls.map(([line]) => String(line));
      expect(lines[0]).toMatch(
        /^The list of articles was damaged; it was kept as cache\/catalog\.damaged-.*\.json and is rebuilt from the articles\.\n$/,
      );
      expect(lines).toContain('Rebuilding the list of articles: 0 of 70\n');
      expect(lines).toContain('Rebuilding the list of articles: 70 of 70\n');
    } finally {
      stderr.mockRestore();
    }
  });

  it('a small notebook is rebuilt before the open returns; its damaged catalog is kept too', async () => {
    const { folder } = await damagedNotebook();
    const service = await NotebookService.open(folder);
    expect(service.store.catalogRebuild).toBeNull();
    expect(await localApi(service).listArticles({})).toHaveLength(ARTICLES);
    await service.close();
    const cache = await readdir(join(folder, 'cache'));
    const kept = cache.filter((name) => name.startsWith('catalog.damaged-'));
    expect(kept).toHaveLength(1);
    expect(await readFile(join(folder, 'cache', kept[0]!), 'utf8')).toBe(DAMAGED);
    expect(await readCatalogFile(folder)).toMatchObject({
      catalog: { upgraded: false },
      damaged: false,
    });
    // The catalog written is read as it is (an article mentioning the only entity once
    // included: its count was once checked as an entity's number, and the catalog rebuilt).
    const again = await NotebookService.open(folder);
    expect(again.store.catalogRebuild).toBeNull();
    await again.close();
    const after = await readdir(join(folder, 'cache'));
    expect(after.filter((name) => name.startsWith('catalog.damaged-'))).toEqual(kept);
  });
});
