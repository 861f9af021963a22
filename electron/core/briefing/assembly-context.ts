import { paragraphsOf, type Article } from '../../common/model/article.ts';
import { SourceRegistry } from '../sources/source-registry.ts';
import { emptySourcesFile, type SourcesFile } from '../../common/model/source.ts';
import type { Entity } from '../../common/model/entity.ts';
import type { DossierEvent, Evidence } from '../../common/model/event.ts';
import type { ArticleId, EntityId } from '../../common/model/ids.ts';
import type { SectionFilter } from '../../common/model/briefing.ts';
import type { NotebookView } from '../annotate/notebook-view.ts';
import type { Pinpoint, SourceArticle } from './briefing-document.ts';
import { articleOrder, eventOrder } from './notebook-order.ts';

/** The notebook, indexed once for one assembly. */
export class AssemblyContext {
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

  /**
   * Where the words at start–end are: their paragraph, and the credibility the analyst gave
   * them: as a highlight, else as the evidence of an event, else of a relation.
   */
  pinpoint(article: Article, start: number, end: number): Pinpoint {
    const paragraph = paragraphsOf(article.text).findIndex((p) => start < p.end) + 1;
    const same = (span: { start: number; end: number }) => span.start === start && span.end === end;
    const evidence = (pieces: readonly Evidence[]) =>
      pieces.find((e) => e.articleId === article.id && same(e) && e.credibility != null);
    const credibility =
      article.highlights.find((h) => same(h) && h.credibility != null)?.credibility ??
      this.allEvents.map((event) => evidence(event.evidence)).find(Boolean)?.credibility ??
      this.view.relationsFile.relations.map((r) => evidence(r.evidence)).find(Boolean)
        ?.credibility ??
      null;
    return { paragraph, quote: article.text.slice(start, end), credibility };
  }

  /** The articles (that exist) an event's evidence comes from, in evidence order. */
  eventArticles(event: DossierEvent): ArticleId[] {
    return [...new Set(event.evidence.map((e) => e.articleId))].filter((id) => this.byId.has(id));
  }
}

// Filters -------------------------------------------------------------------------------

function intersects<T>(values: readonly T[], wanted: readonly T[] | undefined): boolean {
  return wanted === undefined || values.some((value) => wanted.includes(value));
}

/** Articles the filter keeps by their own properties (ids, tags, publication date). */
export function articleInScope(article: Article, filter: SectionFilter): boolean {
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

export function eventInScope(
  context: AssemblyContext,
  event: DossierEvent,
  filter: SectionFilter,
): boolean {
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
