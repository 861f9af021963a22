import { describe, expect, it } from 'vitest';
import type {
  EventLinkView,
  LinkChartOutline,
  RelationView,
} from '../../electron/common/api/contract.ts';
import { forceLayout } from '../../electron/common/chart/network-layout.ts';
import { labelWidth } from '../../electron/common/chart/network-svg.ts';
import { NODE_FONT_SIZE } from '../../renderer/views/chart/chart-style.ts';
import {
  NO_CHART_FILTERS,
  chartGraph,
  dateBounds,
  focusGraph,
  layoutInputOf,
  neighbours,
  ringsAround,
  timeWindow,
  shortestPath,
} from '../../renderer/views/chart/chart-model.ts';

const node = (id: string, type = 'person', mentionCount = 1) => ({
  id: id as never,
  name: id.toUpperCase(),
  type,
  mentionCount,
  articleCount: 1,
});

const evidence = (articleId: string) => ({
  articleId: articleId as never,
  start: 0,
  end: 1,
  quote: 'x',
  prefix: '',
  suffix: '',
});

function relation(id: string, from: string, to: string, over: Partial<RelationView> = {}) {
  return {
    id,
    type: 'met-with',
    from,
    to,
    directed: false,
    evidence: [evidence('art1')],
    date: null,
    certainty: 'reported',
    tags: [],
    notes: '',
    createdAt: '2021-03-16T00:00:00.000Z',
    fromLabel: { id: from, name: from, type: 'person' },
    toLabel: { id: to, name: to, type: 'person' },
    ...over,
  } as RelationView;
}

function eventLink(from: string, to: string, over: Partial<EventLinkView> = {}): EventLinkView {
  return {
    eventId: 'ev' as never,
    title: 'Talks in Tokyo',
    type: 'meeting',
    date: { text: 'March 16', start: '2021-03-16', end: '2021-03-16', precision: 'day' },
    from: from as never,
    to: to as never,
    tags: ['tokyo'],
    evidence: [evidence('art2')],
    ...over,
  };
}

/** a — b — c — d in a chain, e alone; a and b are people, c an organization, d a place. */
const CHART: LinkChartOutline = {
  nodes: [
    node('a', 'person', 9),
    node('b'),
    node('c', 'organization'),
    node('d', 'location'),
    node('e'),
  ],
  relations: [
    relation('r1', 'a', 'b', { evidence: [evidence('art1'), evidence('art3')] }),
    relation('r2', 'b', 'c', {
      type: 'works-for',
      directed: true,
      date: { text: '2020', start: '2020-01-01', end: '2020-12-31', precision: 'year' },
    }),
  ],
  eventLinks: [eventLink('c', 'd')],
  pins: [],
  types: [],
  layout: null,
};

/** The filters with entities no link ties shown too. */
const ALL = { ...NO_CHART_FILTERS, unlinked: true };

