import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { localApi } from '../../electron/core/api/dispatch.ts';
import type { NotebookApi } from '../../electron/common/api/contract.ts';
import { NotebookSearch } from '../../electron/core/search/notebook-search.ts';
import {
  CATALOG_FILE,
  SEARCH_INDEX_FILE,
  SEARCH_POSTINGS_FILE,
} from '../../electron/core/disk/notebook-layout.ts';
import type { ArticleId } from '../../electron/common/model/ids.ts';
import { readCatalogFile } from '../../electron/core/store/catalog-file.ts';
import { tempFolder } from '../support/temp-folder.ts';

async function openApi(folder: string): Promise<{ api: NotebookApi; service: NotebookService }> {
  const service = await NotebookService.open(folder);
  return { api: localApi(service), service };
}

const TOKYO = {
  title: 'Blinken and Austin travel to Tokyo',
  text: 'The Secretaries of State and Defense embark on a trip to Japan.\n\nThey will meet their counterparts to discuss maritime security in the Indo-Pacific.',
  source: 'State Department',
};
const NAIROBI = {
  title: 'Humanitarian assistance for the Horn of Africa',
  text: 'New funding will support refugees in Kenya and Somalia.\n\nThe announcement was made in Nairobi.',
};

async function seeded(folder: string) {
  const { api, service } = await openApi(folder);
  const tokyo = await api.addText(TOKYO);
  const nairobi = await api.addText(NAIROBI);
  const article = await api.getArticle({ id: tokyo.id });
  const start = article.text.indexOf('Japan');
  const { entityId } = await api.markMention({
    articleId: tokyo.id,
    start,
    end: start + 5,
    quote: 'Japan',
    target: { type: 'location' },
  });
  await api.updateEntity({ id: entityId, aliases: ['Nippon'], description: 'Island nation' });
  await api.createEvent({
    title: 'Quadrilateral ministerial consultations',
    type: 'meeting',
    notes: 'Held alongside the trip',
    evidence: [],
  });
  const at = article.text.indexOf('maritime security');
  await api.addHighlight({
    articleId: tokyo.id,
    start: at,
    end: at + 'maritime security'.length,
    quote: 'maritime security',
    comment: 'Follow the shipbuilding angle',
  });
  return { api, service, tokyo: tokyo.id, nairobi: nairobi.id, entityId };
}

