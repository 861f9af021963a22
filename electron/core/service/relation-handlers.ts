import type { ApiOutputs, ApiParsedInput, NotebookHandlers } from '../../common/api/contract.ts';
import * as relationEdits from '../annotate/relations.ts';
import {
  linkChart,
  linkChartOutline,
  linkEvidence,
  relationViews,
} from '../annotate/link-chart.ts';
import { keepLayout, readKeptLayout } from '../disk/chart-layout-file.ts';
import * as relationSuggestions from '../annotate/relation-suggestions.ts';
import type { ServiceContext } from './service-context.ts';

/**
 * Relations (issue 17): sourced ties between entities, edited by annotate/relations.ts, and the
 * link chart.
 */
export function relationHandlers(ctx: ServiceContext) {
  const { store } = ctx;
  return {
    async listRelations(
      _input: ApiParsedInput<'listRelations'>,
    ): Promise<ApiOutputs['listRelations']> {
      return relationViews(store);
    },

    async createRelation(
      input: ApiParsedInput<'createRelation'>,
    ): Promise<ApiOutputs['createRelation']> {
      const { evidence, ...fields } = input;
      const { relationId } = await ctx.applyChange(() =>
        relationEdits.createRelation(store, fields, evidence),
      );
      return { relationId, ...ctx.state() };
    },

    async updateRelation(
      input: ApiParsedInput<'updateRelation'>,
    ): Promise<ApiOutputs['updateRelation']> {
      const { id, ...fields } = input;
      return ctx.edit(() => relationEdits.updateRelation(store, id, fields));
    },

    async deleteRelation(
      input: ApiParsedInput<'deleteRelation'>,
    ): Promise<ApiOutputs['deleteRelation']> {
      return ctx.edit(() => relationEdits.deleteRelation(store, input.id));
    },

    async addRelationEvidence(
      input: ApiParsedInput<'addRelationEvidence'>,
    ): Promise<ApiOutputs['addRelationEvidence']> {
      const { relationId, ...evidence } = input;
      return ctx.edit(() => relationEdits.addRelationEvidence(store, relationId, evidence));
    },

    async addRelationType(
      input: ApiParsedInput<'addRelationType'>,
    ): Promise<ApiOutputs['addRelationType']> {
      return ctx.edit(() => relationEdits.addRelationType(store, input));
    },

    async listRelationSuggestions(
      input: ApiParsedInput<'listRelationSuggestions'>,
    ): Promise<ApiOutputs['listRelationSuggestions']> {
      const articles =
        input.articleId === undefined
          ? await store.readArticles()
          : [await ctx.readArticle(input.articleId)];
      return articles.flatMap((article) => relationSuggestions.relationSuggestions(store, article));
    },

    async acceptRelationSuggestion(
      input: ApiParsedInput<'acceptRelationSuggestion'>,
    ): Promise<ApiOutputs['acceptRelationSuggestion']> {
      const { relationId } = await ctx.applyChange(() =>
        relationSuggestions.acceptRelationSuggestion(store, input.articleId, input.candidateId),
      );
      return { relationId, ...ctx.state() };
    },

    async rejectRelationSuggestion(
      input: ApiParsedInput<'rejectRelationSuggestion'>,
    ): Promise<ApiOutputs['rejectRelationSuggestion']> {
      return ctx.edit(() =>
        relationSuggestions.rejectRelationSuggestion(store, input.articleId, input.candidateId),
      );
    },

    async linkChart(_input: ApiParsedInput<'linkChart'>): Promise<ApiOutputs['linkChart']> {
      return linkChart(store, (id) => store.mentionStats(id));
    },

    async linkChartOutline(
      _input: ApiParsedInput<'linkChartOutline'>,
    ): Promise<ApiOutputs['linkChartOutline']> {
      const layout = await readKeptLayout(store.folder);
      return linkChartOutline(
        linkChart(store, (id) => store.mentionStats(id)),
        layout,
      );
    },

    async linkEvidence(input: ApiParsedInput<'linkEvidence'>): Promise<ApiOutputs['linkEvidence']> {
      return linkEvidence(store, input);
    },

    async pinChartNodes(
      input: ApiParsedInput<'pinChartNodes'>,
    ): Promise<ApiOutputs['pinChartNodes']> {
      return ctx.edit(() => relationEdits.pinNodes(store, input.pins));
    },

    async keepChartLayout(
      input: ApiParsedInput<'keepChartLayout'>,
    ): Promise<ApiOutputs['keepChartLayout']> {
      // A notebook open elsewhere is not written; the chart is laid out again next time.
      if (store.readOnly) return { kept: false };
      await keepLayout(store.folder, input);
      return { kept: true };
    },
  } satisfies Partial<NotebookHandlers>;
}
