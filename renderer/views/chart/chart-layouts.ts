/**
 * The link chart's layouts as Cytoscape options: force-directed (ForceAtlas2 positions from the
 * layout worker), grouped by type (a ring for each type) and radial around a chosen entity (a
 * ring for each step away from it). Pinned nodes are locked: no layout moves them.
 */
import type cytoscape from 'cytoscape';
import type { Position } from '../../../electron/common/chart/network-layout.ts';
import { ringsAround, type ChartGraph } from './chart-model.ts';

export const CHART_LAYOUTS = {
  force: 'Force-directed',
  type: 'Grouped by type',
  radial: 'Radial around the selected entity',
} as const;
export type ChartLayout = keyof typeof CHART_LAYOUTS;

/** Pixels left around the chart when it is fitted to the window. */
export const FIT_PADDING = 30;

export function layoutOptions(
  layout: ChartLayout,
  graph: ChartGraph,
  positions: Record<string, Position>,
  centre: string | null,
): cytoscape.LayoutOptions {
  if (layout === 'force')
    return {
      name: 'preset',
      positions,
      fit: true,
      padding: FIT_PADDING,
      animate: false,
    };
  const rank =
    layout === 'radial' && centre !== null ? ringsAround(graph, centre) : typeRings(graph);
  return {
    name: 'concentric',
    // Cytoscape puts the highest value in the middle.
    concentric: (node) => -(rank.get(node.id()) ?? 0),
    levelWidth: () => 1,
    minNodeSpacing: 24,
    fit: true,
    padding: FIT_PADDING,
    animate: false,
  };
}

/**
 * The zoom and pan at which every node of `graph`, where `positions` put it, fits a view of
 * `width` × `height` with FIT_PADDING around (as Cytoscape's fit, for nodes not yet added).
 */
export function fittedView(
  graph: ChartGraph,
  positions: Record<string, Position>,
  width: number,
  height: number,
  maxZoom: number,
): { zoom: number; pan: Position } {
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const node of graph.nodes) {
    const at = positions[node.id] ?? { x: 0, y: 0 };
    const half = node.size / 2;
    box.x1 = Math.min(box.x1, at.x - half);
    box.x2 = Math.max(box.x2, at.x + half);
    box.y1 = Math.min(box.y1, at.y - half);
    box.y2 = Math.max(box.y2, at.y + half);
  }
  const zoom = Math.min(
    maxZoom,
    (width - 2 * FIT_PADDING) / Math.max(box.x2 - box.x1, 1),
    (height - 2 * FIT_PADDING) / Math.max(box.y2 - box.y1, 1),
  );
  return {
    zoom,
    pan: { x: (width - zoom * (box.x1 + box.x2)) / 2, y: (height - zoom * (box.y1 + box.y2)) / 2 },
  };
}

/** One ring for each type, the types with most nodes innermost. */
function typeRings(graph: ChartGraph): Map<string, number> {
  const counts = new Map<string, number>();
  for (const node of graph.nodes) counts.set(node.type, (counts.get(node.type) ?? 0) + 1);
  const order = [...counts.keys()].sort(
    (a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b),
  );
  return new Map(graph.nodes.map((node) => [node.id, order.indexOf(node.type)]));
}
