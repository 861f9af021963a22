import { useEffect, useRef, useState } from 'react';
import type cytoscape from 'cytoscape';
import type { KeptChartLayout, LinkChartOutline } from '../../../electron/common/api/contract.ts';
import type { Position } from '../../../electron/common/chart/network-layout.ts';
import { messageOf } from '../../api/api-error.ts';
import { layoutOptions, type ChartLayout } from './chart-layouts.ts';
import { layoutInputOf, type ChartGraph } from './chart-model.ts';
import { useApi } from '../../api/api-provider.tsx';
import { forcePositions, warmLayoutWorker } from './layout-client.ts';

/**
 * The force-directed positions of `graph`'s nodes, from ForceAtlas2 off the main thread (pinned
 * nodes stay where the analyst put them), or as kept from the last time the same graph was laid
 * out; null until they come. The chart is drawn once they are known, so that it is drawn once,
 * where it belongs.
 */
export function useForcePositions(
  graph: ChartGraph | null,
  chart: LinkChartOutline | null,
  notify: (text: string, kind?: 'info' | 'error') => void,
): Record<string, Position> | null {
  const [positions, setPositions] = useState<{
    graph: ChartGraph;
    at: Record<string, Position>;
  } | null>(null);
  const { api } = useApi();
  // Loading the worker's script overlaps fetching the chart.
  useEffect(warmLayoutWorker, []);
  useEffect(() => {
    if (graph === null) return;
    const abort = new AbortController();
    const pinned = Object.fromEntries(
      (chart?.pins ?? []).map((pin) => [pin.entityId as string, { x: pin.x, y: pin.y }]),
    );
    // Only what the layout reads is copied to the worker: the edges' links and evidence, cloned
    // with them, were a cost on this thread.
    const input = layoutInputOf(graph, pinned);
    // Not keeping it costs only the next opening its layout: nothing to tell the analyst.
    const keep = (layout: KeptChartLayout) => void api.keepChartLayout(layout).catch(() => {});
    forcePositions(input, chart?.layout ?? null, keep, abort.signal)
      .then((at) => {
        if (!abort.signal.aborted) setPositions({ graph, at });
      })
      .catch((error: unknown) => notify(messageOf(error), 'error'));
    return () => abort.abort();
  }, [graph, chart, notify, api]);
  // Positions of an earlier graph are not this one's.
  return positions?.graph === graph ? positions.at : null;
}

/**
 * Lays out the drawn graph with the chosen layout: the force-directed positions, or grouped by
 * type, or radial around `centre`. Marks the canvas `data-layout="done"` once the nodes are
 * drawn where the layout put them.
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
  /** The instance last laid out: a new one already stands at the force-directed positions. */
  const laidOut = useRef<cytoscape.Core | null>(null);
  useEffect(() => {
    const container = cy?.container() ?? null;
    if (cy === null || graph === null || positions === null || container === null) return;
    // Tests and the bench wait for this mark: the chart's first frame after the layout is drawn.
    const drawn = () => {
      container.dataset.layout = 'done';
    };
    // A new instance comes with its first frame drawn, at the force-directed positions and
    // fitted (useCytoscape): placing 1,000 nodes again cost a tenth of opening the chart. Marked
    // here too: a cleanup of this effect may have marked the canvas "running" since.
    if (layout === 'force' && laidOut.current !== cy) drawn();
    else {
      cy.layout(layoutOptions(layout, graph, positions, layout === 'radial' ? centre : null)).run();
      cy.one('render', drawn);
    }
    laidOut.current = cy;
    return () => {
      cy.off('render', drawn);
      container.dataset.layout = 'running';
    };
    // The radial layout follows the chosen centre; the others do not move when it changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cy, graph, positions, layout, layout === 'radial' ? centre : null]);
}
