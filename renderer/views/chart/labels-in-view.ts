/**
 * A large chart's links are labelled only where the analyst can read them: once the view stops
 * moving at a zoom where their labels are drawn, the links in view get the `labelled` class.
 * Styling and measuring 3,000 labels nobody could read was a third of opening the chart.
 */
import type cytoscape from 'cytoscape';
import { LINK_FONT_SIZE, MIN_ZOOMED_FONT_SIZE } from './chart-style.ts';

/** How long the view must rest before its links are labelled: not while it pans or zooms. */
const REST_MS = 120;

/** Keeps the links in view labelled; returns the function that stops it. */
export function labelLinksInView(cy: cytoscape.Core): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const label = () => {
    const readable = cy.zoom() * LINK_FONT_SIZE >= MIN_ZOOMED_FONT_SIZE;
    const view = cy.extent();
    const inView = (at: cytoscape.Position) =>
      at.x >= view.x1 && at.x <= view.x2 && at.y >= view.y1 && at.y <= view.y2;
    cy.batch(() => {
      cy.edges('.labelled').removeClass('labelled');
      if (!readable) return;
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
