import { afterEach, describe, expect, it, vi } from 'vitest';
import type { KeptChartLayout } from '../../electron/common/api/contract.ts';
import {
  forceLayout,
  layoutKey,
  type LayoutInput,
} from '../../electron/common/chart/network-layout.ts';
import { forcePositions } from '../../renderer/views/chart/layout-client.ts';

/** The layout worker as the page has it, run in this thread; counts the layouts it makes. */
let layouts = 0;
class InlineWorker {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  postMessage(input: LayoutInput) {
    layouts++;
    const data = Object.fromEntries(forceLayout(input));
    queueMicrotask(() => this.onmessage?.({ data }));
  }
  terminate() {}
}

const chain = (n: number): LayoutInput => ({
  nodes: Array.from({ length: n }, (_, i) => ({ id: `n${i}`, size: 20 + i })),
  links: Array.from({ length: n - 1 }, (_, i) => ({ source: `n${i}`, target: `n${i + 1}` })),
  pinned: {},
});

afterEach(() => vi.unstubAllGlobals());

describe('the chart layout kept for its input', () => {
  it('lays out a new input once, keeps it, and gives it back for the same input', async () => {
    vi.stubGlobal('Worker', InlineWorker);
    layouts = 0;
    const kept: KeptChartLayout[] = [];
    const keep = (layout: KeptChartLayout) => kept.push(layout);
    const signal = new AbortController().signal;
    const input = chain(12);
    const first = await forcePositions(input, null, keep, signal);
    expect(first).toEqual(Object.fromEntries(forceLayout(input)));
    expect(kept).toEqual([{ key: layoutKey(input), positions: first }]);
    expect(await forcePositions(structuredClone(input), null, keep, signal)).toEqual(first);
    expect(layouts).toBe(1);
    // A new page (nothing computed in it) with the notebook's kept layout: no layout either.
    const other = chain(7);
    const notebook = {
      key: layoutKey(other),
      positions: await forcePositions(other, null, keep, signal),
    };
    expect(layouts).toBe(2);
    await forcePositions(input, null, keep, signal);
    expect(layouts).toBe(3);
    expect(await forcePositions(other, notebook, keep, signal)).toEqual(notebook.positions);
    expect(layouts).toBe(3);
  });

  it('lays out again when the kept layout is of another input or lacks a node', async () => {
    vi.stubGlobal('Worker', InlineWorker);
    layouts = 0;
    const signal = new AbortController().signal;
    const input = { ...chain(9), pinned: { n2: { x: 5, y: 5 } } };
    const positions = Object.fromEntries(forceLayout(input));
    const { n8: _left, ...partial } = positions;
    for (const kept of [
      { key: layoutKey(chain(9)), positions },
      { key: layoutKey(input), positions: partial },
    ]) {
      // The page's own last layout is another input's: only the kept one could answer.
      await forcePositions(chain(3), null, () => {}, signal);
      const before = layouts;
      expect(await forcePositions(input, kept, () => {}, signal)).toEqual(positions);
      expect(layouts).toBe(before + 1);
    }
  });
});
