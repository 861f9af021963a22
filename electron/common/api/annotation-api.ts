import { z } from 'zod';
import {
  AnnotationIdSchema,
  ArticleIdSchema,
  EntityIdSchema,
  type AnnotationId,
  type EntityId,
} from '../model/ids.ts';
import { EntityTypeNameSchema } from '../model/entity.ts';
import type { HistoryState } from './change.ts';
import { EntityName, MentionRefSchema, SelectionFields } from './input-fields.ts';

// Annotations in an article's text (the API's area): mentions of entities and highlights.

/** Who a mention refers to: a registered entity, or a new one of a type (named by the selection). */
export const MentionTargetSchema = z.union([
  z.object({ entityId: EntityIdSchema }).strict(),
  z.object({ type: EntityTypeNameSchema, name: EntityName.optional() }).strict(),
]);

const Comment = z.string().max(100_000, 'the comment is longer than 100,000 characters');

export const annotationInputs = {
  markMention: z.object({ ...SelectionFields, target: MentionTargetSchema }).strict(),
  removeMention: MentionRefSchema,
  relinkMention: MentionRefSchema.extend({
    target: MentionTargetSchema,
    /** Link to an entity of another type than the mention's (the interface asks first). */
    allowTypeChange: z.boolean().optional(),
  }).strict(),
  addHighlight: z.object({ ...SelectionFields, comment: Comment.default('') }).strict(),
  editHighlight: z
    .object({ articleId: ArticleIdSchema, highlightId: AnnotationIdSchema, comment: Comment })
    .strict(),
  removeHighlight: z
    .object({ articleId: ArticleIdSchema, highlightId: AnnotationIdSchema })
    .strict(),
};

export interface AnnotationOutputs {
  markMention: HistoryState & { mentionId: AnnotationId; entityId: EntityId };
  removeMention: HistoryState;
  relinkMention: HistoryState;
  addHighlight: HistoryState & { highlightId: AnnotationId };
  editHighlight: HistoryState;
  removeHighlight: HistoryState;
}
