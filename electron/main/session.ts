import { mkdir } from 'node:fs/promises';
import { electronPdfPrinter } from './pdf-printer.ts';
import os from 'node:os';
import path from 'node:path';
import { app, dialog, screen, shell, type BrowserWindow } from 'electron';
import { describe } from '../common/errors.ts';
import {
  RECENT_FILE,
  addRecent,
  pruneMissing,
  readRecentFile,
  removeRecent,
  writeRecentFile,
  type RecentNotebook,
} from '../core/notebooks/recent-notebooks.ts';
import { NotebookService } from '../core/service/notebook-service.ts';
import { forwardEvents, sendMenuCommand } from './ipc.ts';
import { installMenu } from './menu.ts';
import type { MenuCommand, ViewId } from '../common/commands/menu-commands.ts';
import { folderKind, notebookFolderName, sampleArticles } from './notebook-folder.ts';
import { type NotebookLocation } from './notebook-location.ts';
import { ProgressTracker, showProgress } from './progress.ts';
import { createMainWindow, loadApp, windowTitle } from './window.ts';
import {
  WINDOW_STATE_FILE,
  placeWindow,
  readWindowState,
  writeWindowState,
  type WindowState,
} from './window-state.ts';

export interface SessionOptions {
  preload: string;
  devTools: boolean;
  /** app.getPath('userData'): recent-notebooks.json and window-state.json live here. */
  profile: string;
  documents: string;
  /** resources/sample-notebook, or its copy in the packaged app's resources. */
  sampleSource: string;
  icon?: string;
}

const LOCK_OWNER = 'Dossier app';

/**
 * The open notebook, the one window and the profile files (recent list, window state). Every
 * change of notebook goes through `switchTo`, one at a time: the current service is closed
 * (after its pending writes) before the next one is opened and the page reloaded.
 */
export class DesktopSession {
  /** The API's service; null while none is open (calls are refused with a clear message). */
  service: NotebookService | null = null;
  window: BrowserWindow | null = null;
  private recent: RecentNotebook[] = [];
  private state: WindowState = { maximized: false };
  private readonly progress = new ProgressTracker();
  private detachService: (() => void) | null = null;
  /** The switch in progress, if any: a quit waits for it. */
  private switching: Promise<void> | null = null;
  private profileWrites: Promise<void> = Promise.resolve();

  constructor(private readonly options: SessionOptions) {}

  private get recentFile(): string {
    return path.join(this.options.profile, RECENT_FILE);
  }

  private get stateFile(): string {
    return path.join(this.options.profile, WINDOW_STATE_FILE);
  }

  /** The recent list (missing folders pruned) and whether it existed at all. */
  async loadProfile(): Promise<{ recent: RecentNotebook[]; recentFileExists: boolean }> {
    const [recent, state] = await Promise.all([
      readRecentFile(this.recentFile),
      readWindowState(this.stateFile),
    ]);
    this.recent = await pruneMissing(recent.notebooks);
    this.state = state;
    this.installMenu();
    return { recent: this.recent, recentFileExists: recent.exists };
  }

  /** Opens the start notebook (creating the sample on a first run) and the window. */
  async start(location: NotebookLocation): Promise<void> {
    const isNew =
      location.source === 'sample' && (await folderKind(location.folder)) !== 'notebook';
    this.service = await openNotebook(location.folder);
    await this.remember(this.service);
    await this.openWindow();
    if (isNew) await this.importSample(this.service);
  }

  /** The first run's notebook: the sample articles, imported like any file the user picks. */
  private async importSample(service: NotebookService): Promise<void> {
    try {
      const files = await sampleArticles(this.options.sampleSource);
      if (files.length > 0) await service.importPaths(files);
    } catch (error) {
      console.error(`Dossier: the sample articles were not imported: ${describe(error)}`);
    }
  }

  // --- The window -------------------------------------------------------------------------

  async openWindow(): Promise<void> {
    const service = this.service;
    if (service === null) return;
    const info = await service.info({});
    const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map(
      (display) => display.workArea,
    );
    const win = createMainWindow({
      preload: this.options.preload,
      notebookTitle: info.title,
      devTools: this.options.devTools,
      bounds: placeWindow(this.state.bounds, workAreas),
      ...(this.options.icon === undefined ? {} : { icon: this.options.icon }),
    });
    if (this.state.maximized) win.maximize();
    this.window = win;
    this.attach(service, win);
    win.on('close', () => this.captureWindow(win));
    win.on('closed', () => {
      if (this.window === win) {
        this.window = null;
        this.detach();
      }
    });
    await loadApp(win);
  }

