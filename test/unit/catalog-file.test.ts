import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { localApi } from '../../electron/core/api/dispatch.ts';
import { ArticleCatalog } from '../../electron/core/store/article-catalog.ts';
import { catalogContent, readCatalogFile } from '../../electron/core/store/catalog-file.ts';
import type { ArticleId, EntityId } from '../../electron/common/model/ids.ts';
import type { ArticleSummary } from '../../electron/common/model/article.ts';
import type { DamagedFile } from '../../electron/common/model/notebook.ts';
import { tempFolder } from '../support/temp-folder.ts';

// Issue 21: the catalog (cache/catalog.json) in columns (version 4; version 5: the columns of
// numbers as the base64 of typed arrays; 6 counts rejections, issue 15), so that the open of
// 100,000 articles parses a few long strings. What it holds must come back as it was written; a
// catalog of version 3 (rows), 4 or 5 is read and written again as 6, each article read again
// once to count its rejections; a damaged one is kept aside and rebuilt.

const CATALOG = join('cache', 'catalog.json');

/** A closed notebook whose articles differ in every column the catalog keeps. */
async function notebook(): Promise<{ folder: string; ids: ArticleId[]; newton: EntityId }> {
  const folder = await tempFolder();
  const service = await NotebookService.open(folder);
  const api = localApi(service);
  const ids: ArticleId[] = [];
  for (const [i, title] of [
    'Talks in Tokyo',
    'Talks in Nairobi ’24 🇰🇪',
    'Talks, again',
  ].entries()) {
    const text = `Report ${i}: Newton met the delegation in Nairobi on Monday. Nairobi answered.`;
    ids.push((await api.addText({ title, text })).id);
  }
  await api.updateArticle({
    id: ids[0]!,
    metadata: {
      tags: ['kenya', 'talks'],
      authors: ['A. Writer'],
      published: '2024-03',
      url: 'https://example.org/a',
    },
  });
  await api.updateArticle({
    id: ids[2]!,
    metadata: { tags: ['kenya', 'talks'], dateline: 'NAIROBI' },
  });
  const mark = async (articleId: ArticleId, quote: string, at: number, target: object) =>
    api.markMention({
      articleId,
      start: at,
      end: at + quote.length,
      quote,
      target: target as never,
    });
  const start = 'Report 0: '.length;
  await mark(ids[0]!, 'Newton', start, { type: 'person' });
  const newton = (await api.listEntities({}))[0]!.id;
  await mark(ids[1]!, 'Newton', start, { entityId: newton });
  await mark(ids[1]!, 'Nairobi', start + 'Newton met the delegation in '.length, { type: 'place' });
  await service.close();
  return { folder, ids, newton };
}

async function openCatalog(folder: string, writable = false) {
  const damaged: DamagedFile[] = [];
  const catalog = new ArticleCatalog(folder, writable, damaged);
  await catalog.load();
  return { catalog, damaged };
}

/** What the articles' files say: each read and summarized (the catalog moved away meanwhile). */
async function fromFiles(folder: string, ids: ArticleId[], newton: EntityId) {
  await rename(join(folder, CATALOG), join(folder, 'aside.json'));
  const { catalog } = await openCatalog(folder);
  expect(catalog.stats).toMatchObject({ fromCatalog: 0, read: 3 });
  await rename(join(folder, 'aside.json'), join(folder, CATALOG));
  return contents(catalog, ids, newton);
}

const byId = (summaries: ArticleSummary[]) => [...summaries].sort((a, b) => (a.id < b.id ? -1 : 1));

/** What a catalog tells of its articles without reading them. */
function contents(catalog: ArticleCatalog, ids: ArticleId[], newton: EntityId) {
  return {
    summaries: byId(catalog.summaries()),
    stamps: ids.map((id) => catalog.stamp(id)),
    newton: catalog.mentionStats(newton),
    mentioning: catalog.mentioning(newton),
  };
}

