import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { localApi } from '../../electron/core/api/dispatch.ts';
import { ArticleCatalog } from '../../electron/core/store/article-catalog.ts';
import { catalogContent } from '../../electron/core/store/catalog-content.ts';
import { readCatalogFile } from '../../electron/core/store/catalog-file.ts';
import {
  NUMBER_COLUMNS,
  STRING_COLUMNS,
  VALUE_COLUMNS,
  numberType,
  padding,
} from '../../electron/core/store/catalog-columns.ts';
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

const COUNTS = ['wordCount', 'mentionCount', 'entityCount'] as const;

interface Version6 {
  [key: string]: unknown;
  text: Record<string, { text: string; lengths: string }>;
  numbers: Record<string, string>;
}

/** The folder's catalog as version 6 wrote it: JSON, its columns of numbers in base64. */
async function asVersion6(folder: string): Promise<Version6> {
  const { entries, entities } = (await readCatalogFile(folder)).catalog!;
  const table: unknown[] = [];
  const numberOf = (value: unknown) => {
    const n = table.findIndex((t) => JSON.stringify(t) === JSON.stringify(value));
    return n >= 0 ? n : table.push(value) - 1;
  };
  const base64 = (
    type: typeof Float64Array | typeof Uint32Array | typeof Int32Array,
    numbers: number[],
  ) => Buffer.from(new type(numbers).buffer).toString('base64');
  const summaries = entries.map((entry) => entry.summary);
  return {
    format: 'dossier-catalog',
    version: 6,
    count: entries.length,
    text: Object.fromEntries(
      STRING_COLUMNS.map((name) => [
        name,
        {
          text: summaries.map((summary) => summary[name]).join(''),
          lengths: base64(
            Uint32Array,
            summaries.map((summary) => summary[name].length),
          ),
        },
      ]),
    ),
    values: Object.fromEntries(
      VALUE_COLUMNS.map((name) => [
        name,
        base64(
          Uint32Array,
          summaries.map((s) => numberOf(s[name])),
        ),
      ]),
    ),
    numbers: {
      size: base64(
        Uint32Array,
        entries.map((entry) => entry.size),
      ),
      mtimeMs: base64(
        Float64Array,
        entries.map((entry) => entry.mtimeMs),
      ),
      ...Object.fromEntries(
        COUNTS.map((name) => [
          name,
          base64(
            Uint32Array,
            summaries.map((s) => s[name]),
          ),
        ]),
      ),
      rejectedCount: base64(
        Int32Array,
        summaries.map((s) => s.rejectedCount),
      ),
    },
    mentions: {
      lengths: base64(
        Uint32Array,
        entries.map((entry) => entry.mentions.length),
      ),
      pairs: base64(
        Uint32Array,
        entries.flatMap((entry) => Array.from(entry.mentions)),
      ),
    },
    table,
    entities,
  };
}

/**
 * The folder's catalog as version 7 wrote it: a line of JSON, then the columns' bytes (the
 * SHA-256s as text, as every string), then the tables in JSON.
 */
async function asVersion7(folder: string): Promise<Buffer> {
  const { entries, entities } = (await readCatalogFile(folder)).catalog!;
  const summaries = entries.map((entry) => entry.summary);
  const table: unknown[] = [];
  const numberOf = (value: unknown) => {
    const n = table.findIndex((t) => JSON.stringify(t) === JSON.stringify(value));
    return n >= 0 ? n : table.push(value) - 1;
  };
  const texts = STRING_COLUMNS.map((name) => summaries.map((summary) => summary[name]).join(''));
  const wide = texts.map((text) => /[\u0100-\uffff]/.test(text));
  const bytes = (type: typeof Uint32Array | typeof Float64Array | typeof Int32Array, n: number[]) =>
    Buffer.from(new type(n).buffer);
  const sections = [
    ...texts.map((text, k) => Buffer.from(text, wide[k] ? 'utf16le' : 'latin1')),
    ...STRING_COLUMNS.map((name) =>
      bytes(
        Uint32Array,
        summaries.map((s) => s[name].length),
      ),
    ),
    ...VALUE_COLUMNS.map((name) =>
      bytes(
        Uint32Array,
        summaries.map((s) => numberOf(s[name])),
      ),
    ),
    ...NUMBER_COLUMNS.map((name) =>
      bytes(
        numberType(name),
        entries.map((entry) =>
          name === 'size' || name === 'mtimeMs' ? entry[name] : entry.summary[name],
        ),
      ),
    ),
    bytes(
      Uint32Array,
      entries.map((entry) => entry.mentions.length),
    ),
    bytes(
      Uint32Array,
      entries.flatMap((entry) => Array.from(entry.mentions)),
    ),
  ];
  const header = {
    format: 'dossier-catalog',
    version: 7,
    count: entries.length,
    pairs: entries.reduce((sum, entry) => sum + entry.mentions.length, 0),
    text: Object.fromEntries(
      STRING_COLUMNS.map((name, k) => [
        name,
        { encoding: wide[k] ? 'utf16le' : 'latin1', bytes: sections[k]!.length },
      ]),
    ),
  };
  const pieces = [Buffer.from(`${JSON.stringify(header)}\n`)];
  let at = pieces[0]!.length;
  for (const section of sections) {
    pieces.push(Buffer.alloc(padding(at)), section);
    at += padding(at) + section.length;
  }
  pieces.push(Buffer.from(JSON.stringify({ table, entities })));
  return Buffer.concat(pieces);
}

