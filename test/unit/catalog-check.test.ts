import { copyFile, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { localApi } from '../../electron/core/api/dispatch.ts';
import type { NotebookEvent } from '../../electron/common/api/contract.ts';
import type { ArticleId } from '../../electron/common/model/ids.ts';
import { tempFolder } from '../support/temp-folder.ts';

// Issue 21: a large notebook is listed from its catalog at once, and its files are checked
// against the catalog after the open (100,000 stats took half the open). Injected here from one
// entry on; what changed on disk meanwhile must reach the lists, as a rebuild's reads do.

const ARTICLES = 6;

async function notebookOf(titles: string[]): Promise<{ folder: string; ids: ArticleId[] }> {
  const folder = await tempFolder();
  const service = await NotebookService.open(folder);
  const api = localApi(service);
  const ids: ArticleId[] = [];
  for (const title of titles)
    ids.push((await api.addText({ title, text: `${title}: the council met on Monday.` })).id);
  await service.close(); // writes the catalog
  return { folder, ids };
}

async function openChecked(folder: string, beforeBatch?: () => Promise<void>) {
  const service = await NotebookService.open(folder, {
    catalogRebuild: { checkInBackgroundFrom: 1, beforeBatch },
  });
  const events: NotebookEvent[] = [];
  service.onEvent((event) => events.push(event));
  return { service, api: localApi(service), events };
}

const titles = Array.from({ length: ARTICLES }, (_, i) => `Report ${i}`);

describe('the files of a large notebook, checked after the open (issue 21)', () => {
  it('reach the lists when another program changed, removed or added one while it was closed', async () => {
    const { folder, ids } = await notebookOf(titles);
    const other = await notebookOf(['Added elsewhere']);
    const articleFile = (id: ArticleId) => join(folder, 'articles', `${id}.json`);
    const changed = JSON.parse(await readFile(articleFile(ids[1]!), 'utf8'));
    await writeFile(articleFile(ids[1]!), JSON.stringify({ ...changed, title: 'Changed outside' }));
    await rm(articleFile(ids[2]!));
    await copyFile(
      join(other.folder, 'articles', `${other.ids[0]}.json`),
      articleFile(other.ids[0]!),
    );

    // Held before its reads, so that the events are seen (the check may end before the open).
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { service, api, events } = await openChecked(folder, () => held);
    release();
    await service.store.articlesComplete();
    const listed = await api.listArticles({});
    expect(listed.map((a) => a.id).sort()).toEqual(
      [...ids.filter((id) => id !== ids[2]), other.ids[0]!].sort(),
    );
    expect(listed.find((a) => a.id === ids[1])?.title).toBe('Changed outside');
    expect(listed.find((a) => a.id === other.ids[0])?.title).toBe('Added elsewhere');
    expect((await api.info({})).articleCount).toBe(ARTICLES);
    expect(events.at(-1)).toMatchObject({ type: 'changed', touched: { notebook: true } });
    expect((await api.info({})).catalogRebuild).toBeNull();
    await service.close();

    // Written so: the next open finds nothing to read again, and says nothing changed.
    const reopened = await openChecked(folder);
    await reopened.service.store.articlesComplete();
    expect(reopened.events).toEqual([]);
    expect(await reopened.api.listArticles({})).toEqual(listed);
    await reopened.service.close();
  });

  it('keeps what is written meanwhile over what the check found on disk', async () => {
    const { folder, ids } = await notebookOf(titles);
    const file = join(folder, 'articles', `${ids[3]}.json`);
    const article = JSON.parse(await readFile(file, 'utf8'));
    await writeFile(file, JSON.stringify({ ...article, title: 'Changed outside' }));

    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { service, api } = await openChecked(folder, () => held);
    // The changed article is read again once the check has stat'ed the files.
    await vi.waitFor(() => expect(service.store.catalogRebuild).toMatchObject({ total: 1 }));
    await api.updateArticle({ id: ids[3]!, metadata: { title: 'Written in Dossier' } });
    release();
    await service.store.articlesComplete();
    const listed = await api.listArticles({});
    expect(listed).toHaveLength(ARTICLES);
    expect(listed.find((a) => a.id === ids[3])?.title).toBe('Written in Dossier');
    await service.close();
  });
});
