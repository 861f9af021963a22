import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { localApi } from '../../electron/core/api/dispatch.ts';
import type { NotebookEvent } from '../../electron/common/api/contract.ts';
import { tempFolder } from '../support/temp-folder.ts';
import { snapshotFolder } from '../support/folder-snapshot.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const SAMPLE = join(FIXTURES, 'articles/wire-2021-03-16-blinken-austin.txt');

function upload(name: string, content: string | Uint8Array) {
  return { name, data: Buffer.from(content).toString('base64') };
}

describe('importing files into a notebook', () => {
  it('imports a folder recursively, keeps each original with its sha256, and flags duplicates', async () => {
    const root = await tempFolder();
    await mkdir(join(root, 'in/sub'), { recursive: true });
    await writeFile(join(root, 'in/one.txt'), 'First article about Tokyo.\n\nSecond paragraph.');
    await writeFile(join(root, 'in/sub/two.md'), '# Second\n\nAn article about Seoul.');
    await writeFile(
      join(root, 'in/sub/copy.txt'),
      'first   ARTICLE about Tokyo!\n\nSecond paragraph',
    );
    await writeFile(join(root, 'in/.hidden.txt'), 'not me');
    const service = await NotebookService.open(join(root, 'nb'));

    const results = await service.importPaths([join(root, 'in')]);
    expect(results.map((r) => [r.status, r.path.slice(root.length)])).toEqual([
      ['imported', '/in/one.txt'],
      ['duplicate', '/in/sub/copy.txt'],
      ['imported', '/in/sub/two.md'],
    ]);
    expect(results[1]!.id).toBe(results[0]!.id);

    const article = await service.getArticle({ id: results[0]!.id! });
    expect(article.original).toMatchObject({
      name: 'one.txt',
      bytes: 45,
      file: `${article.id}.txt`,
    });
    const kept = await readFile(join(root, 'nb/originals', article.original!.file));
    expect(kept.toString()).toBe('First article about Tokyo.\n\nSecond paragraph.');
    const { createHash } = await import('node:crypto');
    expect(article.original!.sha256).toBe(createHash('sha256').update(kept).digest('hex'));
    await service.close();
  });

  it('imports the sample wire article with its date, dateline and source', async () => {
    const service = await NotebookService.open(join(await tempFolder(), 'nb'));
    const [result] = await service.importPaths([SAMPLE]);
    expect(result!.status).toBe('imported');
    const article = await service.getArticle({ id: result!.id! });
    expect(article).toMatchObject({
      published: '2021-03-16',
      dateline: 'Washington',
      source: 'Harbor Wire / Meridian Press',
    });
    await service.close();
  });

  it('stores metadata fields on one line with single spaces, elements apart, as the page meant them', async () => {
    const service = await NotebookService.open(join(await tempFolder(), 'nb'));
    const page = join(
      FIXTURES,
      'state-dept/acting-assistant-secretary-for-near-eastern-affairs-yael-lempert-on-the-secretar.html',
    );
    // The page's own author line reads "…, Yael  Lempert , Acting Assistant SecretaryBureau …".
    expect(await readFile(page, 'utf8')).toContain('Yael  Lempert ,');
    expect(await readFile(page, 'utf8')).toContain('SecretaryBureau');
    const [result] = await service.importPaths([page]);
    const article = await service.getArticle({ id: result!.id! });
    expect(article.authors).toEqual([
      'Ned Price, Department Spokesperson, Yael Lempert, Acting Assistant Secretary, Bureau of Near Eastern Affairs',
    ]);
    expect(article.title).toBe(
      'Acting Assistant Secretary for Near Eastern Affairs Yael Lempert On the Secretary’s Upcoming Travel to Israel, the West Bank, Morocco, and Algeria',
    );
    await service.close();
  });

  it('fails a bad file alone, with its reason, and still imports the rest', async () => {
    const folder = join(await tempFolder(), 'nb');
    const service = await NotebookService.open(folder);
    const api = localApi(service);
    const { results } = await api.importFiles({
      files: [
        upload('empty.txt', ''),
        upload('good.txt', 'A good article about Paris.'),
        upload('binary.txt', new Uint8Array([0, 1, 2, 0, 255, 0, 7])),
        upload('slides.pptx', 'whatever'),
      ],
    });
    expect(results.map((r) => [r.path, r.status])).toEqual([
      ['empty.txt', 'failed'],
      ['good.txt', 'imported'],
      ['binary.txt', 'failed'],
      ['slides.pptx', 'failed'],
    ]);
    const reasons = results.filter((r) => r.status === 'failed').map((r) => r.reason);
    expect(reasons[0]).toMatch(/empty/);
    expect(reasons[1]).toMatch(/binary/);
    expect(reasons[2]).toMatch(/\.txt/);
    expect(await readdir(join(folder, 'articles'))).toHaveLength(1);
    expect(await readdir(join(folder, 'originals'))).toHaveLength(1);
    await service.close();
  });

  it('undoes a whole import in one step, across the calls of one job, and redoes it', async () => {
    const folder = join(await tempFolder(), 'nb');
    const service = await NotebookService.open(folder);
    const api = localApi(service);
    await api.importFiles({
      files: [upload('a.txt', 'Alpha article.')],
      jobId: 'job-1',
      batch: { offset: 0, total: 2 },
    });
    await api.importFiles({
      files: [upload('b.txt', 'Beta article.')],
      jobId: 'job-1',
      batch: { offset: 1, total: 2 },
    });
    expect((await api.info({})).undoLabel).toBe('Import 2 articles');
    await api.undo({});
    expect(await api.listArticles({})).toEqual([]);
    expect(await readdir(join(folder, 'articles'))).toEqual([]);
    await api.redo({});
    expect((await api.listArticles({})).map((a) => a.title).sort()).toEqual([
      'Alpha article.',
      'Beta article.',
    ]);
    await service.close();
  });

  it('reports progress for each file and can be cancelled between files', async () => {
    const service = await NotebookService.open(join(await tempFolder(), 'nb'));
    const api = localApi(service);
    const events: NotebookEvent[] = [];
    service.onEvent((event) => {
      events.push(event);
      if (event.type === 'import-progress' && event.done === 1)
        void api.cancelImport({ jobId: 'job-c' });
    });
    const files = ['one', 'two', 'three'].map((word) =>
      upload(`${word}.txt`, `Article number ${word}.`),
    );
    const { results } = await api.importFiles({ files, jobId: 'job-c' });
    // The file being read when the cancel came may be saved or stop, depending on how far the
    // readers had got; the file after it is not imported, and nothing cancelled is saved.
    expect(results[0]!.status).toBe('imported');
    expect(results[2]).toMatchObject({ status: 'failed', reason: 'the import was cancelled' });
    expect(
      results[1]!.status === 'imported' || results[1]!.reason === 'the import was cancelled',
    ).toBe(true);
    const imported = results.filter((r) => r.status === 'imported');
    expect((await api.listArticles({})).length).toBe(imported.length);
    const progress = events.filter((e) => e.type === 'import-progress');
    expect(progress[0]).toEqual({
      type: 'import-progress',
      jobId: 'job-c',
      done: 0,
      total: 3,
      current: 'one.txt',
    });
    expect(progress.at(-1)).toMatchObject({ done: 3, total: 3, current: '' });
    await service.close();
  });

  it('imports every item of an RSS feed as its own article', async () => {
    const service = await NotebookService.open(join(await tempFolder(), 'nb'));
    const results = await service.importPaths([
      join(FIXTURES, 'feeds/state-dept-press-releases-2022-08-03.rss'),
    ]);
    expect(results.length).toBeGreaterThanOrEqual(10);
    expect(new Set(results.map((r) => r.status))).toEqual(new Set(['imported']));
    const articles = await service.listArticles({});
    expect(new Set(articles.map((a) => a.original?.file)).size).toBe(1);
    await service.close();
  });
});

