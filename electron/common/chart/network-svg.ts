/**
 * The link chart as an SVG document: the picture of a briefing's "Network" section (written by
 * the core) and the chart view's "Export SVG" (from Cytoscape's positions), one drawing for both.
 * A string, no DOM.
 */
import type { Position } from './network-layout.ts';

/** The node shape of each built-in entity type; any other type is a hexagon. */
export const NODE_SHAPES = {
  person: 'ellipse',
  organization: 'round-rectangle',
  location: 'diamond',
} as const;
export type NodeShape = (typeof NODE_SHAPES)[keyof typeof NODE_SHAPES] | 'hexagon';

export function shapeOf(type: string): NodeShape {
  return (NODE_SHAPES as Record<string, NodeShape>)[type] ?? 'hexagon';
}

/** A node's diameter in pixels: grows with the entity's mentions. */
export function nodeSize(mentions: number): number {
  return Math.round(18 + 6 * Math.log2(1 + mentions));
}

/** A link's stroke width in pixels: grows with its evidence. */
export function linkWidth(evidence: number): number {
  return Math.round((1 + 1.5 * Math.log2(1 + evidence)) * 10) / 10;
}

export interface SvgNode extends Position {
  id: string;
  label: string;
  /** Diameter in pixels. */
  size: number;
  shape: NodeShape;
  colour: string;
}

export interface SvgLink {
  source: string;
  target: string;
  label: string;
  width: number;
  directed: boolean;
  /** Event links are dashed, as in the chart. */
  dashed: boolean;
}

export interface SvgColours {
  text: string;
  line: string;
  ground: string;
}

/** Room around the drawing, beyond the outermost shapes and labels. */
const MARGIN = 16;
/** The names under the nodes and the labels on the links, in pixels. */
const NODE_FONT = 11;
const LINK_FONT = 9;
/** From a node's rim to the foot of its name. */
const NAME_DROP = 13;

/**
 * About how wide a label is drawn, in pixels: sans-serif letters average about half their size
 * wide; a little more, so that an estimate errs on the side of room.
 */
export function labelWidth(label: string, fontSize = NODE_FONT): number {
  return Math.ceil(label.length * fontSize * 0.6);
}

/** Where a node's shape and its name reach: its name hangs centred below it. */
export function nodeExtent(node: { x: number; y: number; size: number; label: string }) {
  const half = Math.max(node.size, labelWidth(node.label)) / 2;
  return {
    left: node.x - half,
    right: node.x + half,
    top: node.y - node.size / 2,
    bottom: node.y + node.size / 2 + NAME_DROP + NODE_FONT / 3,
  };
}

export function networkSvg(
  nodes: SvgNode[],
  links: SvgLink[],
  colours: SvgColours,
  title: string,
): string {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const drawn = links.flatMap((link) => {
    const from = byId.get(link.source);
    const to = byId.get(link.target);
    return from === undefined || to === undefined ? [] : [{ link, from, to }];
  });
  // Everything drawn is inside the picture: the shapes, their names, the links' labels.
  const extents = [
    ...nodes.map(nodeExtent),
    ...drawn.map(({ link, from, to }) => {
      const half = labelWidth(link.label, LINK_FONT) / 2;
      const [x, y] = [(from.x + to.x) / 2, (from.y + to.y) / 2];
      return { left: x - half, right: x + half, top: y - LINK_FONT, bottom: y + LINK_FONT / 3 };
    }),
  ];
  const bound = (pick: (e: (typeof extents)[number]) => number, most: typeof Math.min) =>
    extents.length === 0 ? 0 : most(...extents.map(pick));
  const left = bound((e) => e.left, Math.min) - MARGIN;
  const top = bound((e) => e.top, Math.min) - MARGIN;
  const width = bound((e) => e.right, Math.max) + MARGIN - left;
  const height = bound((e) => e.bottom, Math.max) + MARGIN - top;
  const edges = drawn.map(({ link, from, to }) => edgeSvg(from, to, link, colours));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${num(left)} ${num(top)} ${num(width)} ${num(height)}" width="${num(width)}" height="${num(height)}" font-family="sans-serif" role="img">`,
    `<title>${escapeXml(title)}</title>`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="${escapeXml(colours.line)}"/></marker></defs>`,
    `<rect x="${num(left)}" y="${num(top)}" width="${num(width)}" height="${num(height)}" fill="${escapeXml(colours.ground)}"/>`,
    ...edges,
    ...nodes.map((node) => nodeSvg(node, colours)),
    '</svg>',
    '',
  ].join('\n');
}

function edgeSvg(from: SvgNode, to: SvgNode, link: SvgLink, colours: SvgColours): string {
  // The line stops at the target's rim so that an arrow head shows.
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const end = { x: to.x - (dx / length) * (to.size / 2), y: to.y - (dy / length) * (to.size / 2) };
  const attributes = [
    `x1="${num(from.x)}" y1="${num(from.y)}" x2="${num(end.x)}" y2="${num(end.y)}"`,
    `stroke="${escapeXml(colours.line)}" stroke-width="${num(link.width)}"`,
    link.dashed ? 'stroke-dasharray="6 4"' : '',
    link.directed ? 'marker-end="url(#arrow)"' : '',
  ].filter(Boolean);
  const middle = { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
  const line = `<line ${attributes.join(' ')}/>`;
  if (link.label === '') return line;
  return [
    line,
    `<text x="${num(middle.x)}" y="${num(middle.y)}" font-size="${LINK_FONT}" text-anchor="middle" fill="${escapeXml(colours.text)}" stroke="${escapeXml(colours.ground)}" stroke-width="3" paint-order="stroke">${escapeXml(link.label)}</text>`,
  ].join('\n');
}

function nodeSvg(node: SvgNode, colours: SvgColours): string {
  const r = node.size / 2;
  const fill = `fill="${escapeXml(node.colour)}"`;
  const shape = {
    ellipse: `<circle cx="${num(node.x)}" cy="${num(node.y)}" r="${num(r)}" ${fill}/>`,
    'round-rectangle': `<rect x="${num(node.x - r)}" y="${num(node.y - r)}" width="${num(node.size)}" height="${num(node.size)}" rx="${num(r / 4)}" ${fill}/>`,
    diamond: polygon(node, [0, 90, 180, 270], fill),
    hexagon: polygon(node, [0, 60, 120, 180, 240, 300], fill),
  }[node.shape];
  return [
    `<g><title>${escapeXml(node.label)}</title>${shape}</g>`,
    // On a halo of the ground, so that a link passing under a name does not strike it out.
    `<text x="${num(node.x)}" y="${num(node.y + r + NAME_DROP)}" font-size="${NODE_FONT}" text-anchor="middle" fill="${escapeXml(colours.text)}" stroke="${escapeXml(colours.ground)}" stroke-width="3" paint-order="stroke">${escapeXml(node.label)}</text>`,
  ].join('\n');
}

function polygon(node: SvgNode, degrees: number[], fill: string): string {
  const r = node.size / 2;
  const points = degrees.map((d) => {
    const a = (d * Math.PI) / 180;
    return `${num(node.x + r * Math.cos(a))},${num(node.y + r * Math.sin(a))}`;
  });
  return `<polygon points="${points.join(' ')}" ${fill}/>`;
}

function num(value: number): string {
  return String(Math.round(value * 10) / 10);
}

function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}
