import { paragraphsOf, type Article } from '../../common/model/article.ts';
import type { Credibility, Reliability } from '../../common/model/source.ts';
import { SourceRegistry } from '../sources/source-registry.ts';
import { emptySourcesFile, type SourcesFile } from '../../common/model/source.ts';
import { anchorHolds } from '../../common/model/anchor.ts';
import type { Entity } from '../../common/model/entity.ts';
import type { DossierEvent } from '../../common/model/event.ts';
import type { DateRange } from '../../common/model/date-range.ts';
import type { ArticleId, EntityId, EventId } from '../../common/model/ids.ts';
import type {
  Briefing,
  BriefingId,
  GeneratedSection,
  Section,
  SectionFilter,
} from '../../common/model/briefing.ts';
import { BLUF_PLACEHOLDER, DEFAULT_LIMITS } from '../../common/model/briefing.ts';
import type { NotebookView } from '../annotate/notebook-view.ts';
import { formatDateRange } from './dates.ts';
import { networkSection, type NetworkImage, type NetworkRow } from './network-section.ts';

/**
 * Assembly: a briefing (what the analyst arranged) and the notebook (what it draws on) become a
 * BriefingDocument, the format-free content of the brief that the Markdown, HTML and PDF
 * exports print. A pure function of its inputs: the same notebook gives the same document,
 * in the same order, with the same footnote numbers.
 *
 * Citations: every generated item names the articles that support it; footnotes are numbered
 * in order of first use through the document, one per article.
 */

/** Defaults for sections that would otherwise grow with the notebook. */

export interface SourceArticle {
  articleId: ArticleId;
  title: string;
  /** The outlet, as the article names it. */
  source: string;
  /** The outlet as cited ("UrduPoint News / Sputnik"), and the grade of who wrote it. */
  outlet: string;
  grade: Reliability | null;
  authors: string[];
  published: string | null;
  url: string;
}

export interface Footnote {
  number: number;
  article: SourceArticle;
  /** Where in the article, for a citation of its words. */
  pinpoint: Pinpoint | null;
}

/** The words cited: their paragraph (from 1), the quote, and the analyst's credibility of them. */
export interface Pinpoint {
  paragraph: number;
  quote: string;
  credibility: Credibility | null;
}

/**
 * Something in the brief that cites articles; `refs` are its footnote numbers, ascending. A
 * citation of words of one article (a quote) has its `pinpoint`: a footnote of its own.
 */
export interface Cited {
  cites: ArticleId[];
  refs: number[];
  pinpoint?: Pinpoint;
}

export interface ActorRow extends Cited {
  entityId: EntityId;
  name: string;
  type: string;
  aliases: string[];
  description: string;
  /** "host in 2 events; participant in 1 event". */
  roles: string;
  mentionCount: number;
  articleCount: number;
}

export interface ActorGroup {
  type: string;
  label: string;
  actors: ActorRow[];
  /** How many more entities of this type the limit left out. */
  omitted: number;
}

export interface TimelineRow extends Cited {
  eventId: EventId;
  date: string;
  range: DateRange | null;
  title: string;
  type: string;
  certainty: string;
  location: string;
  participants: string[];
}

export interface QuoteItem extends Cited {
  kind: 'highlight' | 'evidence';
  articleId: ArticleId;
  start: number;
  end: number;
  /** The exact words of the source: `article.text.slice(start, end)`. */
  text: string;
  article: SourceArticle;
  /** The event it reports, or the analyst's comment on a highlight. */
  context: string;
}

export interface ProfileItem extends Cited {
  entityId: EntityId;
  name: string;
  type: string;
  aliases: string[];
  description: string;
  mentionCount: number;
  articleCount: number;
  events: (Cited & { date: string; title: string })[];
}

export interface SourceRow extends Cited {
  article: SourceArticle;
}

export type TextPart =
  | { kind: 'text'; text: string }
  | ({ kind: 'cite'; quote?: string } & Cited)
  | { kind: 'missing'; reference: string };

interface SectionBase {
  id: string;
  heading: string;
}

export type DocSection = SectionBase &
  (
    | { kind: 'text'; parts: TextPart[] }
    | { kind: 'actors'; groups: ActorGroup[] }
    | { kind: 'timeline'; rows: TimelineRow[] }
    | { kind: 'quotes'; quotes: QuoteItem[]; omitted: number }
    | { kind: 'profiles'; profiles: ProfileItem[]; omitted: number }
    | { kind: 'network'; rows: NetworkRow[]; omitted: number; image: NetworkImage | null }
    | { kind: 'sources'; rows: SourceRow[] }
  );