/** The first line of a catalog of version 7 or 8 (its header). */
async function headerOf(folder: string) {
  const bytes = await readFile(join(folder, CATALOG));
  return JSON.parse(bytes.toString('latin1', 0, bytes.indexOf(10)));
}

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
    expect(await headerOf(folder)).toMatchObject({
      format: 'dossier-catalog',
      version: 8,
      count: 3,
      // Titles hold characters outside Latin-1: two bytes a character; the others one.
      text: { title: { encoding: 'utf16le' }, id: { encoding: 'latin1', bytes: 36 } },
    });
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
  });

  it.each([3, 4, 5, 6, 7])(
    'upgrades a catalog of version %i: nothing lost, each article read again once to count its rejections (before 6)',
    async (version) => {
      const { folder, ids, newton } = await notebook();
      const expected = await fromFiles(folder, ids, newton);
      const typed = await asVersion6(folder);
      const counted = JSON.stringify(typed);
      delete typed.numbers.rejectedCount;
      const columns = asVersion4(typed);
      await writeFile(
        join(folder, CATALOG),
        version === 7
          ? await asVersion7(folder)
          : version === 3
            ? asRows(columns)
            : version === 6
              ? counted
              : JSON.stringify(version === 4 ? columns : { ...typed, version: 5 }),
      );

      const { catalog, damaged } = await openCatalog(folder, true);
      expect(damaged).toEqual([]);
      expect(catalog.stats).toMatchObject(
        version >= 6 ? { fromCatalog: 3, read: 0 } : { fromCatalog: 0, read: 3 },
      );
      expect(contents(catalog, ids, newton)).toEqual(expected);
      await catalog.flush();
      // Written again as 8, the SHA-256s as bytes.
      const header = await headerOf(folder);
      expect(header).toMatchObject({ version: 8, count: 3 });
      expect(Object.keys(header.text)).toEqual(['id', 'title', 'url', 'addedAt']);
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
      const pieces = [...catalogContent(entries, saved.entities)];
      await writeFile(
        join(folder, CATALOG),
        Buffer.concat(
          pieces.map((piece) => (typeof piece === 'string' ? Buffer.from(piece) : piece)),
        ),
      );
      const { catalog, damaged } = await openCatalog(folder);
      expect(damaged).toEqual([]);
      expect(catalog.stats).toMatchObject({ fromCatalog: 3, read: 0 });
      expect(contents(catalog, ids, newton)).toEqual(expected);
    }
  });

  it('reads back every string of a catalog of several blocks of rows, titles beyond Latin-1 included', async () => {
    const { folder } = await notebook();
    const saved = (await readCatalogFile(folder)).catalog!;
    const model = saved.entries[0]!;
    // More rows than a block decoded at a time (4,096), strings of varied lengths and scripts.
    const entries = Array.from({ length: 10_000 }, (_, i) => ({
      ...model,
      summary: {
        ...model.summary,
        id: `a${String(i).padStart(11, '0')}` as ArticleId,
        title: i % 3 === 0 ? `Kraków — 東京 ${i}` : `Report ${'x'.repeat(i % 50)} ${i}`,
        url: i % 7 === 0 ? '' : `https://example.org/${i}`,
      },
    }));
    const pieces = [...catalogContent(entries, saved.entities)];
    await writeFile(
      join(folder, CATALOG),
      Buffer.concat(
        pieces.map((piece) => (typeof piece === 'string' ? Buffer.from(piece) : piece)),
      ),
    );
    const read = (await readCatalogFile(folder)).catalog!;
    expect(read.entries.map((entry) => entry.summary)).toEqual(entries.map((e) => e.summary));
  });

  /** The titles' lengths no longer match their text (version 6, JSON). */
  const titlesOff = async (folder: string) => {
    const file = await asVersion6(folder);
    const lengths = decoded(file.text.title!.lengths, Uint32Array);
    lengths[1]! += 1;
    file.text.title!.lengths = uint32s(lengths);
    return Buffer.from(JSON.stringify(file));
  };
  const bytesOf = (folder: string) => readFile(join(folder, CATALOG));
  it.each([
    ['of version 6 whose columns do not add up', titlesOff],
    ['of version 8 cut short', async (folder: string) => (await bytesOf(folder)).subarray(0, -40)],
    [
      'of version 7 cut short',
      async (folder: string) => (await asVersion7(folder)).subarray(0, -40),
    ],
    [
      'of version 8 whose count does not match its columns',
      async (folder: string) => {
        const bytes = await bytesOf(folder);
        const header = bytes.toString('latin1', 0, bytes.indexOf(10));
        return Buffer.concat([
          Buffer.from(header.replace('"count":3', '"count":4')),
          bytes.subarray(header.length),
        ]);
      },
    ],
  ])('takes a catalog %s for damaged: kept aside, rebuilt', async (_, damage) => {
    const { folder, ids, newton } = await notebook();
    const expected = await fromFiles(folder, ids, newton);
    const damagedBytes = await damage(folder);
    await writeFile(join(folder, CATALOG), damagedBytes);

    const { catalog, damaged } = await openCatalog(folder, true);
    expect(damaged).toEqual([]);
    expect(catalog.stats).toMatchObject({ fromCatalog: 0, read: 3 });
    expect(contents(catalog, ids, newton)).toEqual(expected);
    const kept = (await readdir(join(folder, 'cache'))).filter((n) => n.includes('damaged'));
    expect(kept).toHaveLength(1);
    expect(await readFile(join(folder, 'cache', kept[0]!))).toEqual(damagedBytes);
  });
});
