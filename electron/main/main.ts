import { existsSync } from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, session } from 'electron';
import { describe } from '../core/errors.ts';
import { NotebookService } from '../core/service/notebook-service.ts';
import { forwardEvents, registerApiHandler } from './ipc.ts';
import { installMenu } from './menu.ts';
import { notebookLocation } from './notebook-location.ts';
import { handleAppProtocol, registerAppScheme } from './protocol.ts';
import { createMainWindow, denyPermissions, hardenWebContents, loadApp } from './window.ts';

/*
 * The Electron main process: lifecycle only. This file is bundled to dist/main/main.cjs, so
 * __dirname is dist/main and the preload and the renderer sit next to it.
 */
const PRELOAD = path.join(__dirname, '..', 'preload', 'preload.cjs');
const RENDERER_DIR = path.join(__dirname, '..', 'renderer');

/** DevTools only in development, or in a packaged app started with DOSSIER_DEVTOOLS=1. */
const devTools = !app.isPackaged || process.env.DOSSIER_DEVTOOLS === '1';

// Before `ready`: the scheme's privileges, the sandbox for every renderer, the profile folder.
registerAppScheme();
app.enableSandbox();
if (process.env.DOSSIER_USER_DATA) {
  // A separate profile (and single-instance lock) for tests and side-by-side runs.
  app.setPath('userData', path.resolve(process.env.DOSSIER_USER_DATA));
}

if (!app.requestSingleInstanceLock()) {
  // The first instance is told through 'second-instance' and comes to the front.
  app.quit();
} else {
  run();
}

function run(): void {
  let service: NotebookService | null = null;
  let window: BrowserWindow | null = null;
  let quitting: 'no' | 'closing' | 'closed' = 'no';

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  registerApiHandler(() => service);

  app.on('second-instance', () => {
    if (window === null || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (service !== null && quitting === 'no' && BrowserWindow.getAllWindows().length === 0) {
      void openWindow(service);
    }
  });

  // A quit waits for the notebook to close: close() runs after the pending writes, so quitting
  // never interrupts a save.
  app.on('before-quit', (event) => {
    if (quitting === 'closed' || service === null) return;
    event.preventDefault();
    if (quitting === 'closing') return;
    quitting = 'closing';
    const closing = service;
    service = null; // calls that arrive from now on are refused
    closing
      .close()
      .catch((error: unknown) => {
        console.error(`Dossier: the notebook did not close cleanly: ${describe(error)}`);
      })
      .finally(() => {
        quitting = 'closed';
        app.quit();
      });
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => app.quit());
  }

  async function openWindow(current: NotebookService): Promise<void> {
    const info = await current.info({});
    const win = createMainWindow({ preload: PRELOAD, notebookTitle: info.title, devTools });
    window = win;
    const unsubscribe = forwardEvents(current, win.webContents);
    win.on('closed', () => {
      unsubscribe();
      if (window === win) window = null;
    });
    await loadApp(win);
  }

  app
    .whenReady()
    .then(async () => {
      installMenu({ devTools });
      denyPermissions(session.defaultSession);
      handleAppProtocol(RENDERER_DIR);
      if (!existsSync(path.join(RENDERER_DIR, 'index.html'))) {
        throw new Error(
          `The user interface is missing (${path.join(RENDERER_DIR, 'index.html')}). Build it with: npm run build`,
        );
      }
      const location = notebookLocation(process.argv, process.env, app.getPath('documents'));
      service = await NotebookService.open(location.folder, { app: 'Dossier app' });
      await openWindow(service);
    })
    .catch((error: unknown) => {
      // Locked, damaged, not a notebook, bad arguments: one clear message, no stack trace.
      dialog.showErrorBox('Dossier cannot start', describe(error));
      if (service === null) {
        app.exit(1);
      } else {
        app.quit(); // before-quit closes the notebook first
      }
    });
}
