import { XMLBuilder } from 'fast-xml-parser';
import Graph from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import type { LinkChartView } from '../../common/api/contract.ts';

/**
 * The link chart as a network file for Gephi, yEd, Cytoscape or i2: every entity a node (its
 * name as the label, its type, its mentions), every relation an edge (its type, whether it has
 * a direction, how much evidence), and the participants of each event linked by it (kind
 * "event", the event's title and type).
 */
interface NetworkEdge {
  id: string;
  source: string;
  target: string;
  directed: boolean;
  kind: 'relation' | 'event';
  relation: string;
  evidence: number;
  date: string;
  title: string;
}

function edgesOf(chart: LinkChartView): NetworkEdge[] {
  return [
    ...chart.relations.map((r) => ({
      id: r.id,
      source: r.from,
      target: r.to,
      directed: r.directed,
      kind: 'relation' as const,
      relation: r.type,
      evidence: r.evidence.length,
      date: r.date?.start ?? '',
      title: `${r.fromLabel.name} ${r.type} ${r.toLabel.name}`,
    })),
    ...chart.eventLinks.map((link, index) => ({
      id: `${link.eventId}-${index}`,
      source: link.from,
      target: link.to,
      directed: false,
      kind: 'event' as const,
      relation: link.type,
      evidence: link.evidence.length,
      date: link.date?.start ?? '',
      title: link.title,
    })),
  ];
}

const NODE_KEYS = [
  ['label', 'string'],
  ['type', 'string'],
  ['mentions', 'int'],
] as const;
const EDGE_KEYS = [
  ['kind', 'string'],
  ['relation', 'string'],
  ['evidence', 'int'],
  ['date', 'string'],
  ['title', 'string'],
] as const;

/** GraphML (graphml.graphdrawing.org), built with fast-xml-parser's builder (it escapes). */
export function networkGraphml(chart: LinkChartView): string {
  const data = (values: Record<string, string | number>) =>
    Object.entries(values)
      .filter(([, value]) => value !== '')
      .map(([key, value]) => ({ '@_key': key, '#text': String(value) }));
  const key =
    (scope: 'node' | 'edge') =>
    ([name, type]: readonly [string, string]) => ({
      '@_id': name,
      '@_for': scope,
      '@_attr.name': name,
      '@_attr.type': type,
    });
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    graphml: {
      '@_xmlns': 'http://graphml.graphdrawing.org/xmlns',
      key: [...NODE_KEYS.map(key('node')), ...EDGE_KEYS.map(key('edge'))],
      graph: {
        '@_id': 'dossier',
        '@_edgedefault': 'undirected',
        node: chart.nodes.map((node) => ({
          '@_id': node.id,
          data: data({ label: node.name, type: node.type, mentions: node.mentionCount }),
        })),
        edge: edgesOf(chart).map((edge) => ({
          '@_id': edge.id,
          '@_source': edge.source,
          '@_target': edge.target,
          '@_directed': String(edge.directed),
          data: data({
            kind: edge.kind,
            relation: edge.relation,
            evidence: edge.evidence,
            date: edge.date,
            title: edge.title,
          }),
        })),
      },
    },
  };
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: true,
    indentBy: ' ',
    suppressEmptyNode: true,
    // directed="true" must keep its value: GraphML is XML, not HTML.
    suppressBooleanAttributes: false,
  });
  return builder.build(document) as string;
}

/** GEXF 1.3 (gexf.net), written by graphology-gexf. */
export function networkGexf(chart: LinkChartView): string {
  const graph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: false });
  for (const node of chart.nodes)
    graph.addNode(node.id, { label: node.name, type: node.type, mentions: node.mentionCount });
  for (const { id, source, target, directed, ...attributes } of edgesOf(chart)) {
    if (directed) graph.addDirectedEdgeWithKey(id, source, target, attributes);
    else graph.addUndirectedEdgeWithKey(id, source, target, attributes);
  }
  return writeGexf(graph, {
    version: '1.3',
    formatNode: (_key, { label, ...attributes }) => ({ label: String(label), attributes }),
    formatEdge: (_key, attributes) => ({
      label: String(attributes.relation),
      weight: Math.max(1, Number(attributes.evidence)),
      attributes,
    }),
  });
}
