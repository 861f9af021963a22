import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { NotebookEvent } from '../core/api/contract.ts';
import type { DispatchResult } from '../core/api/dispatch.ts';

/*
 * The preload runs sandboxed: it may require only 'electron' and is bundled to one CommonJS
 * file (dist/preload/preload.cjs). It exposes `window.dossierBridge` and nothing else: never
 * ipcRenderer, never an Electron event object. The channel names match electron/main/ipc.ts.
 */
const CALL_CHANNEL = 'dossier:call';
const EVENT_CHANNEL = 'dossier:event';

export interface DossierBridge {
  call(method: string, input: unknown): Promise<DispatchResult>;
  onEvent(listener: (event: NotebookEvent) => void): () => void;
}

const bridge: DossierBridge = {
  call(method: string, input: unknown): Promise<DispatchResult> {
    return ipcRenderer.invoke(CALL_CHANNEL, method, input) as Promise<DispatchResult>;
  },
  onEvent(listener: (event: NotebookEvent) => void): () => void {
    if (typeof listener !== 'function') throw new TypeError('onEvent needs a function');
    const forward = (_event: IpcRendererEvent, payload: NotebookEvent): void => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld('dossierBridge', bridge);
