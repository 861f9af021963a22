import type { ApiOutputs, ApiParsedInput, NotebookHandlers } from '../../common/api/contract.ts';
import * as mentions from '../annotate/mentions.ts';
import type { ServiceContext } from './service-context.ts';

/** Annotations in an article's text: mentions of entities and highlights. */
export function mentionHandlers(ctx: ServiceContext) {
  const { store } = ctx;
  return {
    async markMention(input: ApiParsedInput<'markMention'>): Promise<ApiOutputs['markMention']> {
      const { mentionId, entityId } = await ctx.applyChange(() =>
        mentions.markMention(store, input.articleId, input, input.target as mentions.MentionTarget),
      );
      return { mentionId, entityId, ...ctx.state() };
    },

    async removeMention(
      input: ApiParsedInput<'removeMention'>,
    ): Promise<ApiOutputs['removeMention']> {
      await ctx.applyChange(() => mentions.removeMention(store, input.articleId, input.mentionId));
      return ctx.state();
    },

    async relinkMention(
      input: ApiParsedInput<'relinkMention'>,
    ): Promise<ApiOutputs['relinkMention']> {
      await ctx.applyChange(() =>
        mentions.relinkMention(
          store,
          input.articleId,
          input.mentionId,
          input.target as mentions.MentionTarget,
          input.allowTypeChange === true,
        ),
      );
      return ctx.state();
    },

    async addHighlight(input: ApiParsedInput<'addHighlight'>): Promise<ApiOutputs['addHighlight']> {
      const { highlightId } = await ctx.applyChange(() =>
        mentions.addHighlight(store, input.articleId, input, input.comment),
      );
      return { highlightId, ...ctx.state() };
    },

    async editHighlight(
      input: ApiParsedInput<'editHighlight'>,
    ): Promise<ApiOutputs['editHighlight']> {
      await ctx.applyChange(() =>
        mentions.editHighlight(store, input.articleId, input.highlightId, input.comment),
      );
      return ctx.state();
    },

    async removeHighlight(
      input: ApiParsedInput<'removeHighlight'>,
    ): Promise<ApiOutputs['removeHighlight']> {
      await ctx.applyChange(() =>
        mentions.removeHighlight(store, input.articleId, input.highlightId),
      );
      return ctx.state();
    },

    async listHighlights(
      _input: ApiParsedInput<'listHighlights'>,
    ): Promise<ApiOutputs['listHighlights']> {
      // Highlights are not in the catalog: every article is read, as a briefing's render does.
      return store.listArticles().flatMap((article) =>
        [...article.highlights]
          .sort((a, b) => a.start - b.start)
          .map((highlight) => ({
            articleId: article.id,
            articleTitle: article.title,
            highlightId: highlight.id,
            start: highlight.start,
            end: highlight.end,
            quote: highlight.quote,
            comment: highlight.comment,
          })),
      );
    },
  } satisfies Partial<NotebookHandlers>;
}
