import cytoscape from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addLater, ELEMENTS_PER_CHUNK } from '../../renderer/views/chart/elements-later.ts';

const SPOKES = ELEMENTS_PER_CHUNK + 7;

/**
 * A star: the hub drawn first, then (later) its spokes' nodes and the links to them, in that
 * order, as a large chart's least connected entities and its links follow its first frame.
 */
function star(): { cy: cytoscape.Core; later: cytoscape.ElementDefinition[] } {
  const cy = cytoscape({ headless: true });
  cy.add({ data: { id: 'hub' } });
  const later = [
    ...Array.from({ length: SPOKES }, (_, i) => ({ data: { id: `n${i}` } })),
    ...Array.from({ length: SPOKES }, (_, i) => ({
      data: { id: `e${i}`, source: 'hub', target: `n${i}` },
    })),
  ];
  return { cy, later };
}

describe("a large chart's other entities and links, after its first frame", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    // Node has no idle callbacks: a timer stands in for the page's idle moments.
    vi.stubGlobal('requestIdleCallback', (step: () => void) => setTimeout(step, 0));
    vi.stubGlobal('cancelIdleCallback', (id: ReturnType<typeof setTimeout>) => clearTimeout(id));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('are all added in order, a chunk per idle moment, and reported once the last is drawn', () => {
    const { cy, later } = star();
    const done = vi.fn();
    addLater(cy, later, done);
    // The first frame comes first: nothing is added before the page is idle.
    expect(cy.elements().length).toBe(1);
    vi.advanceTimersToNextTimer();
    expect([cy.nodes().length, cy.edges().length]).toEqual([1 + ELEMENTS_PER_CHUNK, 0]);
    vi.advanceTimersToNextTimer();
    // The last nodes came before the links that end at them.
    expect([cy.nodes().length, cy.edges().length]).toEqual([1 + SPOKES, ELEMENTS_PER_CHUNK - 7]);
    vi.runAllTimers();
    expect(cy.edges().map((edge) => edge.id())).toEqual(
      later.filter((e) => 'source' in e.data).map((e) => e.data.id),
    );
    expect(done).not.toHaveBeenCalled();
    cy.emit('render');
    expect(done).toHaveBeenCalledOnce();
  });

  it('stop adding when the chart is drawn again', () => {
    const { cy, later } = star();
    const done = vi.fn();
    const stop = addLater(cy, later, done);
    vi.advanceTimersToNextTimer();
    stop();
    vi.runAllTimers();
    cy.emit('render');
    expect([cy.elements().length, done.mock.calls.length]).toEqual([1 + ELEMENTS_PER_CHUNK, 0]);
  });
});
