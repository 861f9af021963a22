import { request } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../electron/serve/server.ts';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { longLine } from '../support/long-line.ts';
import { tempFolder } from '../support/temp-folder.ts';

// Issue 22: listing the suggestions of a 600 KB one-line article held browser mode's only thread
// for minutes; no request was answered meanwhile.

let running: { server: RunningServer; service: NotebookService } | null = null;

afterEach(async () => {
  await running?.server.close();
  await running?.service.close();
  running = null;
});

/** An API call through the server, as the browser makes it. */
function call(server: RunningServer, method: string, payload: unknown): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: 'POST',
        path: `/api/${method}`,
        headers: {
          host: `127.0.0.1:${server.port}`,
          'content-type': 'application/json',
          'x-dossier-token': server.token,
        },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve(JSON.parse(body)));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(payload));
  });
}

describe('a hostile article in browser mode', () => {
  it('fails its own suggestions past the time budget while the server keeps answering', async () => {
    const root = await tempFolder();
    const staticDir = join(root, 'static');
    await mkdir(staticDir);
    await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Dossier</title>');
    // A test-sized budget: the 3 MB line needs far more than one second of reading.
    const service = await NotebookService.open(join(root, 'nb'), { suggestionBudgetMs: 1000 });
    const server = await startServer({ service, staticDir, port: 0 });
    running = { server, service };
    const { id: hostile } = await service.addText({
      title: 'Pasted page',
      text: longLine(3_000_000).text,
    });
    const { id: normal } = await service.addText({
      title: 'Visit',
      text: 'TIRANA (Reuters) - Antony J. Blinken met Prime Minister Edi Rama in Tirana on March 16, 2021.',
      published: '2021-03-16',
    });

    let settled = false;
    const events = call(server, 'listEventSuggestions', { articleId: hostile }).finally(() => {
      settled = true;
    });
    const list = await call(server, 'listArticles', {});
    expect(list).toMatchObject({ ok: true, value: [{ title: 'Visit' }, { title: 'Pasted page' }] });
    expect(settled).toBe(false); // answered while the long article was still being read

    expect(await events).toMatchObject({
      ok: false,
      error: {
        code: 'too-long',
        message:
          'Suggestions for “Pasted page” took longer than 1 s and were stopped; the article is too long for suggestions (split it into shorter articles to get them).',
      },
    });
    // The other articles' suggestions still come (from a new worker), and the long one fails at
    // once from now on.
    const suggestions = await call(server, 'listSuggestions', { articleId: normal });
    expect(suggestions).toMatchObject({
      ok: true,
      value: expect.arrayContaining([expect.objectContaining({ text: 'Edi Rama' })]),
    });
    expect(await call(server, 'listEventSuggestions', { articleId: normal })).toMatchObject({
      ok: true,
      value: [{ date: { start: '2021-03-16' } }],
    });
    expect(await call(server, 'listSuggestions', { articleId: hostile })).toMatchObject({
      ok: false,
      error: { code: 'too-long' },
    });
  });
});
