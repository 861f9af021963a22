import { DossierError } from '../../common/errors.ts';
import type { Suggestion } from '../../common/api/contract.ts';
import type { Article } from '../../common/model/article.ts';
import { namesOf, type EntitiesFile } from '../../common/model/entity.ts';
import { newAnnotationId, type ArticleId, type EntityId } from '../../common/model/ids.ts';
import type { EntityTypeName } from '../../common/model/entity.ts';
import { anchorIn } from '../../common/model/anchor.ts';
import type { RegistryName } from '../suggest/entity-suggestion.ts';
import type { NotebookChange } from '../commands/notebook-change.ts';
import { EntityResolver } from './entity-lookup.ts';
import { sortByStart } from './mentions.ts';
import { requireArticle, requireEntity, type NotebookView } from './notebook-view.ts';
import { writtenInCapitals } from '../../common/model/written-in-capitals.ts';
import { percentText } from '../../common/model/accept-threshold.ts';

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
  /** Accept only suggestions at least this likely right (0-1); the rest stay for review. */
  minConfidence?: number;
}

/** How the chosen suggestions are filed: as proposed, as another type, or under one entity. */
export interface AcceptAs {
  type?: EntityTypeName;
  entityId?: EntityId;
  name?: string;
  allowTypeChange?: boolean;
}

/**
 * Accept the open suggestions a scope selects, as one change: registry suggestions link to
 * their entity; recognizer suggestions link to a registered entity of that name and type, or to
 * one new entity per name and type. An ambiguous suggestion ("which Kim?") is left open for the
 * analyst: never guessed, and refused when it is the one asked for. With `minConfidence`, those
 * below it are left open too, and counted.
 */
export function acceptSuggestions(
  view: NotebookView,
  scope: AcceptScope,
  suggest: SuggestionSource,
): NotebookChange & { accepted: number; ambiguous: number; belowThreshold: number } {
  const articles =
    scope.articleId === undefined ? view.listArticles() : [requireArticle(view, scope.articleId)];
  const minConfidence = scope.minConfidence ?? 0;
  let ambiguous = 0;
  let belowThreshold = 0;
  const chosenIn = articles.map((article) => {
    const chosen = suggest(article).filter(
      (s) =>
        (scope.text === undefined || s.text === scope.text) &&
        (scope.start === undefined || (s.start === scope.start && s.end === scope.end)),
    );
    const unambiguous = chosen.filter((s) => s.candidates === undefined);
    ambiguous += chosen.length - unambiguous.length;
    if (scope.start !== undefined && chosen[0]?.candidates !== undefined) {
      throw new DossierError('invalid-input', whichOne(chosen[0]));
    }
    const sure = unambiguous.filter((s) => s.confidence >= minConfidence);
    belowThreshold += unambiguous.length - sure.length;
    return [article, sure] as const;
  });
  const change = acceptChosen(view, chosenIn, {});
  if (change === null) {
    throw new DossierError('not-found', nothingToAccept(scope, ambiguous, belowThreshold));
  }
  const { accepted, firstQuote } = change;
  const label =
    accepted === 1
      ? `Accept “${firstQuote}”`
      : scope.text !== undefined
        ? `Accept ${accepted} × “${scope.text}”`
        : `Accept ${accepted} suggestions`;
  return { ...change, label, ambiguous, belowThreshold };
}

/** Why an accept found nothing it may accept. */
function nothingToAccept(scope: AcceptScope, ambiguous: number, belowThreshold: number): string {
  const are = (n: number) => (n === 1 ? 'open suggestion is' : `${n} open suggestions are`);
  if (belowThreshold > 0) {
    const threshold = percentText(scope.minConfidence ?? 0);
    return (
      `The ${are(belowThreshold)} below ${threshold} likely right: review ${belowThreshold === 1 ? 'it' : 'them'} one by one, or lower the threshold.` +
      (ambiguous > 0 ? ` ${ambiguous} more ${ambiguous === 1 ? 'is' : 'are'} ambiguous.` : '')
    );
  }
  if (ambiguous > 0) return `The ${are(ambiguous)} ambiguous: choose who each one is in Review.`;
  return scope.start === undefined
    ? 'There are no open suggestions to accept.'
    : 'That suggestion is no longer open.';
}

/** The message for an ambiguous suggestion accepted without a choice. */
function whichOne(suggestion: Suggestion): string {
  const names = (suggestion.candidates ?? []).map((c) => c.name);
  return `“${suggestion.text}” could be ${names.slice(0, -1).join(', ')} or ${names.at(-1)}: choose one.`;
}

export interface SuggestionRef {
  articleId: ArticleId;
  start: number;
  end: number;
}

/** The open suggestions at these places, by article; places no longer open are left out. */
function openAt(
  view: NotebookView,
  items: readonly SuggestionRef[],
  suggest: SuggestionSource,
): (readonly [Article, Suggestion[]])[] {
  const wanted = new Map<ArticleId, Set<string>>();
  for (const item of items) {
    const spans = wanted.get(item.articleId) ?? new Set<string>();
    wanted.set(item.articleId, spans.add(`${item.start}:${item.end}`));
  }
  return [...wanted].map(([articleId, spans]) => {
    const article = requireArticle(view, articleId);
    return [article, suggest(article).filter((s) => spans.has(`${s.start}:${s.end}`))] as const;
  });
}