/** The numbers a column of version 5 holds (the base64 of a typed array). */
function decoded(column: string, type: typeof Float64Array | typeof Uint32Array): number[] {
  const bytes = Buffer.from(column, 'base64');
  return [...new type(bytes.buffer, bytes.byteOffset, bytes.length / type.BYTES_PER_ELEMENT)];
}

const uint32s = (numbers: number[]) =>
  Buffer.from(new Uint32Array(numbers).buffer).toString('base64');

/** A catalog of version 5 as version 4 wrote it (its columns of numbers as arrays). */
function asVersion4(file: Record<string, unknown>): Record<string, unknown> {
  const { text, values, numbers, mentions } = file as {
    text: Record<string, { text: string; lengths: string }>;
    values: Record<string, string>;
    numbers: Record<string, string>;
    mentions: { lengths: string; pairs: string };
  };
  const each = (columns: Record<string, string>, type: typeof Float64Array | typeof Uint32Array) =>
    Object.fromEntries(Object.entries(columns).map(([name, c]) => [name, decoded(c, type)]));
  return {
    ...file,
    version: 4,
    text: Object.fromEntries(
      Object.entries(text).map(([name, c]) => [
        name,
        { pieces: [c.text.slice(0, 2), c.text.slice(2)], lengths: decoded(c.lengths, Uint32Array) },
      ]),
    ),
    values: each(values, Uint32Array),
    numbers: Object.fromEntries(
      Object.entries(numbers).map(([name, c]) => [
        name,
        decoded(c, name === 'mtimeMs' ? Float64Array : Uint32Array),
      ]),
    ),
    mentions: each(mentions, Uint32Array),
  };
}

/** The same catalog in version 3's rows (what Dossier wrote before columns), from version 4. */
function asRows(file: unknown): string {
  const { count, text, values, numbers, mentions, table, entities } = file as {
    count: number;
    text: Record<string, { pieces: string[]; lengths: number[] }>;
    values: Record<string, number[]>;
    numbers: Record<string, number[]>;
    mentions: { lengths: number[]; pairs: number[] };
    table: unknown[];
    entities: string[];
  };
  const strings = Object.fromEntries(
    Object.entries(text).map(([name, column]) => {
      const all = column.pieces.join('');
      let at = 0;
      return [name, column.lengths.map((length) => all.slice(at, (at += length)))];
    }),
  );
  let pair = 0;
  const articles = Array.from({ length: count }, (_, i) => {
    const value = (name: string) => table[values[name]![i]!];
    return [
      numbers.size![i],
      numbers.mtimeMs![i],
      mentions.pairs.slice(pair, (pair += mentions.lengths[i]!)),
      ...['id', 'title'].map((name) => strings[name]![i]),
      value('source'),
      value('authors'),
      value('published'),
      strings.url![i],
      value('dateline'),
      value('language'),
      value('tags'),
      strings.textSha256![i],
      strings.fingerprint![i],
      strings.addedAt![i],
      numbers.wordCount![i],
      value('original'),
      numbers.mentionCount![i],
      numbers.entityCount![i],
      value('copyOf'),
    ];
  });
  return JSON.stringify({ format: 'dossier-catalog', version: 3, articles, entities });
}

