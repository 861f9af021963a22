import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';
import { snapshotFolder } from '../support/folder-snapshot.ts';
import {
  CLI_BUNDLE,
  TEMPLATES_ENV,
  ensureTemplate,
  type TemplateName,
} from './notebook-templates.ts';

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
  /**
   * Opens `app` when called, for a test that fills its notebook through the API first: one page
   * load where a reload after the filling made two.
   */
  openApp: () => Promise<Page>;
  /**
   * Set (`test.use({ warmSuggestions: true })`) by specs that wait for suggestions: `openApp`
   * asks the server for every article's suggestions while the page loads (warmSuggestions).
   */
  warmSuggestions: boolean;
}

export interface DossierWorkerFixtures {
  /** An empty notebook and its server, shared by the worker's read-only tests (`readOnlyTest`). */
  sharedEmptyNotebook: { dir: string; server: DossierServer };
  /** Stops, at the worker's end, every server a test left running (one that timed out). */
  serversStopped: void;
}

function serveCommand(dir: string): string[] {
  // --lazy: no idle warm-up, which a test that never suggests or searches would pay for (~1 s
  // CPU); a test that does waits for the load on demand.
  const args = ['--notebook', dir, 'serve', '--port', '0', '--lazy'];
  return [CLI_BUNDLE, ...args];
}

/**
 * Every server this worker started that has not exited. A test that times out while its server
 * starts never gets the server to stop; the worker's teardown (`serversStopped`) stops it, and a
 * worker that exits without its teardown kills what is left.
 */
const running = new Map<ChildProcess, Promise<number | null>>();
process.once('exit', () => {
  for (const child of running.keys()) child.kill('SIGKILL');
});

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
  running.set(child, exited);
  void exited.then(() => running.delete(child));
  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
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
  serversStopped: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      await use();
      await Promise.all([...running].map(([child, exited]) => stop(child, exited)));
    },
    { scope: 'worker', auto: true },
  ],

  sharedEmptyNotebook: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const dir = await mkdtemp(join(tmpdir(), 'dossier-e2e-'));
      const server = await launch(dir);
      await use({ dir, server });
      await server.stop();
      await rm(dir, { recursive: true, force: true });
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

  warmSuggestions: [false, { option: true }],

  openApp: async ({ page, server, warmSuggestions: warm }, use) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') {
        problems.push(`console error: ${message.text()} (${message.location().url})`);
      }
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await use(async () => {
      const warmed = warm ? warmSuggestions(server) : Promise.resolve();
      await page.goto(server.url);
      await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
      await warmed;
      return page;
    });
    expect(problems, 'the page logged errors (a CSP violation is one)').toEqual([]);
  },

  app: async ({ openApp }, use) => {
    await use(await openApp());
  },
});

/**
 * For tests that only read an empty notebook: the worker's one server (about 0.55 s of CPU saved
 * per test, the server's start). A test that writes to the notebook fails here, since it would
 * change what the next test starts from: it belongs with `test`, on a notebook of its own.
 */
export const readOnlyTest = test.extend({
  notebookDir: async ({ sharedEmptyNotebook }, use) => {
    await use(sharedEmptyNotebook.dir);
  },
  server: async ({ sharedEmptyNotebook }, use) => {
    const before = await notebookState(sharedEmptyNotebook.dir);
    await use(sharedEmptyNotebook.server);
    const after = await notebookState(sharedEmptyNotebook.dir);
    expect(after, 'a read-only test changed the shared notebook').toEqual(before);
  },
});

/**
 * Every file of a notebook but its caches (cache/: the chart's layout, written when the Link chart
 * is shown), which are rebuilt from the rest and so change nothing a later test sees.
 */
async function notebookState(dir: string): Promise<Record<string, string>> {
  const files = await snapshotFolder(dir);
  return Object.fromEntries(Object.entries(files).filter(([path]) => !path.startsWith('cache/')));
}

/** Time for building a template (a few CLI calls, 10-20 s at a load of 30), apart from the test's. */
const TEMPLATE_TIMEOUT_MS = 120_000;

/**
 * A `notebookDir` for a spec whose tests start from a prepared notebook: each test gets its own
 * copy of the template (notebook-templates.ts, built at its first use), file times kept (the
 * catalog's cache stays valid, as it is for a notebook the CLI has just written).
 */
export function seededNotebookDir(
  name: TemplateName,
): [
  (fixtures: object, use: (dir: string) => Promise<void>) => Promise<void>,
  { scope: 'test'; timeout: number },
] {
  return [
    async (
      // eslint-disable-next-line no-empty-pattern
      {}: object,
      use: (dir: string) => Promise<void>,
    ): Promise<void> => {
      const root = process.env[TEMPLATES_ENV];
      if (root === undefined)
        throw new Error(`${TEMPLATES_ENV} is not set: run through playwright.config.ts.`);
      const template = await ensureTemplate(root, name);
      // Named as the template is: the notebook keeps the name of the folder it was made in.
      const dir = await mkdtemp(join(tmpdir(), `dossier-${name}-`));
      await cp(template, dir, { recursive: true, preserveTimestamps: true });
      await use(dir);
      await rm(dir, { recursive: true, force: true });
    },
    { scope: 'test', timeout: TEMPLATE_TIMEOUT_MS },
  ];
}

/**
 * Every article's name and event suggestions, asked for while the page loads. Under --lazy the
 * recognizer loads at the first suggestion asked for (about 2 s of CPU in the server's worker):
 * at a load of 30 that took 16 s, past the 10 s that a test's first wait for a suggestion
 * allows. Asked for here, the load overlaps the page's, the server keeps the readings, and the
 * fixture's wait is the test's time, not one expectation's.
 */
async function warmSuggestions(server: DossierServer): Promise<void> {
  const articles = await callApi<{ id: string }[]>(server, 'listArticles');
  await Promise.all(
    articles.flatMap(({ id }) => [
      callApi(server, 'listSuggestions', { articleId: id }),
      callApi(server, 'listEventSuggestions', { articleId: id }),
    ]),
  );
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