export interface BriefingDocument {
  briefingId: BriefingId | null;
  title: string;
  author: string;
  date: string | null;
  classification: string;
  sections: DocSection[];
  footnotes: Footnote[];
}

/** What assembly needs of a briefing: the stored kind or the default one (id null). */
export type BriefingLike = Omit<Briefing, 'id'> & { id: BriefingId | null };

export function assembleBriefing(view: NotebookView, briefing: BriefingLike): BriefingDocument {
  const context = new Context(view, briefing.filter);
  const sections: DocSection[] = briefing.sections
    .filter((section) => section.kind !== 'sources')
    .map((section) => buildSection(context, section));
  // Sources list every article the rest of the brief cites, so they are built last…
  const cited = new Set<ArticleId>();
  for (const section of sections) for (const item of citedItems(section)) add(cited, item.cites);
  const built = new Map(sections.map((section) => [section.id, section]));
  // …and put back in their place.
  const ordered = briefing.sections.map((section) =>
    section.kind === 'sources' ? sourcesSection(context, section, cited) : built.get(section.id)!,
  );
  return {
    briefingId: briefing.id,
    title: briefing.title,
    author: briefing.author,
    date: briefing.date,
    classification: briefing.classification,
    sections: ordered,
    footnotes: numberFootnotes(context, ordered),
  };
}

function add<T>(set: Set<T>, values: Iterable<T>): void {
  for (const value of values) set.add(value);
}

/** Every cited item of a section, in reading order. */
function citedItems(section: DocSection): Cited[] {
  switch (section.kind) {
    case 'text':
      return section.parts.flatMap((part) => (part.kind === 'cite' ? [part] : []));
    case 'actors':
      return section.groups.flatMap((group) => group.actors);
    case 'timeline':
      return section.rows;
    case 'quotes':
      return section.quotes;
    case 'profiles':
      return section.profiles.flatMap((profile) => [profile, ...profile.events]);
    case 'network':
    case 'sources':
      return section.rows;
  }
}

function numberFootnotes(context: Context, sections: DocSection[]): Footnote[] {
  const numbers = new Map<string, number>();
  const footnotes: Footnote[] = [];
  for (const section of sections) {
    for (const item of citedItems(section)) {
      const pinpoint = item.pinpoint ?? null;
      const keys = item.cites.map((id) =>
        pinpoint === null ? id : `${id}#${pinpoint.paragraph}#${pinpoint.quote}`,
      );
      item.cites.forEach((id, i) => {
        if (numbers.has(keys[i]!)) return;
        numbers.set(keys[i]!, footnotes.length + 1);
        footnotes.push({ number: footnotes.length + 1, article: context.sourceOf(id), pinpoint });
      });
      item.refs = [...new Set(keys.map((key) => numbers.get(key)!))].sort((a, b) => a - b);
    }
  }
  return footnotes;
}

/** The notebook, indexed once for one assembly. */
class Context {
  readonly articles: Article[];
  readonly events: DossierEvent[];
  private readonly byId = new Map<ArticleId, Article>();
  private readonly sources = new Map<ArticleId, SourceArticle>();
  /** Mentions of each entity per article. */
  readonly mentions = new Map<EntityId, Map<ArticleId, number>>();

  private readonly outlets: SourceRegistry;

  /** Every event, in scope or not: the analyst's text may cite any. */
  readonly allEvents: DossierEvent[];

  /**
   * `scope` is the briefing's own filter: the sections draw only on the articles and events it
   * keeps (then each narrows further by its own filter); citations may still name any article.
   */
  constructor(
    readonly view: NotebookView & { readonly sourcesFile?: SourcesFile },
    scope: SectionFilter = {},
  ) {
    const all = [...view.listArticles()].sort(articleOrder);
    this.outlets = new SourceRegistry(view.sourcesFile ?? emptySourcesFile(), all);
    for (const article of all) this.byId.set(article.id, article);
    this.articles = all.filter(
      (article) =>
        articleInScope(article, scope) &&
        intersects(
          article.mentions.map((m) => m.entityId),
          scope.entityIds,
        ),
    );
    for (const article of this.articles) {
      for (const mention of article.mentions) {
        let counts = this.mentions.get(mention.entityId);
        if (counts === undefined) this.mentions.set(mention.entityId, (counts = new Map()));
        counts.set(article.id, (counts.get(article.id) ?? 0) + 1);
      }
    }
    this.allEvents = [...view.eventsFile.events].sort(eventOrder);
    this.events = this.allEvents.filter((event) => eventInScope(this, event, scope));
  }

