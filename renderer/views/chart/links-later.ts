/**
 * A large chart's links are added after its nodes are drawn, a chunk at a time when the page
 * is idle: Cytoscape styling, measuring and drawing 3,000 links with the nodes made the first
 * frame of a 1,000-entity chart wait for all of them (docs/PERFORMANCE.md, chart5).
 */
import type cytoscape from 'cytoscape';

/** Links added per idle moment: each chunk is styled and drawn before the next. */
export const LINKS_PER_CHUNK = 500;
/** A busy page still gets its links this soon (ms) after the chunk before. */
const IDLE_TIMEOUT_MS = 200;

/**
 * Adds `links` to `cy` in chunks, one per idle callback, and calls `done` once the last is
 * drawn; returns the function that stops it (the instance is destroyed).
 */
export function addLinksLater(
  cy: cytoscape.Core,
  links: cytoscape.ElementDefinition[],
  done: () => void,
): () => void {
  let next = 0;
  let idle: number | null = null;
  const step = () => {
    cy.add(links.slice(next, next + LINKS_PER_CHUNK));
    next += LINKS_PER_CHUNK;
    if (next < links.length) idle = requestIdleCallback(step, { timeout: IDLE_TIMEOUT_MS });
    else {
      idle = null;
      cy.one('render', done);
    }
  };
  idle = requestIdleCallback(step, { timeout: IDLE_TIMEOUT_MS });
  return () => {
    if (idle !== null) cancelIdleCallback(idle);
    cy.off('render', done);
  };
}
