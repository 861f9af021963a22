import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { dispatch } from '../core/api/dispatch.ts';
import type { NotebookEvent } from '../common/api/contract.ts';
import type { NotebookService } from '../core/service/notebook-service.ts';
import { CONTENT_SECURITY_POLICY } from '../core/security/content-security-policy.ts';

/** Browser mode: the same API as the Electron window, over HTTP on 127.0.0.1 only. */

export const TOKEN_HEADER = 'x-dossier-token';
/** Large enough for a pasted book; the file import streams its own uploads. */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;
const HOST = '127.0.0.1';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

export interface ServeOptions {
  service: NotebookService;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port: number;
  /** Fixed token for tests; random otherwise. */
  token?: string;
}

export interface RunningServer {
  /** The address to open, with the session token in the fragment (never sent to the server). */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const staticDir = resolve(options.staticDir);
  const streams = new Set<ServerResponse>();
  let port = options.port;

  const server: Server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) send(response, 500, 'text/plain', 'Internal error');
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const allowedHosts = [`${HOST}:${port}`, `localhost:${port}`];
    // DNS rebinding: a foreign name that resolves here must not reach the API.
    if (!allowedHosts.includes(request.headers.host ?? '')) {
      return send(response, 421, 'text/plain', 'Unknown Host header');
    }
    const origin = request.headers.origin;
    if (origin !== undefined && !allowedHosts.some((host) => origin === `http://${host}`)) {
      return send(response, 403, 'text/plain', 'Foreign Origin');
    }
    const url = new URL(request.url ?? '/', `http://${HOST}`);
    if (url.pathname === '/api/events') return events(request, response, url);
    if (url.pathname.startsWith('/api/')) return api(request, response, url.pathname.slice(5));
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return send(response, 405, 'text/plain', 'Method not allowed');
    }
    return serveFile(response, url.pathname);
  }

  function authorized(presented: string | undefined): boolean {
    if (presented === undefined) return false;
    const a = Buffer.from(presented);
    const b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b);
  }

  async function api(
    request: IncomingMessage,
    response: ServerResponse,
    method: string,
  ): Promise<void> {
    if (request.method !== 'POST') return send(response, 405, 'text/plain', 'Use POST');
    if (!authorized(header(request, TOKEN_HEADER))) {
      return send(response, 401, 'text/plain', 'Missing or wrong session token');
    }
    // A JSON content type keeps cross-site "simple" form posts out.
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return send(response, 415, 'text/plain', 'Expected application/json');
    }
    const body = await readBody(request);
    if (body === null) {
      return sendJson(response, 413, {
        ok: false,
        error: {
          code: 'invalid-input',
          message: `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.`,
        },
      });
    }
    let payload: unknown;
    try {
      payload = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      return sendJson(response, 400, {
        ok: false,
        error: { code: 'invalid-input', message: 'The request body is not valid JSON.' },
      });
    }
    let name: string;
    try {
      name = decodeURIComponent(method);
    } catch {
      name = method;
    }
    const result = await dispatch(options.service, name, payload);
    // An RPC: the call went through and its result, success or refusal, is in the body (as over
    // IPC). HTTP statuses are kept for what stops a request before the API sees it.
    sendJson(response, 200, result);
  }

  function events(request: IncomingMessage, response: ServerResponse, url: URL): void {
    if (!authorized(url.searchParams.get('token') ?? undefined)) {
      return send(response, 401, 'text/plain', 'Missing or wrong session token');
    }
    response.writeHead(200, {
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    response.write(': connected\n\n');
    streams.add(response);
    const heartbeat = setInterval(() => response.write(': ping\n\n'), 25_000);
    request.on('close', () => {
      clearInterval(heartbeat);
      streams.delete(response);
    });
  }

  async function serveFile(response: ServerResponse, pathname: string): Promise<void> {
    let wanted: string;
    try {
      wanted = pathname === '/' ? '/index.html' : decodeURIComponent(pathname);
    } catch {
      // A malformed escape ("/%", "/%E0%A4%A") is the client's mistake, not the server's.
      return send(response, 400, 'text/plain', 'Malformed percent escape in the path');
    }
    const file = resolve(join(staticDir, wanted));
    const inside = relative(staticDir, file);
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
      return send(response, 404, 'text/plain', 'Not found');
    }
    let content: Buffer;
    try {
      content = await readFile(file);
    } catch {
      return send(response, 404, 'text/plain', 'Not found');
    }
    response.writeHead(200, {
      'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cache-Control': 'no-store',
    });
    response.end(content);
  }

  const unsubscribe = options.service.onEvent((event: NotebookEvent) => {
    const frame = `data: ${JSON.stringify(event)}\n\n`;
    for (const stream of streams) stream.write(frame);
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port, HOST, () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${HOST}:${port}/#token=${token}`,
    port,
    token,
    close: async () => {
      unsubscribe();
      for (const stream of streams) stream.end();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function readBody(request: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on('end', () => resolveBody(tooLarge ? null : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, {
    'Content-Type': `${type}; charset=utf-8`,
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, 'application/json', JSON.stringify(value));
}
