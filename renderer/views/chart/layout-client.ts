import type { LayoutInput, Position } from '../../../electron/common/chart/network-layout.ts';

/**
 * Positions from the layout worker; `signal` aborting (the graph changed meanwhile) ends the
 * worker and the promise never settles.
 */
export function layoutOffThread(
  input: LayoutInput,
  signal: AbortSignal,
): Promise<Record<string, Position>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
    signal.addEventListener('abort', () => worker.terminate());
    worker.onmessage = (event: MessageEvent<Record<string, Position>>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`The chart's layout failed: ${event.message}`));
    };
    worker.postMessage(input);
  });
}
