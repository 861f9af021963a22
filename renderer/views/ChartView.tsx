import './ChartView.css';
import { useApiQuery } from '../api/use-api-query.ts';
import { useCallback, useEffect, useMemo, useRef, useState, type Ref } from 'react';
import cytoscape from 'cytoscape';
import type { ArticleId, EntityLabel } from '../../electron/common/api/contract.ts';
import { shapeOf } from '../../electron/common/chart/network-svg.ts';
import { messageOf } from '../api/api-error.ts';
import { useApiMutation } from '../api/use-api-mutation.ts';
import { typeLabel } from '../annotate/entity-types.ts';
import { EmptyState } from '../components/EmptyState.tsx';
import { ViewHeader } from '../components/ViewHeader.tsx';
import { exportChart } from './chart/chart-export.ts';
import { CHART_LAYOUTS, layoutOptions, type ChartLayout } from './chart/chart-layouts.ts';
import {
  NO_CHART_FILTERS,
  chartGraph,
  chartLinks,
  dateBounds,
  focusGraph,
  neighbours,
  shortestPath,
  type ChartFilters,
  type ChartLinkItem,
} from './chart/chart-model.ts';
import { chartColours, chartStyle } from './chart/chart-style.ts';
import { layoutOffThread } from './chart/layout-client.ts';
import { NewRelationDialog } from './chart/NewRelationDialog.tsx';
import { TimeSlider } from './chart/TimeSlider.tsx';
import './chart/chart-tools.css';

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

