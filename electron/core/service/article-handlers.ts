import type { ApiOutputs, ApiParsedInput, NotebookHandlers } from '../../common/api/contract.ts';
import { paragraphsOf, summarize, type Article } from '../../common/model/article.ts';
import { DossierError } from '../../common/errors.ts';
import { touches } from '../../common/api/change.ts';
import { eventsWithout } from '../annotate/event-edits.ts';
import * as relationEdits from '../annotate/relations.ts';
import { copiesRelinked } from '../sources/copy-links.ts';
import type { ServiceContext } from './service-context.ts';
import { newArticle } from './new-article.ts';

/** Articles: list, read, add pasted text, edit metadata, delete. */
export function articleHandlers(ctx: ServiceContext) {
  const { store } = ctx;
  return {
    async listArticles(input: ApiParsedInput<'listArticles'>): Promise<ApiOutputs['listArticles']> {
      const only = input.ids === undefined ? undefined : new Set<string>(input.ids);
      // The catalog: no article file is read (issue 8).
      const summaries = await store.listSummariesNewestFirst();
      return only === undefined ? summaries : summaries.filter((summary) => only.has(summary.id));
    },

    async getArticle(input: ApiParsedInput<'getArticle'>): Promise<ApiOutputs['getArticle']> {
      const article = await ctx.readArticle(input.id);
      const entities: ApiOutputs['getArticle']['entities'] = {};
      for (const mention of article.mentions) {
        const entity = store.getEntity(mention.entityId);
        if (entity !== undefined)
          entities[entity.id] = { id: entity.id, name: entity.name, type: entity.type };
      }
      return { ...article, paragraphs: paragraphsOf(article.text), entities };
    },

    async addText(input: ApiParsedInput<'addText'>): Promise<ApiOutputs['addText']> {
      const article = newArticle(input, input.text);
      if (article.text === '') throw new DossierError('invalid-input', 'The text is empty.');
      await ctx.execute({
        label: `Add “${article.title}”`,
        touched: touches({ articles: [article.id] }),
        apply: () => store.putArticle(article),
        revert: () => store.removeArticle(article.id),
      });
      return { id: article.id };
    },

    async updateArticle(
      input: ApiParsedInput<'updateArticle'>,
    ): Promise<ApiOutputs['updateArticle']> {
      const before = await ctx.readArticle(input.id);
      const after: Article = { ...before, ...input.metadata };
      const changed = Object.keys(input.metadata).filter(
        (key) =>
          JSON.stringify(before[key as keyof Article]) !==
          JSON.stringify(after[key as keyof Article]),
      );
      if (changed.length > 0) {
        await ctx.execute({
          label: `Edit ${changed.join(', ')} of “${before.title}”`,
          touched: touches({ articles: [before.id] }),
          apply: () => store.putArticle(after),
          revert: () => store.putArticle(before),
        });
      }
      return summarize(await ctx.readArticle(input.id));
    },

    async deleteArticle(
      input: ApiParsedInput<'deleteArticle'>,
    ): Promise<ApiOutputs['deleteArticle']> {
      // Read before the command, which finds them in the cache: the article and its copies.
      await ctx.readArticle(input.id);
      await ctx.articlesOf(
        store
          .listSummaries()
          .flatMap((summary) =>
            summary.copyOf?.articleId === input.id ? [{ articleId: summary.id }] : [],
          ),
      );
      await ctx.execute(() => {
        // Built in turn: the article, events and relations as they are when the deletion runs.
        const article = ctx.requireArticle(input.id);
        const eventsBefore = store.eventsFile;
        const eventsAfter = eventsWithout(eventsBefore, { articleId: article.id });
        const relationsBefore = store.relationsFile;
        const relationsAfter = relationEdits.relationsWithout(relationsBefore, {
          articleId: article.id,
        })?.relations;
        // Its wire copies are kept, and no longer say they copy an article that is gone.
        const copiesAfter = copiesRelinked(store, article);
        const copiesBefore = copiesAfter.map((copy) => ctx.requireArticle(copy.id));
        return {
          label: `Delete “${article.title}”`,
          touched: touches({
            articles: [article.id, ...copiesAfter.map((copy) => copy.id)],
            events: eventsAfter !== undefined,
            relations: relationsAfter !== undefined,
          }),
          apply: async () => {
            if (eventsAfter !== undefined) await store.putEvents(eventsAfter);
            if (relationsAfter !== undefined) await store.putRelations(relationsAfter);
            if (copiesAfter.length > 0) await store.putArticles(copiesAfter);
            await store.removeArticle(article.id);
          },
          revert: async () => {
            await store.putArticle(article);
            if (copiesBefore.length > 0) await store.putArticles(copiesBefore);
            if (eventsAfter !== undefined) await store.putEvents(eventsBefore);
            if (relationsAfter !== undefined) await store.putRelations(relationsBefore);
          },
        };
      });
      return ctx.state();
    },
  } satisfies Partial<NotebookHandlers>;
}
