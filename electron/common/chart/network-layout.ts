/**
 * Where the link chart's nodes stand: ForceAtlas2 (Barnes-Hut) over a graphology graph. Pure
 * JavaScript with no DOM, so one implementation serves the page's layout worker and the core's
 * "Network" picture of a briefing; Cytoscape's own force layout (cose) took 37 s of CPU for
 * 1,000 nodes here, ForceAtlas2 a fraction of a second.
 */
import Graph from 'graphology';
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

export interface Position {
  x: number;
  y: number;
}

export interface LayoutInput {
  /**
   * `size`: the node's diameter in pixels (SPACING when not given); `label`: the width of the
   * name drawn centred under it, kept clear of the other nodes and names (the brief's picture,
   * whose names are always shown; the chart shows them by zoom).
   */
  nodes: { id: string; size?: number; label?: number }[];
  links: { source: string; target: string }[];
  /** Nodes the analyst pinned: they stay where they are and the others settle around them. */
  pinned?: Record<string, Position>;
  /** Width over height of the whole: a screen's 3:2 unless given (a page is taller than wide). */
  aspect?: number;
}

/**
 * What a layout is known by: a hash of everything forceLayout reads (and of this module's
 * version, raised when the layout changes), so that positions kept for the same input are the
 * positions it would compute again (it is deterministic). FNV-1a over two lanes: 64 bits.
 */
const LAYOUT_VERSION = 1;
export function layoutKey(input: LayoutInput): string {
  const text = JSON.stringify([LAYOUT_VERSION, input.nodes, input.links, input.pinned ?? {}]);
  let [a, b] = [0x811c9dc5, 0x01000193 ^ 0x5bd1e995];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995) ^ (b >>> 15);
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return `${input.nodes.length}-${hex(a)}${hex(b)}`;
}

/** Spacing of the start positions, about a node's diameter, so that results read in pixels. */
const SPACING = 40;

/**
 * Up to this many nodes, each connected component is laid out on its own with settings that
 * keep nodes apart (sizes respected, LinLog's tighter clusters) and the components are set side
 * by side; above it, one fast pass over the whole graph (the 10,000-article bench's path).
 */
const SMALL_GRAPH = 500;

/** Empty room between two nodes, for their labels; and between two components. */
const NODE_GAP = 56;
const COMPONENT_GAP = 2 * SPACING;
/** Height of a name under its node, and the room between two names side by side. */
const LABEL_HEIGHT = 18;
const LABEL_GAP = 8;

/**
 * Positions of every node, the same for the same input (the start is a spiral, not random).
 * More iterations for small graphs, fewer for big ones, so that 1,000 nodes stay well under a
 * second.
 */
export function forceLayout(input: LayoutInput): Map<string, Position> {
  const pinned = input.pinned !== undefined && Object.keys(input.pinned).length > 0;
  if (!pinned && input.nodes.length <= SMALL_GRAPH) return componentsSideBySide(input);
  const graph = graphOf(input.nodes, input.links, input.pinned);
  const order = graph.order;
  if (order > 1)
    forceAtlas2.assign(graph, {
      iterations: order > 2000 ? 20 : order > 500 ? 30 : order > 100 ? 150 : 300,
      settings: largeGraphSettings(graph),
    });
  const positions = positionsOf(graph);
  return pinned ? positions : spread(positions);
}

function largeGraphSettings(graph: Graph): ForceAtlas2Settings {
  const barnesHutOptimize = graph.order > 100;
  return { ...forceAtlas2.inferSettings(graph), barnesHutOptimize, adjustSizes: false };
}

/**
 * forceLayout's large-graph path run on a made-up graph of WARM_UP_NODES, one ForceAtlas2
 * iteration per step: the layout worker runs it while the chart is fetched, so that the code
 * is compiled when the real graph comes (laid out cold, 1,091 nodes took about twice the CPU
 * time; docs/PERFORMANCE.md, chart8). Its positions are thrown away.
 */
