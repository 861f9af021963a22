/**
 * A large chart's entities are named only where the analyst can read them: once the view stops
 * moving at a zoom where their labels are drawn, the nodes in view get the `labelled` class.
 * Styling and measuring 1,000 names (and 3,000 link labels, now drawn only in focus:
 * link-labels.ts) nobody could read at the fitted zoom was a third of opening the chart.
 */
import type cytoscape from 'cytoscape';
import { MIN_ZOOMED_FONT_SIZE, NODE_FONT_SIZE } from './chart-style.ts';

/** How long the view must rest before it is labelled: not while it pans or zooms. */
const REST_MS = 120;

/** Keeps the nodes in view labelled; returns the function that stops it. */
export function labelInView(cy: cytoscape.Core): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const label = () => {
    const view = cy.extent();
    const inView = (at: cytoscape.Position) =>
      at.x >= view.x1 && at.x <= view.x2 && at.y >= view.y1 && at.y <= view.y2;
    cy.batch(() => {
      cy.nodes('.labelled').removeClass('labelled');
      if (cy.zoom() * NODE_FONT_SIZE >= MIN_ZOOMED_FONT_SIZE)
        cy.nodes()
          .filter((node) => inView(node.position()))
          .addClass('labelled');
    });
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(label, REST_MS);
  };
  // Again once the nodes added after the first frame are in (elements-later.ts).
  cy.on('viewport add', later);
  return () => {
    clearTimeout(timer);
    cy.off('viewport add', later);
  };
}
