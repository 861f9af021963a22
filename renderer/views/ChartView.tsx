import './ChartView.css';
import { useApiQuery } from '../api/use-api-query.ts';
import { useCallback, useDeferredValue, useEffect, useMemo, useState, type Ref } from 'react';
import type { ArticleId, EntityLabel } from '../../electron/common/api/contract.ts';
import { messageOf } from '../api/api-error.ts';
import { useApiMutation } from '../api/use-api-mutation.ts';
import { EmptyState } from '../components/EmptyState.tsx';
import { ViewHeader } from '../components/ViewHeader.tsx';
import { exportChart } from './chart/chart-export.ts';
import type { ChartLayout } from './chart/chart-layouts.ts';
import {
  NO_CHART_FILTERS,
  chartGraph,
  chartLinks,
  dateBounds,
  focusGraph,
  neighbours,
  shortestPath,
  type ChartFilters,
} from './chart/chart-model.ts';
import { chartColours } from './chart/chart-style.ts';
import { ChartFilterForm } from './chart/ChartFilterForm.tsx';
import { ChartSidePanel } from './chart/ChartSidePanel.tsx';
import { ChartToolbar } from './chart/ChartToolbar.tsx';
import { NewRelationDialog } from './chart/NewRelationDialog.tsx';
import { ShortestPathForm } from './chart/ShortestPathForm.tsx';
import { useChartLayout, useForcePositions } from './chart/useChartLayout.ts';
import { useCytoscape } from './chart/useCytoscape.ts';
import './chart/chart-tools.css';

type Notify = (text: string, kind?: 'info' | 'error', undoable?: boolean) => void;

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
  const [path, setPath] = useState<{ nodes: string[]; links: string[] } | null>(null);
  const [layout, setLayout] = useState<ChartLayout>('force');
  /** Nodes explored so far from a chosen one; null: the whole chart. */
  const [focus, setFocus] = useState<ReadonlySet<string> | null>(null);
  /** Selected entities, in the chart or the list. */
  const [chosen, setChosen] = useState<string[]>([]);
  const [linkMode, setLinkMode] = useState(false);
  const [draft, setDraft] = useState<{ from: string; to: string } | null>(null);
  const { run } = useApiMutation();

  const loaded = useApiQuery('linkChartOutline', {});
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
      setFilters((current) => {
        const [from, to] = [window?.from ?? '', window?.to ?? ''];
        // The slider reports its window when it appears: the same window draws nothing again.
        return current.from === from && current.to === to ? current : { ...current, from, to };
      }),
    [],
  );

  /** The lists beside the chart (thousands of rows) are rendered after the chart is drawn. */
  const listed = useDeferredValue(graph);
  const positions = useForcePositions(graph, chart, notify);
  const { canvas, cy, linked } = useCytoscape({
    graph,
    positions,
    chart,
    theme,
    layout,
    linkMode,
    setSelected,
    setChosen,
    setDraft,
  });
  const centre = chosen[0] ?? null;
  useChartLayout({ cy, graph, positions, layout, centre });

  useEffect(() => {
    if (cy === null) return;
    cy.elements().removeClass('on-path');
    for (const id of [...(path?.nodes ?? []), ...(path?.links ?? [])])
      cy.getElementById(id).addClass('on-path');
    // Again once a large chart's links are in: they come after its first frame.
  }, [path, cy, linked]);

  /**
   * Choosing an entity in the list selects it and brings it to the middle of the chart at its
   * actual size: in a chart of 1,000 entities fitted to the window, the way to find one.
   */
  const choose = (id: string) => {
    const node = cy?.getElementById(id);
    if (cy === null || node === undefined || node.empty()) return;
    if (node.selected()) return void node.unselect();
    node.select();
    const at = node.position();
    cy.viewport({ zoom: 1, pan: { x: cy.width() / 2 - at.x, y: cy.height() / 2 - at.y } });
  };
  const zoom = (how: 'in' | 'out' | 'fit') => {
    if (cy === null) return;
    if (how === 'fit') return void cy.fit(undefined, 24);
    cy.zoom({
      level: cy.zoom() * (how === 'in' ? 1.25 : 0.8),
      renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
    });
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

  const findPath = (from: string, to: string) => {
    if (graph === null || from === '' || to === '') return;
    const found = shortestPath(graph, from, to);
    setPath(found);
    if (found === null) notify(`Nothing ties ${names.get(from)} to ${names.get(to)}.`);
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
      <ChartFilterForm
        filters={filters}
        setFilters={setFilters}
        unlinked={full?.unlinked ?? 0}
        types={types}
        quoted={quoted}
        bounds={bounds}
        onWindow={onWindow}
      />
      <ChartToolbar
        layout={layout}
        setLayout={setLayout}
        chosen={chosen.length}
        focused={focus !== null}
        anyPinned={chosen.some((id) => pinned.has(id))}
        linkMode={linkMode}
        ready={linked}
        onExplore={explore}
        onShowAll={() => setFocus(null)}
        onPin={pin}
        onLinkMode={() => setLinkMode(!linkMode)}
        onNewRelation={() => setDraft({ from: chosen[0] ?? '', to: chosen[1] ?? '' })}
        onZoom={zoom}
        onExport={(format) => void save(format)}
      />
      <ShortestPathForm nodes={listed?.nodes ?? []} names={names} path={path} onFind={findPath} />
      <div className="chart-body">
        <div className="chart-canvas" ref={canvas} aria-hidden="true" />
        <ChartSidePanel
          graph={listed}
          names={names}
          chosen={chosen}
          pinned={pinned}
          selected={selected}
          path={path}
          ready={linked}
          onChoose={choose}
          onSelect={setSelected}
          onOpenEvidence={onOpenEvidence}
        />
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
