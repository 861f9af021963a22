import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { NotebookEvent } from '../../electron/common/api/contract.ts';
import { DEFAULT_EXTRACT_LIMITS, extractPool } from '../../electron/core/import/extract-pool.ts';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { startServer } from '../../electron/serve/server.ts';
import { MB, docxBomb, hiddenPdfBomb, longPdf, pdfBomb } from '../support/bombs.ts';
import { post } from '../support/api-post.ts';
import { tempFolder } from '../support/temp-folder.ts';

afterEach(() => {
  extractPool().limits = { ...DEFAULT_EXTRACT_LIMITS };
});

/** Writes the files into a new folder; text files get a sentence of their own. */
async function files(named: Record<string, Uint8Array | string>): Promise<string[]> {
  const root = await tempFolder();
  const paths: string[] = [];
  for (const [name, content] of Object.entries(named)) {
    await writeFile(join(root, name), content);
    paths.push(join(root, name));
  }
  return paths;
}

/**
 * Imports the files while, as soon as the import reaches `hostile`, asking the service for its
 * info: true if that answer came before the import's results (the file's failure) did.
 */
async function importWhileAsking(
  service: NotebookService,
  paths: string[],
  hostile: string,
  jobId?: string,
) {
  let finished = false;
  let answered: Promise<boolean> | null = null;
  const stop = service.onEvent((event: NotebookEvent) => {
    if (event.type === 'import-progress' && event.current.endsWith(hostile) && answered === null)
      answered = service.info({}).then(() => !finished);
  });
  const results = await service.importPaths(paths, jobId);
  finished = true;
  stop();
  return { results, answeredFirst: await answered };
}

function reasons(results: { path: string; status: string; reason?: string }[]) {
  return results.map(({ path, status, reason }) => ({
    file: path.slice(path.lastIndexOf('/') + 1),
    outcome: reason ?? status,
  }));
}

describe('a decompression bomb', () => {
  it('fails alone with a clear message, the other files import, the service answers meanwhile', async () => {
    // The hidden bomb gets past the scan of FlateDecode streams: the reader's memory limit stops
    // it. (A reading process takes about 190 MB with pdf.js loaded, bundled as in the app, the
    // CLI and these tests; run through tsx, about 450 MB.)
    extractPool().limits = { ...DEFAULT_EXTRACT_LIMITS, memoryMb: 700 };
    const paths = await files({
      'bomb.docx': await docxBomb(300 * MB),
      'one.txt': 'The first report arrived on Monday.',
      'bomb.pdf': await pdfBomb(300 * MB),
      'two.txt': 'The second report arrived on Tuesday.',
      'hidden.pdf': await hiddenPdfBomb(500 * MB),
      'three.txt': 'The third report arrived on Wednesday.',
    });
    const service = await NotebookService.open(join(await tempFolder(), 'nb'));
    const { results, answeredFirst } = await importWhileAsking(service, paths, 'bomb.docx');
    expect(reasons(results)).toEqual([
      {
        file: 'bomb.docx',
        outcome:
          'bomb.docx: the document expands to more than 200 MB when unpacked; it was not imported (it may be a decompression bomb)',
      },
      { file: 'one.txt', outcome: 'imported' },
      {
        file: 'bomb.pdf',
        outcome:
          'bomb.pdf: the document expands to more than 200 MB when unpacked; it was not imported (it may be a decompression bomb)',
      },
      { file: 'two.txt', outcome: 'imported' },
      {
        file: 'hidden.pdf',
        outcome:
          'hidden.pdf: reading it needed more than 700 MB of memory; it was not imported (it may be a decompression bomb)',
      },
      { file: 'three.txt', outcome: 'imported' },
    ]);
    expect(answeredFirst).toBe(true);
    expect(await readdir(join(service.store.folder, 'originals'))).toHaveLength(3);
    await service.close();
  }, 120_000);
});

describe('browser mode during a bomb', () => {
  it('answers a request while the bomb is read, before the bomb is reported', async () => {
    const root = await tempFolder();
    const service = await NotebookService.open(join(root, 'nb'));
    const server = await startServer({ service, staticDir: root, port: 0 });
    const call = (method: string, payload: unknown) =>
      post(server, `/api/${method}`, JSON.stringify(payload));
    const order: string[] = [];
    const reading = new Promise<void>((resolve) =>
      service.onEvent((event: NotebookEvent) => {
        if (event.type === 'import-progress' && event.current === 'bomb.pdf') resolve();
      }),
    );
    const imported = call('importFiles', {
      files: [
        { name: 'bomb.pdf', data: (await pdfBomb(300 * MB)).toString('base64') },
        { name: 'note.txt', data: Buffer.from('A note sent with the bomb.').toString('base64') },
      ],
    }).then((reply) => {
      order.push('import');
      return reply;
    });
    await reading;
    const info = await call('info', {});
    order.push('info');
    const reply = await imported;
    expect(info.status).toBe(200);
    expect(order).toEqual(['info', 'import']);
    expect(reply.status).toBe(200);
    const { results } = (
      JSON.parse(reply.body) as { value: { results: { status: string; reason?: string }[] } }
    ).value;
    expect(results.map((result) => result.reason ?? result.status)).toEqual([
      'bomb.pdf: the document expands to more than 200 MB when unpacked; it was not imported (it may be a decompression bomb)',
      'imported',
    ]);
    await server.close();
    await service.close();
  }, 60_000);
});