  article(id: ArticleId): Article | undefined {
    return this.byId.get(id);
  }

  sourceOf(id: ArticleId): SourceArticle {
    let source = this.sources.get(id);
    if (source === undefined) {
      const article = this.byId.get(id)!;
      const outlet = this.outlets.ofArticle(id);
      source = {
        articleId: article.id,
        title: article.title,
        source: article.source,
        outlet: article.source,
        grade: outlet?.origin.reliability ?? null,
        authors: article.authors,
        published: article.published,
        url: article.url,
      };
      this.sources.set(id, source);
    }
    return source;
  }

  entity(id: EntityId): Entity | undefined {
    return this.view.getEntity(id);
  }

  /** Where the words at start–end are: their paragraph, and their credibility as evidence. */
  pinpoint(article: Article, start: number, end: number): Pinpoint {
    const paragraph = paragraphsOf(article.text).findIndex((p) => start < p.end) + 1;
    const credibility =
      this.allEvents
        .flatMap((event) => event.evidence)
        .find((e) => e.articleId === article.id && e.start === start && e.end === end)
        ?.credibility ?? null;
    return { paragraph, quote: article.text.slice(start, end), credibility };
  }

  /** The articles (that exist) an event's evidence comes from, in evidence order. */
  eventArticles(event: DossierEvent): ArticleId[] {
    return [...new Set(event.evidence.map((e) => e.articleId))].filter((id) => this.byId.has(id));
  }
}

export function articleOrder(a: Article, b: Article): number {
  return (
    (a.published ?? '9999').localeCompare(b.published ?? '9999') ||
    a.title.localeCompare(b.title) ||
    a.id.localeCompare(b.id)
  );
}

/** Timeline order: by start, then end; undated last; then title and id for stability. */
export function eventOrder(a: DossierEvent, b: DossierEvent): number {
  if ((a.date === null) !== (b.date === null)) return a.date === null ? 1 : -1;
  return (
    (a.date?.start ?? '').localeCompare(b.date?.start ?? '') ||
    (a.date?.end ?? '').localeCompare(b.date?.end ?? '') ||
    a.title.localeCompare(b.title) ||
    a.id.localeCompare(b.id)
  );
}

// Filters -------------------------------------------------------------------------------

function intersects<T>(values: readonly T[], wanted: readonly T[] | undefined): boolean {
  return wanted === undefined || values.some((value) => wanted.includes(value));
}

/** Articles the filter keeps by their own properties (ids, tags, publication date). */
function articleInScope(article: Article, filter: SectionFilter): boolean {
  if (filter.articleIds !== undefined && !filter.articleIds.includes(article.id)) return false;
  if (!intersects(article.tags, filter.tags)) return false;
  if (filter.from !== undefined || filter.to !== undefined) {
    if (article.published === null) return false;
    // A partial date (2021-03) is in the window when any of its days is.
    const start = article.published.padEnd(10, '-01').slice(0, 10);
    const end = article.published.length === 10 ? article.published : article.published + '-31';
    if (filter.from !== undefined && end < filter.from) return false;
    if (filter.to !== undefined && start > filter.to) return false;
  }
  return true;
}

function eventInScope(context: Context, event: DossierEvent, filter: SectionFilter): boolean {
  if (filter.types !== undefined && !filter.types.includes(event.type)) return false;
  const articles = context.eventArticles(event);
  if (filter.articleIds !== undefined && !intersects(articles, filter.articleIds)) return false;
  if (filter.tags !== undefined) {
    const tags = [...event.tags, ...articles.flatMap((id) => context.article(id)!.tags)];
    if (!intersects(tags, filter.tags)) return false;
  }
  if (filter.entityIds !== undefined) {
    const involved = [
      ...event.participants.map((p) => p.entityId),
      ...(event.locationId === null ? [] : [event.locationId]),
    ];
    if (!intersects(involved, filter.entityIds)) return false;
  }
  if (filter.from !== undefined || filter.to !== undefined) {
    if (event.date === null) return false;
    if (filter.from !== undefined && event.date.end < filter.from) return false;
    if (filter.to !== undefined && event.date.start > filter.to) return false;
  }
  return true;
}

// Sections ------------------------------------------------------------------------------

