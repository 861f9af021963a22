/**
 * A large chart's entities and links are labelled only where the analyst can read them: once
 * the view stops moving at a zoom where their labels are drawn, the nodes and links in view get
 * the `labelled` class. Styling and measuring 1,000 names and 3,000 link labels nobody could
 * read at the fitted zoom was a third of opening the chart.
 */
import type cytoscape from 'cytoscape';
import { LINK_FONT_SIZE, MIN_ZOOMED_FONT_SIZE, NODE_FONT_SIZE } from './chart-style.ts';

/** How long the view must rest before it is labelled: not while it pans or zooms. */
const REST_MS = 120;

/** Keeps the nodes and links in view labelled; returns the function that stops it. */
export function labelInView(cy: cytoscape.Core): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const label = () => {
    const readable = (size: number) => cy.zoom() * size >= MIN_ZOOMED_FONT_SIZE;
    const view = cy.extent();
    const inView = (at: cytoscape.Position) =>
      at.x >= view.x1 && at.x <= view.x2 && at.y >= view.y1 && at.y <= view.y2;
    cy.batch(() => {
      cy.elements('.labelled').removeClass('labelled');
      if (readable(NODE_FONT_SIZE))
        cy.nodes()
          .filter((node) => inView(node.position()))
          .addClass('labelled');
      if (readable(LINK_FONT_SIZE))
        cy.edges()
          .filter((edge) => {
            const [from, to] = [edge.source().position(), edge.target().position()];
            return inView({ x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 });
          })
          .addClass('labelled');
    });
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(label, REST_MS);
  };
  cy.on('viewport', later);
  return () => {
    clearTimeout(timer);
    cy.off('viewport', later);
  };
}
