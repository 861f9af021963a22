import { describe, expect, it } from 'vitest';
import { FIT_PADDING, fittedView } from '../../renderer/views/chart/chart-layouts.ts';
import type { ChartGraph } from '../../renderer/views/chart/chart-model.ts';

const graphOf = (sizes: Record<string, number>): ChartGraph => ({
  nodes: Object.entries(sizes).map(([id, size]) => ({
    id,
    name: id,
    type: 'person',
    mentionCount: 1,
    degree: 1,
    size,
  })),
  links: [],
  edges: [],
  leftOut: 0,
  unlinked: 0,
});

describe("a large chart's first view, fitted to nodes not all drawn yet", () => {
  const graph = graphOf({ a: 10, b: 20, c: 40 });
  const positions = { a: { x: -500, y: 0 }, b: { x: 300, y: 80 }, c: { x: 0, y: -200 } };

  it('shows every node inside the padding, filling the view across or down', () => {
    const [width, height] = [800, 600];
    const { zoom, pan } = fittedView(graph, positions, width, height, 10);
    const boxes = graph.nodes.map((node) => {
      const at = positions[node.id as keyof typeof positions];
      const half = (node.size / 2) * zoom;
      return [
        at.x * zoom + pan.x - half,
        at.y * zoom + pan.y - half,
        at.x * zoom + pan.x + half,
        at.y * zoom + pan.y + half,
      ];
    });
    const [left, top] = [
      Math.min(...boxes.map((b) => b[0]!)),
      Math.min(...boxes.map((b) => b[1]!)),
    ];
    const [right, bottom] = [
      Math.max(...boxes.map((b) => b[2]!)),
      Math.max(...boxes.map((b) => b[3]!)),
    ];
    // From a's left edge to b's right edge: the width decides here, the height is centred.
    expect(left).toBeCloseTo(FIT_PADDING);
    expect(right).toBeCloseTo(width - FIT_PADDING);
    expect(top).toBeGreaterThanOrEqual(FIT_PADDING);
    expect(bottom).toBeLessThanOrEqual(height - FIT_PADDING);
    expect(top + bottom).toBeCloseTo(height);
  });

  it('does not zoom past the chart’s largest zoom', () => {
    const { zoom } = fittedView(graphOf({ a: 10 }), { a: { x: 5, y: 5 } }, 800, 600, 1.5);
    expect(zoom).toBe(1.5);
  });
});
