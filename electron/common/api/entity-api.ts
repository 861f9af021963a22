import { z } from 'zod';
import { EntityIdSchema, type AnnotationId, type ArticleId, type EntityId } from '../model/ids.ts';
import { EntityTypeNameSchema, type Entity } from '../model/entity.ts';
import type { HistoryState } from './change.ts';
import { EntityName, MentionRefSchema, NoInput } from './input-fields.ts';

// The entity registry (the API's area): entities, their mentions, edits, merges and splits.

export const entityInputs = {
  listEntities: NoInput,
  getEntity: z.object({ id: EntityIdSchema }).strict(),
  updateEntity: z
    .object({
      id: EntityIdSchema,
      name: EntityName.optional(),
      type: EntityTypeNameSchema.optional(),
      aliases: z.array(EntityName).max(200).optional(),
      description: z.string().max(20_000).optional(),
    })
    .strict(),
  mergeEntities: z
    .object({
      targetId: EntityIdSchema,
      sourceIds: z.array(EntityIdSchema).min(1, 'choose at least one entity to merge').max(500),
    })
    .strict(),
  splitEntity: z
    .object({
      entityId: EntityIdSchema,
      mentions: z.array(MentionRefSchema).min(1, 'choose the mentions to split off').max(10_000),
      name: EntityName,
      type: EntityTypeNameSchema.optional(),
    })
    .strict(),
  deleteEntity: z.object({ id: EntityIdSchema }).strict(),
  findDuplicateEntities: NoInput,
};

/** Enough of an entity to label and colour its mentions. */
export type EntityLabel = Pick<Entity, 'id' | 'name' | 'type'>;

export interface EntitySummary extends Entity {
  mentionCount: number;
  articleCount: number;
}

/** One mention of an entity somewhere in the notebook, with the words around it. */
export interface MentionInContext {
  articleId: ArticleId;
  articleTitle: string;
  mentionId: AnnotationId;
  start: number;
  end: number;
  quote: string;
  before: string;
  after: string;
}

export interface EntityDetail extends EntitySummary {
  mentions: MentionInContext[];
}

export interface DuplicateCandidate {
  entities: [EntitySummary, EntitySummary];
  /** Why they look alike, in words: "same surname", "one name contains the other". */
  reason: string;
}

export interface EntityOutputs {
  listEntities: EntitySummary[];
  getEntity: EntityDetail;
  updateEntity: HistoryState;
  mergeEntities: HistoryState;
  splitEntity: HistoryState & { entityId: EntityId };
  /** `relationsRemoved`: how many relations went with it (undo brings them back). */
  deleteEntity: HistoryState & { relationsRemoved: number };
  findDuplicateEntities: DuplicateCandidate[];
}
