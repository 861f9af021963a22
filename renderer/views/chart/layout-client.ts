import type { KeptChartLayout } from '../../../electron/common/api/contract.ts';
import {
  layoutKey,
  type LayoutInput,
  type Position,
} from '../../../electron/common/chart/network-layout.ts';

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

/** The layouts computed in this page, by key: a chart opened again in the session. */
const computed = new Map<string, Record<string, Position>>();

/**
 * The force-directed positions for `input`: those computed for the same input before (in this
 * page, or kept in the notebook: `kept`), else the worker's, which `keep` is then given to
 * keep in the notebook. The layout is deterministic, so a kept one is the one computed again.
 */
export function forcePositions(
  input: LayoutInput,
  kept: KeptChartLayout | null,
  keep: (layout: KeptChartLayout) => void,
  signal: AbortSignal,
): Promise<Record<string, Position>> {
  const key = layoutKey(input);
  const known = computed.get(key) ?? (kept?.key === key ? kept.positions : undefined);
  if (known !== undefined && input.nodes.every((node) => node.id in known))
    return Promise.resolve(known);
  return layoutOffThread(input, signal).then((positions) => {
    // One layout at a time: the last is the one a reopening asks for.
    computed.clear();
    computed.set(key, positions);
    keep({ key, positions });
    return positions;
  });
}
