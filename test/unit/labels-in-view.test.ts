import cytoscape from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { labelInView } from '../../renderer/views/chart/labels-in-view.ts';

/** Two pairs of entities far apart; a headless chart's window is 1 by 1 pixel. */
function chart(): cytoscape.Core {
  // Added after construction, as the view does: the constructor's layout would move them.
  const cy = cytoscape({ headless: true });
  cy.add([
    { data: { id: 'a' }, position: { x: 0, y: 0 } },
    { data: { id: 'b' }, position: { x: 10, y: 0 } },
    { data: { id: 'c' }, position: { x: 100, y: 100 } },
    { data: { id: 'd' }, position: { x: 110, y: 100 } },
    { data: { id: 'ab', source: 'a', target: 'b' } },
    { data: { id: 'cd', source: 'c', target: 'd' } },
  ]);
  return cy;
}
const named = (cy: cytoscape.Core) => cy.nodes('.labelled').map((node) => node.id());

describe("a large chart's entity names", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('names the entities in view at a zoom where their (larger) labels read, and only those', () => {
    const cy = chart();
    labelInView(cy);
    // b in view, a not.
    cy.viewport({ zoom: 1, pan: { x: -10, y: 0 } });
    vi.runAllTimers();
    expect(named(cy)).toEqual(['b']);
    // Readable entity names (11 px × 0.8).
    cy.viewport({ zoom: 0.8, pan: { x: -8, y: 0 } });
    vi.runAllTimers();
    expect(named(cy)).toEqual(['b']);
    cy.viewport({ zoom: 0.8, pan: { x: -4, y: 0 } });
    vi.runAllTimers();
    expect(named(cy)).toEqual([]);
    cy.viewport({ zoom: 0.5, pan: { x: -5, y: 0 } });
    vi.runAllTimers();
    expect(named(cy)).toEqual([]);
  });

  it('labels nothing zoomed out, where labels would be too small to read', () => {
    const cy = chart();
    labelInView(cy);
    cy.viewport({ zoom: 1, pan: { x: -10, y: 0 } });
    vi.runAllTimers();
    expect(named(cy)).toEqual(['b']);
    cy.viewport({ zoom: 0.5, pan: { x: -5, y: 0 } });
    vi.runAllTimers();
    expect(named(cy)).toEqual([]);
  });

  it('stops when asked (the chart is drawn again)', () => {
    const cy = chart();
    labelInView(cy)();
    cy.viewport({ zoom: 1, pan: { x: -10, y: 0 } });
    vi.runAllTimers();
    expect(named(cy)).toEqual([]);
  });
});
