import type { NotebookEvent } from '../../electron/core/api/contract.ts';
import type { DispatchResult, Transport } from './transport.ts';

/** What Electron's preload exposes to the page with contextBridge, and nothing else. */
export interface DossierBridge {
  call(method: string, input: unknown): Promise<DispatchResult>;
  onEvent(listener: (event: NotebookEvent) => void): () => void;
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
