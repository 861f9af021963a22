import { randomBytes } from 'node:crypto';
import { z } from 'zod';

/** Ids are short, URL- and file-name-safe, and random (no ordering is implied). */
const ID_PATTERN = /^[a-z0-9]{12}$/;

export const ArticleIdSchema = z
  .string()
  .regex(ID_PATTERN, 'not an article id')
  .brand<'ArticleId'>();
export type ArticleId = z.infer<typeof ArticleIdSchema>;

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

function randomId(): string {
  const bytes = randomBytes(12);
  let id = '';
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length];
  return id;
}

export function newArticleId(): ArticleId {
  return randomId() as ArticleId;
}
