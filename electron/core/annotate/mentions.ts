import { DossierError } from '../../common/errors.ts';
import type { Article } from '../../common/model/article.ts';
import type { EntityTypeName } from '../../common/model/entity.ts';
import {
  newAnnotationId,
  type AnnotationId,
  type ArticleId,
  type EntityId,
} from '../../common/model/ids.ts';
import type { NotebookChange } from '../commands/notebook-change.ts';
import { EntityResolver } from './entity-lookup.ts';
import { requireArticle, requireEntity, type NotebookView } from './notebook-view.ts';
import { anchorSelection, type Selection } from './selection.ts';
import { cleanSpan } from '../suggest/span-cleanup.ts';

/** Who a mention refers to: an entity of the registry, or a new one of a type. */
export type MentionTarget = { entityId: EntityId } | { type: EntityTypeName; name?: string };

export function markMention(
  view: NotebookView,
  articleId: ArticleId,
  selection: Selection,
  target: MentionTarget,
): NotebookChange & { mentionId: AnnotationId; entityId: EntityId } {
  const article = requireArticle(view, articleId);
  const anchor = anchorSelection(article, nameIn(article, selection), { withinParagraph: true });
  const resolver = new EntityResolver(view.registry);
  const entity =
    'entityId' in target
      ? requireEntity(view, target.entityId)
      : resolver.resolve(target.name ?? anchor.quote, target.type);
  const twin = article.mentions.find(
    (mention) =>
      mention.start === anchor.start &&
      mention.end === anchor.end &&
      mention.entityId === entity.id,
  );
  if (twin !== undefined) {
    throw new DossierError(
      'invalid-input',
      `“${anchor.quote}” is already marked as ${entity.name}.`,
    );
  }
  resolver.addName(entity.id, anchor.quote);
  const mentionId = newAnnotationId();
  return {
    label: `Mark “${anchor.quote}” as ${entity.name} (${entity.type})`,
    articles: [
      {
        ...article,
        mentions: sortByStart([
          ...article.mentions,
          { ...anchor, id: mentionId, entityId: entity.id },
        ]),
      },
    ],
    ...(resolver.changed && { registry: resolver.result() }),
    mentionId,
    entityId: entity.id,
  };
}

export function removeMention(
  view: NotebookView,
  articleId: ArticleId,
  mentionId: AnnotationId,
): NotebookChange {
  const article = requireArticle(view, articleId);
  const mention = requireMention(article, mentionId);
  return {
    label: `Remove the mention “${mention.quote}”`,
    articles: [{ ...article, mentions: article.mentions.filter((m) => m.id !== mentionId) }],
  };
}

/**
 * The name a selection marks: without the punctuation, quotes and possessive 's at its edges
 * ("Lloyd Austin," marks "Lloyd Austin"). A selection of nothing else is refused.
 */
function nameIn(article: Article, selection: Selection): Selection {
  // The selection is checked against the text first, as it is, so a mismatch is reported as such.
  anchorSelection(article, selection, { withinParagraph: false });
  const span = cleanSpan(article.text, selection, { keepArticle: true });
  if (span === null) {
    throw new DossierError(
      'invalid-input',
      'The selection holds only punctuation or white space; select the words of a name.',
    );
  }
  return { ...span, quote: article.text.slice(span.start, span.end) };
}

/**
 * Point a mention at another entity, or at a new entity of another type ("retype"). An
 * existing entity of another type than the mention's is refused unless `allowTypeChange`: the
 * interface asks the analyst first.
 */
export function relinkMention(
  view: NotebookView,
  articleId: ArticleId,
  mentionId: AnnotationId,
  target: MentionTarget,
  allowTypeChange = false,
): NotebookChange {
  const article = requireArticle(view, articleId);
  const mention = requireMention(article, mentionId);
  const resolver = new EntityResolver(view.registry);
  const entity =
    'entityId' in target
      ? requireEntity(view, target.entityId)
      : resolver.resolve(target.name ?? mention.quote, target.type);
  const current = view.getEntity(mention.entityId);
  if (
    'entityId' in target &&
    !allowTypeChange &&
    current !== undefined &&
    current.type !== entity.type
  ) {
    throw new DossierError(
      'invalid-input',
      `${entity.name} is a ${entity.type}; “${mention.quote}” is a ${current.type} mention. Confirm to link it anyway (allowTypeChange).`,
    );
  }
  if (entity.id === mention.entityId) {
    throw new DossierError(
      'invalid-input',
      `“${mention.quote}” is already linked to ${entity.name}.`,
    );
  }
  resolver.addName(entity.id, mention.quote);
  return {
    label: `Link “${mention.quote}” to ${entity.name} (${entity.type})`,
    articles: [
      {
        ...article,
        mentions: article.mentions.map((m) =>
          m.id === mentionId ? { ...m, entityId: entity.id } : m,
        ),
      },
    ],
    ...(resolver.changed && { registry: resolver.result() }),
  };
}

export function addHighlight(
  view: NotebookView,
  articleId: ArticleId,
  selection: Selection,
  comment: string,
): NotebookChange & { highlightId: AnnotationId } {
  const article = requireArticle(view, articleId);
  const anchor = anchorSelection(article, selection, { withinParagraph: false });
  const highlightId = newAnnotationId();
  return {
    label: `Highlight “${clip(anchor.quote)}”`,
    articles: [
      {
        ...article,
        highlights: sortByStart([...article.highlights, { ...anchor, id: highlightId, comment }]),
      },
    ],
    highlightId,
  };
}

export function editHighlight(
  view: NotebookView,
  articleId: ArticleId,
  highlightId: AnnotationId,
  comment: string,
): NotebookChange {
  const article = requireArticle(view, articleId);
  const highlight = requireHighlight(article, highlightId);
  return {
    label: `Edit the comment on “${clip(highlight.quote)}”`,
    articles: [
      {
        ...article,
        highlights: article.highlights.map((h) => (h.id === highlightId ? { ...h, comment } : h)),
      },
    ],
  };
}

export function removeHighlight(
  view: NotebookView,
  articleId: ArticleId,
  highlightId: AnnotationId,
): NotebookChange {
  const article = requireArticle(view, articleId);
  const highlight = requireHighlight(article, highlightId);
  return {
    label: `Remove the highlight “${clip(highlight.quote)}”`,
    articles: [{ ...article, highlights: article.highlights.filter((h) => h.id !== highlightId) }],
  };
}

function requireMention(article: Article, id: AnnotationId) {
  const mention = article.mentions.find((m) => m.id === id);
  if (mention === undefined)
    throw new DossierError('not-found', `No mention with id ${id} in “${article.title}”.`);
  return mention;
}

export function requireHighlight(article: Article, id: AnnotationId) {
  const highlight = article.highlights.find((h) => h.id === id);
  if (highlight === undefined)
    throw new DossierError('not-found', `No highlight with id ${id} in “${article.title}”.`);
  return highlight;
}

export function sortByStart<T extends { start: number; end: number }>(items: T[]): T[] {
  return items.sort((a, b) => a.start - b.start || b.end - a.end);
}

export function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
