import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ImportResult, NotebookEvent } from '../common/api/contract.ts';
import {
  CALL_CHANNEL,
  EVENT_CHANNEL,
  IMPORT_DIALOG_CHANNEL,
  LAST_VIEW_CHANNEL,
  REMEMBER_VIEW_CHANNEL,
  SAVE_EXPORT_CHANNEL,
  type DispatchResult,
  type DossierBridge,
  type SaveExportResult,
} from '../common/api/bridge.ts';
import {
  MENU_CHANNEL,
  isMenuCommandMessage,
  isViewId,
  type MenuCommandMessage,
  type ViewId,
} from '../common/commands/menu-commands.ts';

/*
 * The preload runs sandboxed: it may require only 'electron' and is bundled to one CommonJS
 * file (dist/preload/preload.cjs; menu-commands.ts, which imports nothing, is bundled in). It
 * exposes `window.dossierBridge` and nothing else: never ipcRenderer, never an Electron event
 * object.
 */
const bridge: DossierBridge = {
  call(method: string, input: unknown): Promise<DispatchResult> {
    return ipcRenderer.invoke(CALL_CHANNEL, method, input) as Promise<DispatchResult>;
  },
  saveExport(files: unknown) {
    return ipcRenderer.invoke(SAVE_EXPORT_CHANNEL, files) as Promise<SaveExportResult>;
  },
  importWithDialog(kind: 'files' | 'folder', jobId: string): Promise<ImportResult[] | null> {
    return ipcRenderer.invoke(IMPORT_DIALOG_CHANNEL, kind, jobId) as Promise<ImportResult[] | null>;
  },
  onEvent(listener: (event: NotebookEvent) => void): () => void {
    if (typeof listener !== 'function') throw new TypeError('onEvent needs a function');
    const forward = (_event: IpcRendererEvent, payload: NotebookEvent): void => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, forward);
    };
  },
  onMenuCommand(listener: (message: MenuCommandMessage) => void): () => void {
    if (typeof listener !== 'function') throw new TypeError('onMenuCommand needs a function');
    const forward = (_event: IpcRendererEvent, payload: unknown): void => {
      // A fresh object: the page never receives anything of Electron's.
      if (isMenuCommandMessage(payload))
        listener({ type: 'menu-command', command: payload.command });
    };
    ipcRenderer.on(MENU_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(MENU_CHANNEL, forward);
    };
  },
  rememberView(view: ViewId): void {
    if (!isViewId(view)) throw new TypeError(`rememberView: not a view: ${String(view)}`);
    ipcRenderer.send(REMEMBER_VIEW_CHANNEL, view);
  },
  async lastView(): Promise<ViewId | null> {
    const view: unknown = await ipcRenderer.invoke(LAST_VIEW_CHANNEL);
    return isViewId(view) ? view : null;
  },
};

contextBridge.exposeInMainWorld('dossierBridge', bridge);