describe('editing an article', () => {
  it('changes metadata and tags, with undo, but never the text', async () => {
    const folder = join(await tempFolder(), 'nb');
    const service = await NotebookService.open(folder);
    const api = localApi(service);
    const { id } = await api.addText({ title: 'Old title', text: 'Body text.', source: 'Reuters' });
    await api.updateArticle({ id, metadata: { url: 'https://example.org/a' } });
    expect(await api.getArticle({ id })).toMatchObject({
      title: 'Old title',
      source: 'Reuters',
      url: 'https://example.org/a',
    });
    await api.undo({});
    const updated = await api.updateArticle({
      id,
      metadata: { title: 'New title', tags: ['japan', 'defense'], published: '2021-03' },
    });
    expect(updated).toMatchObject({
      title: 'New title',
      tags: ['japan', 'defense'],
      published: '2021-03',
    });
    expect((await api.info({})).undoLabel).toBe('Edit title, published, tags of “Old title”');
    await api.undo({});
    expect((await api.getArticle({ id })).title).toBe('Old title');

    const before = await snapshotFolder(folder);
    await expect(
      api.updateArticle({ id, metadata: { text: 'Rewritten' } as never }),
    ).rejects.toThrow(/Invalid input for updateArticle/);
    await expect(api.updateArticle({ id, metadata: { published: '2021-13' } })).rejects.toThrow(
      /no such date/,
    );
    expect(await snapshotFolder(folder)).toEqual(before);
    await service.close();
  });
});
