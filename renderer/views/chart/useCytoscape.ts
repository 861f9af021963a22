import {
  useEffect,
  useRef,
  useState,
  type Dispatch,
  type RefObject,
  type SetStateAction,
} from 'react';
import cytoscape from 'cytoscape';
import type { LinkChartOutline } from '../../../electron/common/api/contract.ts';
import type { Position } from '../../../electron/common/chart/network-layout.ts';
import { shapeOf } from '../../../electron/common/chart/network-svg.ts';
import type { ChartGraph } from './chart-model.ts';
import { FIT_PADDING, fittedView, type ChartLayout } from './chart-layouts.ts';
import { chartColours, chartStyle } from './chart-style.ts';
import { labelInView } from './labels-in-view.ts';
import { labelLinksInFocus } from './link-labels.ts';
import { addLater } from './elements-later.ts';

/**
 * From this many nodes on, the chart trades crispness for speed while it moves, and its first
 * frame draws this many, the most connected (the graph lists them first): the others and the
 * links follow (elements-later.ts).
 */
const LARGE_CHART = 300;

/**
 * Cytoscape injects a <style> for its container unless an element with this id exists; the
 * page's Content-Security-Policy forbids inline styles, so chart.css carries the rule and this
 * marker tells Cytoscape it is there.
 */
const CYTOSCAPE_STYLESHEET = '__________cytoscape_stylesheet';
function markCytoscapeStylesheet(): void {
  if (document.getElementById(CYTOSCAPE_STYLESHEET) !== null) return;
  const marker = document.createElement('meta');
  marker.id = CYTOSCAPE_STYLESHEET;
  document.head.append(marker);
}

/**
 * The Cytoscape instance drawing `graph` in the element `canvas` is given to, made again when the
 * graph, the chart (its pins) or the theme (its colours) change. It reports a tapped edge, the
 * selected nodes and, in link mode, the two nodes a new relation should join.
 */
