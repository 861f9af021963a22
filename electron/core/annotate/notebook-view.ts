import type { Article } from '../../common/model/article.ts';
import type { EntitiesFile, Entity } from '../../common/model/entity.ts';
import type { EventsFile } from '../../common/model/event.ts';
import type { ArticleId, EntityId } from '../../common/model/ids.ts';
import type { RelationsFile } from '../../common/model/relation.ts';
import { DossierError } from '../../common/errors.ts';

/** What annotation edits read: the notebook as it is now. NotebookStore provides it. */
export interface NotebookView {
  getArticle(id: ArticleId): Article | undefined;
  listArticles(): Article[];
  readonly registry: EntitiesFile;
  getEntity(id: EntityId): Entity | undefined;
  articlesMentioning(id: EntityId): Article[];
  readonly eventsFile: EventsFile;
  readonly relationsFile: RelationsFile;
}

export function requireArticle(view: NotebookView, id: ArticleId): Article {
  const article = view.getArticle(id);
  if (article === undefined) throw new DossierError('not-found', `No article with id ${id}.`);
  return article;
}

export function requireEntity(view: NotebookView, id: EntityId): Entity {
  const entity = view.getEntity(id);
  if (entity === undefined) throw new DossierError('not-found', `No entity with id ${id}.`);
  return entity;
}
