import type { NotebookEvent } from '../../electron/common/api/contract.ts';
import type { DispatchResult } from '../../electron/common/api/bridge.ts';

/** How the page reaches the notebook: Electron's preload bridge or browser mode's HTTP server. */
export interface Transport {
  call(method: string, input: unknown): Promise<DispatchResult>;
  subscribe(listener: (event: NotebookEvent) => void): () => void;
}

export type { DispatchResult, NotebookEvent };
