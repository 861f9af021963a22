import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../electron/core/security/content-security-policy.ts';
import { electronBinary } from '../../scripts/electron-binary.mjs';

/*
 * The Electron app end to end: the window is locked down, the page reaches the app only through
 * window.dossierBridge, and an article pasted through the UI is listed.
 *
 * The Electron binary is found without loading the `electron` package (loading it tries to
 * download the binary, which fails on a machine without network); without it, the test skips.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));

const binary = electronBinary(root);
test.skip(
  binary === null,
  'Electron binary not installed (cannot be downloaded on this machine): skipping the Electron end-to-end test',
);

const MAIN = path.join(root, 'dist', 'main', 'main.cjs');

let app: ElectronApplication | null = null;
const temporary: string[] = [];

function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

test.afterEach(async () => {
  await app?.close();
  app = null;
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

test('the window is secure, and an article pasted through the UI is listed', async () => {
  expect(existsSync(MAIN), 'dist/main/main.cjs is missing: run `npm run build` first').toBe(true);
  const notebook = path.join(tempDir('dossier-e2e-notebook-'), 'Test.dossier');
  app = await electron.launch({
    executablePath: binary as string,
    args: [MAIN, '--notebook', notebook],
    cwd: root,
    env: {
      ...process.env,
      DOSSIER_USER_DATA: tempDir('dossier-e2e-profile-'),
      DOSSIER_DEVTOOLS: '0',
      ELECTRON_ENABLE_LOGGING: '1',
    },
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');

  // The window: isolated, sandboxed, no Node, served from app://dossier.
  const window = await app.evaluate(({ BrowserWindow }) => {
    const win = BrowserWindow.getAllWindows()[0];
    if (win === undefined) throw new Error('no window');
    const contents = win.webContents as typeof win.webContents & {
      getLastWebPreferences(): Record<string, unknown>;
    };
    const preferences = contents.getLastWebPreferences();
    return {
      title: win.getTitle(),
      url: contents.getURL(),
      contextIsolation: preferences.contextIsolation,
      sandbox: preferences.sandbox,
      nodeIntegration: preferences.nodeIntegration,
      webviewTag: preferences.webviewTag,
    };
  });
  expect(window).toMatchObject({
    url: 'app://dossier/index.html',
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
  });
  expect(window.webviewTag).toBeFalsy();
  expect(window.title).toBe('Dossier — Test');

  // The page: the bridge and nothing of Node or Electron.
  const globals = await page.evaluate(() => {
    const scope = globalThis as Record<string, unknown>;
    const bridge = scope.dossierBridge as Record<string, unknown> | undefined;
    return {
      bridge: bridge === undefined ? [] : Object.keys(bridge).sort(),
      require: typeof scope.require,
      process: typeof scope.process,
      module: typeof scope.module,
      ipcRenderer: typeof scope.ipcRenderer,
    };
  });
  expect(globals).toEqual({
    bridge: [
      'call',
      'importWithDialog',
      'lastView',
      'onEvent',
      'onMenuCommand',
      'rememberView',
      'saveExport',
    ],
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    ipcRenderer: 'undefined',
  });

  // The protocol: the CSP as a header, nothing outside dist/renderer.
  const served = await page.evaluate(async () => {
    const index = await fetch('/index.html');
    const outside = await fetch('/%2e%2e/%2e%2e/package.json');
    const encoded = await fetch('/..%2f..%2fpackage.json');
    return {
      csp: index.headers.get('content-security-policy'),
      type: index.headers.get('content-type'),
      outside: outside.status,
      encoded: encoded.status,
    };
  });
  expect(served.csp).toBe(CONTENT_SECURITY_POLICY);
  expect(served.type).toMatch(/^text\/html/);
  expect(served.outside).toBe(404);
  expect(served.encoded).toBe(404);

  // A call through the bridge returns a DispatchResult, even for a bad method.
  const refused = await page.evaluate(() =>
    (
      globalThis as unknown as {
        dossierBridge: { call(method: string, input: unknown): Promise<unknown> };
      }
    ).dossierBridge.call('rm -rf', {}),
  );
  expect(refused).toMatchObject({ ok: false, error: { code: 'unknown-method' } });

  // The application menu: File, Edit, View and Help with the notebook's commands.
  const menu = await app.evaluate(({ Menu }) => {
    const items = Menu.getApplicationMenu()?.items ?? [];
    return items.map((item) => ({
      label: item.label.replace('&', ''),
      items: (item.submenu?.items ?? []).map((sub) => sub.label.replace('&', '')),
    }));
  });
  expect(menu.map((item) => item.label)).toEqual(
    expect.arrayContaining(['File', 'Edit', 'View', 'Help']),
  );
  const submenu = (label: string): string[] =>
    menu.find((item) => item.label === label)?.items ?? [];
  expect(submenu('File')).toEqual(
    expect.arrayContaining([
      'New Notebook…',
      'Open Notebook…',
      'Open Recent',
      'Import Files…',
      'Import Folder…',
      'Export Briefing…',
    ]),
  );
  expect(submenu('Edit')).toEqual(expect.arrayContaining(['Undo', 'Redo', 'Find…']));
  expect(submenu('View')).toEqual(
    expect.arrayContaining([
      'Library',
      'Reader',
      'Entities',
      'Timeline',
      'Briefing',
      'Toggle Theme',
    ]),
  );
  expect(submenu('Help')).toEqual(expect.arrayContaining(['Keyboard Shortcuts']));

  // A menu command reaches the page through window.dossierBridge.onMenuCommand.
  await page.evaluate(() => {
    const scope = globalThis as unknown as {
      dossierBridge: {
        onMenuCommand(listener: (message: { command: string }) => void): () => void;
      };
      menuCommands: string[];
    };
    scope.menuCommands = [];
    scope.dossierBridge.onMenuCommand((message) => scope.menuCommands.push(message.command));
  });
  await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('find')?.click());
  await expect
    .poll(() =>
      page.evaluate(() => (globalThis as unknown as { menuCommands: string[] }).menuCommands),
    )
    .toEqual(['find']);

  // The Library, and an article pasted through the UI.
  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
  const titleField = page.getByLabel('Title', { exact: true });
  if (!(await titleField.isVisible())) {
    await page.getByRole('button', { name: 'Paste article' }).click();
  }
  await titleField.fill('Talks resume in Geneva');
  await page
    .getByLabel('Text', { exact: true })
    .fill('GENEVA — Negotiators met again on Tuesday.\n\nBoth sides called the talks useful.');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(
    page.getByRole('table', { name: 'Articles' }).getByText('Talks resume in Geneva'),
  ).toBeVisible();

  // Quitting waits for the notebook to close; the article is on disk.
  await app.close();
  app = null;
  expect(existsSync(path.join(notebook, 'notebook.json'))).toBe(true);
});

test('a first run opens the sample notebook', async () => {
  expect(existsSync(MAIN), 'dist/main/main.cjs is missing: run `npm run build` first').toBe(true);
  const home = tempDir('dossier-e2e-home-');
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'DOSSIER_NOTEBOOK') env[key] = value;
  }
  app = await electron.launch({
    executablePath: binary as string,
    args: [MAIN],
    cwd: root,
    env: {
      ...env,
      HOME: home,
      XDG_DOCUMENTS_DIR: path.join(home, 'Documents'),
      DOSSIER_USER_DATA: tempDir('dossier-e2e-profile-'),
      DOSSIER_DEVTOOLS: '0',
    },
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  await expect
    .poll(() => app?.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle()))
    .toBe('Dossier — Sample');
  await expect(
    page.getByRole('table', { name: 'Articles' }).getByText('Brazil Signs Artemis Accords'),
  ).toBeVisible();
  await app.close();
  app = null;
  expect(
    existsSync(path.join(home, 'Documents', 'Dossier', 'Sample.dossier', 'notebook.json')),
  ).toBe(true);
});
