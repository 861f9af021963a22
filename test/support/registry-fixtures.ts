import type { Article } from '../../electron/common/model/article.ts';
import type { EntitiesFile, Entity } from '../../electron/common/model/entity.ts';
import type { ArticleId, EntityId } from '../../electron/common/model/ids.ts';
import type { Suggestion } from '../../electron/common/api/contract.ts';

/** An entity of the registry, as linking tests build one. */
export function entity(id: string, name: string, type = 'person', aliases: string[] = []): Entity {
  return {
    id: id as EntityId,
    name,
    type,
    aliases,
    description: '',
    createdAt: '2026-01-01T00:00:00.000Z',
  };
}

export function registryOf(...entities: Entity[]): EntitiesFile {
  return { schemaVersion: 1, entities, rejectedNames: [] };
}

/** An article with no marks yet, holding `text`. */
export function articleOf(text: string): Article {
  return {
    id: 'a1' as ArticleId,
    text,
    mentions: [],
    highlights: [],
    rejectedSpans: [],
  } as unknown as Article;
}

/** The recognizer's suggestion of `word` where it starts at `start` in the text. */
export function recognized(start: number, word: string, type: string): Suggestion {
  return {
    start,
    end: start + word.length,
    text: word,
    type,
    source: 'recognizer',
    origin: 'model',
    confidence: 0.8,
  };
}
