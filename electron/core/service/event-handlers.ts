import type { ApiOutputs, ApiParsedInput, NotebookHandlers } from '../../common/api/contract.ts';
import type { ArticleId, EntityId } from '../../common/model/ids.ts';
import { corroboration } from '../sources/corroboration.ts';
import { citedOutlet } from '../sources/source-registry.ts';
import * as eventEdits from '../annotate/event-edits.ts';
import { anchorSelection } from '../annotate/selection.ts';
import type { EntitySuggester } from './entity-suggester.ts';
import type { ServiceContext } from './service-context.ts';
import type { SourceList } from './source-list.ts';

/**
 * Event suggestions need compromise, whose lexicon takes about half a second of CPU to unpack:
 * loaded on the first suggestion, not with every `dossier` command and window.
 */
const loadEventSuggestions = () => import('../annotate/event-suggestions.ts');

/** Events: who did what, when and where, tied to the words that report it. */
export function eventHandlers(
  ctx: ServiceContext,
  suggester: EntitySuggester,
  sourceList: SourceList,
) {
  const { store } = ctx;
  /**
   * An article's event candidates: the readings are prepared now, the candidates computed when
   * called (inside a command: from the notebook as it is when its turn comes).
   */
  const candidatesIn = async (articleId: ArticleId) => {
    const [{ suggest, dates }, eventSuggestions] = await Promise.all([
      ctx.readArticle(articleId).then((article) => suggester.prepare([article])),
      loadEventSuggestions(),
    ]);
    return () => {
      const article = ctx.requireArticle(articleId);
      const candidates = eventSuggestions.eventCandidates(
        store,
        article,
        suggest(article),
        dates(article),
      );
      return { article, candidates, eventSuggestions };
    };
  };
  return {
    async listEvents(_input: ApiParsedInput<'listEvents'>): Promise<ApiOutputs['listEvents']> {
      const label = (id: EntityId) => {
        const entity = store.getEntity(id);
        return entity === undefined
          ? null
          : { id: entity.id, name: entity.name, type: entity.type };
      };
      const sources = sourceList.current();
      const copyOf = (id: ArticleId) => store.getSummary(id)?.copyOf?.articleId ?? null;
      return store.eventsFile.events.map((event) => {
        const articles = [...new Set(event.evidence.map((e) => e.articleId))].flatMap((id) => {
          const article = store.getSummary(id); // the catalog (issue 8)
          return article === undefined ? [] : [article];
        });
        return {
          ...event,
          credibility: event.credibility ?? null,
          evidence: event.evidence.map((piece) => ({
            ...piece,
            credibility: piece.credibility ?? null,
          })),
          ...corroboration(store, event, sources, copyOf),
          location: event.locationId === null ? null : label(event.locationId),
          participantLabels: event.participants.flatMap((p) => {
            const entity = label(p.entityId);
            return entity === null ? [] : [{ ...entity, role: p.role }];
          }),
          sources: articles.map((a) => ({
            articleId: a.id,
            title: a.title,
            source: a.source,
            published: a.published,
            url: a.url,
            outlet: citedOutlet(a.source, sources.ofArticle(a.id)),
          })),
        };
      });
    },

    async createEvent(input: ApiParsedInput<'createEvent'>): Promise<ApiOutputs['createEvent']> {
      const { evidence, ...fields } = input;
      const { eventId } = await ctx.applyChange(() =>
        eventEdits.createEvent(store, fields, evidence),
      );
      return { eventId, ...ctx.state() };
    },

    async updateEvent(input: ApiParsedInput<'updateEvent'>): Promise<ApiOutputs['updateEvent']> {
      const { id, ...fields } = input;
      return ctx.edit(() => eventEdits.updateEvent(store, id, fields));
    },

    async deleteEvent(input: ApiParsedInput<'deleteEvent'>): Promise<ApiOutputs['deleteEvent']> {
      return ctx.edit(() => eventEdits.deleteEvent(store, input.id));
    },

    async addEvidence(input: ApiParsedInput<'addEvidence'>): Promise<ApiOutputs['addEvidence']> {
      const { eventId, ...evidence } = input;
      return ctx.edit(() => eventEdits.addEvidence(store, eventId, evidence));
    },

    async removeEvidence(
      input: ApiParsedInput<'removeEvidence'>,
    ): Promise<ApiOutputs['removeEvidence']> {
      return ctx.edit(() => eventEdits.removeEvidence(store, input.eventId, input.index));
    },

    async listEventSuggestions(
      input: ApiParsedInput<'listEventSuggestions'>,
    ): Promise<ApiOutputs['listEventSuggestions']> {
      return (await candidatesIn(input.articleId))().candidates;
    },

    async acceptEventSuggestion(
      input: ApiParsedInput<'acceptEventSuggestion'>,
    ): Promise<ApiOutputs['acceptEventSuggestion']> {
      const candidates = await candidatesIn(input.articleId);
      const { eventId } = await ctx.applyChange(() => {
        const { article, candidates: now, eventSuggestions } = candidates();
        return eventSuggestions.acceptEventCandidate(store, article.id, input.candidateId, now);
      });
      return { eventId, ...ctx.state() };
    },

    async rejectEventSuggestion(
      input: ApiParsedInput<'rejectEventSuggestion'>,
    ): Promise<ApiOutputs['rejectEventSuggestion']> {
      const candidates = await candidatesIn(input.articleId);
      return ctx.edit(() => {
        const { article, candidates: now, eventSuggestions } = candidates();
        return eventSuggestions.rejectEventCandidate(store, article.id, input.candidateId, now);
      });
    },

    async draftEvent(input: ApiParsedInput<'draftEvent'>): Promise<ApiOutputs['draftEvent']> {
      const article = await ctx.readArticle(input.articleId);
      anchorSelection(article, input, { withinParagraph: false });
      const [{ suggest }, eventSuggestions] = await Promise.all([
        suggester.prepare([article]),
        loadEventSuggestions(),
      ]);
      return eventSuggestions.draftEvent(store, article, input, suggest(article));
    },
  } satisfies Partial<NotebookHandlers>;
}