function buildSection(context: Context, section: Section): DocSection {
  const base = { id: section.id, heading: section.heading };
  switch (section.kind) {
    case 'text':
      return {
        ...base,
        kind: 'text',
        parts: resolveReferences(context, unlessPlaceholder(section.markdown)),
      };
    case 'actors':
      return { ...base, kind: 'actors', groups: actorGroups(context, section.filter) };
    case 'timeline':
      return { ...base, kind: 'timeline', rows: timeline(context, section.filter) };
    case 'quotes':
      return { ...base, kind: 'quotes', ...quotes(context, section.filter) };
    case 'profiles':
      return { ...base, kind: 'profiles', ...profiles(context, section.filter) };
    case 'network': {
      const scoped = new Set(
        context.articles.filter((a) => articleInScope(a, section.filter)).map((a) => a.id),
      );
      const mentions = (id: EntityId) =>
        [...(context.mentions.get(id)?.values() ?? [])].reduce((sum, n) => sum + n, 0);
      return {
        ...base,
        kind: 'network',
        ...networkSection(context.view, scoped, mentions, section.filter, section.id),
      };
    }
    case 'sources':
      return sourcesSection(context, section, new Set());
  }
}

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
function entityStats(context: Context, filter: SectionFilter): EntityStats[] {
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

function actorGroups(context: Context, filter: SectionFilter): ActorGroup[] {
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

function timeline(context: Context, filter: SectionFilter): TimelineRow[] {
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

function quotes(context: Context, filter: SectionFilter): { quotes: QuoteItem[]; omitted: number } {
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

function profiles(
  context: Context,
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

function sourcesSection(
  context: Context,
  section: GeneratedSection,
  cited: Set<ArticleId>,
): DocSection {
  const filter = section.filter;
  const rows = context.articles
    .filter((article) => cited.has(article.id) && articleInScope(article, filter))
    .filter(
      (article) =>
        filter.entityIds === undefined ||
        article.mentions.some((m) => filter.entityIds!.includes(m.entityId)),
    )
    .slice(0, filter.limit)
    .map((article) => ({ article: context.sourceOf(article.id), cites: [article.id], refs: [] }));
  return { id: section.id, heading: section.heading, kind: 'sources', rows };
}

// References in the analyst's text ---------------------------------------------------------

/** `[@event:ID]`, `[@entity:ID]`, `[@article:ID]`, `[@quote:ARTICLEID:START-END]`. */
export const REFERENCE_PATTERN = /\[@([a-z]+):([^\]\s]{1,100})\]/g;

/** The analyst's text, empty where it is still the placeholder older briefings stored. */
function unlessPlaceholder(markdown: string): string {
  return markdown.trim() === BLUF_PLACEHOLDER ? '' : markdown;
}

function resolveReferences(context: Context, markdown: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of markdown.matchAll(REFERENCE_PATTERN)) {
    if (match.index > last) parts.push({ kind: 'text', text: markdown.slice(last, match.index) });
    last = match.index + match[0].length;
    const quote = match[1] === 'quote' ? quotedWords(context, match[2]!) : null;
    const cites = quote === null ? resolveReference(context, match[1]!, match[2]!) : null;
    parts.push(
      quote !== null
        ? { kind: 'cite', cites: [quote.articleId], refs: [], ...quote.cite }
        : cites === null || cites.length === 0
          ? { kind: 'missing', reference: match[0] }
          : { kind: 'cite', cites, refs: [] },
    );
  }
  if (last < markdown.length) parts.push({ kind: 'text', text: markdown.slice(last) });
  return parts;
}

function resolveReference(context: Context, kind: string, ref: string): ArticleId[] | null {
  switch (kind) {
    case 'article':
      return context.article(ref as ArticleId) === undefined ? null : [ref as ArticleId];
    case 'event': {
      const event = context.allEvents.find((e) => e.id === ref);
      return event === undefined ? null : context.eventArticles(event);
    }
    case 'entity': {
      const perArticle = context.mentions.get(ref as EntityId);
      if (context.entity(ref as EntityId) === undefined || perArticle === undefined) return null;
      return context.articles.filter((a) => perArticle.has(a.id)).map((a) => a.id);
    }
    default:
      return null;
  }
}

/** A quote cited in the text: its words, shown where it is cited, and a pinpoint footnote. */
function quotedWords(
  context: Context,
  ref: string,
): { articleId: ArticleId; cite: { quote: string; pinpoint: Pinpoint } } | null {
  const match = /^([a-z0-9]{12}):(\d{1,9})-(\d{1,9})$/.exec(ref);
  if (match === null) return null;
  const article = context.article(match[1] as ArticleId);
  const start = Number(match[2]);
  const end = Number(match[3]);
  if (article === undefined || end <= start || end > article.text.length) return null;
  const pinpoint = context.pinpoint(article, start, end);
  return { articleId: article.id, cite: { quote: pinpoint.quote, pinpoint } };
}