/**
 * Accept a group of suggestions (the review queue): as proposed, retyped, or linked to one
 * entity. Ambiguous ones need an entity; an entity of another type needs `allowTypeChange`.
 */
export function acceptSuggestionGroup(
  view: NotebookView,
  items: readonly SuggestionRef[],
  as: AcceptAs,
  suggest: SuggestionSource,
): NotebookChange & { accepted: number } {
  const chosenIn = openAt(view, items, suggest);
  const all = chosenIn.flatMap(([, chosen]) => chosen);
  const first = all[0];
  if (first === undefined)
    throw new DossierError('not-found', 'Those suggestions are no longer open.');
  const entity = as.entityId === undefined ? undefined : requireEntity(view, as.entityId);
  if (entity !== undefined && as.allowTypeChange !== true) {
    const other = all.find((s) => s.type !== entity.type);
    if (other !== undefined) {
      throw new DossierError(
        'invalid-input',
        `${entity.name} is ${article(entity.type)}; “${other.text}” was suggested as ${article(other.type)}. Link it anyway only if you mean to (allowTypeChange).`,
      );
    }
  }
  // Retyped, the candidates (of the suggested type) no longer apply.
  const ambiguous = all.find(
    (s) => s.candidates !== undefined && (as.type === undefined || as.type === s.type),
  );
  if (entity === undefined && as.name === undefined && ambiguous !== undefined) {
    throw new DossierError('invalid-input', whichOne(ambiguous));
  }
  const change = acceptChosen(view, chosenIn, as)!;
  const target = entity?.name ?? as.name ?? as.type ?? '';
  const label =
    change.accepted === 1
      ? `Accept “${change.firstQuote}”${target === '' ? '' : ` as ${target}`}`
      : `Accept ${change.accepted} × “${first.text}”${target === '' ? '' : ` as ${target}`}`;
  return { ...change, label };
}

function article(type: string): string {
  return `${/^[aeiou]/u.test(type) ? 'an' : 'a'} ${type}`;
}

/** The mentions for the chosen suggestions, with the entities they need; null when none. */
function acceptChosen(
  view: NotebookView,
  chosenIn: readonly (readonly [Article, Suggestion[]])[],
  as: AcceptAs,
): (Omit<NotebookChange, 'label'> & { accepted: number; firstQuote: string }) | null {
  const resolver = new EntityResolver(view.registry);
  const entityOf = (suggestion: Suggestion): EntityId => {
    if (as.entityId !== undefined) return as.entityId;
    const type = as.type ?? suggestion.type;
    if (as.name !== undefined) return resolver.resolve(as.name, type).id as EntityId;
    if (suggestion.entityId !== undefined && type === suggestion.type) return suggestion.entityId;
    return resolver.resolve(suggestion.entityName ?? suggestion.text, type).id as EntityId;
  };
  // Full names first, so that a lone "Blinken" accepted in the same batch joins "Antony J.
  // Blinken" even when it comes first in the notebook; a dateline's "TOKYO" after the story's
  // "Tokyo", which names the entity.
  const newNames = chosenIn
    .flatMap(([, chosen]) => chosen.filter((s) => s.entityId === undefined))
    .sort(
      (a, b) =>
        b.text.split(/\s+/).length - a.text.split(/\s+/).length ||
        Number(writtenInCapitals(a.text)) - Number(writtenInCapitals(b.text)),
    );
  for (const suggestion of newNames) entityOf(suggestion);
  const changed: Article[] = [];
  let accepted = 0;
  let firstQuote = '';
  for (const [article, chosen] of chosenIn) {
    if (chosen.length === 0) continue;
    const mentions = chosen.map((suggestion) => {
      const entityId = entityOf(suggestion);
      resolver.addName(entityId, suggestion.text);
      return {
        ...anchorIn(article.text, suggestion.start, suggestion.end),
        id: newAnnotationId(),
        entityId,
      };
    });
    changed.push({ ...article, mentions: sortByStart([...article.mentions, ...mentions]) });
    firstQuote ||= mentions[0]!.quote;
    accepted += mentions.length;
  }
  if (accepted === 0) return null;
  return {
    articles: changed,
    ...(resolver.changed && { registry: resolver.result() }),
    accepted,
    firstQuote,
  };
}

/** Reject a group of suggestions in their articles, or their names everywhere (one undo). */
export function rejectSuggestionGroup(
  view: NotebookView,
  items: readonly SuggestionRef[],
  everywhere: boolean,
  suggest: SuggestionSource,
): NotebookChange & { rejected: number } {
  const chosenIn = openAt(view, items, suggest).filter(([, chosen]) => chosen.length > 0);
  const all = chosenIn.flatMap(([, chosen]) => chosen);
  const first = all[0];
  if (first === undefined)
    throw new DossierError('not-found', 'Those suggestions are no longer open.');
  if (everywhere) {
    const registry = view.registry;
    const names = [...new Set(all.map((s) => s.text))];
    return {
      label: `Never suggest ${names.map((name) => `“${name}”`).join(', ')}`,
      registry: { ...registry, rejectedNames: [...registry.rejectedNames, ...names] },
      rejected: all.length,
    };
  }
  return {
    label: all.length === 1 ? `Reject “${first.text}”` : `Reject ${all.length} × “${first.text}”`,
    articles: chosenIn.map(([article, chosen]) => ({
      ...article,
      rejectedSpans: [
        ...article.rejectedSpans,
        ...chosen.map(({ start, end }) => ({ start, end })),
      ],
    })),
    rejected: all.length,
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
