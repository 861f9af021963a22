/**
 * The link chart as the view reads it: which nodes and links to draw under the filters, how big
 * and how thick, which were left out, and paths between entities. Pure functions over
 * `LinkChartOutline`, unit-tested; the drawing is Cytoscape's.
 */
import cytoscape from 'cytoscape';
import type {
  EvidencePlace,
  LinkChartOutline,
  RelationId,
} from '../../../electron/common/api/contract.ts';
import type { EventId } from '../../../electron/common/model/ids.ts';
import type { LayoutInput, Position } from '../../../electron/common/chart/network-layout.ts';
import { labelWidth, linkWidth, nodeSize } from '../../../electron/common/chart/network-svg.ts';
import { NODE_FONT_SIZE } from './chart-style.ts';

/** Above this many nodes the chart shows the most connected and says how many it left out. */
export const MAX_NODES = 5_000;

export interface ChartFilters {
  /** Entity types shown; empty: all. */
  entityTypes: string[];
  /** A tag of a relation or an event; empty: any. */
  tag: string;
  /** An article the link's evidence quotes; empty: any. */
  articleId: string;
  /** ISO dates bounding the window (both included); empty for no bound. */
  from: string;
  to: string;
  /** Whether entities no link ties to anything are drawn: off, they drown the network. */
  unlinked: boolean;
}

export const NO_CHART_FILTERS: ChartFilters = {
  entityTypes: [],
  tag: '',
  articleId: '',
  from: '',
  to: '',
  unlinked: false,
};

export interface ChartNodeItem {
  id: string;
  name: string;
  type: string;
  mentionCount: number;
  degree: number;
  /** Diameter in pixels: grows with the mentions. */
  size: number;
}

export interface ChartLinkItem {
  id: string;
  source: string;
  target: string;
  kind: 'relation' | 'event';
  /** The relation drawn, whose evidence the side panel grades; null for an event's link. */
  relationId: RelationId | null;
  /** The event whose participants it links; null for a relation. */
  eventId: EventId | null;
  /** The relation's type, or the event's title. */
  label: string;
  directed: boolean;
  /** Where its evidence is; the quotes are read when the link is selected (linkEvidence). */
  evidence: EvidencePlace[];
  date: { start: string; end: string } | null;
  tags: string[];
  /** Stroke width in pixels: grows with the evidence. */
  width: number;
}

/**
 * What the chart draws between two entities: one line for all their links (three relations
 * drawn apart overlapped on a large chart), thicker with all their evidence.
 */
export interface ChartEdgeItem {
  /** One per pair of entities: see pairId. */
  id: string;
  source: string;
  target: string;
  /** The links it stands for, each listed with its evidence when the edge is selected. */
  links: ChartLinkItem[];
  /** The one link's label, or how many links it stands for. */
  label: string;
  /** Dashed only when every link is an event's. */
  kind: ChartLinkItem['kind'];
  /** An arrow only when every link is directed from `source` to `target`. */
  directed: boolean;
  width: number;
}

export interface ChartGraph {
  nodes: ChartNodeItem[];
  links: ChartLinkItem[];
  /** The links merged per pair of entities, as drawn. */
  edges: ChartEdgeItem[];
  /** Nodes the filters kept but the chart left out to stay under MAX_NODES. */
  leftOut: number;
  /** Entities of the types shown that no link ties to another, drawn or not. */
  unlinked: number;
}

/** chartLinks of each chart answer: the view reads them for its filters, bounds and lists. */
const linksOfChart = new WeakMap<LinkChartOutline, ChartLinkItem[]>();

/**
 * Every link of the chart: relations, then the links events make between their participants
 * (made once per answer).
 */
export function chartLinks(chart: LinkChartOutline): ChartLinkItem[] {
  const known = linksOfChart.get(chart);
  if (known !== undefined) return known;
  const links: ChartLinkItem[] = [
    ...chart.relations.map((r) => ({
      id: `r:${r.id}`,
      source: r.from,
      target: r.to,
      kind: 'relation' as const,
      relationId: r.id,
      eventId: null,
      label: r.type,
      directed: r.directed,
      evidence: r.evidence,
      date: r.date,
      tags: r.tags,
      width: linkWidth(r.evidence.length),
    })),
    ...chart.eventLinks.map((link, index) => ({
      id: `e:${link.eventId}:${index}`,
      source: link.from,
      target: link.to,
      kind: 'event' as const,
      relationId: null,
      eventId: link.eventId,
      label: link.title,
      directed: false,
      evidence: link.evidence,
      date: link.date,
      tags: link.tags,
      width: linkWidth(link.evidence.length),
    })),
  ];
  linksOfChart.set(chart, links);
  return links;
}

