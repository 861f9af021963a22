import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { ExtractPool } from '../../electron/core/import/extract-pool.ts';
import { extractArticles } from '../../electron/core/import/extract.ts';
import { newArticle } from '../../electron/core/service/new-article.ts';
import { writeFilesDurably } from '../../electron/core/disk/durable-file.ts';
import type { NotebookEvent } from '../../electron/common/api/contract.ts';
import { tempFolder } from '../support/temp-folder.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const STATE_DEPT = join(FIXTURES, 'state-dept');

/** The first `count` State Department pages, in the order an import of the folder takes them. */
async function pages(count: number): Promise<string[]> {
  const names = (await readdir(STATE_DEPT)).sort((a, b) => a.localeCompare(b));
  return names.slice(0, count).map((name) => join(STATE_DEPT, name));
}

const FIELDS = [
  'title',
  'text',
  'source',
  'authors',
  'published',
  'url',
  'dateline',
  'language',
] as const;
describe('the extraction pool', () => {
  it('fails only the file whose worker died, with the reason, and goes on with a new worker', async () => {
    const pool = new ExtractPool(
      2,
      pathToFileURL(join(import.meta.dirname, '../support/dying-extract-worker.mjs')),
    );
    const file = (name: string) => ({ name, bytes: new Uint8Array([65]) });
    const outcomes = await Promise.all(
      ['a.txt', 'exit.txt', 'b.txt', 'throw.txt', 'c.txt', 'd.txt'].map((name) =>
        pool.extract(file(name)),
      ),
    );
    expect(outcomes).toEqual([
      { articles: [{ title: 'a.txt' }] },
      { error: 'the reader stopped while reading it (exit code 3)' },
      { articles: [{ title: 'b.txt' }] },
      { error: 'the reader stopped while reading it (a bug in a reader)' },
      { articles: [{ title: 'c.txt' }] },
      { articles: [{ title: 'd.txt' }] },
    ]);
    expect(await pool.extract(file('e.txt'))).toEqual({ articles: [{ title: 'e.txt' }] });
  });
});

describe('a batch import', () => {
  it('gives the same articles as reading each file on the main thread, each with its original', async () => {
    const files = [
      ...(await pages(40)),
      join(FIXTURES, 'articles/wire-2021-03-16-blinken-austin.txt'),
    ];
    const folder = join(await tempFolder(), 'nb');
    const service = await NotebookService.open(folder);
    const results = await service.importPaths(files);
    expect(results.map((r) => r.status)).toEqual(files.map(() => 'imported'));
    for (const [index, path] of files.entries()) {
      const bytes = await readFile(path);
      const [extracted] = await extractArticles({ name: basename(path), bytes });
      const expected = newArticle(extracted!, extracted!.text);
      const article = await service.getArticle({ id: results[index]!.id! });
      for (const field of FIELDS) expect(article[field], field).toEqual(expected[field]);
      expect(await readFile(join(folder, 'originals', article.original!.file))).toEqual(bytes);
    }
    expect((await service.info({})).undoLabel).toBe(`Import ${files.length} articles`);
    await service.close();
    const left = [...(await readdir(folder, { recursive: true }))].filter((f) =>
      f.endsWith('.tmp'),
    );
    expect(left).toEqual([]);
  }, 180_000);

  it('is cancelled: the files before are imported and on disk, the rest fail', async () => {
    const files = await pages(30);
    const folder = join(await tempFolder(), 'nb');
    const service = await NotebookService.open(folder);
    service.onEvent((event: NotebookEvent) => {
      if (event.type === 'import-progress' && event.done === 10)
        void service.cancelImport({ jobId: 'job-cancel' });
    });
    const results = await service.importPaths(files, 'job-cancel');
    expect(results.slice(0, 10).map((r) => r.status)).toEqual(Array(10).fill('imported'));
    // The file in hand when the cancel came imports if it was read already, else it is cancelled.
    const imported = results[10]!.status === 'imported' ? 11 : 10;
    expect(results.slice(imported).map((r) => r.reason)).toEqual(
      Array(30 - imported).fill('the import was cancelled'),
    );
    expect(await readdir(join(folder, 'articles'))).toHaveLength(imported);
    expect(await readdir(join(folder, 'originals'))).toHaveLength(imported);
    await service.close();
  }, 180_000);

  it('flags a duplicate of a file saved in the same batch', async () => {
    const [page] = await pages(1);
    const root = await tempFolder();
    await mkdir(join(root, 'in'));
    const html = await readFile(page!);
    await writeFile(join(root, 'in/a.html'), html);
    await writeFile(join(root, 'in/b.html'), html);
    const service = await NotebookService.open(join(root, 'nb'));
    const results = await service.importPaths([join(root, 'in')]);
    expect(results.map((r) => r.status)).toEqual(['imported', 'duplicate']);
    expect(results[1]!.id).toBe(results[0]!.id);
    await service.close();
  }, 120_000);
});

describe('writing files together', () => {
  it('renames none of them when one cannot be written, and leaves no temporary file', async () => {
    const folder = await tempFolder();
    await expect(
      writeFilesDurably([
        { path: join(folder, 'a.json'), content: 'a' },
        { path: join(folder, 'missing/b.json'), content: 'b' },
      ]),
    ).rejects.toThrow(/ENOENT/);
    expect(await readdir(folder)).toEqual([]);
    await writeFilesDurably([
      { path: join(folder, 'a.json'), content: 'a' },
      { path: join(folder, 'b.json'), content: new Uint8Array([98]) },
    ]);
    expect((await readdir(folder)).sort()).toEqual(['a.json', 'b.json']);
    expect(await readFile(join(folder, 'b.json'), 'utf8')).toBe('b');
  });
});
