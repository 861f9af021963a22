import type { NotebookEvent } from '../../electron/common/api/contract.ts';
import type { DispatchResult, Transport } from './transport.ts';

const TOKEN_KEY = 'dossier.token';

/**
 * Browser mode (`dossier serve`): the page is opened at `http://127.0.0.1:PORT/#token=TOKEN`.
 * Take the token from the address once, remove it from the address bar (and so from history and
 * screenshots), and keep it for this tab so a reload still works.
 */
export function takeSessionToken(): string | null {
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, '')).get('token');
  if (fromHash !== null && fromHash !== '') {
    sessionStorage.setItem(TOKEN_KEY, fromHash);
    history.replaceState(history.state, '', location.pathname + location.search);
    return fromHash;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

function failure(message: string): DispatchResult {
  return { ok: false, error: { code: 'io', message } };
}

function isDispatchResult(value: unknown): value is DispatchResult {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const result = value as { ok: unknown; error?: { message?: unknown } };
  return result.ok === true || (result.ok === false && typeof result.error?.message === 'string');
}

export function httpTransport(token: string): Transport {
  return {
    async call(method, input) {
      let response: Response;
      try {
        response = await fetch(`/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Dossier-Token': token },
          body: JSON.stringify(input ?? {}),
          cache: 'no-store',
        });
      } catch {
        return failure('Cannot reach Dossier. Is `dossier serve` still running?');
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        body = undefined;
      }
      if (isDispatchResult(body)) return body;
      if (response.status === 401 || response.status === 403) {
        return failure(
          'This page is not allowed to reach the notebook. Open the address that `dossier serve` printed.',
        );
      }
      return failure(`Dossier answered ${response.status} ${response.statusText}`.trim() + '.');
    },

    subscribe(listener) {
      const source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
      source.onmessage = (message: MessageEvent<string>) => {
        let event: NotebookEvent;
        try {
          event = JSON.parse(message.data) as NotebookEvent;
        } catch {
          return;
        }
        if (typeof event === 'object' && event !== null && typeof event.type === 'string') {
          listener(event);
        }
      };
      return () => source.close();
    },
  };
}
