import './ChartView.css';
import { useApiQuery } from '../api/use-api-query.ts';
import { useEffect, useMemo, useRef, useState, type Ref } from 'react';
import cytoscape from 'cytoscape';
import type { ArticleId } from '../../electron/common/api/contract.ts';
import { messageOf } from '../api/api-error.ts';
import { paletteOf, typeLabel } from '../annotate/entity-types.ts';
import { EmptyState } from '../components/EmptyState.tsx';
import { ViewHeader } from '../components/ViewHeader.tsx';
import {
  NO_CHART_FILTERS,
  chartGraph,
  shortestPath,
  type ChartFilters,
  type ChartLinkItem,
} from './chart/chart-model.ts';

type Notify = (text: string, kind?: 'info' | 'error', undoable?: boolean) => void;

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

const SHAPES: Record<string, cytoscape.Css.NodeShape> = {
  person: 'ellipse',
  organization: 'round-rectangle',
  location: 'diamond',
};

/**
 * The link chart: entities as nodes (shape and colour by type, size by mentions), relations and
 * the links events make as edges (labelled, thicker with more evidence), drawn by Cytoscape.
 * Beside it, the same links as a list, the keyboard's and screen readers' way in: selecting one
 * shows its evidence, each quote opening in the Reader.
 */
export function ChartView({
  headingRef,
  theme,
  notify,
  onOpenEvidence,
}: {
  headingRef: Ref<HTMLHeadingElement>;
  /** The chart reads its colours from the theme: it is drawn again when the theme changes. */
  theme: string;
  notify: Notify;
  onOpenEvidence: (articleId: ArticleId, start: number, end: number) => void;
}) {
  const [filters, setFilters] = useState<ChartFilters>(NO_CHART_FILTERS);
  const [selected, setSelected] = useState<string | null>(null);
  const [ends, setEnds] = useState({ from: '', to: '' });
  const [path, setPath] = useState<{ nodes: string[]; links: string[] } | null>(null);
  const canvas = useRef<HTMLDivElement>(null);
  const cyRef = useRef<cytoscape.Core | null>(null);

  const loaded = useApiQuery('linkChart', {});
  const chart = loaded.data ?? null;
  useEffect(() => {
    if (loaded.error) notify(messageOf(loaded.error), 'error');
  }, [loaded.error, notify]);

  const graph = useMemo(
    () => (chart === null ? null : chartGraph(chart, filters)),
    [chart, filters],
  );
  const names = useMemo(
    () => new Map((graph?.nodes ?? []).map((node) => [node.id, node.name])),
    [graph],
  );
  const types = useMemo(
    () => [...new Set((chart?.nodes ?? []).map((node) => node.type))].sort(),
    [chart],
  );

  useEffect(() => {
    const container = canvas.current;
    if (graph === null || container === null) return;
    const style = getComputedStyle(container);
    const colour = (type: string) =>
      style.getPropertyValue(`--entity-${paletteOf(type)}`).trim() || '#888';
    const text = style.getPropertyValue('--text').trim() || style.color;
    const line = style.getPropertyValue('--border-strong').trim() || '#999';
    const accent = style.getPropertyValue('--accent').trim() || '#36c';
    const ground = style.getPropertyValue('--bg-sunken').trim() || style.backgroundColor;
    const pins = new Map((chart?.pins ?? []).map((pin) => [pin.entityId as string, pin]));
    markCytoscapeStylesheet();
    const cy = cytoscape({
      container,
      elements: [
        ...graph.nodes.map((node) => {
          const pin = pins.get(node.id);
          return {
            data: { id: node.id, label: node.name, colour: colour(node.type), size: node.size },
            ...(pin && { position: { x: pin.x, y: pin.y }, locked: true }),
            classes: SHAPES[node.type] ?? 'other',
          };
        }),
        ...graph.links.map((link) => ({
          data: {
            id: link.id,
            source: link.source,
            target: link.target,
            label: link.label,
            width: link.width,
          },
          classes: [link.kind, link.directed ? 'directed' : ''].join(' '),
        })),
      ],
      style: [
        {
          selector: 'node',
          style: {
            'background-color': 'data(colour)',
            width: 'data(size)',
            height: 'data(size)',
            label: 'data(label)',
            color: text,
            'font-size': 11,
            'text-valign': 'bottom',
            'text-margin-y': 4,
          },
        },
        ...Object.values(SHAPES).map((shape) => ({ selector: `.${shape}`, style: { shape } })),
        { selector: '.other', style: { shape: 'hexagon' as const } },
        {
          selector: 'edge',
          style: {
            width: 'data(width)',
            'line-color': line,
            label: 'data(label)',
            'font-size': 9,
            color: text,
            'curve-style': 'bezier',
            'text-rotation': 'autorotate',
            // The label stays readable where it crosses its own line.
            'text-background-color': ground,
            'text-background-opacity': 1,
          },
        },
        { selector: 'edge.event', style: { 'line-style': 'dashed' } },
        {
          selector: 'edge.directed',
          style: { 'target-arrow-shape': 'triangle', 'target-arrow-color': line },
        },
        {
          selector: '.on-path, :selected',
          style: { 'line-color': accent, 'border-color': accent, 'border-width': 3 },
        },
      ],
      // A small chart is not blown up past readable sizes when it is fitted.
      maxZoom: 1.5,
      layout: { name: pins.size > 0 ? 'preset' : 'cose', animate: false },
    });
    cy.on('tap', 'edge', (event) => setSelected(event.target.id()));
    cyRef.current = cy;
    return () => {
      cyRef.current = null;
      cy.destroy();
    };
  }, [graph, chart, theme]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy === null) return;
    cy.elements().removeClass('on-path');
    for (const id of [...(path?.nodes ?? []), ...(path?.links ?? [])])
      cy.getElementById(id).addClass('on-path');
  }, [path, graph, theme]);

  const link = graph?.links.find((l) => l.id === selected) ?? null;
  const findPath = () => {
    if (graph === null || ends.from === '' || ends.to === '') return;
    const found = shortestPath(graph, ends.from, ends.to);
    setPath(found);
    if (found === null) notify(`Nothing ties ${names.get(ends.from)} to ${names.get(ends.to)}.`);
  };

  if (chart !== null && chart.nodes.length === 0)
    return (
      <section className="view chart-view" aria-labelledby="chart-title">
        <ViewHeader id="chart-title" title="Link chart" headingRef={headingRef} />
        <EmptyState icon="chart" title="No entities yet">
          Mark people, organizations and places in the Reader; their relations show here.
        </EmptyState>
      </section>
    );

  return (
    <section className="view chart-view" aria-labelledby="chart-title">
      <ViewHeader
        id="chart-title"
        title="Link chart"
        headingRef={headingRef}
        subtitle={
          graph === null
            ? 'Loading…'
            : `${graph.nodes.length} entities, ${graph.links.length} links` +
              (graph.leftOut > 0 ? `; the ${graph.leftOut} least connected are left out` : '')
        }
      />
      <form className="chart-filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          Type
          <select
            value={filters.entityTypes[0] ?? ''}
            onChange={(e) =>
              setFilters({ ...filters, entityTypes: e.target.value === '' ? [] : [e.target.value] })
            }
          >
            <option value="">All types</option>
            {types.map((type) => (
              <option key={type} value={type}>
                {typeLabel(type)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Tag
          <input
            value={filters.tag}
            onChange={(e) => setFilters({ ...filters, tag: e.target.value.trim() })}
          />
        </label>
        <label>
          From
          <input
            type="date"
            value={filters.from}
            onChange={(e) => setFilters({ ...filters, from: e.target.value })}
          />
        </label>
        <label>
          To
          <input
            type="date"
            value={filters.to}
            onChange={(e) => setFilters({ ...filters, to: e.target.value })}
          />
        </label>
      </form>
      <form
        className="chart-path"
        aria-label="Shortest path"
        onSubmit={(e) => {
          e.preventDefault();
          findPath();
        }}
      >
        {(['from', 'to'] as const).map((end) => (
          <label key={end}>
            {end === 'from' ? 'Path from' : 'Path to'}
            <select value={ends[end]} onChange={(e) => setEnds({ ...ends, [end]: e.target.value })}>
              <option value="">Choose an entity</option>
              {(graph?.nodes ?? []).map((node) => (
                <option key={node.id} value={node.id}>
                  {node.name}
                </option>
              ))}
            </select>
          </label>
        ))}
        <button type="submit">Find path</button>
        {path !== null && (
          <p className="chart-path-result" aria-live="polite">
            {path.nodes.map((id) => names.get(id)).join(' → ')}
          </p>
        )}
      </form>
      <div className="chart-body">
        <div className="chart-canvas" ref={canvas} aria-hidden="true" />
        <aside className="chart-side">
          <h2>Links</h2>
          <ul className="chart-links" aria-label="Links">
            {(graph?.links ?? []).map((l) => (
              <li key={l.id}>
                <button
                  type="button"
                  aria-pressed={l.id === selected}
                  className={path?.links.includes(l.id) ? 'on-path' : undefined}
                  onClick={() => setSelected(l.id)}
                >
                  {linkText(l, names)}
                </button>
              </li>
            ))}
          </ul>
          {link !== null && (
            <section className="chart-evidence" aria-label="Evidence">
              <h2>{linkText(link, names)}</h2>
              {link.evidence.length === 0 && <p>No evidence recorded.</p>}
              {link.evidence.map((e) => (
                <figure key={`${e.articleId}:${e.start}`}>
                  <blockquote>{e.quote}</blockquote>
                  <button
                    type="button"
                    onClick={() => onOpenEvidence(e.articleId as ArticleId, e.start, e.end)}
                  >
                    Open in Reader
                  </button>
                </figure>
              ))}
            </section>
          )}
        </aside>
      </div>
    </section>
  );
}

function linkText(link: ChartLinkItem, names: Map<string, string>): string {
  const between = `${names.get(link.source)} ${link.directed ? '→' : '—'} ${names.get(link.target)}`;
  return `${between}: ${link.label} (${link.evidence.length} evidence)`;
}
