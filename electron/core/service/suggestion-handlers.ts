import type { ApiOutputs, ApiParsedInput, NotebookHandlers } from '../../common/api/contract.ts';
import * as suggestionDecisions from '../annotate/suggestions.ts';
import { suggestionGroups } from '../annotate/suggestion-groups.ts';
import type { EntitySuggester } from './entity-suggester.ts';
import type { ServiceContext } from './service-context.ts';

/** Entity suggestions, one article at a time and as the review queue's groups (issue 15). */
export function suggestionHandlers(ctx: ServiceContext, suggester: EntitySuggester) {
  const { store } = ctx;
  return {
    async listSuggestions(
      input: ApiParsedInput<'listSuggestions'>,
    ): Promise<ApiOutputs['listSuggestions']> {
      const article = await ctx.readArticle(input.articleId);
      const { suggest } = await suggester.prepare([article]);
      return suggest(article);
    },

    async acceptSuggestions(
      input: ApiParsedInput<'acceptSuggestions'>,
    ): Promise<ApiOutputs['acceptSuggestions']> {
      const { suggest } = await suggester.prepare(
        input.articleId === undefined
          ? await store.readArticles()
          : [await ctx.readArticle(input.articleId)],
      );
      const { accepted, ambiguous, belowThreshold } = await ctx.applyChange(() =>
        suggestionDecisions.acceptSuggestions(store, input, suggest),
      );
      return { accepted, ambiguous, belowThreshold, ...ctx.state() };
    },

    async listSuggestionGroups(
      _input: ApiParsedInput<'listSuggestionGroups'>,
    ): Promise<ApiOutputs['listSuggestionGroups']> {
      const articles = await store.readArticles();
      // The Review view of an empty notebook need not wait for the recognizer to load.
      if (articles.length === 0) return [];
      const { suggest } = await suggester.prepare(articles);
      return suggestionGroups(store, suggest);
    },

    async acceptSuggestionGroup(
      input: ApiParsedInput<'acceptSuggestionGroup'>,
    ): Promise<ApiOutputs['acceptSuggestionGroup']> {
      const { items, ...as } = input;
      const { suggest } = await suggester.prepare(await ctx.articlesOf(items));
      const { accepted } = await ctx.applyChange(() =>
        suggestionDecisions.acceptSuggestionGroup(
          store,
          items as suggestionDecisions.SuggestionRef[],
          as as suggestionDecisions.AcceptAs,
          suggest,
        ),
      );
      return { accepted, ...ctx.state() };
    },

    async rejectSuggestionGroup(
      input: ApiParsedInput<'rejectSuggestionGroup'>,
    ): Promise<ApiOutputs['rejectSuggestionGroup']> {
      const { suggest } = await suggester.prepare(await ctx.articlesOf(input.items));
      const { rejected } = await ctx.applyChange(() =>
        suggestionDecisions.rejectSuggestionGroup(
          store,
          input.items as suggestionDecisions.SuggestionRef[],
          input.everywhere,
          suggest,
        ),
      );
      return { rejected, ...ctx.state() };
    },

    async rejectSuggestion(
      input: ApiParsedInput<'rejectSuggestion'>,
    ): Promise<ApiOutputs['rejectSuggestion']> {
      const { suggest } = await suggester.prepare([await ctx.readArticle(input.articleId)]);
      return ctx.edit(() =>
        suggestionDecisions.rejectSuggestion(
          store,
          input.articleId,
          input,
          input.everywhere,
          suggest,
        ),
      );
    },
  } satisfies Partial<NotebookHandlers>;
}
