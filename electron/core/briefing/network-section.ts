/**
 * A briefing's "Network" section: the links between entities (relations, and the ties events
 * make between their participants) as a table with citations, and the same links drawn as an
 * SVG picture, laid out by ForceAtlas2 around the nodes the analyst pinned in the chart. The
 * Markdown export writes the picture beside the .md; HTML and PDF embed it.
 */
import { forceLayout } from '../../common/chart/network-layout.ts';
import {
  labelWidth,
  linkWidth,
  networkSvg,
  nodeSize,
  shapeOf,
} from '../../common/chart/network-svg.ts';
import { DEFAULT_LIMITS, type SectionFilter } from '../../common/model/briefing.ts';
import type { ArticleId, EntityId } from '../../common/model/ids.ts';
import type { DateRange } from '../../common/model/date-range.ts';
import { eventLinks, relationViews } from '../annotate/link-chart.ts';
import type { NotebookView } from '../annotate/notebook-view.ts';
import type { Cited } from './briefing-document.ts';
import { formatDateRange } from './dates.ts';

export interface NetworkRow extends Cited {
  from: string;
  to: string;
  /** The relation's type, or "Event title" for the tie an event makes. */
  label: string;
  kind: 'relation' | 'event';
  directed: boolean;
  date: string;
}

export interface NetworkImage {
  /** The file the Markdown export writes beside the .md and links. */
  name: string;
  svg: string;
  /** What the picture shows, for its alternative text. */
  alt: string;
}

/** Print colours of the entity types (the light theme's), any other type grey. */
const PRINT_COLOURS: Record<string, string> = {
  person: '#0b5c9a',
  organization: '#8f5a00',
  location: '#00704f',
};
const PRINT = { text: '#1b2a3a', line: '#8a94a3', ground: '#ffffff' };

interface Link {
  from: EntityId;
  to: EntityId;
  label: string;
  kind: 'relation' | 'event';
  directed: boolean;
  date: DateRange | null;
  tags: string[];
  articles: ArticleId[];
  /** Whether it has evidence anywhere, in scope or not. */
  evidenced: boolean;
}

/**
 * The links the section shows: those with evidence in the articles in scope (or with no evidence
 * at all, when no article filter is set), whose ends are of the filter's entity types and, with
 * `entityIds`, touch one of them; tags and the date window as for events. The best-sourced first.
 */
export function networkSection(
  view: NotebookView,
  scoped: ReadonlySet<ArticleId>,
  mentions: (id: EntityId) => number,
  filter: SectionFilter,
  sectionId: string,
): { rows: NetworkRow[]; omitted: number; image: NetworkImage | null } {
  const all: Link[] = [
    ...relationViews(view).map((r) => ({
      from: r.from,
      to: r.to,
      label: r.type,
      kind: 'relation' as const,
      directed: r.directed,
      date: r.date,
      tags: r.tags,
      articles: r.evidence.map((e) => e.articleId),
      evidenced: r.evidence.length > 0,
    })),
    ...eventLinks(view.eventsFile).map((l) => ({
      from: l.from,
      to: l.to,
      label: l.title,
      kind: 'event' as const,
      directed: false,
      date: l.date,
      tags: l.tags,
      articles: l.evidence.map((e) => e.articleId),
      evidenced: l.evidence.length > 0,
    })),
  ];
  const kept = all
    .map((link) => ({
      ...link,
      articles: [...new Set(link.articles)].filter((a) => scoped.has(a)),
    }))
    .filter((link) => inScope(view, link, filter))
    .sort(
      (a, b) =>
        b.articles.length - a.articles.length ||
        (a.kind === b.kind ? 0 : a.kind === 'relation' ? -1 : 1) ||
        a.label.localeCompare(b.label),
    );
  const limit = filter.limit ?? DEFAULT_LIMITS.network;
  const shown = kept.slice(0, limit);
  const name = (id: EntityId) => view.getEntity(id)?.name ?? id;
  const rows = shown.map((link) => ({
    from: name(link.from),
    to: name(link.to),
    label: link.label,
    kind: link.kind,
    directed: link.directed,
    date: formatDateRange(link.date),
    cites: link.articles,
    refs: [],
  }));
  return {
    rows,
    omitted: kept.length - shown.length,
    image: shown.length === 0 ? null : drawing(view, shown, mentions, sectionId),
  };
}

function inScope(view: NotebookView, link: Link, filter: SectionFilter): boolean {
  const from = view.getEntity(link.from);
  const to = view.getEntity(link.to);
  if (from === undefined || to === undefined) return false;
  if (
    filter.types !== undefined &&
    !(filter.types.includes(from.type) && filter.types.includes(to.type))
  )
    return false;
  if (
    filter.entityIds !== undefined &&
    !filter.entityIds.some((id) => id === link.from || id === link.to)
  )
    return false;
  if (filter.tags !== undefined && !filter.tags.some((tag) => link.tags.includes(tag)))
    return false;
  // Evidence outside the briefing's articles does not count; a link with none at all stays
  // unless articles were chosen.
  if (link.articles.length === 0 && (filter.articleIds !== undefined || link.evidenced))
    return false;
  if (filter.from !== undefined || filter.to !== undefined) {
    if (link.date === null) return false;
    if (filter.from !== undefined && link.date.end < filter.from) return false;
    if (filter.to !== undefined && link.date.start > filter.to) return false;
  }
  return true;
}

function drawing(
  view: NotebookView,
  links: Link[],
  mentions: (id: EntityId) => number,
  sectionId: string,
): NetworkImage {
  const ids = [...new Set(links.flatMap((link) => [link.from, link.to]))];
  const pinned = Object.fromEntries(
    view.relationsFile.pins
      .filter((pin) => ids.includes(pin.entityId))
      .map((pin) => [pin.entityId, { x: pin.x, y: pin.y }]),
  );
  const name = (id: EntityId) => view.getEntity(id)!.name;
  // Every name is printed, so the layout keeps each clear of the others.
  const positions = forceLayout({
    nodes: ids.map((id) => ({ id, size: nodeSize(mentions(id)), label: labelWidth(name(id)) })),
    links: links.map((link) => ({ source: link.from, target: link.to })),
    pinned,
    // The page's text area: the picture fills it at the largest size its names can have.
    aspect: 0.75,
  });
  const nodes = ids.map((id) => {
    const entity = view.getEntity(id)!;
    return {
      id,
      label: name(id),
      size: nodeSize(mentions(id)),
      shape: shapeOf(entity.type),
      colour: PRINT_COLOURS[entity.type] ?? '#555b63',
      ...positions.get(id)!,
    };
  });
  const edges = links.map((link) => ({
    source: link.from,
    target: link.to,
    // A relation's type is a word; an event's title is a sentence, drawn on each of its links
    // it buried the picture: the dashed line says "event", the table below says which.
    label: link.kind === 'event' ? '' : link.label,
    width: linkWidth(link.articles.length),
    directed: link.directed,
    dashed: link.kind === 'event',
  }));
  const alt = `Network of ${ids.length} entities and ${links.length} links`;
  return {
    name: sectionId === 'network' ? 'network.svg' : `network-${sectionId}.svg`,
    svg: networkSvg(nodes, edges, PRINT, alt),
    alt,
  };
}
