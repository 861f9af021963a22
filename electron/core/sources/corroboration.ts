import type { Article } from '../../common/model/article.ts';
import type { DateRange } from '../../common/model/date-range.ts';
import type { DossierEvent } from '../../common/model/event.ts';
import type { ArticleId } from '../../common/model/ids.ts';
import type { Credibility } from '../../common/model/source.ts';
import { findDates } from '../dates/resolve-date.ts';
import type { NotebookView } from '../annotate/notebook-view.ts';
import { reportedNumbers } from './reported-numbers.ts';
import type { SourceRegistry } from './source-registry.ts';

/** Where two pieces of an event's evidence disagree: the values side by side. */
export interface Discrepancy {
  field: 'date' | 'place' | 'number';
  values: { articleId: ArticleId; evidenceIndex: number; value: string }[];
}

export interface Corroboration {
  /** Sources that back the event on their own word: a copy of a story counts once. */
  independentSources: number;
  /** A suggested credibility from the corroboration (Admiralty: 1 confirmed by others … 3). */
  suggestedCredibility: Credibility | null;
  discrepancies: Discrepancy[];
}

/** The article a copy was copied from, followed to the first one. */
export function storyOf(id: ArticleId, copyOf: (id: ArticleId) => ArticleId | null): ArticleId {
  const seen = new Set<ArticleId>();
  let at = id;
  for (let next = copyOf(at); next !== null && !seen.has(next); next = copyOf(at)) {
    seen.add(at);
    at = next;
  }
  return at;
}

export function corroboration(
  view: NotebookView,
  event: DossierEvent,
  sources: SourceRegistry,
  copyOf: (id: ArticleId) => ArticleId | null,
): Corroboration {
  const independent = new Set(
    event.evidence.map((piece) => {
      const story = storyOf(piece.articleId, copyOf);
      return sources.ofArticle(story)?.origin.id ?? story;
    }),
  );
  const dates: Discrepancy['values'] = [];
  const places: Discrepancy['values'] = [];
  // By the word counted: "killed" → each piece's "12 killed", "15 people were killed".
  const counts = new Map<string, (Discrepancy['values'][number] & { number: number })[]>();
  event.evidence.forEach((piece, evidenceIndex) => {
    for (const reported of reportedNumbers(piece.quote)) {
      const values = counts.get(reported.counts) ?? [];
      values.push({
        articleId: piece.articleId,
        evidenceIndex,
        value: reported.text,
        number: reported.value,
      });
      counts.set(reported.counts, values);
    }
    const article = view.getArticle(piece.articleId);
    if (article === undefined) return;
    const date = findDates(piece.quote, article.published)[0];
    if (date !== undefined)
      dates.push({ articleId: article.id, evidenceIndex, value: rangeText(date.range) });
    const place = placeIn(view, article, piece.start, piece.end);
    if (place !== null) places.push({ articleId: article.id, evidenceIndex, value: place });
  });
  const discrepancies: Discrepancy[] = [];
  if (new Set(dates.map((d) => d.value)).size > 1)
    discrepancies.push({ field: 'date', values: dates });
  if (new Set(places.map((p) => p.value)).size > 1)
    discrepancies.push({ field: 'place', values: places });
  for (const values of counts.values()) {
    if (new Set(values.map((v) => v.number)).size > 1)
      discrepancies.push({ field: 'number', values: values.map(({ number: _, ...v }) => v) });
  }
  const count = independent.size;
  return {
    independentSources: count,
    suggestedCredibility:
      event.evidence.length === 0
        ? null
        : discrepancies.length > 0
          ? 3
          : count >= 3
            ? 1
            : count === 2
              ? 2
              : 3,
    discrepancies,
  };
}

function rangeText(range: DateRange): string {
  return range.start === range.end ? range.start : `${range.start}..${range.end}`;
}

/** The first place the analyst marked inside the evidence's words. */
function placeIn(view: NotebookView, article: Article, start: number, end: number): string | null {
  for (const mention of [...article.mentions].sort((a, b) => a.start - b.start)) {
    if (mention.start < start || mention.end > end) continue;
    const entity = view.getEntity(mention.entityId);
    if (entity?.type === 'location') return entity.name;
  }
  return null;
}
