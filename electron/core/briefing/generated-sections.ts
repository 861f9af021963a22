import { anchorHolds } from '../../common/model/anchor.ts';
import type { Entity } from '../../common/model/entity.ts';
import type { ArticleId, EntityId } from '../../common/model/ids.ts';
import type { GeneratedSection, SectionFilter } from '../../common/model/briefing.ts';
import { DEFAULT_LIMITS } from '../../common/model/briefing.ts';
import { formatDateRange } from './dates.ts';
import { articleInScope, eventInScope, type AssemblyContext } from './assembly-context.ts';
import type {
  ActorGroup,
  DocSection,
  Footnote,
  ProfileItem,
  QuoteItem,
  TimelineRow,
} from './briefing-document.ts';

/** The sections assembly generates from the notebook: actors, timeline, quotes, profiles, sources. */

const TYPE_LABELS: Record<string, string> = {
  person: 'People',
  organization: 'Organizations',
  location: 'Places',
};
const TYPE_ORDER = ['person', 'organization', 'location'];

function typeOrder(a: string, b: string): number {
  const rank = (type: string) => {
    const index = TYPE_ORDER.indexOf(type);
    return index < 0 ? TYPE_ORDER.length : index;
  };
  return rank(a) - rank(b) || a.localeCompare(b);
}

export function typeLabel(type: string): string {
  return TYPE_LABELS[type] ?? type.charAt(0).toUpperCase() + type.slice(1).replace(/-/g, ' ');
}

interface EntityStats {
  entity: Entity;
  mentionCount: number;
  articles: ArticleId[];
  roles: Map<string, number>;
}

/** Entities the filter keeps, with mentions counted in the articles it keeps and their roles. */
function entityStats(context: AssemblyContext, filter: SectionFilter): EntityStats[] {
  const scoped = new Set(
    context.articles.filter((a) => articleInScope(a, filter)).map((a) => a.id),
  );
  const roles = new Map<EntityId, Map<string, number>>();
  const eventFilter = { ...filter, types: undefined, entityIds: undefined };
  for (const event of context.events) {
    if (!eventInScope(context, event, eventFilter)) continue;
    const count = (id: EntityId, role: string) => {
      let entityRoles = roles.get(id);
      if (entityRoles === undefined) roles.set(id, (entityRoles = new Map()));
      entityRoles.set(role, (entityRoles.get(role) ?? 0) + 1);
    };
    for (const participant of event.participants)
      count(participant.entityId, participant.role || 'participant');
    if (event.locationId !== null) count(event.locationId, 'place');
  }
  const stats: EntityStats[] = [];
  for (const entity of context.view.registry.entities) {
    if (filter.types !== undefined && !filter.types.includes(entity.type)) continue;
    if (filter.entityIds !== undefined && !filter.entityIds.includes(entity.id)) continue;
    const perArticle = context.mentions.get(entity.id) ?? new Map<ArticleId, number>();
    const articles = context.articles
      .filter((a) => scoped.has(a.id) && perArticle.has(a.id))
      .map((a) => a.id);
    const mentionCount = articles.reduce((sum, id) => sum + perArticle.get(id)!, 0);
    const entityRoles = roles.get(entity.id) ?? new Map<string, number>();
    if (mentionCount === 0 && entityRoles.size === 0) continue;
    stats.push({ entity, mentionCount, articles, roles: entityRoles });
  }
  return stats.sort(
    (a, b) =>
      b.mentionCount - a.mentionCount ||
      a.entity.name.localeCompare(b.entity.name) ||
      a.entity.id.localeCompare(b.entity.id),
  );
}

function describeRoles(roles: Map<string, number>): string {
  return [...roles]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(
      ([role, n]) =>
        `${role === 'place' ? 'place of' : `${role} in`} ${n} event${n === 1 ? '' : 's'}`,
    )
    .join('; ');
}

export function actorGroups(context: AssemblyContext, filter: SectionFilter): ActorGroup[] {
  const limit = filter.limit ?? DEFAULT_LIMITS.actors;
  const byType = new Map<string, EntityStats[]>();
  for (const stats of entityStats(context, filter)) {
    const list = byType.get(stats.entity.type) ?? [];
    list.push(stats);
    byType.set(stats.entity.type, list);
  }
  return [...byType.keys()].sort(typeOrder).map((type) => {
    const all = byType.get(type)!;
    return {
      type,
      label: typeLabel(type),
      omitted: Math.max(0, all.length - limit),
      actors: all.slice(0, limit).map(({ entity, mentionCount, articles, roles }) => ({
        entityId: entity.id,
        name: entity.name,
        type: entity.type,
        aliases: entity.aliases,
        description: entity.description,
        roles: describeRoles(roles),
        mentionCount,
        articleCount: articles.length,
        cites: articles,
        refs: [],
      })),
    };
  });
}

