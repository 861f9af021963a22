import { z } from 'zod';
import { DateRangeSchema } from './date-range.ts';
import { CertaintySchema, EvidenceSchema } from './event.ts';
import { ArticleIdSchema, EntityIdSchema, RelationIdSchema } from './ids.ts';

export const RELATIONS_SCHEMA_VERSION = 1;

/**
 * The built-in relation types and whether each has a direction (“works for” reads from the
 * person to the employer; “met with” reads both ways). Analysts may add their own.
 */
export const BUILT_IN_RELATION_TYPES = {
  'met-with': { directed: false },
  'works-for': { directed: true },
  'member-of': { directed: true },
  leads: { directed: true },
  'located-in': { directed: true },
  'allied-with': { directed: false },
  'opposed-to': { directed: false },
  funds: { directed: true },
  'related-to': { directed: false },
} as const satisfies Record<string, { directed: boolean }>;

export const RelationTypeNameSchema = z
  .string()
  .regex(
    /^[a-z][a-z0-9-]{0,31}$/,
    'a relation type is a lower-case word (letters, digits, dashes)',
  );

/** A type the analyst added, with its direction. */
export const RelationTypeSchema = z.object({
  name: RelationTypeNameSchema,
  directed: z.boolean(),
});
export type RelationType = z.infer<typeof RelationTypeSchema>;

/** A sourced fact that ties two entities: typed, directed or not, with the words that say so. */
export const RelationSchema = z.object({
  id: RelationIdSchema,
  type: RelationTypeNameSchema,
  from: EntityIdSchema,
  to: EntityIdSchema,
  directed: z.boolean(),
  evidence: z.array(EvidenceSchema),
  date: DateRangeSchema.nullable(),
  certainty: CertaintySchema,
  tags: z.array(z.string().trim().min(1)).default([]),
  notes: z.string().max(100_000).default(''),
  createdAt: z.iso.datetime(),
});
export type Relation = z.infer<typeof RelationSchema>;

/** A suggested relation the analyst turned down: never offered again. */
export const RejectedRelationSchema = z.object({
  articleId: ArticleIdSchema,
  start: z.number().int(),
  end: z.number().int(),
  type: RelationTypeNameSchema,
  from: EntityIdSchema,
  to: EntityIdSchema,
});
export type RejectedRelation = z.infer<typeof RejectedRelationSchema>;

/** Where the analyst pinned a node of the link chart. */
export const ChartPinSchema = z.object({
  entityId: EntityIdSchema,
  x: z.number().finite(),
  y: z.number().finite(),
});
export type ChartPin = z.infer<typeof ChartPinSchema>;

/** relations.json; a notebook without one has no relations yet. */
export const RelationsFileSchema = z.object({
  schemaVersion: z.literal(RELATIONS_SCHEMA_VERSION),
  relations: z.array(RelationSchema),
  types: z.array(RelationTypeSchema).default([]),
  rejectedSuggestions: z.array(RejectedRelationSchema).default([]),
  pins: z.array(ChartPinSchema).default([]),
});
export type RelationsFile = z.infer<typeof RelationsFileSchema>;

export function emptyRelationsFile(): RelationsFile {
  return {
    schemaVersion: RELATIONS_SCHEMA_VERSION,
    relations: [],
    types: [],
    rejectedSuggestions: [],
    pins: [],
  };
}

/** Every relation type the notebook knows, built-in first, with its direction. */
export function relationTypes(file: RelationsFile): RelationType[] {
  return [
    ...Object.entries(BUILT_IN_RELATION_TYPES).map(([name, { directed }]) => ({
      name,
      directed,
    })),
    ...file.types,
  ];
}