  /** Forward the service's events to the page, and import progress to the taskbar. */
  private attach(service: NotebookService, win: BrowserWindow): void {
    this.detach();
    const unforward = forwardEvents(service, win.webContents);
    const unprogress = service.onEvent((event) => {
      const fraction = this.progress.update(event);
      if (fraction !== undefined) showProgress(win, fraction);
    });
    this.detachService = () => {
      unforward();
      unprogress();
      this.progress.clear();
      showProgress(win, null);
    };
  }

  private detach(): void {
    this.detachService?.();
    this.detachService = null;
  }

  /** The taskbar/dock progress bar, for long jobs other than imports (exports). */
  showProgress(fraction: number | null): void {
    showProgress(this.window, fraction);
  }

  private captureWindow(win: BrowserWindow): void {
    if (win.isDestroyed()) return;
    const { x, y, width, height } = win.getNormalBounds();
    this.state = { ...this.state, bounds: { x, y, width, height }, maximized: win.isMaximized() };
    this.saveState();
  }

  rememberView(view: ViewId): void {
    if (this.state.view === view) return;
    this.state = { ...this.state, view };
    this.saveState();
  }

  lastView(): ViewId | null {
    return this.state.view ?? null;
  }

  private saveState(): void {
    const state = this.state;
    this.queueProfileWrite(() => writeWindowState(this.stateFile, state), 'window state');
  }

  private queueProfileWrite(write: () => Promise<void>, what: string): void {
    this.profileWrites = this.profileWrites
      .then(async () => {
        await mkdir(this.options.profile, { recursive: true });
        await write();
      })
      .catch((error: unknown) => {
        console.error(`Dossier: the ${what} was not saved: ${describe(error)}`);
      });
  }

  sendToPage(command: MenuCommand): void {
    const win = this.window;
    if (win === null || win.isDestroyed()) return;
    if (win.isMinimized()) win.restore();
    win.focus();
    sendMenuCommand(win.webContents, command);
  }

  focus(): void {
    const win = this.window;
    if (win === null || win.isDestroyed()) return;
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  }

  // --- Notebooks --------------------------------------------------------------------------

  private async remember(service: NotebookService): Promise<void> {
    const info = await service.info({});
    this.recent = addRecent(this.recent, info.folder, info.title);
    const list = this.recent;
    this.queueProfileWrite(() => writeRecentFile(this.recentFile, list), 'recent-notebooks list');
    app.addRecentDocument(info.folder);
    this.installMenu();
  }

  private installMenu(): void {
    installMenu({
      devTools: this.options.devTools,
      recent: this.recent,
      home: os.homedir(),
      actions: {
        newNotebook: () => this.run(this.newNotebook()),
        openNotebook: () => this.run(this.openNotebookDialog()),
        openRecent: (folder) => this.run(this.openRecent(folder)),
        clearRecent: () => this.clearRecent(),
        showInFileManager: () => this.showInFileManager(),
        page: (command) => this.sendToPage(command),
      },
    });
  }

  /** A menu action's failure becomes a message, never an unhandled rejection. */
  private run(task: Promise<void>): void {
    task.catch((error: unknown) => {
      void this.message('error', 'Dossier could not do that', describe(error)).catch(
        () => undefined,
      );
    });
  }

  private parentWindow(): BrowserWindow | null {
    const win = this.window;
    return win === null || win.isDestroyed() ? null : win;
  }

  private async message(type: 'error' | 'info', message: string, detail: string): Promise<void> {
    const options: Electron.MessageBoxOptions = { type, message, detail, buttons: ['OK'] };
    const parent = this.parentWindow();
    await (parent === null
      ? dialog.showMessageBox(options)
      : dialog.showMessageBox(parent, options));
  }

