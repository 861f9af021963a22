import { request } from 'node:http';
import type { RunningServer } from '../../electron/serve/server.ts';

/** A POST to the browser-mode server, as its page makes one (Host, JSON, the session token). */
export function post(
  server: RunningServer,
  path: string,
  body: string | Buffer,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: 'POST',
        path,
        headers: {
          host: `127.0.0.1:${server.port}`,
          'content-type': 'application/json',
          'x-dossier-token': server.token,
        },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
