import { DossierError } from '../../common/errors.ts';
import type { Article } from '../../common/model/article.ts';
import {
  namesOf,
  type EntitiesFile,
  type Entity,
  type EntityTypeName,
} from '../../common/model/entity.ts';
import type { AnnotationId, ArticleId, EntityId } from '../../common/model/ids.ts';
import type { NotebookChange } from '../commands/notebook-change.ts';
import { newEntity } from './entity-lookup.ts';
import { eventsWithout } from './event-edits.ts';
import { requireArticle, requireEntity, type NotebookView } from './notebook-view.ts';

export interface EntityEdit {
  name?: string;
  type?: EntityTypeName;
  aliases?: string[];
  description?: string;
}

export function updateEntity(view: NotebookView, id: EntityId, edit: EntityEdit): NotebookChange {
  const entity = requireEntity(view, id);
  const name = edit.name?.trim() ?? entity.name;
  const aliases = uniqueNames(edit.aliases ?? entity.aliases).filter((alias) => alias !== name);
  const after: Entity = { ...entity, ...edit, name, aliases };
  const changed = (['name', 'type', 'aliases', 'description'] as const).filter(
    (key) => JSON.stringify(entity[key]) !== JSON.stringify(after[key]),
  );
  if (changed.length === 0)
    throw new DossierError('invalid-input', `Nothing to change in ${entity.name}.`);
  return {
    label: `Edit ${changed.join(', ')} of ${entity.name}`,
    registry: replaceEntities(view.registry, [after]),
  };
}

/**
 * Fold `sources` into `target`: their mentions move to it, their names become its aliases,
 * their descriptions are appended to its own, and they leave the registry.
 */
export function mergeEntities(
  view: NotebookView,
  targetId: EntityId,
  sourceIds: EntityId[],
): NotebookChange {
  const target = requireEntity(view, targetId);
  if (sourceIds.length === 0)
    throw new DossierError('invalid-input', 'Choose at least one entity to merge.');
  if (sourceIds.includes(targetId)) {
    throw new DossierError('invalid-input', `${target.name} cannot be merged into itself.`);
  }
  const sources = [...new Set(sourceIds)].map((id) => requireEntity(view, id));
  const moving = new Set<EntityId>(sources.map((source) => source.id));
  const merged: Entity = {
    ...target,
    aliases: uniqueNames([...target.aliases, ...sources.flatMap(namesOf)]).filter(
      (name) => name !== target.name,
    ),
    description: [target.description, ...sources.map((source) => source.description)]
      .filter(Boolean)
      .join('\n\n'),
  };
  const articles = touched(
    view,
    sources.map((source) => source.id),
  ).map((article) => ({
    ...article,
    mentions: dedupeMentions(
      article.mentions.map((mention) =>
        moving.has(mention.entityId) ? { ...mention, entityId: targetId } : mention,
      ),
    ),
  }));
  const registry = replaceEntities(view.registry, [merged]);
  const renamed = new Map([...moving].map((id) => [id, targetId]));
  const events = eventsWithout(view.eventsFile, { renamed });
  return {
    label: `Merge ${sources.map((source) => source.name).join(', ')} into ${target.name}`,
    articles,
    registry: {
      ...registry,
      entities: registry.entities.filter((entity) => !moving.has(entity.id)),
    },
    ...(events && { events }),
  };
}

export interface MentionRef {
  articleId: ArticleId;
  mentionId: AnnotationId;
}

/** Move some mentions of an entity to a new entity (the registry had two people as one). */
export function splitEntity(
  view: NotebookView,
  entityId: EntityId,
  mentions: MentionRef[],
  name: string,
  type?: EntityTypeName,
): NotebookChange & { entityId: EntityId } {
  const entity = requireEntity(view, entityId);
  if (mentions.length === 0)
    throw new DossierError('invalid-input', 'Choose the mentions to split off.');
  const created = newEntity(name, type ?? entity.type);
  const byArticle = new Map<ArticleId, Set<AnnotationId>>();
  for (const ref of mentions) {
    const article = requireArticle(view, ref.articleId);
    const mention = article.mentions.find((m) => m.id === ref.mentionId);
    if (mention === undefined || mention.entityId !== entityId) {
      throw new DossierError(
        'invalid-input',
        `Mention ${ref.mentionId} of “${article.title}” is not a mention of ${entity.name}.`,
      );
    }
    byArticle.set(ref.articleId, (byArticle.get(ref.articleId) ?? new Set()).add(ref.mentionId));
  }
  const articles = [...byArticle].map(([articleId, ids]) => {
    const article = requireArticle(view, articleId);
    return {
      ...article,
      mentions: article.mentions.map((m) => (ids.has(m.id) ? { ...m, entityId: created.id } : m)),
    };
  });
  return {
    label: `Split ${mentions.length} mention${mentions.length === 1 ? '' : 's'} of ${entity.name} into ${created.name}`,
    articles,
    registry: { ...view.registry, entities: [...view.registry.entities, created] },
    entityId: created.id,
  };
}

/** Delete an entity, every mention of it, and its part in events. */
export function deleteEntity(view: NotebookView, id: EntityId): NotebookChange {
  const entity = requireEntity(view, id);
  const events = eventsWithout(view.eventsFile, { entityIds: new Set([id]) });
  return {
    ...(events && { events }),
    label: `Delete ${entity.name}`,
    articles: touched(view, [id]).map((article) => ({
      ...article,
      mentions: article.mentions.filter((mention) => mention.entityId !== id),
    })),
    registry: { ...view.registry, entities: view.registry.entities.filter((e) => e.id !== id) },
  };
}

function touched(view: NotebookView, ids: EntityId[]): Article[] {
  const articles = new Map<ArticleId, Article>();
  for (const id of ids)
    for (const article of view.articlesMentioning(id)) articles.set(article.id, article);
  return [...articles.values()];
}

function replaceEntities(registry: EntitiesFile, replacements: Entity[]): EntitiesFile {
  const byId = new Map(replacements.map((entity) => [entity.id, entity]));
  return {
    ...registry,
    entities: registry.entities.map((entity) => byId.get(entity.id) ?? entity),
  };
}

function uniqueNames(names: string[]): string[] {
  const seen = new Set<string>();
  return names
    .map((name) => name.trim())
    .filter((name) => name !== '' && !seen.has(name) && seen.add(name));
}

/** After a merge two mentions may cover the same span for the same entity: keep one. */
function dedupeMentions<T extends { start: number; end: number; entityId: string }>(
  mentions: T[],
): T[] {
  const seen = new Set<string>();
  return mentions.filter((m) => {
    const key = `${m.start}:${m.end}:${m.entityId}`;
    return !seen.has(key) && seen.add(key);
  });
}
