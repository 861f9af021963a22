import { useEffect } from 'react';
import type cytoscape from 'cytoscape';
import { messageOf } from '../../api/api-error.ts';
import { layoutOptions, type ChartLayout } from './chart-layouts.ts';
import type { ChartGraph } from './chart-model.ts';
import { layoutOffThread } from './layout-client.ts';

/**
 * Lays out the drawn graph with the chosen layout: ForceAtlas2 off the main thread (pinned
 * nodes stay), the others at once; the radial one around `centre`. Marks the canvas
 * `data-layout="done"` when the nodes stand where the layout put them.
 */
export function useChartLayout({
  cy,
  graph,
  layout,
  centre,
  notify,
}: {
  cy: cytoscape.Core | null;
  graph: ChartGraph | null;
  layout: ChartLayout;
  centre: string | null;
  notify: (text: string, kind?: 'info' | 'error') => void;
}): void {
  useEffect(() => {
    const container = cy?.container() ?? null;
    if (cy === null || graph === null || container === null) return;
    // Tests and the bench wait for this mark: the nodes stand where the layout put them.
    container.dataset.layout = 'running';
    const abort = new AbortController();
    const done = () => {
      if (!abort.signal.aborted) container.dataset.layout = 'done';
    };
    if (layout === 'force') {
      const pinnedAt = Object.fromEntries(
        cy.nodes(':locked').map((node) => [node.id(), node.position()]),
      );
      layoutOffThread({ nodes: graph.nodes, links: graph.links, pinned: pinnedAt }, abort.signal)
        .then((positions) => {
          if (abort.signal.aborted) return;
          cy.layout(layoutOptions('force', graph, positions, null)).run();
          done();
        })
        .catch((error: unknown) => notify(messageOf(error), 'error'));
    } else {
      cy.layout(layoutOptions(layout, graph, {}, centre)).run();
      done();
    }
    return () => abort.abort();
    // The radial layout follows the chosen centre; the others do not move when it changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cy, graph, layout, layout === 'radial' ? centre : null, notify]);
}