  async newNotebook(): Promise<void> {
    const folder = path.join(this.options.documents, 'Dossier');
    await mkdir(folder, { recursive: true }).catch(() => undefined);
    const options: Electron.SaveDialogOptions = {
      title: 'New Notebook',
      buttonLabel: 'Create',
      nameFieldLabel: 'Notebook:',
      defaultPath: path.join(folder, 'Untitled.dossier'),
      filters: [{ name: 'Dossier notebook', extensions: ['dossier'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const parent = this.parentWindow();
    const choice = await (parent === null
      ? dialog.showSaveDialog(options)
      : dialog.showSaveDialog(parent, options));
    if (choice.canceled || choice.filePath === undefined || choice.filePath === '') return;
    const target = notebookFolderName(choice.filePath);
    const kind = await folderKind(target);
    if (kind === 'file' || kind === 'other-folder') {
      await this.message(
        'error',
        'The notebook was not created',
        `${target} already exists and is not a Dossier notebook; it was left alone. Choose another name.`,
      );
      return;
    }
    // An existing notebook of that name is simply opened.
    await this.switchTo(target);
  }

  async openNotebookDialog(): Promise<void> {
    const mac = process.platform === 'darwin';
    const options: Electron.OpenDialogOptions = {
      title: 'Open Notebook',
      buttonLabel: 'Open',
      defaultPath: this.service?.store.folder
        ? path.dirname(this.service.store.folder)
        : this.options.documents,
      // macOS shows a .dossier notebook as one document (a package): it is picked as a file.
      properties: mac ? ['openFile', 'openDirectory'] : ['openDirectory'],
      ...(mac ? { filters: [{ name: 'Dossier notebook', extensions: ['dossier'] }] } : {}),
    };
    const parent = this.parentWindow();
    const choice = await (parent === null
      ? dialog.showOpenDialog(options)
      : dialog.showOpenDialog(parent, options));
    const folder = choice.filePaths[0];
    if (choice.canceled || folder === undefined) return;
    await this.openExisting(folder);
  }

  async openRecent(folder: string): Promise<void> {
    if ((await folderKind(folder)) !== 'notebook') {
      this.recent = removeRecent(this.recent, folder);
      const list = this.recent;
      this.queueProfileWrite(() => writeRecentFile(this.recentFile, list), 'recent-notebooks list');
      this.installMenu();
    }
    await this.openExisting(folder);
  }

  /** Open a notebook that must already exist (Open, Open Recent, a file association). */
  async openExisting(folder: string): Promise<void> {
    const kind = await folderKind(folder);
    if (kind !== 'notebook') {
      const why =
        kind === 'missing'
          ? `${folder} does not exist (any more).`
          : `${folder} is not a Dossier notebook: it has no notebook.json.`;
      await this.message('error', 'This is not a notebook', why);
      return;
    }
    await this.switchTo(folder);
  }

  clearRecent(): void {
    const current = this.recent.find(
      (item) => this.service !== null && item.folder === this.service.store.folder,
    );
    this.recent = current === undefined ? [] : [current];
    const list = this.recent;
    this.queueProfileWrite(() => writeRecentFile(this.recentFile, list), 'recent-notebooks list');
    app.clearRecentDocuments();
    this.installMenu();
  }

  showInFileManager(): void {
    const folder = this.service?.store.folder;
    if (folder !== undefined) shell.showItemInFolder(folder);
  }

  /**
   * Close the current notebook (after its pending writes), open `folder` (created when it does
   * not exist), and reload the page on it. When `folder` cannot be opened (locked by another
   * Dossier, damaged), the previous notebook is opened again.
   */
  async switchTo(folder: string): Promise<void> {
    const target = path.resolve(folder);
    if (this.service !== null && path.resolve(this.service.store.folder) === target) {
      this.focus();
      return;
    }
    if (this.switching !== null) return; // one switch at a time; a second click is ignored
    this.switching = this.performSwitch(target).finally(() => {
      this.switching = null;
    });
    await this.switching;
  }

  private async performSwitch(target: string): Promise<void> {
    const previous = this.service;
    this.service = null; // calls that arrive from now on are refused until the switch is done
    this.detach();
    if (previous !== null) await previous.close();
    let next: NotebookService;
    try {
      next = await openNotebook(target);
    } catch (error) {
      await this.message('error', 'The notebook could not be opened', describe(error));
      if (previous === null) return;
      next = await openNotebook(previous.store.folder);
    }
    this.service = next;
    await this.remember(next);
    const win = this.parentWindow();
    if (win === null) {
      await this.openWindow();
      return;
    }
    const info = await next.info({});
    win.setTitle(windowTitle(info.title));
    this.attach(next, win);
    await loadApp(win);
  }

  /** For a clean quit: the window state and the recent list written, the notebook closed. */
  async close(): Promise<void> {
    await this.switching?.catch(() => undefined);
    const win = this.parentWindow();
    if (win !== null) this.captureWindow(win);
    this.detach();
    const closing = this.service;
    this.service = null;
    await Promise.all([closing?.close(), this.profileWrites]);
    await this.profileWrites; // a write queued while the notebook was closing
  }
}

/** A notebook as the app holds it: locked in the app's name, printing PDFs with printToPDF. */
async function openNotebook(folder: string): Promise<NotebookService> {
  const service = await NotebookService.open(folder, { app: LOCK_OWNER });
  service.pdfPrinter = electronPdfPrinter;
  service.warmWhenIdle();
  return service;
}