export function timeline(context: AssemblyContext, filter: SectionFilter): TimelineRow[] {
  const name = (id: EntityId) => context.entity(id)?.name;
  return context.events
    .filter((event) => eventInScope(context, event, filter))
    .slice(0, filter.limit)
    .map((event) => ({
      eventId: event.id,
      date: formatDateRange(event.date),
      range: event.date,
      title: event.title,
      type: event.type,
      certainty: event.certainty,
      location: (event.locationId !== null && name(event.locationId)) || '',
      participants: event.participants.flatMap((p) => {
        const entity = name(p.entityId);
        if (entity === undefined) return [];
        return [p.role === '' ? entity : `${entity} (${p.role})`];
      }),
      cites: context.eventArticles(event),
      refs: [],
    }));
}

export function quotes(
  context: AssemblyContext,
  filter: SectionFilter,
): { quotes: QuoteItem[]; omitted: number } {
  const limit = filter.limit ?? DEFAULT_LIMITS.quotes;
  const found: QuoteItem[] = [];
  const seen = new Set<string>();
  const push = (item: Omit<QuoteItem, 'cites' | 'refs' | 'text' | 'article'>) => {
    const article = context.article(item.articleId);
    if (article === undefined) return;
    const text = article.text.slice(item.start, item.end);
    const key = `${item.articleId}:${item.start}:${item.end}`;
    if (text === '' || seen.has(key)) return;
    seen.add(key);
    found.push({
      ...item,
      text,
      article: context.sourceOf(article.id),
      cites: [article.id],
      refs: [],
      pinpoint: context.pinpoint(article, item.start, item.end),
    });
  };
  // The analyst's own highlights first, in reading order…
  for (const article of context.articles) {
    if (!articleInScope(article, { ...filter, types: undefined })) continue;
    if (filter.entityIds !== undefined) {
      const mentioned = new Set(article.mentions.map((m) => m.entityId));
      if (!filter.entityIds.some((id) => mentioned.has(id))) continue;
    }
    for (const highlight of [...article.highlights].sort((a, b) => a.start - b.start)) {
      if (!anchorHolds(article.text, highlight)) continue;
      push({
        kind: 'highlight',
        articleId: article.id,
        start: highlight.start,
        end: highlight.end,
        context: highlight.comment,
      });
    }
  }
  // …then the words that report each event, in timeline order.
  for (const event of context.events) {
    if (!eventInScope(context, event, filter)) continue;
    for (const evidence of event.evidence) {
      const article = context.article(evidence.articleId);
      if (article === undefined) continue;
      if (!anchorHolds(article.text, evidence)) continue;
      push({
        kind: 'evidence',
        articleId: article.id,
        start: evidence.start,
        end: evidence.end,
        context: `${event.title} (${formatDateRange(event.date)})`,
      });
    }
  }
  return { quotes: found.slice(0, limit), omitted: Math.max(0, found.length - limit) };
}

export function profiles(
  context: AssemblyContext,
  filter: SectionFilter,
): { profiles: ProfileItem[]; omitted: number } {
  const limit = filter.limit ?? DEFAULT_LIMITS.profiles;
  const all = entityStats(context, filter);
  const eventFilter = { ...filter, types: undefined, entityIds: undefined };
  const items = all.slice(0, limit).map(({ entity, mentionCount, articles }) => ({
    entityId: entity.id,
    name: entity.name,
    type: entity.type,
    aliases: entity.aliases,
    description: entity.description,
    mentionCount,
    articleCount: articles.length,
    cites: articles,
    refs: [],
    events: context.events
      .filter(
        (event) =>
          (event.locationId === entity.id ||
            event.participants.some((p) => p.entityId === entity.id)) &&
          eventInScope(context, event, eventFilter),
      )
      .map((event) => ({
        date: formatDateRange(event.date),
        title: event.title,
        cites: context.eventArticles(event),
        refs: [],
      })),
  }));
  return { profiles: items, omitted: Math.max(0, all.length - limit) };
}

/**
 * The articles the footnotes cite, in the order of their first footnote, each with all its
 * footnote numbers: row n of the table is where the reader of note n looks first.
 */
export function sourcesSection(
  context: AssemblyContext,
  section: GeneratedSection,
  footnotes: readonly Footnote[],
): DocSection {
  const filter = section.filter;
  const notes = new Map<ArticleId, number[]>();
  for (const note of footnotes) {
    const numbers = notes.get(note.article.articleId) ?? [];
    notes.set(note.article.articleId, [...numbers, note.number]);
  }
  const rows = [...notes]
    .map(([id, refs]) => ({ article: context.article(id)!, refs }))
    .filter(({ article }) => articleInScope(article, filter))
    .filter(
      ({ article }) =>
        filter.entityIds === undefined ||
        article.mentions.some((m) => filter.entityIds!.includes(m.entityId)),
    )
    .slice(0, filter.limit)
    .map(({ article, refs }) => ({
      article: context.sourceOf(article.id),
      cites: [article.id],
      refs,
    }));
  return { id: section.id, heading: section.heading, kind: 'sources', rows };
}
