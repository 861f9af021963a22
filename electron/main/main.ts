import { existsSync } from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, session as electronSession } from 'electron';
import { describe } from '../common/errors.ts';
import { setChildLauncher } from '../core/child-process.ts';
import { launchUtilityProcess } from './utility-process.ts';
import { registerSaveExportHandler } from './save-export.ts';
import { registerApiHandler, registerImportDialogHandler, registerViewHandlers } from './ipc.ts';
import {
  defaultNotebook,
  explicitNotebook,
  startNotebook,
  type NotebookLocation,
} from './notebook-location.ts';
import { handleAppProtocol, registerAppScheme } from './protocol.ts';
import { DesktopSession } from './session.ts';
import { denyPermissions, hardenWebContents } from './window.ts';

/*
 * The Electron main process: lifecycle only. This file is bundled to dist/main/main.cjs, so
 * __dirname is dist/main and the preload and the renderer sit next to it. The resources (sample
 * notebook, window icon) are in resources/ of the repository, or in the packaged app's
 * resources folder (electron-builder.yml, extraResources).
 */
const PRELOAD = path.join(__dirname, '..', 'preload', 'preload.cjs');
const RENDERER_DIR = path.join(__dirname, '..', 'renderer');
const RESOURCES = app.isPackaged
  ? process.resourcesPath
  : path.join(__dirname, '..', '..', 'resources');

/** DevTools only in development, or in a packaged app started with DOSSIER_DEVTOOLS=1. */
const devTools = !app.isPackaged || process.env.DOSSIER_DEVTOOLS === '1';

// Before `ready`: the scheme's privileges, the sandbox for every renderer, the profile folder.
registerAppScheme();
app.enableSandbox();
// The import's readers and the recognizer run in utility processes: the app cannot fork itself
// as Node.
setChildLauncher(launchUtilityProcess);
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
  let desktop: DesktopSession | null = null;
  let quitting: 'no' | 'closing' | 'closed' = 'no';
  /** macOS: a .dossier notebook opened from the Finder before the app was ready. */
  let openedBeforeReady: string | null = null;

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  registerApiHandler(() => desktop?.service ?? null);
  registerImportDialogHandler(() => desktop?.service ?? null);
  registerSaveExportHandler(() => desktop?.service?.store.folder ?? null);
  registerViewHandlers({
    remember: (view) => desktop?.rememberView(view),
    last: () => desktop?.lastView() ?? null,
  });

  // macOS: a notebook double-clicked in the Finder, or dropped on the Dock icon.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (desktop === null || desktop.service === null) openedBeforeReady = file;
    else void desktop.openExisting(file).catch(reportError);
  });

  // `dossier --notebook DIR` while Dossier runs: that notebook opens in the running app.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (desktop === null) return;
    desktop.focus();
    try {
      const location = explicitNotebook(argv, {}, workingDirectory);
      if (location !== null) void desktop.switchTo(location.folder).catch(reportError);
    } catch (error) {
      reportError(error);
    }
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (desktop?.service && quitting === 'no' && BrowserWindow.getAllWindows().length === 0) {
      void desktop.openWindow().catch(reportError);
    }
  });

  // A quit waits for the notebook to close: close() runs after the pending writes (and after a
  // notebook switch in progress), so quitting never interrupts a save.
  app.on('before-quit', (event) => {
    if (quitting === 'closed' || desktop === null) return;
    event.preventDefault();
    if (quitting === 'closing') return;
    quitting = 'closing';
    desktop
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

  app
    .whenReady()
    .then(async () => {
      denyPermissions(electronSession.defaultSession);
      handleAppProtocol(RENDERER_DIR);
      if (!existsSync(path.join(RENDERER_DIR, 'index.html'))) {
        throw new Error(
          `The user interface is missing (${path.join(RENDERER_DIR, 'index.html')}). Build it with: npm run build`,
        );
      }
      const icon = path.join(RESOURCES, 'icon.png');
      const documents = app.getPath('documents');
      const current = new DesktopSession({
        preload: PRELOAD,
        devTools,
        profile: app.getPath('userData'),
        documents,
        sampleSource: path.join(RESOURCES, 'sample-notebook'),
        ...(process.platform !== 'darwin' && existsSync(icon) ? { icon } : {}),
      });
      desktop = current;
      const { recent, recentFileExists } = await current.loadProfile();
      const explicit: NotebookLocation | null =
        openedBeforeReady === null
          ? explicitNotebook(process.argv, process.env)
          : { folder: openedBeforeReady, source: 'command line' };
      const location = startNotebook({
        explicit,
        recent,
        recentFileExists,
        documentsDir: documents,
      });
      try {
        await current.start(location);
      } catch (error) {
        // The last notebook is locked or damaged: say so, and open the default one instead.
        if (location.source !== 'recent') throw error;
        dialog.showErrorBox(`Dossier could not reopen ${location.folder}`, describe(error));
        await current.start(defaultNotebook(documents));
      }
    })
    .catch((error: unknown) => {
      // Locked, damaged, not a notebook, bad arguments: one clear message, no stack trace.
      dialog.showErrorBox('Dossier cannot start', describe(error));
      if ((desktop?.service ?? null) === null) {
        app.exit(1);
      } else {
        app.quit(); // before-quit closes the notebook first
      }
    });
}

function reportError(error: unknown): void {
  dialog.showErrorBox('Dossier', describe(error));
}
