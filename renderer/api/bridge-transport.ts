import type { ImportResult, NotebookEvent } from '../../electron/core/api/contract.ts';
import type { MenuCommandMessage, ViewId } from '../../electron/main/menu-commands.ts';
import type { DispatchResult, Transport } from './transport.ts';

/** What Electron's preload exposes to the page with contextBridge, and nothing else. */
export interface DossierBridge {
  call(method: string, input: unknown): Promise<DispatchResult>;
  onEvent(listener: (event: NotebookEvent) => void): () => void;
  /**
   * Show the native open dialog in main and import what the user chose there (progress comes as
   * import-progress events of `jobId`); null when the dialog was cancelled.
   */
  importWithDialog?(kind: 'files' | 'folder', jobId: string): Promise<ImportResult[] | null>;
  /** The application menu's commands (issue 9); the page runs them. */
  onMenuCommand?(listener: (message: MenuCommandMessage) => void): () => void;
  /** Remember the view shown, so the next start opens it again. */
  rememberView?(view: ViewId): void;
  /** The view shown when the app last closed. */
  lastView?(): Promise<ViewId | null>;
}

declare global {
  interface Window {
    dossierBridge?: DossierBridge;
  }
}

export function bridgeTransport(bridge: DossierBridge): Transport {
  return {
    call: (method, input) => bridge.call(method, input),
    subscribe: (listener) => bridge.onEvent(listener),
  };
}
