import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
/**
 * The CLI bundle, built once before the tests (globalSetup, test/support/build-cli.ts): run
 * directly, without scripts/dossier.mjs, whose freshness walk over the sources and esbuild load
 * cost about 0.15 s of CPU per server and per CLI call.
 */
const CLI_BUNDLE = join(repoRoot, 'dist/cli/dossier.mjs');
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

export interface DossierWorkerFixtures {
  /** Notebooks built by `seededNotebookDir`, by name: built once per worker, removed at its end. */
  notebookTemplates: Map<string, Promise<string>>;
}

function serveCommand(dir: string): string[] {
  // --lazy: no idle warm-up, which a test that never suggests or searches would pay for (~1 s
  // CPU); a test that does waits for the load on demand.
  const args = ['--notebook', dir, 'serve', '--port', '0', '--lazy'];
  return [CLI_BUNDLE, ...args];
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

export const test = base.extend<DossierFixtures, DossierWorkerFixtures>({
  notebookTemplates: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const templates = new Map<string, Promise<string>>();
      await use(templates);
      for (const template of templates.values()) {
        await rm(await template.catch(() => ''), { recursive: true, force: true });
      }
    },
    { scope: 'worker' },
  ],

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

/** Run the `dossier` CLI on a notebook folder, as a user would (to fill it before its server). */
export function dossier(dir: string, ...args: string[]): string {
  return execFileSync(process.execPath, [CLI_BUNDLE, '--notebook', dir, ...args], {
    cwd: repoRoot,
    stdio: 'pipe',
    encoding: 'utf8',
  });
}

/**
 * A `notebookDir` for a spec whose tests all start from the same notebook: `seed` fills it
 * through the CLI (seconds of CPU: the CLI's start, an import, the recognizer) once per worker,
 * and each test gets its own copy, file times kept (the catalog's cache stays valid, as it is for
 * a notebook the CLI has just written). Such a spec keeps its tests in one worker
 * (`test.describe.configure({ mode: 'default' })`), so that they share the one build.
 */
export function seededNotebookDir(name: string, seed: (dir: string) => void | Promise<void>) {
  return async (
    { notebookTemplates }: DossierWorkerFixtures,
    use: (dir: string) => Promise<void>,
  ): Promise<void> => {
    let template = notebookTemplates.get(name);
    if (template === undefined) {
      // Named as the copies are: the notebook keeps the name of the folder it was made in.
      template = mkdtemp(join(tmpdir(), `dossier-${name}-`)).then(async (dir) => {
        await seed(dir);
        return dir;
      });
      notebookTemplates.set(name, template);
    }
    const dir = await mkdtemp(join(tmpdir(), `dossier-${name}-`));
    await cp(await template, dir, { recursive: true, preserveTimestamps: true });
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  };
}

/** Call the notebook's API as the page does (browser mode, with the session's token). */
export async function callApi<T = unknown>(
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
  const result = (await response.json()) as
    { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

export { expect };
