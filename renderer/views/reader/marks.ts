import type {
  AnnotationId,
  ArticleView,
  Credibility,
  EntityId,
  Suggestion,
} from '../../../electron/common/api/contract.ts';
import { paletteOf, typeLabel } from '../../annotate/entity-types.ts';
import { targetText } from '../../annotate/link-target.ts';

/** Everything drawn over the article's text, in one shape the segmentation understands. */
export type Mark =
  | {
      kind: 'mention';
      key: string;
      start: number;
      end: number;
      id: AnnotationId;
      entityId: EntityId;
      type: string;
      name: string;
      quote: string;
    }
  | { kind: 'suggestion'; key: string; start: number; end: number; suggestion: Suggestion }
  | {
      kind: 'highlight';
      key: string;
      start: number;
      end: number;
      id: AnnotationId;
      comment: string;
      quote: string;
      credibility: Credibility | null;
    };

export const suggestionKey = (s: Pick<Suggestion, 'start' | 'end' | 'type'>) =>
  `s:${s.start}-${s.end}-${s.type}`;

export function marksOf(article: ArticleView, suggestions: readonly Suggestion[]): Mark[] {
  const marks: Mark[] = [];
  for (const h of article.highlights) {
    marks.push({
      kind: 'highlight',
      key: `h:${h.id}`,
      start: h.start,
      end: h.end,
      id: h.id,
      comment: h.comment,
      quote: h.quote,
      credibility: h.credibility ?? null,
    });
  }
  for (const m of article.mentions) {
    const entity = article.entities[m.entityId];
    marks.push({
      kind: 'mention',
      key: `m:${m.id}`,
      start: m.start,
      end: m.end,
      id: m.id,
      entityId: m.entityId,
      type: entity?.type ?? 'other',
      name: entity?.name ?? m.quote,
      quote: m.quote,
    });
  }
  for (const s of suggestions) {
    marks.push({
      kind: 'suggestion',
      key: suggestionKey(s),
      start: s.start,
      end: s.end,
      suggestion: s,
    });
  }
  return marks;
}

/** What changes a paragraph's rendering, as one string: equal strings render the same. */
export function signatureOf(marks: readonly Mark[]): string {
  return marks
    .map((m) => {
      switch (m.kind) {
        case 'mention':
          return `${m.key}:${m.start}:${m.end}:${m.type}:${m.name}`;
        case 'suggestion':
          return `${m.key}:${m.suggestion.source}:${targetText(m.suggestion)}`;
        case 'highlight':
          return `${m.key}:${m.start}:${m.end}:${m.comment}`;
      }
    })
    .join('|');
}

/** How a mark introduces itself, in words (tooltips and screen readers). */
export function describeMark(mark: Mark): string {
  switch (mark.kind) {
    case 'mention':
      return `${mark.name} · ${typeLabel(mark.type)}`;
    case 'suggestion': {
      const s = mark.suggestion;
      return `Suggested ${typeLabel(s.type).toLowerCase()} ${targetText(s)}: press Enter to accept or reject`;
    }
    case 'highlight':
      return mark.comment.trim() === '' ? 'Highlight' : `Highlight: ${clip(mark.comment, 80)}`;
  }
}

/** The words a mark covers. */
export function quoteOf(mark: Mark): string {
  return mark.kind === 'suggestion' ? mark.suggestion.text : mark.quote;
}

export function markType(mark: Mark): string {
  if (mark.kind === 'mention') return paletteOf(mark.type);
  if (mark.kind === 'suggestion') return paletteOf(mark.suggestion.type);
  return 'highlight';
}

export function clip(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}
