import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { chartStyle, type ChartColours } from '../../renderer/views/chart/chart-style.ts';
import { labelLinksInFocus } from '../../renderer/views/chart/link-labels.ts';

const colours: ChartColours = {
  text: '#000',
  line: '#999',
  accent: '#36c',
  ground: '#fff',
  of: () => '#888',
};

/** A small chart (drawn as the view draws it): a meets b and c at an event, c is in d. */
function chart(): cytoscape.Core {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: chartStyle(colours) });
  cy.add([
    ...['a', 'b', 'c', 'd'].map((id) => ({ data: { id, label: id.toUpperCase(), size: 20 } })),
    { data: { id: 'ab', source: 'a', target: 'b', label: 'meets officials', width: 2 } },
    { data: { id: 'ac', source: 'a', target: 'c', label: 'meets officials', width: 2 } },
    { data: { id: 'cd', source: 'c', target: 'd', label: 'located-in', width: 2 } },
  ]);
  labelLinksInFocus(cy);
  return cy;
}
/** The links whose labels are drawn. */
const labelled = (cy: cytoscape.Core) =>
  cy
    .edges()
    .filter((edge) => edge.style('label') !== '')
    .map((edge) => edge.id());

describe("a chart's link labels", () => {
  it('are not drawn on every link (they covered the names and each other)', () => {
    const cy = chart();
    expect(labelled(cy)).toEqual([]);
    // The entities' names stay.
    expect(cy.nodes().map((node) => node.style('label'))).toEqual(['A', 'B', 'C', 'D']);
  });

  it('are drawn on the link under the pointer, until it leaves', () => {
    const cy = chart();
    cy.$id('cd').emit('mouseover');
    expect(labelled(cy)).toEqual(['cd']);
    cy.$id('cd').emit('mouseout');
    expect(labelled(cy)).toEqual([]);
  });

  it("are drawn on the selected link and on the selected entities' links", () => {
    const cy = chart();
    cy.$id('ab').select();
    expect(labelled(cy)).toEqual(['ab']);
    cy.$id('ab').unselect();
    cy.$id('c').select();
    expect(labelled(cy)).toEqual(['ac', 'cd']);
    cy.$id('d').select();
    cy.$id('c').unselect();
    expect(labelled(cy)).toEqual(['cd']);
  });
});
