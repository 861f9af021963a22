import { useEffect, useState } from 'react';
import type cytoscape from 'cytoscape';
import type { LinkChartView } from '../../../electron/common/api/contract.ts';
import type { Position } from '../../../electron/common/chart/network-layout.ts';
import { messageOf } from '../../api/api-error.ts';
import { layoutOptions, type ChartLayout } from './chart-layouts.ts';
import type { ChartGraph } from './chart-model.ts';
import { layoutOffThread } from './layout-client.ts';

/**
 * The force-directed positions of `graph`'s nodes, from ForceAtlas2 off the main thread (pinned
 * nodes stay where the analyst put them); null until they come. The chart is drawn once they
 * are known, so that it is drawn once, where it belongs.
 */
export function useForcePositions(
  graph: ChartGraph | null,
  chart: LinkChartView | null,
  notify: (text: string, kind?: 'info' | 'error') => void,
): Record<string, Position> | null {
  const [positions, setPositions] = useState<{
    graph: ChartGraph;
    at: Record<string, Position>;
  } | null>(null);
  useEffect(() => {
    if (graph === null) return;
    const abort = new AbortController();
    const pinned = Object.fromEntries(
      (chart?.pins ?? []).map((pin) => [pin.entityId as string, { x: pin.x, y: pin.y }]),
    );
    layoutOffThread({ nodes: graph.nodes, links: graph.links, pinned }, abort.signal)
      .then((at) => {
        if (!abort.signal.aborted) setPositions({ graph, at });
      })
      .catch((error: unknown) => notify(messageOf(error), 'error'));
    return () => abort.abort();
  }, [graph, chart, notify]);
  // Positions of an earlier graph are not this one's.
  return positions?.graph === graph ? positions.at : null;
}

/**
 * Lays out the drawn graph with the chosen layout: the force-directed positions, or grouped by
 * type, or radial around `centre`. Marks the canvas `data-layout="done"` when the nodes stand
 * where the layout put them.
 */
export function useChartLayout({
  cy,
  graph,
  positions,
  layout,
  centre,
}: {
  cy: cytoscape.Core | null;
  graph: ChartGraph | null;
  positions: Record<string, Position> | null;
  layout: ChartLayout;
  centre: string | null;
}): void {
  useEffect(() => {
    const container = cy?.container() ?? null;
    if (cy === null || graph === null || positions === null || container === null) return;
    cy.layout(layoutOptions(layout, graph, positions, layout === 'radial' ? centre : null)).run();
    // Tests and the bench wait for this mark: the nodes stand where the layout put them.
    container.dataset.layout = 'done';
    return () => {
      container.dataset.layout = 'running';
    };
    // The radial layout follows the chosen centre; the others do not move when it changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cy, graph, positions, layout, layout === 'radial' ? centre : null]);
}