/**
 * The nodes and links to draw. The type filter keeps nodes; the tag, article and date filters
 * keep links (a date window keeps only links known to fall in it), and then only the nodes they
 * tie; entities with no link at all only when `unlinked` is on. Above `limit` nodes, the most
 * connected are kept.
 */
export function chartGraph(
  chart: LinkChartOutline,
  filters: ChartFilters,
  limit = MAX_NODES,
): ChartGraph {
  const types = new Set(filters.entityTypes);
  const typed = chart.nodes.filter((node) => types.size === 0 || types.has(node.type));
  const shown = new Set<string>(typed.map((node) => node.id));
  const links = chartLinks(chart).filter(
    (link) => shown.has(link.source) && shown.has(link.target) && linkMatches(link, filters),
  );
  const degree = new Map<string, number>();
  for (const link of links)
    for (const end of [link.source, link.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const linkFiltered = filters.tag !== '' || filters.articleId !== '' || hasWindow(filters);
  const candidates = typed
    .filter((node) => degree.has(node.id) || (filters.unlinked && !linkFiltered))
    .map((node) => ({
      id: node.id,
      name: node.name,
      type: node.type,
      mentionCount: node.mentionCount,
      degree: degree.get(node.id) ?? 0,
      size: nodeSize(node.mentionCount),
    }))
    .sort(
      (a, b) =>
        b.degree - a.degree || b.mentionCount - a.mentionCount || a.name.localeCompare(b.name),
    );
  const nodes = candidates.slice(0, limit);
  const kept = new Set<string>(nodes.map((node) => node.id));
  const drawn = links.filter((link) => kept.has(link.source) && kept.has(link.target));
  return {
    nodes,
    links: drawn,
    edges: edgesOf(drawn),
    leftOut: candidates.length - nodes.length,
    unlinked: unlinkedCount(chart, shown),
  };
}

/** The edge drawn for the links between `a` and `b`, whichever way they run. */
/**
 * What the force layout reads of the chart: each node's size and the width of its name, which
 * the layout keeps clear of the other nodes and names (without it two long names of a small
 * chart were drawn over each other), the links, and the nodes the analyst pinned.
 */
export function layoutInputOf(graph: ChartGraph, pinned: Record<string, Position>): LayoutInput {
  return {
    nodes: graph.nodes.map(({ id, size, name }) => ({
      id,
      size,
      label: labelWidth(name, NODE_FONT_SIZE),
    })),
    links: graph.edges.map(({ source, target }) => ({ source, target })),
    pinned,
  };
}

export function pairId(a: string, b: string): string {
  return a < b ? `p:${a}:${b}` : `p:${b}:${a}`;
}

/** `links` merged per pair of entities, in the order of each pair's first link. */
function edgesOf(links: ChartLinkItem[]): ChartEdgeItem[] {
  const pairs = new Map<string, ChartLinkItem[]>();
  for (const link of links) {
    const id = pairId(link.source, link.target);
    const pair = pairs.get(id);
    if (pair === undefined) pairs.set(id, [link]);
    else pair.push(link);
  }
  return [...pairs].map(([id, pair]) => {
    const [first] = pair as [ChartLinkItem];
    const evidence = pair.reduce((sum, link) => sum + link.evidence.length, 0);
    return {
      id,
      source: first.source,
      target: first.target,
      links: pair,
      label: pair.length === 1 ? first.label : `${pair.length} links`,
      kind: pair.every((link) => link.kind === 'event') ? 'event' : 'relation',
      directed: pair.every((link) => link.directed && link.source === first.source),
      width: linkWidth(evidence),
    };
  });
}

/** Entities among `shown` that no link of the chart (whatever the link filters) ties. */
function unlinkedCount(chart: LinkChartOutline, shown: ReadonlySet<string>): number {
  const tied = new Set<string>();
  for (const link of chartLinks(chart))
    if (shown.has(link.source) && shown.has(link.target)) tied.add(link.source).add(link.target);
  return shown.size - tied.size;
}

function linkMatches(link: ChartLinkItem, filters: ChartFilters): boolean {
  if (filters.tag !== '' && !link.tags.includes(filters.tag)) return false;
  if (filters.articleId !== '' && !link.evidence.some((e) => e.articleId === filters.articleId))
    return false;
  if (hasWindow(filters)) {
    if (link.date === null) return false;
    if (filters.from !== '' && link.date.end < filters.from) return false;
    if (filters.to !== '' && link.date.start > filters.to) return false;
  }
  return true;
}

function hasWindow(filters: ChartFilters): boolean {
  return filters.from !== '' || filters.to !== '';
}

/** The first and last dates of the dated links: the time slider's range. */
export function dateBounds(chart: LinkChartOutline): { start: string; end: string } | null {
  const dates = chartLinks(chart).flatMap((link) =>
    link.date === null ? [] : [link.date.start, link.date.end],
  );
  if (dates.length === 0) return null;
  dates.sort();
  return { start: dates[0]!, end: dates.at(-1)! };
}

const DAY = 86_400_000;

/** The ISO date `days` after `iso`. */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** How many days from `start` to `end`. */
export function daysBetween(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / DAY);
}

/**
 * The time slider's date window: the `span` days ending `day` days after the first dated link
 * (a span of 0: everything up to that day, the network as it had grown by then).
 */
export function timeWindow(
  bounds: { start: string; end: string },
  day: number,
  span: number,
): { from: string; to: string } {
  const to = addDays(bounds.start, day);
  return { from: span === 0 ? bounds.start : addDays(to, 1 - span), to };
}

/**
 * Only the nodes explored so far (a node, then each neighbour expanded on demand) and the links
 * between them; `shown` null: the whole graph.
 */
export function focusGraph(graph: ChartGraph, shown: ReadonlySet<string> | null): ChartGraph {
  if (shown === null) return graph;
  const between = <T extends { source: string; target: string }>(items: T[]) =>
    items.filter((item) => shown.has(item.source) && shown.has(item.target));
  return {
    nodes: graph.nodes.filter((node) => shown.has(node.id)),
    links: between(graph.links),
    edges: between(graph.edges),
    leftOut: graph.leftOut,
    unlinked: graph.unlinked,
  };
}

/**
 * How many links away from `centre` each node is, for the radial layout's rings; nodes nothing
 * ties to it are one ring further out than the farthest.
 */
export function ringsAround(graph: ChartGraph, centre: string): Map<string, number> {
  const adjacent = new Map<string, string[]>();
  const tie = (a: string, b: string) => {
    const list = adjacent.get(a);
    if (list === undefined) adjacent.set(a, [b]);
    else list.push(b);
  };
  for (const link of graph.links) {
    tie(link.source, link.target);
    tie(link.target, link.source);
  }
  const rings = new Map<string, number>([[centre, 0]]);
  let frontier = [centre];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier)
      for (const other of adjacent.get(id) ?? [])
        if (!rings.has(other)) {
          rings.set(other, rings.get(id)! + 1);
          next.push(other);
        }
    frontier = next;
  }
  const outside = Math.max(...rings.values()) + 1;
  for (const node of graph.nodes) if (!rings.has(node.id)) rings.set(node.id, outside);
  return rings;
}

