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
      return ctx.edit(() => mentions.removeMention(store, input.articleId, input.mentionId));
    },

    async relinkMention(
      input: ApiParsedInput<'relinkMention'>,
    ): Promise<ApiOutputs['relinkMention']> {
      return ctx.edit(() =>
        mentions.relinkMention(
          store,
          input.articleId,
          input.mentionId,
          input.target as mentions.MentionTarget,
          input.allowTypeChange === true,
        ),
      );
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
      return ctx.edit(() =>
        mentions.editHighlight(store, input.articleId, input.highlightId, input.comment),
      );
    },

    async removeHighlight(
      input: ApiParsedInput<'removeHighlight'>,
    ): Promise<ApiOutputs['removeHighlight']> {
      return ctx.edit(() => mentions.removeHighlight(store, input.articleId, input.highlightId));
    },

    async listHighlights(
      _input: ApiParsedInput<'listHighlights'>,
    ): Promise<ApiOutputs['listHighlights']> {
      // Highlights are not in the catalog: every article is read, as a briefing's render does.
      return (await store.readArticles()).flatMap((article) =>
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
            credibility: highlight.credibility ?? null,
          })),
      );
    },
  } satisfies Partial<NotebookHandlers>;
}
