import { request } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../electron/serve/server.ts';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { touches } from '../../electron/common/api/change.ts';
import { tempFolder } from '../support/temp-folder.ts';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so Host and Origin can be set as an attacker would. */
function send(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

let running: { server: RunningServer; service: NotebookService } | null = null;

async function start(): Promise<{ server: RunningServer; service: NotebookService; host: string }> {
  const root = await tempFolder();
  const staticDir = join(root, 'static');
  await mkdir(staticDir);
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Dossier</title>');
  await writeFile(join(root, 'secret.txt'), 'outside');
  const service = await NotebookService.open(join(root, 'nb'));
  const server = await startServer({ service, staticDir, port: 0 });
  running = { server, service };
  return { server, service, host: `127.0.0.1:${server.port}` };
}

afterEach(async () => {
  await running?.server.close();
  await running?.service.close();
  running = null;
});

function apiCall(
  host: string,
  token: string | null,
  method: string,
  payload: unknown,
  extra: Record<string, string> = {},
) {
  const headers: Record<string, string> = { host, 'content-type': 'application/json', ...extra };
  if (token !== null) headers['x-dossier-token'] = token;
  return { method: 'POST', path: `/api/${method}`, headers, body: JSON.stringify(payload) };
}

describe('browser mode server', () => {
  it('listens on 127.0.0.1 only and prints a URL with the session token', async () => {
    const { server } = await start();
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
    const { networkInterfaces } = await import('node:os');
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && !i.internal && i.family === 'IPv4');
    if (external) {
      await expect(
        new Promise((resolve, reject) => {
          const req = request({ host: external.address, port: server.port, path: '/' }, resolve);
          req.on('error', reject);
          req.end();
        }),
      ).rejects.toThrow(/ECONNREFUSED/);
    }
  });

  it('serves the page with the Content-Security-Policy and refuses paths outside it', async () => {
    const { server, host } = await start();
    const page = await send(server.port, { path: '/', headers: { host } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const reply = await send(server.port, { path, headers: { host } });
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('outside');
    }
  });

  it('answers 400 to a path with a malformed percent escape, and stays up', async () => {
    const { server, host } = await start();
    for (const path of ['/%', '/%E0%A4%A', '/assets/%zz.js']) {
      const reply = await send(server.port, { path, headers: { host } });
      expect(reply.status, path).toBe(400);
      expect(reply.body).toBe('Malformed percent escape in the path');
    }
    expect((await send(server.port, { path: '/', headers: { host } })).status).toBe(200);
  });

  it('answers API calls that carry the token', async () => {
    const { server, host } = await start();
    const added = await send(
      server.port,
      apiCall(host, server.token, 'addText', { title: 'T', text: 'Body.' }),
    );
    expect(added.status).toBe(200);
    const list = await send(server.port, apiCall(host, server.token, 'listArticles', {}));
    expect(JSON.parse(list.body)).toMatchObject({ ok: true, value: [{ title: 'T' }] });
  });

  it('refuses calls without the token, with a wrong token, a foreign Origin or Host, or the wrong content type', async () => {
    const { server, service, host } = await start();
    const payload = { title: 'Injected', text: 'Body.' };
    const refusals: [ReturnType<typeof apiCall>, number][] = [
      [apiCall(host, null, 'addText', payload), 401],
      [apiCall(host, 'x'.repeat(server.token.length), 'addText', payload), 401],
      [apiCall(host, server.token, 'addText', payload, { origin: 'http://evil.example' }), 403],
      [
        apiCall(host, server.token, 'addText', payload, {
          origin: `http://127.0.0.1:${server.port + 1}`,
        }),
        403,
      ],
      [apiCall(`evil.example:${server.port}`, server.token, 'addText', payload), 421],
      [
        {
          ...apiCall(host, server.token, 'addText', payload),
          headers: { host, 'x-dossier-token': server.token, 'content-type': 'text/plain' },
        },
        415,
      ],
    ];
    for (const [call, status] of refusals) {
      const reply = await send(server.port, call);
      expect(reply.status, JSON.stringify(call.headers)).toBe(status);
    }
    const page = await send(server.port, {
      path: '/',
      headers: { host: `attacker.example:${server.port}` },
    });
    expect(page.status).toBe(421);
    expect(await service.listArticles({})).toEqual([]);
  });

  it('accepts its own origin under either loopback name', async () => {
    const { server } = await start();
    const host = `localhost:${server.port}`;
    const reply = await send(
      server.port,
      apiCall(host, server.token, 'info', {}, { origin: `http://${host}` }),
    );
    expect(reply.status).toBe(200);
  });

  it('refuses unknown methods, bad JSON and wrong shapes with clear messages, and stays up', async () => {
    const { server, host } = await start();
    const unknown = await send(server.port, apiCall(host, server.token, 'rmrf', {}));
    expect(unknown.status).toBe(200);
    expect(JSON.parse(unknown.body).error.message).toBe('Unknown API method: "rmrf".');
    const badJson = await send(server.port, {
      ...apiCall(host, server.token, 'addText', {}),
      body: '{"title":',
    });
    expect(badJson.status).toBe(400);
    expect(JSON.parse(badJson.body).error.message).toBe('The request body is not valid JSON.');
    const wrong = await send(server.port, apiCall(host, server.token, 'addText', { title: ['x'] }));
    expect(wrong.status).toBe(200);
    expect(JSON.parse(wrong.body).error.code).toBe('invalid-input');
    const info = await send(server.port, apiCall(host, server.token, 'info', {}));
    expect(info.status).toBe(200);
  });

  it('streams change events to a client with the token', async () => {
    const { server, service, host } = await start();
    let connected = () => {};
    const streaming = new Promise<void>((resolve) => (connected = resolve));
    const received = new Promise<string>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: `/api/events?token=${server.token}`,
          headers: { host },
        },
        (res) => {
          let data = '';
          res.on('data', (chunk: Buffer) => {
            data += chunk.toString();
            // The server sends its first comment once the stream is registered.
            if (data.startsWith(': connected')) connected();
            const frame = data.match(/^data: (.*)$/m);
            if (frame) {
              resolve(frame[1]!);
              req.destroy();
            }
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
    await streaming;
    const { id } = await service.addText({ title: 'Event', text: 'Body.' });
    expect(JSON.parse(await received)).toEqual({
      type: 'changed',
      label: 'Add “Event”',
      touched: touches({ articles: [id] }),
    });
    const refused = await send(server.port, { path: '/api/events?token=wrong', headers: { host } });
    expect(refused.status).toBe(401);
  });
});