const WARM_UP_NODES = SMALL_GRAPH + 100;
const WARM_UP_ITERATIONS = 30;
export function* forceLayoutWarmUp(): Generator<void, void, void> {
  const nodes = Array.from({ length: WARM_UP_NODES }, (_, i) => ({ id: `n${i}`, size: 20 }));
  // A tree, each node tied to one before it: linked as a chart is, with no work to make it.
  const links = nodes
    .slice(1)
    .map((node, i) => ({ source: `n${(i * 7) % (i + 1)}`, target: node.id }));
  const graph = graphOf(nodes, links);
  const settings = largeGraphSettings(graph);
  for (let i = 0; i < WARM_UP_ITERATIONS; i++) {
    yield;
    forceAtlas2.assign(graph, { iterations: 1, settings });
  }
  spread(positionsOf(graph));
}

function graphOf(
  nodes: LayoutInput['nodes'],
  links: LayoutInput['links'],
  pinned?: Record<string, Position>,
): Graph {
  const graph = new Graph({ type: 'undirected', multi: true, allowSelfLoops: false });
  nodes.forEach((node, index) => {
    const pin = pinned?.[node.id];
    // A golden-angle spiral spreads the start evenly without randomness.
    const angle = index * 2.399963;
    const radius = SPACING * Math.sqrt(index + 1);
    graph.addNode(node.id, {
      x: pin?.x ?? radius * Math.cos(angle),
      y: pin?.y ?? radius * Math.sin(angle),
      // ForceAtlas2's adjustSizes reads `size` as a radius.
      size: (node.size ?? SPACING) / 2,
      fixed: pin !== undefined,
    });
  });
  for (const link of links)
    if (graph.hasNode(link.source) && graph.hasNode(link.target) && link.source !== link.target)
      graph.addEdge(link.source, link.target);
  return graph;
}

function positionsOf(graph: Graph): Map<string, Position> {
  const positions = new Map<string, Position>();
  graph.forEachNode((id, attributes) => positions.set(id, { x: attributes.x, y: attributes.y }));
  return positions;
}

/** The connected components, biggest first (ties in input order), each in input order. */
function components(input: LayoutInput): LayoutInput['nodes'][] {
  const next = new Map<string, string[]>(input.nodes.map((node) => [node.id, []]));
  for (const link of input.links) {
    next.get(link.source)?.push(link.target);
    next.get(link.target)?.push(link.source);
  }
  const component = new Map<string, number>();
  let count = 0;
  for (const node of input.nodes) {
    if (component.has(node.id)) continue;
    const stack = [node.id];
    component.set(node.id, count);
    while (stack.length > 0)
      for (const other of next.get(stack.pop()!) ?? [])
        if (next.has(other) && !component.has(other)) {
          component.set(other, count);
          stack.push(other);
        }
    count++;
  }
  const groups: LayoutInput['nodes'][] = Array.from({ length: count }, () => []);
  for (const node of input.nodes) groups[component.get(node.id)!]!.push(node);
  return groups.sort((a, b) => b.length - a.length);
}

/**
 * Each component laid out on its own, scaled so that no two of its nodes come closer than their
 * radii and a label's gap, then the components packed in rows, biggest first: a few linked
 * groups do not end up on top of each other, nor lost in a corner.
 */
