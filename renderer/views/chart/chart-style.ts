/**
 * The link chart's look in Cytoscape's terms, from the theme's colours: shape and colour by
 * type, size by mentions, links labelled and thicker with more evidence, event links dashed.
 */
import type cytoscape from 'cytoscape';
import type { SvgColours } from '../../../electron/common/chart/network-svg.ts';
import { paletteOf } from '../../annotate/entity-types.ts';
import { AT_CHOSEN, HOVERED } from './link-labels.ts';

/** The label sizes of an entity and a link, and the smallest on screen that is drawn. */
export const NODE_FONT_SIZE = 11;
const LINK_FONT_SIZE = 9;
export const MIN_ZOOMED_FONT_SIZE = 8;

export interface ChartColours extends SvgColours {
  accent: string;
  /** The fill of a node of this type. */
  of: (type: string) => string;
}

/** The theme's colours, read from the chart's container (they change with the theme). */
export function chartColours(container: HTMLElement): ChartColours {
  const style = getComputedStyle(container);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const fills = new Map<string, string>();
  return {
    text: read('--text', style.color),
    line: read('--border-strong', '#999'),
    accent: read('--accent', '#36c'),
    ground: read('--bg-sunken', style.backgroundColor),
    // Read once per type, not once per node of it.
    of: (type) => {
      const known = fills.get(type);
      if (known !== undefined) return known;
      const fill = read(`--entity-${paletteOf(type)}`, '#888');
      fills.set(type, fill);
      return fill;
    },
  };
}

/**
 * `large`: links are straight lines, not curves bundled apart when two entities have several
 * (their control points took a fifth of a 1,000-entity chart's drawing), undirected ones drawn
 * as Cytoscape's cheapest lines (haystack); entities are named only when selected or, zoomed
 * in, in view (labels-in-view.ts). A link of any chart is labelled only in focus (link-labels.ts). Every value that varies is a data field made
 * once (colour, size, shape), not a selector to match or a function to call per element.
 */
export function chartStyle(colours: ChartColours, large = false): cytoscape.StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)',
        width: 'data(size)',
        height: 'data(size)',
        shape: 'data(shape)' as cytoscape.Css.NodeShape,
      },
    },
    {
      selector: large ? 'node.labelled, node:selected' : 'node',
      style: {
        label: 'data(label)',
        color: colours.text,
        'font-size': NODE_FONT_SIZE,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        // A name stays readable where links run under it.
        'text-background-color': colours.ground,
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        // Labels too small to read once zoomed out are not drawn: a chart of 1,000 entities
        // fitted to the window would otherwise spend most of each frame on text.
        'min-zoomed-font-size': MIN_ZOOMED_FONT_SIZE,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': colours.line,
        'curve-style': large ? 'haystack' : 'bezier',
        'haystack-radius': 0,
      },
    },
    {
      // A link is labelled in focus only (link-labels.ts): every label drawn covered the names.
      selector: `edge.${HOVERED}, edge.${AT_CHOSEN}, edge:selected`,
      style: {
        label: 'data(label)',
        'font-size': LINK_FONT_SIZE,
        'min-zoomed-font-size': MIN_ZOOMED_FONT_SIZE,
        color: colours.text,
        'text-rotation': 'autorotate',
        // An event's title is long: cut short along its link, in full in the list beside and
        // when the link is selected.
        'text-wrap': 'ellipsis',
        'text-max-width': '110px',
        // The label stays readable where it crosses its own line.
        'text-background-color': colours.ground,
        'text-background-opacity': 1,
      },
    },
    { selector: 'edge.event', style: { 'line-style': 'dashed' } },
    { selector: 'edge:selected', style: { 'text-wrap': 'none', 'z-index': 10 } },
    {
      selector: 'edge.directed',
      style: {
        'target-arrow-shape': 'triangle',
        'target-arrow-color': colours.line,
        ...(large && { 'curve-style': 'straight' }),
      },
    },
    // A pinned node has a double rim.
    { selector: 'node:locked', style: { 'border-width': 3, 'border-style': 'double' } },
    {
      selector: '.on-path, :selected',
      style: { 'line-color': colours.accent, 'border-color': colours.accent, 'border-width': 3 },
    },
    { selector: '.link-from', style: { 'border-color': colours.accent, 'border-width': 5 } },
  ];
}
