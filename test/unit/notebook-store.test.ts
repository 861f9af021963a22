import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { localApi } from '../../electron/core/api/dispatch.ts';
import type { NotebookApi } from '../../electron/common/api/contract.ts';
import { writeFileDurably } from '../../electron/core/disk/durable-file.ts';
import { tempFolder } from '../support/temp-folder.ts';
import { snapshotFolder } from '../support/folder-snapshot.ts';

async function openApi(folder: string): Promise<{ api: NotebookApi; service: NotebookService }> {
  const service = await NotebookService.open(folder);
  return { api: localApi(service), service };
}

const ARTICLE = {
  title: 'Blinken and Austin travel to Tokyo',
  text: 'US Secretaries of State and Defense embark on a trip.\r\n\r\nThey   will meet   their counterparts.',
};

describe('a new notebook', () => {
  it('is created in a folder that does not exist, with the layout of docs/ARCHITECTURE.md', async () => {
    const folder = join(await tempFolder(), 'Research.dossier');
    const { api, service } = await openApi(folder);
    expect((await api.info({})).title).toBe('Research');
    await service.close();
    const entries = (await readdir(folder)).sort();
    expect(entries).toEqual(['articles', 'backups', 'cache', 'notebook.json', 'originals']);
    const meta = JSON.parse(await readFile(join(folder, 'notebook.json'), 'utf8'));
    expect(meta).toMatchObject({ format: 'dossier-notebook', schemaVersion: 1 });
  });

  it('is created in an empty folder', async () => {
    const folder = await tempFolder();
    const { service } = await openApi(folder);
    await service.close();
    expect(await readdir(folder)).toContain('notebook.json');
  });

  it('is refused in a non-empty folder that is not a notebook, which is left alone', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'thesis.docx'), 'my thesis');
    const before = await snapshotFolder(folder);
    await expect(NotebookService.open(folder)).rejects.toThrow(/is not a Dossier notebook/);
    expect(await snapshotFolder(folder)).toEqual(before);
  });
});