describe('a file that takes too long to read', () => {
  it('fails alone once its time is up, and the next files import', async () => {
    extractPool().limits = { ...DEFAULT_EXTRACT_LIMITS, timeMs: 1500 };
    const paths = await files({
      'long.pdf': longPdf(20_000),
      'after.txt': 'A short note read after the long report.',
    });
    const service = await NotebookService.open(join(await tempFolder(), 'nb'));
    const { results, answeredFirst } = await importWhileAsking(service, paths, 'long.pdf');
    expect(reasons(results)).toEqual([
      {
        file: 'long.pdf',
        outcome: 'long.pdf: reading it took longer than 1.5 s; it was not imported',
      },
      { file: 'after.txt', outcome: 'imported' },
    ]);
    expect(answeredFirst).toBe(true);
    await service.close();
  }, 60_000);

  it('is cancelled while it is being read: cancel stops the file in flight', async () => {
    const paths = await files({
      'long.pdf': longPdf(20_000),
      'after.txt': 'A short note that the cancel leaves out.',
    });
    const service = await NotebookService.open(join(await tempFolder(), 'nb'));
    service.onEvent((event: NotebookEvent) => {
      if (event.type === 'import-progress' && event.current.endsWith('long.pdf'))
        void service.cancelImport({ jobId: 'job-long' });
    });
    // Without a cancel that reaches into the file, this waits the whole time limit (minutes).
    const results = await service.importPaths(paths, 'job-long');
    expect(reasons(results)).toEqual([
      { file: 'long.pdf', outcome: 'the import was cancelled' },
      { file: 'after.txt', outcome: 'the import was cancelled' },
    ]);
    expect(await readdir(join(service.store.folder, 'articles'))).toEqual([]);
    await service.close();
  }, 60_000);
});

describe('originals/ after a crash mid-import', () => {
  it('loses, on the next open, the originals that no article and no backup names', async () => {
    const paths = await files({
      'kept.txt': 'A report the notebook keeps.',
      'deleted.txt': 'A report deleted after a backup was taken of it.',
    });
    const folder = join(await tempFolder(), 'nb');
    let service = await NotebookService.open(folder);
    const [kept, deleted] = await service.importPaths(paths);
    await service.close();
    service = await NotebookService.open(folder); // the backup on open holds both articles
    await service.deleteArticle({ id: deleted!.id! });
    await service.close();
    // What a crash between writing the originals and writing their articles leaves.
    await writeFile(join(folder, 'originals/crashed00001.txt'), 'An article that never landed.');
    await writeFile(join(folder, 'originals/crashed00002.pdf'), '%PDF-1.7 never landed either');
    service = await NotebookService.open(folder);
    expect((await readdir(join(folder, 'originals'))).sort()).toEqual(
      [`${kept!.id}.txt`, `${deleted!.id}.txt`].sort(),
    );
    await service.close();
  }, 60_000);
});

describe('a feed original after its articles are deleted', () => {
  it('stays while a backup holds one of its items, though not the item it is named after', async () => {
    const [feed] = await files({
      'news.rss': `<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>
        <item><title>First item</title><description>The first item of the feed.</description></item>
        <item><title>Second item</title><description>The second item of the feed.</description></item>
        </channel></rss>`,
    });
    const folder = join(await tempFolder(), 'nb');
    let service = await NotebookService.open(folder);
    const [first, second] = await service.importPaths([feed!]);
    const original = (await service.getArticle({ id: first!.id! })).original!.file;
    expect(original).toBe(`${first!.id}.rss`);
    await service.deleteArticle({ id: first!.id! }); // before any backup held it
    await service.close();
    service = await NotebookService.open(folder); // the backup on open holds the second item only
    await service.deleteArticle({ id: second!.id! });
    await service.close();
    service = await NotebookService.open(folder);
    expect(await readdir(join(folder, 'originals'))).toEqual([original]);
    await service.close();
  }, 60_000);
});
