import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-url.ts';

/**
 * Maps an app:// request to a file of the built renderer, or null when the request is outside
 * it. Nothing here imports Electron, so the guard can be unit-tested in plain Node.
 */
export function resolveAppFile(rootDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;

  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null; // malformed percent-encoding
  }
  // No NUL, and no ".." segment, even encoded (%2e%2e, ..%2f) or with Windows separators.
  if (pathname.includes('\0') || pathname.split(/[/\\]/).includes('..')) return null;
  if (pathname === '' || pathname.endsWith('/')) pathname += 'index.html';

  const root = path.resolve(rootDir);
  const file = path.resolve(root, '.' + (pathname.startsWith('/') ? '' : '/') + pathname);
  // path.relative, not startsWith: "/app/renderer-evil" starts with "/app/renderer".
  const relative = path.relative(root, file);
  if (
    relative === '' ||
    relative === '..' ||
    relative.startsWith('..' + path.sep) ||
    path.isAbsolute(relative)
  ) {
    return null;
  }
  return file;
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

export function mimeTypeOf(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}
