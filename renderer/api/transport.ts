import type { ApiMethod, ApiOutputs, NotebookEvent } from '../../electron/core/api/contract.ts';
import type { SerializedError } from '../../electron/core/errors.ts';

/**
 * What every host answers to a call: the same shape as `DispatchResult` in
 * electron/core/api/dispatch.ts, restated here so the page's types do not reach the service
 * (and everything it imports) through dispatch.ts.
 */
export type DispatchResult =
  { ok: true; value: ApiOutputs[ApiMethod] } | { ok: false; error: SerializedError };

/** How the page reaches the notebook: Electron's preload bridge or browser mode's HTTP server. */
export interface Transport {
  call(method: string, input: unknown): Promise<DispatchResult>;
  subscribe(listener: (event: NotebookEvent) => void): () => void;
}

export type { NotebookEvent };
