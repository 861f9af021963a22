import { DossierError } from '../errors.ts';
import type { Suggestion } from '../api/contract.ts';
import type { Article } from '../model/article.ts';
import { namesOf, type EntitiesFile } from '../model/entity.ts';
import { newAnnotationId, type ArticleId, type EntityId } from '../model/ids.ts';
import { anchorIn } from '../model/anchor.ts';
import type { RegistryName } from '../suggest/entity-suggestion.ts';
import type { NotebookChange } from '../service/notebook-change.ts';
import { EntityResolver } from './entity-lookup.ts';
import { sortByStart } from './mentions.ts';
import { requireArticle, type NotebookView } from './notebook-view.ts';

/** Computes an article's open suggestions; the service keeps what is costly to compute. */
export type SuggestionSource = (article: Article) => Suggestion[];

export function registryNames(registry: EntitiesFile): RegistryName[] {
  return registry.entities.flatMap((entity) =>
    namesOf(entity).map((name) => ({ entityId: entity.id, type: entity.type, name })),
  );
}

/**
 * Suggestions the analyst has not answered yet: none where a mention already stands. The
 * mentions, by start, are searched for each suggestion (an article with 1,000 mentions compared
 * every suggestion with every mention: 65 ms).
 */
export function openSuggestions(article: Article, suggestions: Suggestion[]): Suggestion[] {
  const mentions = sortByStart([...article.mentions]);
  // The furthest end among the mentions up to each one.
  const reach: number[] = [];
  for (const mention of mentions) reach.push(Math.max(reach.at(-1) ?? 0, mention.end));
  return suggestions.filter((suggestion) => {
    // The mentions that start before the suggestion ends: mentions[0 .. low).
    let low = 0;
    let high = mentions.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (mentions[mid]!.start < suggestion.end) low = mid + 1;
      else high = mid;
    }
    return low === 0 || reach[low - 1]! <= suggestion.start;
  });
}

export interface AcceptScope {
  articleId?: ArticleId;
  text?: string;
  start?: number;
  end?: number;
}

/**
 * Accept the open suggestions a scope selects, as one change: registry suggestions link to
 * their entity; recognizer suggestions link to a registered entity of that name and type, or to
 * one new entity per name and type.
 */
export function acceptSuggestions(
  view: NotebookView,
  scope: AcceptScope,
  suggest: SuggestionSource,
): NotebookChange & { accepted: number } {
  const articles =
    scope.articleId === undefined ? view.listArticles() : [requireArticle(view, scope.articleId)];
  const resolver = new EntityResolver(view.registry);
  const chosenIn = articles.map(
    (article) =>
      [
        article,
        suggest(article).filter(
          (s) =>
            (scope.text === undefined || s.text === scope.text) &&
            (scope.start === undefined || (s.start === scope.start && s.end === scope.end)),
        ),
      ] as const,
  );
  // Full names first, so that a lone "Blinken" accepted in the same batch joins "Antony J.
  // Blinken" even when it comes first in the notebook.
  const newNames = chosenIn
    .flatMap(([, chosen]) => chosen.filter((s) => s.entityId === undefined))
    .sort((a, b) => b.text.split(/\s+/).length - a.text.split(/\s+/).length);
  for (const suggestion of newNames) resolver.resolve(suggestion.text, suggestion.type);
  const changed: Article[] = [];
  let accepted = 0;
  let firstQuote = '';
  for (const [article, chosen] of chosenIn) {
    if (chosen.length === 0) continue;
    const mentions = chosen.map((suggestion) => ({
      ...anchorIn(article.text, suggestion.start, suggestion.end),
      id: newAnnotationId(),
      entityId:
        suggestion.entityId ?? (resolver.resolve(suggestion.text, suggestion.type).id as EntityId),
    }));
    changed.push({ ...article, mentions: sortByStart([...article.mentions, ...mentions]) });
    firstQuote ||= mentions[0]!.quote;
    accepted += mentions.length;
  }
  if (accepted === 0) {
    throw new DossierError(
      'not-found',
      scope.start === undefined
        ? 'There are no open suggestions to accept.'
        : 'That suggestion is no longer open.',
    );
  }
  const label =
    accepted === 1
      ? `Accept “${firstQuote}”`
      : scope.text !== undefined
        ? `Accept ${accepted} × “${scope.text}”`
        : `Accept ${accepted} suggestions`;
  return {
    label,
    articles: changed,
    ...(resolver.created.length > 0 && { registry: resolver.result() }),
    accepted,
  };
}

/**
 * Turn a suggestion down: in this article (never offered again for this span), or everywhere
 * (the name is never suggested again in any article).
 */
export function rejectSuggestion(
  view: NotebookView,
  articleId: ArticleId,
  which: { start?: number; end?: number; text?: string },
  everywhere: boolean,
  suggest: SuggestionSource,
): NotebookChange {
  const article = requireArticle(view, articleId);
  const chosen = suggest(article).filter((s) =>
    which.text !== undefined
      ? s.text === which.text
      : s.start === which.start && s.end === which.end,
  );
  const suggestion = chosen[0];
  if (suggestion === undefined) {
    throw new DossierError('not-found', 'That suggestion is no longer open.');
  }
  if (everywhere) {
    const registry = view.registry;
    return {
      label: `Never suggest “${suggestion.text}”`,
      registry: { ...registry, rejectedNames: [...registry.rejectedNames, suggestion.text] },
    };
  }
  const spans = chosen.map(({ start, end }) => ({ start, end }));
  return {
    label:
      spans.length === 1
        ? `Reject “${suggestion.text}”`
        : `Reject ${spans.length} × “${suggestion.text}”`,
    articles: [{ ...article, rejectedSpans: [...article.rejectedSpans, ...spans] }],
  };
}
