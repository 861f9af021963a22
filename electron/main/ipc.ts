import {
  BrowserWindow,
  dialog,
  ipcMain,
  type IpcMainInvokeEvent,
  type WebContents,
} from 'electron';
import { JobIdSchema, type ImportResult, type NotebookEvent } from '../common/api/contract.ts';
import { dispatch } from '../core/api/dispatch.ts';
import {
  CALL_CHANNEL,
  EVENT_CHANNEL,
  IMPORT_DIALOG_CHANNEL,
  LAST_VIEW_CHANNEL,
  REMEMBER_VIEW_CHANNEL,
  type DispatchResult,
} from '../common/api/bridge.ts';
import type { NotebookService } from '../core/service/notebook-service.ts';
import { isAppUrl } from './app-url.ts';
import {
  MENU_CHANNEL,
  isViewId,
  type MenuCommand,
  type MenuCommandMessage,
  type ViewId,
} from '../common/commands/menu-commands.ts';

/** Only a frame of our own page, served on app://dossier, may call the API. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  return frame !== null && isAppUrl(frame.url);
}

/**
 * One handler for the whole API. `dispatch` validates the method and its payload and never
 * throws, so the page always receives a DispatchResult, never an Electron error.
 */
export function registerApiHandler(getService: () => NotebookService | null): void {
  ipcMain.handle(
    CALL_CHANNEL,
    async (event, method: unknown, payload: unknown): Promise<DispatchResult> => {
      if (!isTrustedSender(event)) {
        return {
          ok: false,
          error: {
            code: 'internal',
            message: 'Refused: the call did not come from the Dossier page.',
          },
        };
      }
      const service = getService();
      if (service === null) {
        return { ok: false, error: { code: 'io', message: 'The notebook is closed.' } };
      }
      return dispatch(service, method, payload);
    },
  );
}

const IMPORTABLE = ['txt', 'md', 'markdown', 'html', 'htm', 'pdf', 'docx', 'rss', 'atom', 'xml'];

/**
 * The page never hands main a path: it asks for the dialog, and main imports only what the
 * user chose in it. Resolves to null when the user cancels.
 */
export function registerImportDialogHandler(getService: () => NotebookService | null): void {
  ipcMain.handle(
    IMPORT_DIALOG_CHANNEL,
    async (event, kind: unknown, jobId: unknown): Promise<ImportResult[] | null> => {
      const service = getService();
      const job = JobIdSchema.safeParse(jobId);
      if (!isTrustedSender(event) || service === null || !job.success) return null;
      if (kind !== 'files' && kind !== 'folder') return null;
      const window = BrowserWindow.fromWebContents(event.sender);
      const options: Electron.OpenDialogOptions = {
        title: kind === 'files' ? 'Import articles' : 'Import a folder of articles',
        properties: kind === 'files' ? ['openFile', 'multiSelections'] : ['openDirectory'],
        filters: kind === 'files' ? [{ name: 'Articles', extensions: IMPORTABLE }] : [],
      };
      const choice =
        window === null
          ? await dialog.showOpenDialog(options)
          : await dialog.showOpenDialog(window, options);
      if (choice.canceled || choice.filePaths.length === 0) return null;
      return service.importPaths(choice.filePaths, job.data);
    },
  );
}

/** Forwards the core's events to the page; returns the unsubscribe function. */
export function forwardEvents(service: NotebookService, contents: WebContents): () => void {
  return service.onEvent((notebookEvent: NotebookEvent) => {
    if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, notebookEvent);
  });
}

/** The page's last view, kept by main in window-state.json. */
export function registerViewHandlers(views: {
  remember(view: ViewId): void;
  last(): ViewId | null;
}): void {
  ipcMain.on(REMEMBER_VIEW_CHANNEL, (event, view: unknown) => {
    if (isTrustedSender(event) && isViewId(view)) views.remember(view);
  });
  ipcMain.handle(LAST_VIEW_CHANNEL, (event): ViewId | null =>
    isTrustedSender(event) ? views.last() : null,
  );
}

/** A menu item that acts in the page: the page runs the command. */
export function sendMenuCommand(contents: WebContents, command: MenuCommand): void {
  if (contents.isDestroyed()) return;
  const message: MenuCommandMessage = { type: 'menu-command', command };
  contents.send(MENU_CHANNEL, message);
}
