import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import type { ArticleId } from '../../electron/common/model/ids.ts';
import { notebookWithArticle, type NotebookWithArticle } from '../support/notebook-with-article.ts';

/**
 * The articles as references (issue 19): CSL-JSON rendered by citeproc-js (the engine Zotero
 * and Mendeley use), BibTeX read by @retorquere/bibtex-parser (Better BibTeX's parser), RIS
 * read line by line as its specification lays it out.
 */

const CSL = join(import.meta.dirname, '../fixtures/csl');

interface CiteprocEngine {
  updateItems(ids: string[]): void;
  makeBibliography(): [unknown, string[]];
}
const CSL_ENGINE = createRequire(import.meta.url)('citeproc') as {
  Engine: new (
    sys: { retrieveLocale(lang: string): string; retrieveItem(id: string): unknown },
    style: string,
  ) => CiteprocEngine;
};

let nb: NotebookWithArticle;
let other: ArticleId;

// A new notebook for each test: tempFolder removes its folder after each one.
beforeEach(async () => {
  nb = await notebookWithArticle('Blinken and Austin travelled to Tokyo and Seoul.');
  await nb.api.updateArticle({
    id: nb.id,
    metadata: {
      title: 'Costs {rise} 50% & more_for #allies \\ on $trip',
      source: 'Harbor Wire',
      authors: ['Jane Q. Doe', 'Department Spokesperson, Office of the Spokesperson'],
      url: 'https://example.org/news/a_b?x=1&y=%20#top',
      language: 'en',
    },
  });
  ({ id: other } = await nb.api.addText({
    title: 'A second article',
    text: 'Nothing cites this one.',
    published: '2022-07',
  }));
});

afterEach(async () => {
  await nb?.service.close();
});

async function exported(format: 'csl' | 'bibtex' | 'ris', cited = false): Promise<string> {
  let id;
  if (cited) {
    ({ id } = await nb.api.createBriefing({ title: 'Cites one' }));
    const briefing = await nb.api.getBriefing({ id });
    await nb.api.updateBriefing({
      id,
      sections: [
        {
          kind: 'text',
          id: briefing.sections[0]!.id,
          heading: 'Note',
          markdown: `See [@article:${nb.id}].`,
        },
      ],
    });
  }
  const { files } = await nb.api.exportBriefing({ format, ...(id && { id }) });
  expect(files).toHaveLength(1);
  return files[0]!.content;
}

/** The day the article was added: its date accessed. */
const addedOn = async () => (await nb.api.getArticle({ id: nb.id })).addedAt.slice(0, 10);

describe('reference exports', () => {
  it('CSL-JSON renders in citeproc-js with authors, outlet, date, address and access date', async () => {
    const items = JSON.parse(await exported('csl')) as { id: string }[];
    expect(items.map((item) => item.id).sort()).toEqual([nb.id, other].sort());
    const engine = new CSL_ENGINE.Engine(
      {
        retrieveLocale: () => readFileSync(join(CSL, 'locale-en-US.xml'), 'utf8'),
        retrieveItem: (id) => items.find((item) => item.id === id),
      },
      readFileSync(join(CSL, 'minimal-style.csl'), 'utf8'),
    );
    engine.updateItems(items.map((item) => item.id));
    const [, entries] = engine.makeBibliography();
    const text = entries
      .map((entry) => entry.replace(/<[^>]+>/g, ''))
      .join('\n')
      .replace(/&#38;|&amp;/g, '&');
    expect(text).toContain('Doe, Jane Q.; Department Spokesperson, Office of the Spokesperson');
    expect(text).toContain('Costs {rise} 50% & more_for #allies \\ on $trip');
    expect(text).toContain('Harbor Wire');
    expect(text).toContain('2021-03-16');
    expect(text).toContain('https://example.org/news/a_b?x=1&y=%20#top');
    expect(text).toContain(`Accessed ${await addedOn()}`);
    expect(text).toContain('A second article');
    expect(text).toContain('2022-07');
  });

  it('BibTeX is read by a BibTeX parser with the same fields, TeX characters and all', async () => {
    const library = parseBibtex(await exported('bibtex'));
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(2);
    const entry = library.entries.find((e) => e.key.endsWith(nb.id))!;
    expect(entry.type).toBe('article');
    expect(entry.fields.title).toBe('Costs {rise} 50% & more_for #allies \\ on $trip');
    expect(entry.fields.author).toEqual([
      { lastName: 'Doe', firstName: 'Jane Q.' },
      { name: 'Department Spokesperson, Office of the Spokesperson' },
    ]);
    expect(entry.fields.journal).toBe('Harbor Wire');
    expect(entry.fields.date).toBe('2021-03-16');
    expect(entry.fields.url).toBe('https://example.org/news/a_b?x=1&y=%20#top');
    expect(entry.fields.urldate).toBe(await addedOn());
    const keys = library.entries.map((e) => e.key);
    expect(new Set(keys).size).toBe(2);
  });

  it('RIS has one record per article, with its tags, and only the cited ones for a briefing', async () => {
    const records = (text: string) =>
      text
        .split(/^ER {2}- *\r?$/m)
        .filter((record) => record.trim() !== '')
        .map((record) =>
          [...record.matchAll(/^([A-Z][A-Z0-9]) {2}- (.*?)\r?$/gm)].map(([, tag, value]) => [
            tag,
            value,
          ]),
        );
    const all = records(await exported('ris'));
    expect(all).toHaveLength(2);
    const first = all.find((record) => record.some(([tag, v]) => tag === 'ID' && v === nb.id))!;
    expect(first[0]).toEqual(['TY', 'NEWS']);
    expect(first).toEqual(
      expect.arrayContaining([
        ['AU', 'Doe, Jane Q.'],
        ['T2', 'Harbor Wire'],
        ['DA', '2021/03/16/'],
        ['UR', 'https://example.org/news/a_b?x=1&y=%20#top'],
        ['Y2', `${(await addedOn()).replace(/-/g, '/')}/`],
      ]),
    );
    const cited = records(await exported('ris', true));
    expect(cited).toHaveLength(1);
    expect(cited[0]).toContainEqual(['ID', nb.id]);
  });
});
