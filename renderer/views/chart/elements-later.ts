/**
 * A large chart's first frame draws its most connected entities only; the others, then the
 * links, are added after it, a chunk at a time when the page is idle: Cytoscape styling,
 * measuring and drawing every element made the first frame of a 1,000-entity chart wait for
 * all of them (docs/PERFORMANCE.md, chart5 and chart6).
 */
import type cytoscape from 'cytoscape';
import { whenIdle } from '../../components/when-idle.ts';

/** Elements added per idle moment: each chunk is styled and drawn before the next. */
export const ELEMENTS_PER_CHUNK = 500;
/** A busy page still gets its elements this soon (ms) after the chunk before. */
const IDLE_TIMEOUT_MS = 200;

/**
 * Adds `elements` to `cy` in order (a link's ends before it), in chunks, one per idle
 * callback, and calls `done` once the last is drawn; returns the function that stops it (the
 * instance is destroyed).
 */
export function addLater(
  cy: cytoscape.Core,
  elements: cytoscape.ElementDefinition[],
  done: () => void,
): () => void {
  let next = 0;
  const stop = whenIdle(() => {
    cy.add(elements.slice(next, next + ELEMENTS_PER_CHUNK));
    next += ELEMENTS_PER_CHUNK;
    if (next < elements.length) return true;
    cy.one('render', done);
    return false;
  }, IDLE_TIMEOUT_MS);
  return () => {
    stop();
    cy.off('render', done);
  };
}
