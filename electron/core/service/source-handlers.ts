import type { ApiOutputs, ApiParsedInput, NotebookHandlers } from '../../common/api/contract.ts';
import * as sourceEdits from '../sources/source-edits.ts';
import * as credibilityEdits from '../sources/credibility-edits.ts';
import type { ServiceContext } from './service-context.ts';
import type { SourceList } from './source-list.ts';

/** Sources (issue 18): outlets and their grades, credibility of evidence (electron/core/sources). */
export function sourceHandlers(ctx: ServiceContext, sources: SourceList) {
  const { store } = ctx;
  return {
    async listSources(_input: ApiParsedInput<'listSources'>): Promise<ApiOutputs['listSources']> {
      return [...sources.current().sources].sort(
        (a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name),
      );
    },

    async updateSource(input: ApiParsedInput<'updateSource'>): Promise<ApiOutputs['updateSource']> {
      const { id, ...edit } = input;
      const { sourceId } = await ctx.applyChange(() => sourceEdits.updateSource(store, id, edit));
      const source = sources.current().find(sourceId);
      return { source, ...ctx.state() };
    },

    async mergeSources(input: ApiParsedInput<'mergeSources'>): Promise<ApiOutputs['mergeSources']> {
      return ctx.edit(() => sourceEdits.mergeSources(store, input.targetId, input.sourceIds));
    },

    async gradeEvidence(
      input: ApiParsedInput<'gradeEvidence'>,
    ): Promise<ApiOutputs['gradeEvidence']> {
      return ctx.edit(() =>
        credibilityEdits.gradeEvidence(store, input.eventId, input.index, input.credibility),
      );
    },

    async gradeRelationEvidence(
      input: ApiParsedInput<'gradeRelationEvidence'>,
    ): Promise<ApiOutputs['gradeRelationEvidence']> {
      return ctx.edit(() =>
        credibilityEdits.gradeRelationEvidence(
          store,
          input.relationId,
          input.index,
          input.credibility,
        ),
      );
    },

    async gradeHighlight(
      input: ApiParsedInput<'gradeHighlight'>,
    ): Promise<ApiOutputs['gradeHighlight']> {
      return ctx.edit(() =>
        credibilityEdits.gradeHighlight(
          store,
          input.articleId,
          input.highlightId,
          input.credibility,
        ),
      );
    },

    async gradeEvent(input: ApiParsedInput<'gradeEvent'>): Promise<ApiOutputs['gradeEvent']> {
      return ctx.edit(() => credibilityEdits.gradeEvent(store, input.eventId, input.credibility));
    },
  } satisfies Partial<NotebookHandlers>;
}
