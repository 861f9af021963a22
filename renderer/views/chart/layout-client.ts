import type { LayoutInput, Position } from '../../../electron/common/chart/network-layout.ts';

/** A worker started before its graph is known (warmLayoutWorker), used by the next layout. */
let spare: Worker | null = null;

/**
 * Starts the layout worker while the chart's data is still on its way, so that loading its
 * script is off the path to the first frame (docs/PERFORMANCE.md, chart6).
 */
export function warmLayoutWorker(): void {
  spare ??= startWorker();
}

function startWorker(): Worker {
  return new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Positions from the layout worker; `signal` aborting (the graph changed meanwhile) ends the
 * worker and the promise never settles.
 */
export function layoutOffThread(
  input: LayoutInput,
  signal: AbortSignal,
): Promise<Record<string, Position>> {
  return new Promise((resolve, reject) => {
    const worker = spare ?? startWorker();
    spare = null;
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
