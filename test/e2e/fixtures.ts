import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const URL_PATTERN = /https?:\/\/127\.0\.0\.1:\d+\/#token=\S+/;
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;

/** A running `dossier serve` on one notebook folder. */
export interface DossierServer {
  /** The address it printed, with the session token. */
  url: string;
  /** Stop it (SIGTERM, then SIGKILL if it lingers) and wait until it has exited. */
  stop(): Promise<void>;
}

export interface DossierFixtures {
  /** A fresh, empty notebook folder, removed after the test. */
  notebookDir: string;
  /** Start `dossier serve` on `notebookDir` (again, after a stop, to test a restart). */
  startServer: () => Promise<DossierServer>;
  /** A server started for the test. */
  server: DossierServer;
  /** The page, already open at the server's address, with console errors failing the test. */
  app: Page;
}

function serveCommand(dir: string): string[] {
  const args = ['--notebook', dir, 'serve', '--port', '0'];
  if (existsSync(join(repoRoot, 'scripts/dossier.mjs'))) return ['scripts/dossier.mjs', ...args];
  return [join(repoRoot, 'node_modules/tsx/dist/cli.mjs'), 'electron/cli/main.ts', ...args];
}

async function launch(dir: string): Promise<DossierServer> {
  if (!existsSync(join(repoRoot, 'dist/renderer/index.html'))) {
    throw new Error('dist/renderer is not built: run `npx vite build` before the e2e tests.');
  }
  const child = spawn(process.execPath, serveCommand(dir), {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production', FORCE_COLOR: '0' },
  });
  let output = '';
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => {
      fail(new Error(`dossier serve printed no URL within ${START_TIMEOUT_MS} ms:\n${output}`));
    }, START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = URL_PATTERN.exec(output);
      if (match !== null) {
        clearTimeout(timer);
        done(match[0]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      fail(new Error(`dossier serve exited (${code}) before printing a URL:\n${output}`));
    });
  });
  return { url, stop: () => stop(child, exited) };
}

async function stop(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

export const test = base.extend<DossierFixtures>({
  // eslint-disable-next-line no-empty-pattern
  notebookDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'dossier-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },

  startServer: async ({ notebookDir }, use) => {
    const started: DossierServer[] = [];
    await use(async () => {
      const server = await launch(notebookDir);
      started.push(server);
      return server;
    });
    for (const server of started) await server.stop();
  },

  server: async ({ startServer }, use) => {
    await use(await startServer());
  },

  app: async ({ page, server }, use) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') {
        problems.push(`console error: ${message.text()} (${message.location().url})`);
      }
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.goto(server.url);
    await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
    await use(page);
    expect(problems, 'the page logged errors (a CSP violation is one)').toEqual([]);
  },
});

/** Call the notebook's API as the page does (browser mode, with the session's token). */
export async function callApi<T>(
  server: DossierServer,
  method: string,
  input: object = {},
): Promise<T> {
  const url = new URL(server.url);
  const token = new URLSearchParams(url.hash.slice(1)).get('token')!;
  const response = await fetch(new URL(`/api/${method}`, url.origin), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Dossier-Token': token },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: boolean; value?: T };
  expect(result.ok, `${method}: ${JSON.stringify(result)}`).toBe(true);
  return result.value as T;
}

export { expect };
