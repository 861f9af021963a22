import type { ApiOutputs, ApiParsedInput, NotebookHandlers } from '../../common/api/contract.ts';
import * as sourceEdits from '../sources/source-edits.ts';
import * as credibilityEdits from '../sources/credibility-edits.ts';
import type { ServiceContext } from './service-context.ts';

/** Sources (issue 18): outlets and their grades, credibility of evidence (electron/core/sources). */
export function sourceHandlers(ctx: ServiceContext) {
  const { store } = ctx;
  return {
    async listSources(_input: ApiParsedInput<'listSources'>): Promise<ApiOutputs['listSources']> {
      return sourceEdits
        .sourceRegistry(store)
        .sources.sort(
          (a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name),
        );
    },

    async updateSource(input: ApiParsedInput<'updateSource'>): Promise<ApiOutputs['updateSource']> {
      const { id, ...edit } = input;
      const { sourceId } = await ctx.applyChange(() => sourceEdits.updateSource(store, id, edit));
      const source = sourceEdits.sourceRegistry(store).find(sourceId);
      return { source, ...ctx.state() };
    },

    async mergeSources(input: ApiParsedInput<'mergeSources'>): Promise<ApiOutputs['mergeSources']> {
      await ctx.applyChange(() => sourceEdits.mergeSources(store, input.targetId, input.sourceIds));
      return ctx.state();
    },

    async gradeEvidence(
      input: ApiParsedInput<'gradeEvidence'>,
    ): Promise<ApiOutputs['gradeEvidence']> {
      await ctx.applyChange(() =>
        credibilityEdits.gradeEvidence(store, input.eventId, input.index, input.credibility),
      );
      return ctx.state();
    },

    async gradeEvent(input: ApiParsedInput<'gradeEvent'>): Promise<ApiOutputs['gradeEvent']> {
      await ctx.applyChange(() =>
        credibilityEdits.gradeEvent(store, input.eventId, input.credibility),
      );
      return ctx.state();
    },
  } satisfies Partial<NotebookHandlers>;
}