describe('the link chart model', () => {
  it('leaves out entities no link ties unless asked, and says how many there are', () => {
    const graph = chartGraph(CHART, NO_CHART_FILTERS);
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(graph.unlinked).toBe(1);
    expect(chartGraph(CHART, ALL).nodes.map((n) => n.id)).toContain('e');
    // Counted among the types shown only.
    expect(chartGraph(CHART, { ...NO_CHART_FILTERS, entityTypes: ['location'] }).unlinked).toBe(1);
    expect(chartGraph(CHART, { ...NO_CHART_FILTERS, entityTypes: ['person'] }).unlinked).toBe(1);
  });

  it('draws every entity and link, sized by mentions and evidence', () => {
    const graph = chartGraph(CHART, ALL);
    expect(graph.nodes.map((n) => n.id)).toEqual(['b', 'c', 'a', 'd', 'e']);
    expect(graph.links.map((l) => [l.id, l.label, l.kind])).toEqual([
      ['r:r1', 'met-with', 'relation'],
      ['r:r2', 'works-for', 'relation'],
      ['e:ev:0', 'Talks in Tokyo', 'event'],
    ]);
    const [r1, r2] = graph.links;
    expect(r1!.width).toBeGreaterThan(r2!.width);
    const size = (id: string) => graph.nodes.find((n) => n.id === id)!.size;
    expect(size('a')).toBeGreaterThan(size('b'));
    expect(graph.leftOut).toBe(0);
  });

  it('filters by entity type, tag, article and date window', () => {
    const ids = (filters: Partial<typeof NO_CHART_FILTERS>) => {
      const graph = chartGraph(CHART, { ...ALL, ...filters });
      return [graph.nodes.map((n) => n.id).sort(), graph.links.map((l) => l.id)];
    };
    expect(ids({ entityTypes: ['person'] })).toEqual([['a', 'b', 'e'], ['r:r1']]);
    expect(ids({ tag: 'tokyo' })).toEqual([['c', 'd'], ['e:ev:0']]);
    expect(ids({ articleId: 'art3' })).toEqual([['a', 'b'], ['r:r1']]);
    expect(ids({ from: '2020-06-01', to: '2020-06-30' })).toEqual([['b', 'c'], ['r:r2']]);
    expect(ids({ from: '2021-01-01' })).toEqual([['c', 'd'], ['e:ev:0']]);
  });

  it('above the limit keeps the most connected and says how many it left out', () => {
    const graph = chartGraph(CHART, ALL, 3);
    expect(graph.nodes.map((n) => n.id)).toEqual(['b', 'c', 'a']);
    expect(graph.leftOut).toBe(2);
    expect(graph.links.map((l) => l.id)).toEqual(['r:r1', 'r:r2']);
  });

  it('draws up to 5,000 entities; above, the most connected, and says how many it left out', () => {
    const many = (count: number): LinkChartOutline => ({
      ...CHART,
      nodes: Array.from({ length: count }, (_, i) => node(`n${i}`, 'person', count - i)),
      // The last ten entities are the only ones related: they are kept first.
      relations: Array.from({ length: 10 }, (_, i) =>
        relation(`r${i}`, `n${count - 1 - i}`, `n${count - 2 - i}`),
      ),
      eventLinks: [],
    });
    expect(chartGraph(many(5_000), ALL).leftOut).toBe(0);
    const graph = chartGraph(many(5_012), ALL);
    expect(graph.nodes).toHaveLength(5_000);
    expect(graph.leftOut).toBe(12);
    expect(graph.links).toHaveLength(10);
    expect(graph.nodes.slice(0, 11).every((n) => n.degree > 0)).toBe(true);
    // Among the unrelated, the least mentioned are the ones left out.
    expect(graph.nodes.some((n) => n.id === 'n4999')).toBe(false);
  });

  it('finds the shortest path between two entities, whatever the links’ direction', () => {
    const graph = chartGraph(CHART, ALL);
    expect(shortestPath(graph, 'd', 'a')).toEqual({
      nodes: ['d', 'c', 'b', 'a'],
      links: ['p:c:d', 'p:b:c', 'p:a:b'],
    });
    expect(shortestPath(graph, 'a', 'e')).toBeNull();
    expect(neighbours(graph, 'b').sort()).toEqual(['a', 'c']);
  });

  it('draws the links between two entities as one edge, thicker, labelled with their count', () => {
    const parallel: LinkChartOutline = {
      ...CHART,
      relations: [
        ...CHART.relations,
        relation('r3', 'b', 'a', { type: 'works-for', directed: true }),
        relation('r4', 'b', 'a', { type: 'advises', directed: true }),
      ],
      eventLinks: [...CHART.eventLinks, eventLink('a', 'b')],
    };
    const graph = chartGraph(parallel, NO_CHART_FILTERS);
    // Every link is still listed, and counted.
    expect(graph.links).toHaveLength(6);
    const edge = graph.edges.find((e) => e.id === 'p:a:b')!;
    expect(edge.links.map((l) => l.id)).toEqual(['r:r1', 'r:r3', 'r:r4', 'e:ev:1']);
    expect(edge.label).toBe('4 links');
    expect(edge.width).toBeGreaterThan(graph.links.find((l) => l.id === 'r:r1')!.width);
    // Undirected and event links among them: no arrow, a solid line.
    expect([edge.directed, edge.kind]).toEqual([false, 'relation']);
    expect(graph.edges.map((e) => [e.id, e.label, e.directed, e.kind])).toEqual([
      ['p:a:b', '4 links', false, 'relation'],
      ['p:b:c', 'works-for', true, 'relation'],
      ['p:c:d', 'Talks in Tokyo', false, 'event'],
    ]);
    // Two links the same way keep their arrow; explored, the edges follow the nodes shown.
    const directed = chartGraph(
      { ...parallel, relations: parallel.relations.slice(2), eventLinks: [] },
      NO_CHART_FILTERS,
    );
    expect(directed.edges.map((e) => [e.source, e.target, e.directed])).toEqual([['b', 'a', true]]);
    expect(focusGraph(graph, new Set(['b', 'c'])).edges.map((e) => e.id)).toEqual(['p:b:c']);
  });

  it('the time slider spans the dated links', () => {
    expect(dateBounds(CHART)).toEqual({ start: '2020-01-01', end: '2021-03-16' });
  });

  it('the slider moves a window of days, or grows the network up to a day', () => {
    const bounds = { start: '2020-12-30', end: '2021-03-16' };
    expect(timeWindow(bounds, 0, 0)).toEqual({ from: '2020-12-30', to: '2020-12-30' });
    expect(timeWindow(bounds, 3, 0)).toEqual({ from: '2020-12-30', to: '2021-01-02' });
    expect(timeWindow(bounds, 3, 7)).toEqual({ from: '2020-12-27', to: '2021-01-02' });
    expect(timeWindow(bounds, 76, 30)).toEqual({ from: '2021-02-15', to: '2021-03-16' });
  });

  it('explores from a node: only the nodes shown so far and the links between them', () => {
    const graph = chartGraph(CHART, NO_CHART_FILTERS);
    expect(focusGraph(graph, null)).toBe(graph);
    const focused = focusGraph(graph, new Set(['b', ...neighbours(graph, 'b')]));
    expect(focused.nodes.map((n) => n.id).sort()).toEqual(['a', 'b', 'c']);
    expect(focused.links.map((l) => l.id)).toEqual(['r:r1', 'r:r2']);
  });

  it('rings around a node count the links away from it; the unreachable are outermost', () => {
    const rings = ringsAround(chartGraph(CHART, ALL), 'd');
    expect(Object.fromEntries(rings)).toEqual({ d: 0, c: 1, b: 2, a: 3, e: 4 });
  });

  it('lays out a small chart with no name drawn over another name or node', () => {
    // Two pairs with long names, as a hospital and the health board that runs it were drawn,
    // their names on top of each other.
    const named = (id: string, name: string, type = 'organization') => ({
      ...node(id, type),
      name,
    });
    const chart: LinkChartOutline = {
      ...CHART,
      nodes: [
        named('h', 'Vale General Hospital'),
        named('b', 'Cardiff and Vale University Health Board'),
        named('d', 'Department of Mineral Resources and Energy'),
        named('m', 'Gwede Mantashe', 'person'),
      ],
      relations: [relation('r1', 'h', 'b'), relation('r2', 'd', 'm')],
      eventLinks: [],
    };
    const graph = chartGraph(chart, NO_CHART_FILTERS);
    const at = forceLayout(layoutInputOf(graph, {}));
    // Where Cytoscape draws each name: centred under its node, one line of the chart's font.
    const boxes = graph.nodes.flatMap((n) => {
      const { x, y } = at.get(n.id)!;
      const half = labelWidth(n.name, NODE_FONT_SIZE) / 2;
      const shape = { left: x - n.size / 2, right: x + n.size / 2, top: y - n.size / 2 };
      const name = { left: x - half, right: x + half, top: y + n.size / 2 + 4 };
      return [
        { id: n.id, ...shape, bottom: shape.top + n.size },
        { id: n.id, ...name, bottom: name.top + NODE_FONT_SIZE * 1.3 },
      ];
    });
    for (const a of boxes)
      for (const b of boxes)
        if (a.id < b.id)
          expect(
            a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top,
            `${a.id} and ${b.id} overlap`,
          ).toBe(true);
  });
});
