import { DossierError } from '../../common/errors.ts';
import type {
  ApiOutputs,
  ApiParsedInput,
  EntitySummary,
  NotebookHandlers,
} from '../../common/api/contract.ts';
import type { Entity } from '../../common/model/entity.ts';
import * as registryEdits from '../annotate/registry-edits.ts';
import { entitiesNamed } from '../annotate/entity-lookup.ts';
import { findDuplicates } from '../annotate/duplicate-entities.ts';
import type { ServiceContext } from './service-context.ts';

/** The entity registry: entities, their mentions, edits, merges and splits. */
export function entityHandlers(ctx: ServiceContext) {
  const { store } = ctx;
  // The catalog's counts: no article file is read (issue 8).
  const summarizeEntity = (entity: Entity): EntitySummary => ({
    ...entity,
    ...store.mentionStats(entity.id),
  });
  const listEntities = () =>
    store.registry.entities
      .map(summarizeEntity)
      .sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
  return {
    async listEntities(
      _input: ApiParsedInput<'listEntities'>,
    ): Promise<ApiOutputs['listEntities']> {
      return listEntities();
    },

    async getEntity(input: ApiParsedInput<'getEntity'>): Promise<ApiOutputs['getEntity']> {
      const entity = store.getEntity(input.id);
      if (entity === undefined)
        throw new DossierError('not-found', `No entity with id ${input.id}.`);
      const found = store.articlesMentioning(entity.id).flatMap((article) =>
        article.mentions
          .filter((mention) => mention.entityId === entity.id)
          .map((mention) => ({
            articleId: article.id,
            articleTitle: article.title,
            mentionId: mention.id,
            start: mention.start,
            end: mention.end,
            quote: mention.quote,
            before: article.text.slice(Math.max(0, mention.start - 80), mention.start),
            after: article.text.slice(mention.end, mention.end + 80),
          })),
      );
      return { ...summarizeEntity(entity), mentions: found };
    },

    async updateEntity(input: ApiParsedInput<'updateEntity'>): Promise<ApiOutputs['updateEntity']> {
      const { id, ...edit } = input;
      await ctx.applyChange(() => registryEdits.updateEntity(store, id, edit));
      return ctx.state();
    },

    async mergeEntities(
      input: ApiParsedInput<'mergeEntities'>,
    ): Promise<ApiOutputs['mergeEntities']> {
      await ctx.applyChange(() =>
        registryEdits.mergeEntities(store, input.targetId, input.sourceIds),
      );
      return ctx.state();
    },

    async splitEntity(input: ApiParsedInput<'splitEntity'>): Promise<ApiOutputs['splitEntity']> {
      const { entityId } = await ctx.applyChange(() =>
        registryEdits.splitEntity(store, input.entityId, input.mentions, input.name, input.type),
      );
      return { entityId, ...ctx.state() };
    },

    async deleteEntity(input: ApiParsedInput<'deleteEntity'>): Promise<ApiOutputs['deleteEntity']> {
      const { relationsRemoved } = await ctx.applyChange(() =>
        registryEdits.deleteEntity(store, input.id),
      );
      return { ...ctx.state(), relationsRemoved };
    },

    async findDuplicateEntities(
      _input: ApiParsedInput<'findDuplicateEntities'>,
    ): Promise<ApiOutputs['findDuplicateEntities']> {
      return findDuplicates(listEntities());
    },

    async entitiesNamed(
      input: ApiParsedInput<'entitiesNamed'>,
    ): Promise<ApiOutputs['entitiesNamed']> {
      return entitiesNamed(store.registry, input.name).map(({ id, name, type }) => ({
        id,
        name,
        type,
      }));
    },
  } satisfies Partial<NotebookHandlers>;
}