describe('articles', () => {
  it('are saved one file each, listed, and survive a restart', async () => {
    const folder = await tempFolder();
    const first = await openApi(folder);
    const { id } = await first.api.addText(ARTICLE);
    await first.service.close();

    expect(await readdir(join(folder, 'articles'))).toEqual([`${id}.json`]);
    const second = await openApi(folder);
    const list = await second.api.listArticles({});
    expect(list.map((article) => article.title)).toEqual([ARTICLE.title]);
    expect(list[0]).not.toHaveProperty('text');
    expect(list[0]!.wordCount).toBe(15);
    const article = await second.api.getArticle({ id });
    expect(article.text).toBe(
      'US Secretaries of State and Defense embark on a trip.\n\nThey will meet their counterparts.',
    );
    expect(article.paragraphs.map((p) => article.text.slice(p.start, p.end))).toEqual([
      'US Secretaries of State and Defense embark on a trip.',
      'They will meet their counterparts.',
    ]);
    await second.service.close();
  });

  it('leave no temporary files behind', async () => {
    const folder = await tempFolder();
    const { api, service } = await openApi(folder);
    for (let i = 0; i < 5; i++) await api.addText({ ...ARTICLE, title: `Article ${i}` });
    await service.close();
    const names = await readdir(join(folder, 'articles'));
    expect(names).toHaveLength(5);
    expect(names.filter((name) => name.endsWith('.tmp'))).toEqual([]);

    // A crashed write's temporary files are removed at the next open, and nothing else.
    const stray = ['.entities.json.4242.1.tmp', 'articles/.a1.json.4242.2.tmp'];
    for (const name of stray) await writeFile(join(folder, name), '{"half":');
    await writeFile(join(folder, 'articles', 'notes.tmp'), 'mine');
    const reopened = await openApi(folder);
    await reopened.service.close();
    expect((await readdir(folder)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect((await readdir(join(folder, 'articles'))).filter((n) => n.endsWith('.tmp'))).toEqual([
      'notes.tmp',
    ]);
  });

  it('refuse an empty title or a blank text and change nothing', async () => {
    const folder = await tempFolder();
    const { api, service } = await openApi(folder);
    const before = await snapshotFolder(folder);
    await expect(api.addText({ title: '   ', text: 'Some text.' })).rejects.toThrow(
      /title is empty/,
    );
    await expect(api.addText({ title: 'A title', text: ' \n\t ' })).rejects.toThrow(
      /text is empty/,
    );
    expect(await snapshotFolder(folder)).toEqual(before);
    expect(await api.listArticles({})).toEqual([]);
    await service.close();
  });

  it('refuse an unknown id', async () => {
    const folder = await tempFolder();
    const { api, service } = await openApi(folder);
    await expect(api.getArticle({ id: 'aaaaaaaaaaaa' as never })).rejects.toThrow(
      'No article with id aaaaaaaaaaaa.',
    );
    await service.close();
  });
});

describe('undo and redo', () => {
  it('undo removes an added article, redo brings it back, both on disk', async () => {
    const folder = await tempFolder();
    const { api, service } = await openApi(folder);
    const { id } = await api.addText(ARTICLE);
    expect((await api.info({})).undoLabel).toBe(`Add “${ARTICLE.title}”`);

    const undone = await api.undo({});
    expect(undone.undone).toBe(`Add “${ARTICLE.title}”`);
    expect(await readdir(join(folder, 'articles'))).toEqual([]);
    expect(await api.listArticles({})).toEqual([]);
    expect(undone.redoLabel).toBe(`Add “${ARTICLE.title}”`);

    await api.redo({});
    expect((await api.getArticle({ id })).title).toBe(ARTICLE.title);
    expect(await readdir(join(folder, 'articles'))).toEqual([`${id}.json`]);
    await service.close();
  });

  it('undo of a delete restores the article exactly', async () => {
    const folder = await tempFolder();
    const { api, service } = await openApi(folder);
    const { id } = await api.addText(ARTICLE);
    const before = await api.getArticle({ id });
    await api.deleteArticle({ id });
    expect(await api.listArticles({})).toEqual([]);
    await api.undo({});
    expect(await api.getArticle({ id })).toEqual(before);
    await service.close();
  });

  it('says so when there is nothing to undo or redo', async () => {
    const folder = await tempFolder();
    const { api, service } = await openApi(folder);
    await expect(api.undo({})).rejects.toThrow('There is nothing to undo.');
    await expect(api.redo({})).rejects.toThrow('There is nothing to redo.');
    await service.close();
  });

  it('a new change clears the redo list', async () => {
    const folder = await tempFolder();
    const { api, service } = await openApi(folder);
    await api.addText(ARTICLE);
    await api.undo({});
    await api.addText({ ...ARTICLE, title: 'Another' });
    expect((await api.info({})).redoLabel).toBeNull();
    await service.close();
  });
});

describe('damaged files', () => {
  it('a corrupt notebook.json is named, refused, and left as it was', async () => {
    const folder = await tempFolder();
    await (await openApi(folder)).service.close();
    await writeFile(join(folder, 'notebook.json'), '{"format": "dossier-notebook", "schemaVer');
    const before = await snapshotFolder(folder);
    await expect(NotebookService.open(folder)).rejects.toThrow(
      /notebook file notebook\.json is damaged: it is not valid JSON/,
    );
    expect(await snapshotFolder(folder)).toEqual(before);
  });

  it('a corrupt article is reported, kept out of the list, and never overwritten', async () => {
    const folder = await tempFolder();
    const first = await openApi(folder);
    const { id } = await first.api.addText(ARTICLE);
    const { id: other } = await first.api.addText({ ...ARTICLE, title: 'Still fine' });
    await first.service.close();
    const file = join(folder, 'articles', `${id}.json`);
    const garbled = (await readFile(file, 'utf8')).slice(0, 40);
    await writeFile(file, garbled);

    const { api, service } = await openApi(folder);
    const info = await api.info({});
    expect(info.damaged).toEqual([
      {
        file: `articles/${id}.json`,
        message: expect.stringMatching(/is damaged: it is not valid JSON/),
      },
    ]);
    expect((await api.listArticles({})).map((a) => a.id)).toEqual([other]);
    await expect(api.deleteArticle({ id })).rejects.toThrow(`No article with id ${id}.`);
    await service.close();
    expect(await readFile(file, 'utf8')).toBe(garbled);
  });

  it('an article of the wrong shape is reported with the field at fault', async () => {
    const folder = await tempFolder();
    const first = await openApi(folder);
    const { id } = await first.api.addText(ARTICLE);
    await first.service.close();
    const file = join(folder, 'articles', `${id}.json`);
    const article = JSON.parse(await readFile(file, 'utf8'));
    await writeFile(file, JSON.stringify({ ...article, published: '2021-02-30' }));
    const { api, service } = await openApi(folder);
    expect((await api.info({})).damaged[0]!.message).toMatch(/at published: no such date/);
    await service.close();
  });

  it('a notebook from a newer Dossier is refused and not changed', async () => {
    const folder = await tempFolder();
    await mkdir(join(folder, 'articles'));
    await writeFile(
      join(folder, 'notebook.json'),
      JSON.stringify({
        format: 'dossier-notebook',
        schemaVersion: 99,
        title: 'Future',
        createdAt: '2030-01-01T00:00:00.000Z',
      }),
    );
    const before = await snapshotFolder(folder);
    await expect(NotebookService.open(folder)).rejects.toThrow(
      /written by a newer Dossier \(schema 99/,
    );
    expect(await snapshotFolder(folder)).toEqual(before);
  });
});

describe('durable writes', () => {
  it('replace the file whole and leave no temporary file', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'data.json');
    await writeFileDurably(path, 'first');
    await writeFileDurably(path, 'second');
    expect(await readFile(path, 'utf8')).toBe('second');
    expect(await readdir(folder)).toEqual(['data.json']);
  });

  it('let the thread answer at an empty piece, before the next piece is made', async () => {
    // The catalog's write measures its columns between such pieces (issue 21).
    const folder = await tempFolder();
    const path = join(folder, 'data.json');
    let answered = false;
    const answeredBefore: boolean[] = [];
    function* pieces() {
      yield 'first ';
      setImmediate(() => (answered = true));
      yield '';
      answeredBefore.push(answered);
      yield 'second';
    }
    await writeFileDurably(path, pieces());
    expect(answeredBefore).toEqual([true]);
    expect(await readFile(path, 'utf8')).toBe('first second');
  });
});