/**
 * The link chart: entities as nodes (shape and colour by type, size by mentions), relations and
 * the links events make as edges (labelled, thicker with more evidence), drawn by Cytoscape and
 * laid out off the main thread. Beside it, the same entities and links as lists, the keyboard's
 * and screen readers' way in: selecting a link shows its evidence, each quote opening in the
 * Reader; selecting entities lets one pin them, explore their neighbours or relate two of them.
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
  const [layout, setLayout] = useState<ChartLayout>('force');
  /** Nodes explored so far from a chosen one; null: the whole chart. */
  const [focus, setFocus] = useState<ReadonlySet<string> | null>(null);
  /** Selected entities, in the chart or the list. */
  const [chosen, setChosen] = useState<string[]>([]);
  const [linkMode, setLinkMode] = useState(false);
  const [draft, setDraft] = useState<{ from: string; to: string } | null>(null);
  const canvas = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<cytoscape.Core | null>(null);
  const linkModeRef = useRef(linkMode);
  const { run } = useApiMutation();

  const loaded = useApiQuery('linkChart', {});
  const chart = loaded.data ?? null;
  useEffect(() => {
    if (loaded.error) notify(messageOf(loaded.error), 'error');
  }, [loaded.error, notify]);
  const articles = useApiQuery('listArticles', {}).data;

  const full = useMemo(
    () => (chart === null ? null : chartGraph(chart, filters)),
    [chart, filters],
  );
  const graph = useMemo(() => (full === null ? null : focusGraph(full, focus)), [full, focus]);
  const names = useMemo(
    () => new Map((chart?.nodes ?? []).map((node) => [node.id as string, node.name])),
    [chart],
  );
  const types = useMemo(
    () => [...new Set((chart?.nodes ?? []).map((node) => node.type))].sort(),
    [chart],
  );
  const bounds = useMemo(() => (chart === null ? null : dateBounds(chart)), [chart]);
  /** The articles the chart's links quote, for the article filter. */
  const quoted = useMemo(() => {
    const ids = new Set(
      chart === null ? [] : chartLinks(chart).flatMap((l) => l.evidence.map((e) => e.articleId)),
    );
    return (articles ?? []).filter((a) => ids.has(a.id));
  }, [chart, articles]);
  const pinned = useMemo(
    () => new Set((chart?.pins ?? []).map((pin) => pin.entityId as string)),
    [chart],
  );
  const onWindow = useCallback(
    (window: { from: string; to: string } | null) =>
      setFilters((current) => ({ ...current, from: window?.from ?? '', to: window?.to ?? '' })),
    [],
  );

  useEffect(() => {
    const container = canvas.current;
    if (graph === null || container === null) return;
    container.dataset.layout = 'running';
    const colours = chartColours(container);
    const pins = new Map((chart?.pins ?? []).map((pin) => [pin.entityId as string, pin]));
    markCytoscapeStylesheet();
    const instance = cytoscape({
      container,
      elements: [
        ...graph.nodes.map((node) => {
          const pin = pins.get(node.id);
          return {
            data: {
              id: node.id,
              label: node.name,
              type: node.type,
              colour: colours.of(node.type),
              size: node.size,
            },
            ...(pin && { position: { x: pin.x, y: pin.y }, locked: true }),
            classes: shapeOf(node.type),
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
      style: chartStyle(colours),
      // A small chart is not blown up past readable sizes when it is fitted.
      maxZoom: 1.5,
      // A grid costs nothing and shows every node at once; the chosen layout follows.
      layout: { name: 'grid', fit: true },
    });
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
      const target = event.target as cytoscape.NodeSingular | cytoscape.Core;
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
    setCy(instance);
    setChosen([]);
    return () => {
      setCy(null);
      instance.destroy();
    };
  }, [graph, chart, theme]);

  useEffect(() => {
    linkModeRef.current = linkMode;
    if (cy === null) return;
    cy.autoungrabify(linkMode);
    cy.userPanningEnabled(!linkMode);
    cy.boxSelectionEnabled(!linkMode);
  }, [cy, linkMode]);

  const centre = chosen[0] ?? null;
  useEffect(() => {
    const container = canvas.current;
    if (cy === null || graph === null || container === null) return;
    // Tests and the bench wait for this mark: the nodes stand where the layout put them.
    container.dataset.layout = 'running';
    const abort = new AbortController();
    const done = () => {
      if (!abort.signal.aborted) container.dataset.layout = 'done';
    };
    if (layout === 'force') {
      const pinnedAt = Object.fromEntries(
        cy.nodes(':locked').map((node) => [node.id(), node.position()]),
      );
      layoutOffThread({ nodes: graph.nodes, links: graph.links, pinned: pinnedAt }, abort.signal)
        .then((positions) => {
          if (abort.signal.aborted) return;
          cy.layout(layoutOptions('force', graph, positions, null)).run();
          done();
        })
        .catch((error: unknown) => notify(messageOf(error), 'error'));
    } else {
      cy.layout(layoutOptions(layout, graph, {}, centre)).run();
      done();
    }
    return () => abort.abort();
    // The radial layout follows the chosen centre; the others do not move when it changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cy, graph, layout, layout === 'radial' ? centre : null, notify]);

  useEffect(() => {
    if (cy === null) return;
    cy.elements().removeClass('on-path');
    for (const id of [...(path?.nodes ?? []), ...(path?.links ?? [])])
      cy.getElementById(id).addClass('on-path');
  }, [path, cy]);

  const choose = (id: string) => {
    const node = cy?.getElementById(id);
    if (node === undefined || node.empty()) return;
    if (node.selected()) node.unselect();
    else node.select();
  };
  const pin = (unpin: boolean) => {
    if (cy === null || chosen.length === 0) return;
    void run(
      'pinChartNodes',
      {
        pins: chosen.map((id) => ({
          entityId: id as EntityLabel['id'],
          position: unpin ? null : cy.getElementById(id).position(),
        })),
      },
      { undoable: true, describe: () => `${unpin ? 'Unpinned' : 'Pinned'} ${chosen.length}.` },
    );
  };
  const explore = (expand: boolean) => {
    if (full === null || chosen.length === 0) return;
    const next = new Set(expand && focus !== null ? focus : []);
    for (const id of chosen) {
      next.add(id);
      for (const other of neighbours(full, id)) next.add(other);
    }
    setFocus(next);
  };
  const save = async (format: 'svg' | 'png') => {
    if (cy === null || canvas.current === null) return;
    try {
      await exportChart(cy, format, chartColours(canvas.current));
    } catch (error) {
      notify(messageOf(error), 'error');
    }
  };

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
          Article
          <select
            value={filters.articleId}
            onChange={(e) => setFilters({ ...filters, articleId: e.target.value })}
          >
            <option value="">All articles</option>
            {quoted.map((article) => (
              <option key={article.id} value={article.id}>
                {article.title}
              </option>
            ))}
          </select>
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
        {bounds !== null && <TimeSlider bounds={bounds} onWindow={onWindow} />}
      </form>
      <div className="chart-filters chart-tools" role="toolbar" aria-label="Chart">
        <label>
          Layout
          <select value={layout} onChange={(e) => setLayout(e.target.value as ChartLayout)}>
            {Object.entries(CHART_LAYOUTS).map(([name, label]) => (
              <option key={name} value={name}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" disabled={chosen.length === 0} onClick={() => explore(false)}>
          Show neighbours only
        </button>
        <button
          type="button"
          disabled={focus === null || chosen.length === 0}
          onClick={() => explore(true)}
        >
          Expand neighbours
        </button>
        <button type="button" disabled={focus === null} onClick={() => setFocus(null)}>
          Show all
        </button>
        <button type="button" disabled={chosen.length === 0} onClick={() => pin(false)}>
          Pin
        </button>
        <button
          type="button"
          disabled={!chosen.some((id) => pinned.has(id))}
          onClick={() => pin(true)}
        >
          Unpin
        </button>
        <button type="button" aria-pressed={linkMode} onClick={() => setLinkMode(!linkMode)}>
          Link mode
        </button>
        <button
          type="button"
          onClick={() => setDraft({ from: chosen[0] ?? '', to: chosen[1] ?? '' })}
        >
          New relation…
        </button>
        <button type="button" disabled={cy === null} onClick={() => void save('svg')}>
          Export SVG
        </button>
        <button type="button" disabled={cy === null} onClick={() => void save('png')}>
          Export PNG
        </button>
      </div>
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
          <h2>Entities</h2>
          <ul className="chart-links chart-entities" aria-label="Entities">
            {(graph?.nodes ?? []).map((node) => (
              <li key={node.id}>
                <button
                  type="button"
                  aria-pressed={chosen.includes(node.id)}
                  onClick={() => choose(node.id)}
                >
                  {node.name}
                  {pinned.has(node.id) ? ' (pinned)' : ''}
                </button>
              </li>
            ))}
          </ul>
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
      {draft !== null && chart !== null && (
        <NewRelationDialog
          entities={[...chart.nodes].sort((a, b) => a.name.localeCompare(b.name))}
          initial={draft}
          types={chart.types}
          onClose={() => setDraft(null)}
        />
      )}
    </section>
  );
}

function linkText(link: ChartLinkItem, names: Map<string, string>): string {
  const between = `${names.get(link.source)} ${link.directed ? '→' : '—'} ${names.get(link.target)}`;
  return `${between}: ${link.label} (${link.evidence.length} evidence)`;
}
