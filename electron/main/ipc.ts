import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { NotebookEvent } from '../core/api/contract.ts';
import { dispatch, type DispatchResult } from '../core/api/dispatch.ts';
import type { NotebookService } from '../core/service/notebook-service.ts';
import { isAppUrl } from './app-url.ts';

/** The page calls the API on this channel: (method, payload) → DispatchResult. */
export const CALL_CHANNEL = 'dossier:call';
/** Main sends the core's events to the page on this channel. */
export const EVENT_CHANNEL = 'dossier:event';

/** Only a frame of our own page, served on app://dossier, may call the API. */
export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
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

/** Forwards the core's events to the page; returns the unsubscribe function. */
export function forwardEvents(service: NotebookService, contents: WebContents): () => void {
  return service.onEvent((notebookEvent: NotebookEvent) => {
    if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, notebookEvent);
  });
}
