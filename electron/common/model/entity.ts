import { z } from 'zod';
import { EntityIdSchema } from './ids.ts';

export const ENTITIES_SCHEMA_VERSION = 1;

/** The built-in entity types; analysts may add their own (lower-case words). */
export const BUILT_IN_ENTITY_TYPES = ['person', 'organization', 'location'] as const;

export const EntityTypeNameSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,31}$/, 'an entity type is a lower-case word (letters, digits, dashes)');
export type EntityTypeName = z.infer<typeof EntityTypeNameSchema>;

const Name = z
  .string()
  .trim()
  .min(1, 'the name is empty')
  .max(300, 'the name is longer than 300 characters');

export const EntitySchema = z.object({
  id: EntityIdSchema,
  type: EntityTypeNameSchema,
  name: Name,
  aliases: z.array(Name).default([]),
  description: z.string().max(20_000).default(''),
  createdAt: z.iso.datetime(),
});
export type Entity = z.infer<typeof EntitySchema>;

/** entities.json: the registry shared by every article of the notebook. */
export const EntitiesFileSchema = z.object({
  schemaVersion: z.literal(ENTITIES_SCHEMA_VERSION),
  entities: z.array(EntitySchema),
  /** Names the analyst rejected everywhere: never suggested again (compared without case). */
  rejectedNames: z.array(z.string()).default([]),
});
export type EntitiesFile = z.infer<typeof EntitiesFileSchema>;

export function emptyEntitiesFile(): EntitiesFile {
  return { schemaVersion: ENTITIES_SCHEMA_VERSION, entities: [], rejectedNames: [] };
}

/** Every name an entity goes by. */
export function namesOf(entity: Entity): string[] {
  return [entity.name, ...entity.aliases];
}