describe('full-text search', () => {
  it('finds articles by title and text, entities by alias, events by title, notes', async () => {
    const folder = await tempFolder();
    const { api, service, tokyo, nairobi, entityId } = await seeded(folder);

    const byTitle = (await api.search({ query: 'Tokyo' })).hits;
    expect(byTitle[0]).toMatchObject({ kind: 'article', id: tokyo, title: TOKYO.title });
    const byText = (await api.search({ query: 'refugees Kenya' })).hits;
    expect(byText.map((hit) => hit.id)).toEqual([nairobi]);
    expect(byText[0]!.snippet).toContain('refugees in Kenya');
    const byAlias = (await api.search({ query: 'nippon' })).hits;
    expect(byAlias).toContainEqual(
      expect.objectContaining({ kind: 'entity', id: entityId, title: 'Japan' }),
    );
    const byEvent = (await api.search({ query: 'quadrilateral' })).hits;
    expect(byEvent[0]).toMatchObject({
      kind: 'event',
      title: 'Quadrilateral ministerial consultations',
    });
    const byNote = (await api.search({ query: 'shipbuilding' })).hits;
    // A note is shown with its article's title.
    expect(byNote[0]).toMatchObject({ kind: 'note', articleId: tokyo, title: TOKYO.title });
    expect(byNote[0]!.snippet).toContain('shipbuilding');
    const bySource = (await api.search({ query: 'state department' })).hits;
    expect(bySource.map((hit) => hit.id)).toContain(tokyo);
    expect((await api.search({ query: '   ' })).hits).toEqual([]);
    await service.close();
  });

  it('matches prefixes and small typos', async () => {
    const folder = await tempFolder();
    const { api, service, tokyo, nairobi } = await seeded(folder);
    expect((await api.search({ query: 'counterpar' })).hits.map((hit) => hit.id)).toContain(tokyo);
    expect((await api.search({ query: 'humanitarain' })).hits.map((hit) => hit.id)).toContain(
      nairobi,
    );
    await service.close();
  });

  it('follows additions, deletions, edits and undo', async () => {
    const folder = await tempFolder();
    const { api, service, tokyo } = await seeded(folder);
    expect((await api.search({ query: 'Ulaanbaatar' })).hits).toEqual([]);
    const { id } = await api.addText({ title: 'Visit to Mongolia', text: 'Talks in Ulaanbaatar.' });
    expect((await api.search({ query: 'Ulaanbaatar' })).hits.map((hit) => hit.id)).toEqual([id]);
    await api.deleteArticle({ id });
    expect((await api.search({ query: 'Ulaanbaatar' })).hits).toEqual([]);
    await api.undo({});
    expect((await api.search({ query: 'Ulaanbaatar' })).hits.map((hit) => hit.id)).toEqual([id]);
    await api.updateArticle({ id: tokyo, metadata: { title: 'Secretaries travel to Osaka' } });
    expect((await api.search({ query: 'osaka' })).hits.map((hit) => hit.id)).toEqual([tokyo]);
    await api.undo({});
    expect((await api.search({ query: 'osaka' })).hits).toEqual([]);
    await service.close();
  });

  it('stays right after most of its documents are replaced, and after a restart', async () => {
    const folder = await tempFolder();
    const first = await seeded(folder);
    await first.api.search({ query: 'Tokyo' }); // loads (builds) the index
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      const text = `Consultations in Montevideo, round ${i}.`;
      ids.push((await first.api.addText({ title: `Round ${i}`, text })).id);
    }
    // Removed documents are dropped from the index once they are many: its numbering changes.
    for (const id of ids.slice(0, 10)) await first.api.deleteArticle({ id: id as never });
    const found = async (api: NotebookApi, query: string) =>
      (await api.search({ query })).hits.map((hit) => hit.id).sort();
    expect(await found(first.api, 'montevideo')).toEqual(ids.slice(10).sort());
    expect(await found(first.api, 'kenya')).toEqual([first.nairobi]);
    await first.service.close();

    const second = await openApi(folder);
    expect(await found(second.api, 'montevideo')).toEqual(ids.slice(10).sort());
    const maritime = (await second.api.search({ query: 'maritime' })).hits;
    expect(maritime.map((hit) => [hit.kind, hit.articleId ?? hit.id]).sort()).toEqual([
      ['article', first.tokyo],
      ['note', first.tokyo],
    ]);
    expect(second.service.store.search.loadedFrom).toBe('cache');
    await second.service.close();
  });

  it('survives a restart from its cache file, and sees changes made while it was not loaded', async () => {
    const folder = await tempFolder();
    const first = await seeded(folder);
    await first.api.search({ query: 'Tokyo' }); // loads (builds) the index
    await first.service.close();
    const saved = await savedIndex(folder);
    expect(saved.format).toBe('dossier-search');

    const second = await openApi(folder);
    // Changed before the index is loaded again: found by the stamps of the files.
    const { id } = await second.api.addText({ title: 'Mission to Lima', text: 'Talks in Peru.' });
    expect((await second.api.search({ query: 'Tokyo' })).hits[0]!.id).toBe(first.tokyo);
    expect(second.service.store.search.loadedFrom).toBe('cache');
    expect((await second.api.search({ query: 'Lima' })).hits.map((hit) => hit.id)).toEqual([id]);
    await second.service.close();
  });

  it('is rebuilt when its cache file is deleted or garbled', async () => {
    const folder = await tempFolder();
    const first = await seeded(folder);
    await first.api.search({ query: 'Tokyo' });
    await first.service.close();

    await rm(join(folder, SEARCH_INDEX_FILE));
    const second = await openApi(folder);
    expect((await second.api.search({ query: 'Tokyo' })).hits[0]!.id).toBe(first.tokyo);
    expect(second.service.store.search.loadedFrom).toBe('rebuild');
    await second.service.close();

    await writeFile(join(folder, SEARCH_INDEX_FILE), '{"format":"dossier-search","ver');
    const third = await openApi(folder);
    expect((await third.api.search({ query: 'nippon' })).hits[0]).toMatchObject({ kind: 'entity' });
    expect(third.service.store.search.loadedFrom).toBe('rebuild');
    await third.service.close();
    // The rebuilt index was written back.
    const lines = (await readFile(join(folder, SEARCH_INDEX_FILE), 'utf8')).split('\n');
    const saved = JSON.parse(lines[0]!);
    expect(saved.format).toBe('dossier-search');

    // An index of the older format (version 3: the postings in its lines), one whose words'
    // counts do not add up to its postings file, and one whose postings file is another's, cut
    // short, or missing: rebuilt, never misread.
    const postings = await readFile(join(folder, SEARCH_POSTINGS_FILE));
    const { id } = saved.postings as { id: string };
    const other = Buffer.from(postings);
    other.write('0'.repeat(id.length), other.indexOf(Buffer.from(id, 'hex')), 'hex');
    for (const [index, postingsFile] of [
      [
        [JSON.stringify({ ...saved, version: 3, postings: undefined }), lines[1], '["tokyo",[0]]'],
        postings,
      ],
      [[lines[0], lines[1], '["tokyo",1000000000]'], postings],
      [lines, other],
      [lines, postings.subarray(0, postings.length - 4)],
      [lines, null],
    ] as const) {
      await writeFile(join(folder, SEARCH_INDEX_FILE), index.join('\n'));
      if (postingsFile === null) await rm(join(folder, SEARCH_POSTINGS_FILE));
      else await writeFile(join(folder, SEARCH_POSTINGS_FILE), postingsFile);
      const next = await openApi(folder);
      expect((await next.api.search({ query: 'Tokyo' })).hits[0]!.id).toBe(first.tokyo);
      expect(next.service.store.search.loadedFrom).toBe('rebuild');
      await next.service.close();
    }
  });
});

