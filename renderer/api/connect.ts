import type { NotebookApi, NotebookEvent } from '../../electron/common/api/contract.ts';
import { bridgeTransport } from './bridge-transport.ts';
import { httpTransport, takeSessionToken } from './http-transport.ts';
import { createNotebookClient } from './notebook-client.ts';
import type { Transport } from './transport.ts';

export interface Connection {
  api: NotebookApi;
  subscribe(listener: (event: NotebookEvent) => void): () => void;
  host: 'electron' | 'browser';
}

/** Electron's bridge when the preload put it there, else browser mode over HTTP. */
export function connect(): Connection | { error: string } {
  let transport: Transport;
  let host: Connection['host'];
  if (window.dossierBridge !== undefined) {
    transport = bridgeTransport(window.dossierBridge);
    host = 'electron';
  } else {
    const token = takeSessionToken();
    if (token === null) {
      return {
        error:
          'This page needs the address that `dossier serve` printed (it ends with #token=…). Open that address to reach your notebook.',
      };
    }
    transport = httpTransport(token);
    host = 'browser';
  }
  return {
    api: createNotebookClient(transport),
    subscribe: (listener) => transport.subscribe(listener),
    host,
  };
}