export function useCytoscape({
  graph,
  positions,
  chart,
  theme,
  layout,
  linkMode,
  setSelected,
  setChosen,
  setDraft,
}: {
  graph: ChartGraph | null;
  /** Where each node stands (force-directed); the chart is drawn once they are known. */
  positions: Record<string, Position> | null;
  chart: LinkChartOutline | null;
  theme: string;
  /** The chosen layout: a new instance's first frame is the force-directed one. */
  layout: ChartLayout;
  linkMode: boolean;
  setSelected: Dispatch<SetStateAction<string | null>>;
  setChosen: Dispatch<SetStateAction<string[]>>;
  setDraft: Dispatch<SetStateAction<{ from: string; to: string } | null>>;
}): {
  canvas: RefObject<HTMLDivElement | null>;
  cy: cytoscape.Core | null;
  /** Whether every node and link is in `cy` (a large chart's come after its first frame). */
  linked: boolean;
} {
  const canvas = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<cytoscape.Core | null>(null);
  const [linked, setLinked] = useState<cytoscape.Core | null>(null);
  const linkModeRef = useRef(linkMode);
  const layoutRef = useRef(layout);
  useEffect(() => {
    layoutRef.current = layout;
  }, [layout]);

  useEffect(() => {
    const container = canvas.current;
    if (graph === null || positions === null || container === null) return;
    const large = graph.nodes.length > LARGE_CHART;
    const colours = chartColours(container);
    const pins = new Map((chart?.pins ?? []).map((pin) => [pin.entityId as string, pin]));
    markCytoscapeStylesheet();
    const instance = cytoscape({
      container,
      style: chartStyle(colours, large),
      // A small chart is not blown up past readable sizes when it is fitted.
      maxZoom: 1.5,
      // While the analyst pans or zooms, the last frame is moved as a picture and the links are
      // hidden, then everything is drawn once they stop: a chart of 1,000 entities and their
      // labels otherwise took longer to draw than a frame lasts (docs/PERFORMANCE.md).
      textureOnViewport: true,
      hideEdgesOnViewport: large,
      // On a high-density screen a large chart drawn at 1 pixel per pixel still reads, at a
      // quarter of the pixels to fill.
      pixelRatio: large ? 1 : 'auto',
    });
    const nodes = graph.nodes.map((node) => {
      const pin = pins.get(node.id);
      return {
        data: {
          id: node.id,
          label: node.name,
          type: node.type,
          colour: colours.of(node.type),
          size: node.size,
          shape: shapeOf(node.type),
        },
        position: pin ? { x: pin.x, y: pin.y } : (positions[node.id] ?? { x: 0, y: 0 }),
        ...(pin && { locked: true }),
      };
    });
    const links = graph.edges.map((edge) => ({
      data: {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        label: edge.label,
        width: edge.width,
      },
      classes: [edge.kind, edge.directed ? 'directed' : ''].join(' '),
    }));
    // Added in one batch, where the positions put them, and fitted in the same task: the
    // constructor's own layout measured every element a second time, and a fit left to a later
    // task let Cytoscape draw a frame at the wrong zoom first (and a chunk of the elements
    // below) on the way to the first frame (docs/PERFORMANCE.md, chart8). A large chart's first
    // frame has its most connected nodes only, fitted to where all its nodes stand.
    instance.batch(() => instance.add(large ? nodes.slice(0, LARGE_CHART) : [...nodes, ...links]));
    if (large)
      instance.viewport(
        fittedView(graph, positions, instance.width(), instance.height(), instance.maxZoom()),
      );
    else instance.fit(undefined, FIT_PADDING);
    // Tests and the bench wait for this mark too: the frame with every link is drawn.
    const whenLinked = () => {
      container.dataset.links = 'done';
      setLinked(instance);
    };
    let stopLinking = () => {};
    // The first frame is the chart laid out (force-directed) and fitted: marked at once, for the
    // tests and the bench (useChartLayout marks it too, once the view has the instance); a large
    // chart's other entities and links only start coming after it.
    instance.one('render', () => {
      if (layoutRef.current === 'force') container.dataset.layout = 'done';
      setCy(instance);
      if (large)
        stopLinking = addLater(instance, [...nodes.slice(LARGE_CHART), ...links], whenLinked);
      else whenLinked();
    });
    const stopNaming = large ? labelInView(instance) : () => {};
    const stopLabelling = labelLinksInFocus(instance);
    instance.on('tap', 'edge', (event) => setSelected(event.target.id()));
    instance.on('select unselect', 'node', () =>
      setChosen(instance.nodes(':selected').map((node) => node.id())),
    );
    // A dragged node is selected, ready to be pinned where it was left.
    instance.on('dragfree', 'node', (event) => event.target.select());
    // Link mode: press on one node, release on another (or click one, then the other).
    let linkFrom: string | null = null;
    instance.on('tapend', (event) => {
      if (!linkModeRef.current) return;
      // A release over a pinned (locked) node reached the chart as a release on the background:
      // the node under the pointer is looked up from where it was released.
      const target =
        event.target === instance ? (nodeAt(instance, event.position) ?? instance) : event.target;
      if (target === instance || !(target as cytoscape.NodeSingular).isNode()) {
        linkFrom = null;
        instance.nodes().removeClass('link-from');
        return;
      }
      const id = (target as cytoscape.NodeSingular).id();
      if (linkFrom !== null && linkFrom !== id) {
        setDraft({ from: linkFrom, to: id });
        linkFrom = null;
        instance.nodes().removeClass('link-from');
      } else {
        linkFrom = id;
        (target as cytoscape.NodeSingular).addClass('link-from');
      }
    });
    instance.on('tapstart', 'node', (event) => {
      if (!linkModeRef.current || linkFrom !== null) return;
      linkFrom = event.target.id();
      event.target.addClass('link-from');
    });
    // The same (empty) list again renders nothing again on the way to the first frame.
    setChosen((chosen) => (chosen.length === 0 ? chosen : []));
    return () => {
      stopNaming();
      stopLabelling();
      stopLinking();
      delete container.dataset.links;
      setCy(null);
      instance.destroy();
    };
  }, [graph, positions, chart, theme, setSelected, setChosen, setDraft]);

  useEffect(() => {
    linkModeRef.current = linkMode;
    if (cy === null) return;
    cy.autoungrabify(linkMode);
    cy.userPanningEnabled(!linkMode);
    cy.boxSelectionEnabled(!linkMode);
  }, [cy, linkMode]);
  return { canvas, cy, linked: cy !== null && linked === cy };
}

/** The node drawn at `at` (model coordinates), if any. */
function nodeAt(cy: cytoscape.Core, at: cytoscape.Position): cytoscape.NodeSingular | undefined {
  return cy.nodes().filter((node) => {
    const box = node.boundingBox({ includeLabels: false });
    return at.x >= box.x1 && at.x <= box.x2 && at.y >= box.y1 && at.y <= box.y2;
  })[0];
}
