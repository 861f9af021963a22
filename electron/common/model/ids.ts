import { z } from 'zod';

/** Ids are short, URL- and file-name-safe, and random (no ordering is implied). */
const ID_PATTERN = /^[a-z0-9]{12}$/;

export const ArticleIdSchema = z
  .string()
  .regex(ID_PATTERN, 'not an article id')
  .brand<'ArticleId'>();
export type ArticleId = z.infer<typeof ArticleIdSchema>;

export const EntityIdSchema = z.string().regex(ID_PATTERN, 'not an entity id').brand<'EntityId'>();
export type EntityId = z.infer<typeof EntityIdSchema>;

export const EventIdSchema = z.string().regex(ID_PATTERN, 'not an event id').brand<'EventId'>();
export type EventId = z.infer<typeof EventIdSchema>;

/** Mentions and highlights are numbered within their article. */
export const AnnotationIdSchema = z
  .string()
  .regex(ID_PATTERN, 'not an annotation id')
  .brand<'AnnotationId'>();
export type AnnotationId = z.infer<typeof AnnotationIdSchema>;

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Twelve random letters and digits: the shape of every id Dossier makes. */
export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  let id = '';
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length];
  return id;
}

export function newArticleId(): ArticleId {
  return randomId() as ArticleId;
}

export function newEntityId(): EntityId {
  return randomId() as EntityId;
}

export function newAnnotationId(): AnnotationId {
  return randomId() as AnnotationId;
}

export function newEventId(): EventId {
  return randomId() as EventId;
}

export const RelationIdSchema = z
  .string()
  .regex(ID_PATTERN, 'not a relation id')
  .brand<'RelationId'>();
export type RelationId = z.infer<typeof RelationIdSchema>;

export function newRelationId(): RelationId {
  return randomId() as RelationId;
}