/** The first line of the index file: its format, version and groups. */
async function savedIndex(folder: string) {
  const content = await readFile(join(folder, SEARCH_INDEX_FILE), 'utf8');
  return JSON.parse(content.slice(0, content.indexOf('\n')));
}

/**
 * An index over `count` article files of about 2,000 words each (the build takes many slices),
 * with one entity.
 */
async function bigSearch(folder: string, count: number, renewAfter?: number) {
  const ids = Array.from({ length: count }, (_, i) => `a${i}` as ArticleId);
  await mkdir(join(folder, 'articles'), { recursive: true });
  const words = Array.from({ length: 2000 }, (_, i) => `word${i % 700}x${i % 13}`).join(' ');
  for (const id of ids) {
    const article = { title: `Article ${id}`, text: `Words about shipbuilding. ${words}` };
    await writeFile(join(folder, 'articles', `${id}.json`), JSON.stringify(article));
  }
  return new NotebookSearch(
    {
      folder,
      readOnly: false,
      articleIds: () => ids,
      articleStamp: (id) => `1:${id}`,
      peekArticle: async () => ({}),
      registry: {
        entities: [
          { id: 'e1', name: 'Japan', type: 'location', aliases: ['Nippon'], description: '' },
        ],
      } as never,
      eventsFile: { events: [] } as never,
    },
    renewAfter,
  );
}

