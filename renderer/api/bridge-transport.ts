import type { DossierBridge } from '../../electron/common/api/bridge.ts';
import type { Transport } from './transport.ts';

/**
 * The preload's bridge as the page sees it: calls and events always, the rest checked before
 * use (a page served by browser mode has no bridge at all).
 */
export type PageBridge = Pick<DossierBridge, 'call' | 'onEvent'> & Partial<DossierBridge>;

declare global {
  interface Window {
    dossierBridge?: PageBridge;
  }
}

export function bridgeTransport(bridge: PageBridge): Transport {
  return {
    call: (method, input) => bridge.call(method, input),
    subscribe: (listener) => bridge.onEvent(listener),
  };
}