describe('the catalog file in columns (issue 21)', () => {
  it('gives back every article’s summary, mentions and stamp, with no article read', async () => {
    const { folder, ids, newton } = await notebook();
    const file = JSON.parse(await readFile(join(folder, CATALOG), 'utf8'));
    expect(file).toMatchObject({ format: 'dossier-catalog', version: 6, count: 3 });
    expect(typeof file.mentions.pairs).toBe('string'); // typed arrays, in base64
    const { catalog, damaged } = await openCatalog(folder);
    expect(damaged).toEqual([]);
    expect(catalog.stats).toMatchObject({ fromCatalog: 3, read: 0 });
    const saved = contents(catalog, ids, newton);
    expect(saved.newton).toEqual({ articleCount: 2, mentionCount: 2 });
    expect(saved.mentioning).toEqual([ids[0], ids[1]].sort());
    expect(saved).toEqual(await fromFiles(folder, ids, newton));
    expect(saved.summaries.find((s) => s.id === ids[0])).toMatchObject({
      tags: ['kenya', 'talks'],
      authors: ['A. Writer'],
      published: '2024-03',
      mentionCount: 1,
      rejectedCount: 0,
    });
    expect(saved.summaries.find((s) => s.id === ids[1])?.title).toBe('Talks in Nairobi ’24 🇰🇪');
    // Written in ASCII, read without decoding.
    expect(/[^\x20-\x7e]/.test(await readFile(join(folder, CATALOG), 'latin1'))).toBe(false);
  });

  it.each([3, 4, 5])(
    'upgrades a catalog of version %i: nothing lost, each article read again once to count its rejections',
    async (version) => {
      const { folder, ids, newton } = await notebook();
      const expected = await fromFiles(folder, ids, newton);
      const typed = JSON.parse(await readFile(join(folder, CATALOG), 'utf8'));
      delete typed.numbers.rejectedCount;
      const columns = asVersion4(typed);
      await writeFile(
        join(folder, CATALOG),
        version === 3
          ? asRows(columns)
          : JSON.stringify(version === 4 ? columns : { ...typed, version: 5 }),
      );

      const { catalog, damaged } = await openCatalog(folder, true);
      expect(damaged).toEqual([]);
      expect(catalog.stats).toMatchObject({ fromCatalog: 0, read: 3 });
      expect(contents(catalog, ids, newton)).toEqual(expected);
      await catalog.flush();
      const written = JSON.parse(await readFile(join(folder, CATALOG), 'utf8'));
      expect(written).toMatchObject({ version: 6, count: 3 }); // written again as version 6
      expect((await readdir(join(folder, 'cache'))).filter((n) => n.includes('damaged'))).toEqual(
        [],
      );
      const { catalog: after } = await openCatalog(folder);
      expect(after.stats).toMatchObject({ fromCatalog: 3, read: 0 });
      expect(contents(after, ids, newton)).toEqual(expected);
    },
  );

  it('finds each entry with no article read, in the files’ order or not (an article added since the last rebuild is written last)', async () => {
    const { folder, ids, newton } = await notebook();
    const expected = await fromFiles(folder, ids, newton);
    const saved = (await readCatalogFile(folder)).catalog!;
    const sorted = [...saved.entries].sort((a, b) => (a.summary.id < b.summary.id ? -1 : 1));
    for (const entries of [sorted, [...sorted].reverse(), [sorted[0]!, sorted[2]!, sorted[1]!]]) {
      await writeFile(join(folder, CATALOG), [...catalogContent(entries, saved.entities)].join(''));
      const { catalog, damaged } = await openCatalog(folder);
      expect(damaged).toEqual([]);
      expect(catalog.stats).toMatchObject({ fromCatalog: 3, read: 0 });
      expect(contents(catalog, ids, newton)).toEqual(expected);
    }
  });

  it('takes a catalog whose columns do not add up for damaged: kept aside, rebuilt', async () => {
    const { folder, ids, newton } = await notebook();
    const expected = await fromFiles(folder, ids, newton);
    const file = JSON.parse(await readFile(join(folder, CATALOG), 'utf8'));
    const lengths = decoded(file.text.title.lengths, Uint32Array);
    lengths[1]! += 1; // the titles' lengths no longer match their text
    file.text.title.lengths = uint32s(lengths);
    const damagedText = JSON.stringify(file);
    await writeFile(join(folder, CATALOG), damagedText);

    const { catalog, damaged } = await openCatalog(folder, true);
    expect(damaged).toEqual([]);
    expect(catalog.stats).toMatchObject({ fromCatalog: 0, read: 3 });
    expect(contents(catalog, ids, newton)).toEqual(expected);
    const kept = (await readdir(join(folder, 'cache'))).filter((n) => n.includes('damaged'));
    expect(kept).toHaveLength(1);
    expect(await readFile(join(folder, 'cache', kept[0]!), 'utf8')).toBe(damagedText);
  });
});