describe('the search index in the background', () => {
  it('is loaded once no call has arrived for a while, not while calls arrive', async () => {
    const folder = await tempFolder();
    const first = await seeded(folder);
    await first.service.close();

    const { api, service } = await openApi(folder);
    service.warmWhenIdle(150);
    const busyUntil = performance.now() + 500;
    while (performance.now() < busyUntil) {
      await api.listArticles({});
      await new Promise((done) => setTimeout(done, 25));
    }
    expect(service.store.search.loadedFrom).toBeNull();
    // After the suggestions' recognizer, which loads first (seconds through tsx under load).
    await expect.poll(() => service.store.search.loadedFrom, { timeout: 20_000 }).toBe('rebuild');
    expect((await api.search({ query: 'Nairobi' })).hits[0]!.title).toBe(NAIROBI.title);
    await service.close();
  });

  it('answers a search made during its first build from what is indexed, and says how far', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'entities.json'), '{}'); // read from `registry`; its stamp counts
    const search = await bigSearch(folder, 400);
    // The registry is indexed before the articles: an entity is found at once.
    const entity = await search.search('Nippon', 5, true);
    expect(entity.hits.map((hit) => hit.kind)).toEqual(['entity']);
    expect(entity.indexing).toMatchObject({ total: 400 });
    expect(entity.indexing!.indexed).toBeLessThan(400);

    const early = await search.search('shipbuilding', 500, true);
    expect(early.indexing!.indexed).toBeLessThan(400);
    expect(early.hits).toHaveLength(early.indexing!.indexed);
    // Without `partial` (the CLI), a search waits for the whole index.
    const whole = await search.search('shipbuilding', 500);
    expect(whole).toMatchObject({ indexing: null });
    expect(whole.hits).toHaveLength(400);
    expect((await search.search('shipbuilding', 500, true)).indexing).toBeNull();
  });

  it('is rebuilt when damaged, and answers searches meanwhile', async () => {
    const folder = await tempFolder();
    await mkdir(join(folder, 'cache'));
    await writeFile(join(folder, SEARCH_INDEX_FILE), '{"format":"dossier-search","version":2,"gr');
    const search = await bigSearch(folder, 400);
    const during = await search.search('Nippon', 5, true);
    expect(during.hits.map((hit) => hit.kind)).toEqual(['entity']);
    expect(during.indexing).toMatchObject({ total: 400 });
    expect(search.loadedFrom).toBe('rebuild');
    expect((await search.search('shipbuilding', 500)).hits).toHaveLength(400);
    await search.flush(true);
    search.dispose();
    const saved = await savedIndex(folder);
    expect(Object.keys(saved.groups.stamps)).toHaveLength(402); // the articles, entities, events
  });

  it('is loaded again from its file, in a new worker, after a build of many articles', async () => {
    const folder = await tempFolder();
    const search = await bigSearch(folder, 400, 100);
    await search.ready();
    expect(search.loadedFrom).toBe('rebuild');
    // The build's garbage goes with the worker that made it (see NotebookSearch.renew).
    await expect.poll(() => search.loadedFrom, { timeout: 20_000 }).toBe('cache');
    expect((await search.search('shipbuilding', 500)).hits).toHaveLength(400);
    search.dispose();
  });

  it('stops building when the notebook closes, and writes nothing after', async () => {
    const folder = await tempFolder();
    const search = await bigSearch(folder, 400);
    const loading = search.ready();
    const during = await search.search('shipbuilding', 5, true);
    expect(during.indexing!.indexed).toBeLessThan(400);
    search.dispose();
    await loading;
    await search.flush();
    await expect(search.search('shipbuilding')).rejects.toThrow('The notebook was closed.');
    await expect(readFile(join(folder, SEARCH_INDEX_FILE))).rejects.toThrow(/ENOENT/);
  });

  it('writes what a build indexed when the notebook closes during it, and goes on from there', async () => {
    const folder = await tempFolder();
    const first = await bigSearch(folder, 400);
    const during = await first.search('shipbuilding', 5, true);
    expect(during.indexing!.indexed).toBeLessThan(400);
    await first.flush(true); // the store's close
    first.dispose();
    const saved = await savedIndex(folder);
    const indexed = Object.keys(saved.groups.stamps).filter((group) => group.startsWith('a:'));
    expect(indexed.length).toBeGreaterThan(0);
    expect(indexed.length).toBeLessThan(400);

    const second = await bigSearch(folder, 400);
    const partial = await second.search('shipbuilding', 500, true);
    expect(second.loadedFrom).toBe('cache');
    expect(partial.indexing?.total ?? 0).toBeLessThanOrEqual(400 - indexed.length);
    expect((await second.search('shipbuilding', 500)).hits).toHaveLength(400);
    second.dispose();
  });
});

describe('the catalog', () => {
  it('lists the notebook without reading article files, and is rebuilt when stale or garbled', async () => {
    const folder = await tempFolder();
    const first = await seeded(folder);
    await first.service.close();
    const { catalog } = await readCatalogFile(folder);
    expect(catalog?.entries.map((entry) => entry.summary.id).sort()).toEqual(
      [first.tokyo, first.nairobi].sort(),
    );

    // An article file changed by another program: its entry is read again.
    const file = join(folder, 'articles', `${first.nairobi}.json`);
    const article = JSON.parse(await readFile(file, 'utf8'));
    await writeFile(file, JSON.stringify({ ...article, title: 'Retitled elsewhere' }));
    const second = await openApi(folder);
    const list = await second.api.listArticles({});
    expect(list.map((a) => a.title).sort()).toEqual([
      'Blinken and Austin travel to Tokyo',
      'Retitled elsewhere',
    ]);
    expect(list.find((a) => a.id === first.tokyo)).toMatchObject({
      mentionCount: 1,
      entityCount: 1,
    });
    await second.service.close();

    await writeFile(join(folder, CATALOG_FILE), '{"garbled');
    const third = await openApi(folder);
    expect((await third.api.listArticles({})).length).toBe(2);
    expect((await third.api.listEntities({}))[0]).toMatchObject({
      mentionCount: 1,
      articleCount: 1,
    });
    await third.service.close();
    // The garbled catalog was rebuilt and written whole again.
    expect((await readCatalogFile(folder)).catalog?.entries).toHaveLength(2);
  });
});