function componentsSideBySide(input: LayoutInput): Map<string, Position> {
  const boxOf = new Map(input.nodes.map((node) => [node.id, nodeBox(node)]));
  const boxes = components(input).map((nodes) => {
    const ids = new Set(nodes.map((node) => node.id));
    const links = input.links.filter((link) => ids.has(link.source) && ids.has(link.target));
    const at = separated(laidOut(nodes, links), boxOf);
    const xs = [...at].map(([id, p]) => [p.x - boxOf.get(id)!.half, p.x + boxOf.get(id)!.half]);
    const ys = [...at].map(([id, p]) => [p.y - boxOf.get(id)!.up, p.y + boxOf.get(id)!.down]);
    const left = Math.min(...xs.map(([a]) => a!));
    const top = Math.min(...ys.map(([a]) => a!));
    return {
      at,
      left,
      top,
      width: Math.max(...xs.map(([, b]) => b!)) - left,
      height: Math.max(...ys.map(([, b]) => b!)) - top,
    };
  });
  // Rows as wide as the whole's aspect asks.
  const area = boxes.reduce(
    (sum, box) => sum + (box.width + COMPONENT_GAP) * (box.height + COMPONENT_GAP),
    0,
  );
  const rowWidth = Math.max(boxes[0]?.width ?? 0, Math.sqrt(area * (input.aspect ?? 1.5)));
  const positions = new Map<string, Position>();
  let [x, y, rowHeight] = [0, 0, 0];
  for (const box of boxes) {
    if (x > 0 && x + box.width > rowWidth)
      [x, y, rowHeight] = [0, y + rowHeight + COMPONENT_GAP, 0];
    for (const [id, p] of box.at)
      positions.set(id, { x: x + p.x - box.left, y: y + p.y - box.top });
    x += box.width + COMPONENT_GAP;
    rowHeight = Math.max(rowHeight, box.height);
  }
  return positions;
}

/** ForceAtlas2 for one small component: sizes respected, LinLog, a strong repulsion. */
function laidOut(nodes: LayoutInput['nodes'], links: LayoutInput['links']): Map<string, Position> {
  const graph = graphOf(nodes, links);
  if (graph.order > 1)
    forceAtlas2.assign(graph, {
      iterations: graph.order > 100 ? 200 : 400,
      settings: {
        ...forceAtlas2.inferSettings(graph),
        linLogMode: true,
        adjustSizes: true,
        scalingRatio: 20,
        barnesHutOptimize: false,
      },
    });
  return positionsOf(graph);
}

/** What a node covers around its centre: its shape, and its name below it when given. */
interface NodeBox {
  size: number;
  /** Half its width, and how far it reaches up and down. */
  half: number;
  up: number;
  down: number;
  named: boolean;
}

function nodeBox(node: LayoutInput['nodes'][number]): NodeBox {
  const size = node.size ?? SPACING;
  const named = node.label !== undefined;
  return {
    size,
    half: Math.max(size, node.label ?? 0) / 2,
    up: size / 2,
    down: size / 2 + (named ? LABEL_HEIGHT : 0),
    named,
  };
}

/**
 * Scaled about the middle until no two nodes are closer than their radii plus NODE_GAP, and no
 * two named nodes' boxes (shape and name) overlap (scaled down too, when ForceAtlas2 left them
 * farther apart than that needs).
 */
function separated(
  positions: Map<string, Position>,
  boxes: Map<string, NodeBox>,
): Map<string, Position> {
  const all = [...positions];
  let scale = 0;
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++) {
      const [a, p] = all[i]!;
      const [b, q] = all[j]!;
      const [s, t] = [boxes.get(a)!, boxes.get(b)!];
      const need = (s.size + t.size) / 2 + NODE_GAP;
      // Two nodes on the same spot: a small step apart keeps the scale finite.
      const apart = (gap: number, distance: number) => gap / Math.max(Math.abs(distance), 1e-3);
      scale = Math.max(scale, apart(need, Math.hypot(p.x - q.x, p.y - q.y)));
      // Two boxes are clear of each other once they are apart across or down, whichever
      // comes first as they grow apart.
      if (s.named && t.named) {
        const across = apart(s.half + t.half + LABEL_GAP, p.x - q.x);
        const down = apart((q.y > p.y ? s.down + t.up : s.up + t.down) + LABEL_GAP, p.y - q.y);
        scale = Math.max(scale, Math.min(across, down));
      }
    }
  if (scale === 0) return positions;
  return new Map(all.map(([id, p]) => [id, { x: p.x * scale, y: p.y * scale }]));
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
