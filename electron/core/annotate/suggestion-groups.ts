import type { Suggestion, SuggestionGroupView } from '../../common/api/contract.ts';
import type { Article } from '../../common/model/article.ts';
import type { SuggestionSource } from './suggestions.ts';
import type { NotebookView } from './notebook-view.ts';
import { writtenInCapitals } from '../../common/model/written-in-capitals.ts';

/** How much text each side of a suggestion the review queue shows. */
const CONTEXT = 60;

/**
 * What a group shares: the words whatever their case (a dateline's "DOHA" is the "Doha" of the
 * story), the type and the entity proposed (or the candidates).
 */
function groupKey(s: Suggestion): string {
  const target =
    s.candidates !== undefined
      ? `?${s.candidates.map((c) => c.entityId ?? c.name).join('|')}`
      : (s.entityId ?? `+${(s.entityName ?? s.text).toLocaleLowerCase()}`);
  return `${s.type}\u0000${s.text.toLocaleLowerCase()}\u0000${target}`;
}

/**
 * The open suggestions of the notebook, grouped by text, type and proposed entity: ambiguous
 * groups first (they wait for a choice), then the most frequent.
 */
export function suggestionGroups(
  view: NotebookView,
  suggest: SuggestionSource,
): SuggestionGroupView[] {
  const groups = new Map<string, SuggestionGroupView & { articles: Set<string> }>();
  for (const article of view.listArticles()) {
    for (const s of suggest(article)) {
      const key = groupKey(s);
      let group = groups.get(key);
      if (group === undefined) {
        group = {
          key,
          text: s.text,
          type: s.type,
          ...(s.entityId !== undefined && { entityId: s.entityId }),
          ...(s.entityName !== undefined && { entityName: s.entityName }),
          ...(s.candidates !== undefined && { candidates: s.candidates }),
          confidence: 0,
          articleCount: 0,
          items: [],
          articles: new Set(),
        };
        groups.set(key, group);
      }
      if (writtenInCapitals(group.text) && !writtenInCapitals(s.text)) group.text = s.text;
      group.articles.add(article.id);
      group.items.push(inContext(article, s));
    }
  }
  return [...groups.values()]
    .map(({ articles, ...group }) => ({
      ...group,
      confidence: meanConfidence(group.items),
      articleCount: articles.size,
    }))
    .sort(
      (a, b) =>
        Number(b.candidates !== undefined) - Number(a.candidates !== undefined) ||
        b.items.length - a.items.length ||
        a.text.localeCompare(b.text),
    );
}

function inContext(article: Article, s: Suggestion) {
  const text = article.text;
  const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
  const lineEnd = text.indexOf('\n', s.end);
  return {
    articleId: article.id,
    articleTitle: article.title,
    start: s.start,
    end: s.end,
    before: wholeWords(
      text.slice(Math.max(lineStart, s.start - CONTEXT), s.start),
      s.start - CONTEXT > lineStart,
      'start',
    ),
    after: wholeWords(
      text.slice(s.end, Math.min(lineEnd === -1 ? text.length : lineEnd, s.end + CONTEXT)),
      lineEnd === -1 ? s.end + CONTEXT < text.length : s.end + CONTEXT < lineEnd,
      'end',
    ),
    confidence: s.confidence,
  };
}

function meanConfidence(items: { confidence: number }[]): number {
  const sum = items.reduce((total, item) => total + item.confidence, 0);
  return Math.round((sum / items.length) * 1000) / 1000;
}

/** A context cut inside a word loses the broken word ("hank you." is "you."). */
function wholeWords(context: string, cut: boolean, side: 'start' | 'end'): string {
  if (!cut) return context;
  return side === 'start' ? context.replace(/^\S*\s/u, '') : context.replace(/\s\S*$/u, '');
}
