import type {
  ArticleSummary,
  EntitySummary,
  EventView,
  HighlightView,
  Section,
  SectionFilter,
} from '../../../electron/common/api/contract.ts';
import { typeLabel } from '../../annotate/entity-types.ts';
import { eventTypeLabel, orderedEventTypes } from '../../events/event-types.ts';

/**
 * What the composer offers to choose from, taken from the notebook: section filters and the
 * citation picker name things by title, never by id.
 */
export interface NotebookChoices {
  articles: ArticleSummary[];
  entities: EntitySummary[];
  events: EventView[];
  entityTypes: string[];
}

export type GeneratedSection = Exclude<Section, { kind: 'text' }>;

/** Tags of articles and events, each once, in alphabetical order. */
export function tagsOf(choices: NotebookChoices): string[] {
  const tags = new Set([
    ...choices.articles.flatMap((a) => a.tags),
    ...choices.events.flatMap((e) => e.tags),
  ]);
  return [...tags].sort((a, b) => a.localeCompare(b));
}

/**
 * Which type list a section's `types` filter holds (model/briefing.ts): entity types for key
 * actors and profiles, event types for the timeline and quotes; sources have none.
 */
export function typeFilterOf(
  kind: GeneratedSection['kind'] | null,
  choices: NotebookChoices,
): { label: string; types: string[]; name: (type: string) => string } | null {
  if (kind === 'actors' || kind === 'profiles' || kind === 'network') {
    return { label: 'Entity types', types: choices.entityTypes, name: typeLabel };
  }
  if (kind === 'timeline' || kind === 'quotes') {
    return {
      label: 'Event types',
      types: orderedEventTypes(choices.events.map((e) => e.type)),
      name: eventTypeLabel,
    };
  }
  return null;
}

/** A filter without its empty lists and unset fields: what is saved. */
export function tidyFilter(filter: SectionFilter): SectionFilter {
  const tidy: SectionFilter = {};
  for (const key of ['tags', 'articleIds', 'entityIds', 'types'] as const) {
    const list = filter[key];
    if (list !== undefined && list.length > 0) Object.assign(tidy, { [key]: list });
  }
  if (filter.from !== undefined && filter.from !== '') tidy.from = filter.from;
  if (filter.to !== undefined && filter.to !== '') tidy.to = filter.to;
  if (filter.limit !== undefined) tidy.limit = filter.limit;
  return tidy;
}

function quoted(names: string[], one: string, many = `${one}s`): string {
  if (names.length > 2) return `${names.length} ${many}`;
  return `${names.length === 1 ? one : many} ${names.map((n) => `‘${n}’`).join(', ')}`;
}

/** The filter in a line, for the collapsed editor: "tag ‘Iran’, since 2021-03-01". */
export function describeFilter(
  filter: SectionFilter,
  choices: NotebookChoices,
  kind: GeneratedSection['kind'] | null,
): string {
  const parts: string[] = [];
  if (filter.tags?.length) parts.push(quoted(filter.tags, 'tag'));
  if (filter.articleIds?.length) {
    const titles = filter.articleIds.map(
      (id) => choices.articles.find((a) => a.id === id)?.title ?? 'a deleted article',
    );
    parts.push(quoted(titles, 'article'));
  }
  if (filter.entityIds?.length) {
    const names = filter.entityIds.map(
      (id) => choices.entities.find((e) => e.id === id)?.name ?? 'a deleted entity',
    );
    parts.push(quoted(names, 'entity', 'entities'));
  }
  const typeFilter = typeFilterOf(kind, choices);
  if (filter.types?.length && typeFilter !== null) {
    parts.push(
      `${typeFilter.label.toLowerCase()}: ${filter.types.map(typeFilter.name).join(', ')}`,
    );
  }
  if (filter.from !== undefined && filter.to !== undefined) {
    parts.push(`from ${filter.from} to ${filter.to}`);
  } else if (filter.from !== undefined) {
    parts.push(`since ${filter.from}`);
  } else if (filter.to !== undefined) {
    parts.push(`until ${filter.to}`);
  }
  if (filter.limit !== undefined) parts.push(`at most ${filter.limit}`);
  return parts.length === 0 ? 'none (the whole notebook)' : parts.join(', ');
}

/** Why a filter cannot be saved, in words, or null when it can. */
export function filterProblem(filter: SectionFilter): string | null {
  if (filter.from !== undefined && filter.to !== undefined && filter.from > filter.to) {
    return `The window ends (${filter.to}) before it starts (${filter.from}).`;
  }
  return null;
}

// The citation picker -----------------------------------------------------------------------

export type CitationKind = 'entity' | 'event' | 'article' | 'quote';

export interface Citable {
  kind: CitationKind;
  /** What the analyst reads in the list. */
  label: string;
  /** Type, date, source or article: shown beside the label and searched too. */
  detail: string;
  /** The reference syntax the core resolves (electron/core/briefing/text-references.ts). */
  reference: string;
}

export const CITATION_KIND_LABELS: Record<CitationKind, string> = {
  entity: 'Entity',
  event: 'Event',
  article: 'Article',
  quote: 'Quote',
};

/** A quoted span as the list shows it: on one line, in quotation marks. */
function quoteLabel(quote: string): string {
  return `“${quote.replace(/\s+/g, ' ').trim()}”`;
}

/**
 * Everything the analyst can cite: entities, events, articles, and as quotes the highlights
 * and the sentences that report events (each span once).
 */
export function citables(choices: NotebookChoices, highlights: HighlightView[]): Citable[] {
  const all: Citable[] = [
    ...[...choices.entities]
      .sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name))
      .map((e) => ({
        kind: 'entity' as const,
        label: e.name,
        detail: [typeLabel(e.type), ...e.aliases].join(' · '),
        reference: `[@entity:${e.id}]`,
      })),
    ...choices.events.map((e) => ({
      kind: 'event' as const,
      label: e.title,
      detail: e.date === null ? 'Undated' : e.date.text || e.date.start,
      reference: `[@event:${e.id}]`,
    })),
    ...choices.articles.map((a) => ({
      kind: 'article' as const,
      label: a.title,
      detail: [a.source, a.published ?? ''].filter((s) => s !== '').join(' · '),
      reference: `[@article:${a.id}]`,
    })),
    ...highlights.map((h) => ({
      kind: 'quote' as const,
      label: quoteLabel(h.quote),
      detail: h.articleTitle,
      reference: `[@quote:${h.articleId}:${h.start}-${h.end}]`,
    })),
    ...choices.events.flatMap((e) =>
      e.evidence.map((evidence) => ({
        kind: 'quote' as const,
        label: quoteLabel(evidence.quote),
        detail: `Reports “${e.title}”`,
        reference: `[@quote:${evidence.articleId}:${evidence.start}-${evidence.end}]`,
      })),
    ),
  ];
  const seen = new Set<string>();
  return all.filter((item) => !seen.has(item.reference) && seen.add(item.reference));
}

/** The citables whose label or detail hold every word of the query, at most `max`. */
export function searchCitables(items: Citable[], query: string, max = 50): Citable[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const found = items.filter((item) => {
    const text = `${item.label} ${item.detail} ${item.kind}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
  return found.slice(0, max);
}