/** The nodes tied to `id` by a link of the graph, for "expand neighbours". */
export function neighbours(graph: ChartGraph, id: string): string[] {
  const found = new Set<string>();
  for (const link of graph.links) {
    if (link.source === id) found.add(link.target);
    if (link.target === id) found.add(link.source);
  }
  return [...found];
}

/**
 * The shortest chain of links from one entity to another (ignoring direction), as the ids of
 * its nodes and edges (see pairId) in order; null when none ties them. Cytoscape's A* over the
 * graph.
 */
export function shortestPath(
  graph: ChartGraph,
  from: string,
  to: string,
): { nodes: string[]; links: string[] } | null {
  const cy = cytoscape({
    headless: true,
    styleEnabled: false,
    elements: [
      ...graph.nodes.map((node) => ({ data: { id: node.id } })),
      ...graph.edges.map((edge) => ({
        data: { id: edge.id, source: edge.source, target: edge.target },
      })),
    ],
  });
  try {
    const root = cy.getElementById(from);
    const goal = cy.getElementById(to);
    if (root.empty() || goal.empty()) return null;
    const result = cy.elements().aStar({ root, goal, directed: false });
    if (!result.found) return null;
    return {
      nodes: result.path.nodes().map((n) => n.id()),
      links: result.path.edges().map((e) => e.id()),
    };
  } finally {
    cy.destroy();
  }
}
