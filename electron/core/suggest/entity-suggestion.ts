import { z } from 'zod';
import { MentionOriginSchema } from '../../common/model/suggestion-origin.ts';

export { MentionOriginSchema, type MentionOrigin } from '../../common/model/suggestion-origin.ts';

/** The entity types the suggestion engine knows; user-defined types come later. */
export const EntityTypeSchema = z.enum(['person', 'organization', 'location']);
export type EntityType = z.infer<typeof EntityTypeSchema>;

/** A half-open span of UTF-16 code units into the article's exact text. */
export const TextSpanSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((span) => span.end > span.start, 'a span must not be empty');
export type TextSpan = z.infer<typeof TextSpanSchema>;

export const EntitySuggestionSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().min(1),
  type: EntityTypeSchema,
  /** Present when the suggestion comes from the registry. */
  entityId: z.string().min(1).optional(),
  source: z.enum(['registry', 'recognizer']),
  origin: MentionOriginSchema,
  /** The model's own margin-based confidence, for a suggestion the model made. */
  modelConfidence: z.number().min(0).max(1).optional(),
  /** How likely the analyst accepts it: calibrated on dev gold (entity-calibration.ts). */
  confidence: z.number().min(0).max(1),
});
export type EntitySuggestion = z.infer<typeof EntitySuggestionSchema>;

/** Every canonical name and alias of a confirmed entity. `type` may be a user-defined type. */
export const RegistryNameSchema = z.object({
  entityId: z.string().min(1),
  type: z.string().min(1),
  name: z.string().min(1),
});
export type RegistryName = z.infer<typeof RegistryNameSchema>;

export const SuggestContextSchema = z.object({
  registry: z.array(RegistryNameSchema),
  /** Names rejected everywhere; compared case-insensitively. */
  rejectedNames: z.array(z.string()),
  /** Spans rejected in this article. */
  rejectedSpans: z.array(z.object({ start: z.number().int(), end: z.number().int() })),
});
export type SuggestContext = z.infer<typeof SuggestContextSchema>;

/** A notebook that knows nothing yet: what cold-start evaluation uses. */
export function emptySuggestContext(): SuggestContext {
  return { registry: [], rejectedNames: [], rejectedSpans: [] };
}
