import cytoscape from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addLinksLater, LINKS_PER_CHUNK } from '../../renderer/views/chart/links-later.ts';

const LINKS = 2 * LINKS_PER_CHUNK + 7;

/** A star: one hub and LINKS nodes, drawn; their links not yet added. */
function star(): { cy: cytoscape.Core; links: cytoscape.ElementDefinition[] } {
  const cy = cytoscape({ headless: true });
  cy.add([
    { data: { id: 'hub' } },
    ...Array.from({ length: LINKS }, (_, i) => ({ data: { id: `n${i}` } })),
  ]);
  const links = Array.from({ length: LINKS }, (_, i) => ({
    data: { id: `e${i}`, source: 'hub', target: `n${i}` },
  }));
  return { cy, links };
}

describe("a large chart's links, after its nodes", () => {
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

  it('are all added, a chunk per idle moment, and reported once the last is drawn', () => {
    const { cy, links } = star();
    const done = vi.fn();
    addLinksLater(cy, links, done);
    // The nodes' frame comes first: nothing is added before the page is idle.
    expect(cy.edges().length).toBe(0);
    vi.advanceTimersToNextTimer();
    expect(cy.edges().length).toBe(LINKS_PER_CHUNK);
    vi.runAllTimers();
    expect(cy.edges().map((edge) => edge.id())).toEqual(links.map((link) => link.data.id));
    expect(done).not.toHaveBeenCalled();
    cy.emit('render');
    expect(done).toHaveBeenCalledOnce();
  });

  it('stop adding when the chart is drawn again', () => {
    const { cy, links } = star();
    const done = vi.fn();
    const stop = addLinksLater(cy, links, done);
    vi.advanceTimersToNextTimer();
    stop();
    vi.runAllTimers();
    cy.emit('render');
    expect([cy.edges().length, done.mock.calls.length]).toEqual([LINKS_PER_CHUNK, 0]);
  });
});
