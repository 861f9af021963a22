/**
 * A link's label is drawn only when the analyst looks at it: the link under the pointer, the
 * selected link, and the links of the selected entities. Drawn on every link, the labels of
 * even a small chart (an event's title on each of its links) covered the entities' names and
 * each other.
 */
import type cytoscape from 'cytoscape';

/** The classes chart-style.ts labels a link by: under the pointer, at a selected entity. */
export const HOVERED = 'hovered';
export const AT_CHOSEN = 'at-chosen';

/** Keeps the links in focus labelled; returns the function that stops it. */
export function labelLinksInFocus(cy: cytoscape.Core): () => void {
  const hover = (event: cytoscape.EventObject) => event.target.addClass(HOVERED);
  const leave = (event: cytoscape.EventObject) => event.target.removeClass(HOVERED);
  const chosen = () =>
    cy.batch(() => {
      cy.edges(`.${AT_CHOSEN}`).removeClass(AT_CHOSEN);
      cy.nodes(':selected').connectedEdges().addClass(AT_CHOSEN);
    });
  cy.on('mouseover', 'edge', hover);
  cy.on('mouseout', 'edge', leave);
  cy.on('select unselect', 'node', chosen);
  return () => {
    cy.off('mouseover', 'edge', hover);
    cy.off('mouseout', 'edge', leave);
    cy.off('select unselect', 'node', chosen);
  };
}
