/**
 * Where the link chart's nodes stand: ForceAtlas2 (Barnes-Hut) over a graphology graph. Pure
 * JavaScript with no DOM, so one implementation serves the page's layout worker and the core's
 * "Network" picture of a briefing; Cytoscape's own force layout (cose) took 37 s of CPU for
 * 1,000 nodes here, ForceAtlas2 a fraction of a second.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

export interface Position {
  x: number;
  y: number;
}

export interface LayoutInput {
  nodes: { id: string }[];
  links: { source: string; target: string }[];
  /** Nodes the analyst pinned: they stay where they are and the others settle around them. */
  pinned?: Record<string, Position>;
}

/** Spacing of the start positions, about a node's diameter, so that results read in pixels. */
const SPACING = 40;

/**
 * Positions of every node, the same for the same input (the start is a spiral, not random).
 * More iterations for small graphs, fewer for big ones, so that 1,000 nodes stay well under a
 * second.
 */
export function forceLayout(input: LayoutInput): Map<string, Position> {
  const graph = new Graph({ type: 'undirected', multi: true, allowSelfLoops: false });
  input.nodes.forEach((node, index) => {
    const pin = input.pinned?.[node.id];
    // A golden-angle spiral spreads the start evenly without randomness.
    const angle = index * 2.399963;
    const radius = SPACING * Math.sqrt(index + 1);
    graph.addNode(node.id, {
      x: pin?.x ?? radius * Math.cos(angle),
      y: pin?.y ?? radius * Math.sin(angle),
      fixed: pin !== undefined,
    });
  });
  for (const link of input.links)
    if (graph.hasNode(link.source) && graph.hasNode(link.target) && link.source !== link.target)
      graph.addEdge(link.source, link.target);
  const order = graph.order;
  if (order > 1) {
    const settings = forceAtlas2.inferSettings(graph);
    forceAtlas2.assign(graph, {
      iterations: order > 2000 ? 20 : order > 500 ? 30 : order > 100 ? 150 : 300,
      settings: { ...settings, barnesHutOptimize: order > 100, adjustSizes: false },
    });
  }
  const positions = new Map<string, Position>();
  graph.forEachNode((id, attributes) => positions.set(id, { x: attributes.x, y: attributes.y }));
  return input.pinned !== undefined && Object.keys(input.pinned).length > 0
    ? positions
    : spread(positions);
}

/**
 * ForceAtlas2's own scale depends on the graph; the chart's labels need room. Scaled so that
 * each node has about three diameters of room (pinned positions are the analyst's: kept).
 */
function spread(positions: Map<string, Position>): Map<string, Position> {
  const all = [...positions.values()];
  if (all.length < 2) return positions;
  const xs = all.map((p) => p.x);
  const ys = all.map((p) => p.y);
  const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  if (extent === 0) return positions;
  const scale = (3 * SPACING * Math.sqrt(all.length)) / extent;
  return new Map([...positions].map(([id, p]) => [id, { x: p.x * scale, y: p.y * scale }]));
}
