/**
 * "Export SVG" and "Export PNG": the chart as it stands (positions, filters, theme), saved
 * through the host's save dialog or, in browser mode, downloaded. The SVG is the same drawing
 * as a briefing's "Network" picture; the PNG is Cytoscape's own rendering at twice the size.
 */
import type cytoscape from 'cytoscape';
import {
  networkSvg,
  shapeOf,
  type SvgColours,
} from '../../../electron/common/chart/network-svg.ts';
import { saveFiles } from '../briefing/export-files.ts';

export async function exportChart(
  cy: cytoscape.Core,
  format: 'svg' | 'png',
  colours: SvgColours,
): Promise<void> {
  if (format === 'png') {
    const content = cy.png({ output: 'base64', full: true, scale: 2, bg: colours.ground });
    await saveFiles([
      { name: 'link-chart.png', mediaType: 'image/png', encoding: 'base64', content },
    ]);
    return;
  }
  await saveFiles([
    {
      name: 'link-chart.svg',
      mediaType: 'image/svg+xml',
      encoding: 'utf8',
      content: chartSvg(cy, colours),
    },
  ]);
}

/** The chart's nodes and links where Cytoscape has them, as an SVG document. */
export function chartSvg(cy: cytoscape.Core, colours: SvgColours): string {
  const nodes = cy.nodes().map((node) => ({
    id: node.id(),
    label: String(node.data('label')),
    size: Number(node.data('size')),
    colour: String(node.data('colour')),
    shape: shapeOf(String(node.data('type'))),
    ...node.position(),
  }));
  const links = cy.edges().map((edge) => ({
    source: edge.source().id(),
    target: edge.target().id(),
    label: String(edge.data('label')),
    width: Number(edge.data('width')),
    directed: edge.hasClass('directed'),
    dashed: edge.hasClass('event'),
  }));
  return networkSvg(nodes, links, colours, 'Link chart');
}
