import { memo, useLayoutEffect, useMemo, useRef } from 'react';
import type { Paragraph } from '../../../electron/core/api/contract.ts';
import { bucketByParagraph, segmentRange } from '../../annotate/segments.ts';
import { describeMark, markType, quoteOf, signatureOf, type Mark } from './marks.ts';

const NO_MARKS = { marks: [] as Mark[], signature: '' };

export interface Flash {
  start: number;
  end: number;
  nonce: number;
}

/**
 * The article's paragraphs as text segments (never HTML): each segment is a span with its offsets
 * in `data-start`/`data-end` and classes for the annotations covering it. Paragraphs are
 * memoized on a signature of their annotations, so a change re-renders only where it happened.
 */
export function ArticleText({
  text,
  paragraphs,
  marks,
  activeKey,
  flash,
}: {
  text: string;
  paragraphs: Paragraph[];
  marks: Mark[];
  activeKey: string | null;
  flash: Flash | null;
}) {
  // Once per change of the marks, not on every render (a selection or a popover re-renders).
  const buckets = useMemo(
    () =>
      bucketByParagraph(paragraphs, marks).map((own) => ({
        marks: own,
        signature: signatureOf(own),
      })),
    [paragraphs, marks],
  );
  return paragraphs.map((paragraph, index) => {
    const { marks: own, signature } = buckets[index] ?? NO_MARKS;
    const active = activeKey !== null && own.some((m) => m.key === activeKey) ? activeKey : null;
    const flashing =
      flash !== null && flash.start < paragraph.end && flash.end > paragraph.start ? flash : null;
    return (
      <ParagraphText
        key={paragraph.start}
        text={text.slice(paragraph.start, paragraph.end)}
        start={paragraph.start}
        end={paragraph.end}
        marks={own}
        signature={signature}
        activeKey={active}
        flash={flashing}
      />
    );
  });
}

interface ParagraphProps {
  /** The paragraph's own text (comparing the whole article's, per paragraph, was quadratic). */
  text: string;
  start: number;
  end: number;
  marks: Mark[];
  signature: string;
  activeKey: string | null;
  flash: Flash | null;
}

/**
 * One paragraph. Its segments are built with DOM calls rather than as React elements: an article
 * with 1,000 mentions has a few thousand segments, and React's element creation and commit took
 * most of the ~800 ms its marks needed to appear (docs/PERFORMANCE.md, "Rendering"). React owns
 * the <p> and never its children. The text goes in as text nodes, never as HTML. The active mark
 * and the flash only toggle classes on the segments in place, so the focus stays where it is.
 */
const ParagraphText = memo(
  function ParagraphText({ text, start, end, marks, activeKey, flash }: ParagraphProps) {
    const ref = useRef<HTMLParagraphElement>(null);
    // Rebuilt when the paragraph's marks change (its signature, compared by memo below).
    useLayoutEffect(() => {
      const paragraph = ref.current!;
      // A focused segment (a mark reached with Tab) is replaced: its successor takes the focus.
      const focused = paragraph.contains(document.activeElement)
        ? (document.activeElement as HTMLElement).dataset.start
        : undefined;
      paragraph.replaceChildren(buildSegments(text, start, marks));
      if (focused !== undefined) {
        paragraph
          .querySelector<HTMLElement>(`[data-start="${focused}"]`)
          ?.focus({ preventScroll: true });
      }
    }, [text, start, end, marks]);
    // Most paragraphs are never active nor flashing: they skip the walk over their segments.
    const decorated = useRef(false);
    useLayoutEffect(() => {
      const decorate = activeKey !== null || flash !== null;
      if (!decorate && !decorated.current) return;
      decorated.current = decorate;
      for (const span of ref.current!.children as HTMLCollectionOf<HTMLElement>) {
        const flashing =
          flash !== null &&
          Number(span.dataset.start) < flash.end &&
          Number(span.dataset.end) > flash.start;
        span.classList.toggle('active', activeKey !== null && span.dataset.mark === activeKey);
        span.classList.toggle('flash', flashing && flash.nonce % 2 === 0);
        span.classList.toggle('flash-again', flashing && flash.nonce % 2 === 1);
      }
    }, [text, start, end, marks, activeKey, flash]);
    return <p ref={ref} data-start={start} data-end={end} />;
  },
  (a, b) =>
    a.text === b.text &&
    a.start === b.start &&
    a.end === b.end &&
    a.signature === b.signature &&
    a.activeKey === b.activeKey &&
    a.flash === b.flash,
);

/**
 * The segments of a paragraph's `text` (which starts at `start`) as spans: offsets in `data-start`/`data-end`, classes for the
 * annotations covering each, and for the first segment of its primary annotation (the innermost
 * mention, else suggestion, else highlight) a keyboard stop that names it.
 */
function buildSegments(text: string, start: number, marks: Mark[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const segment of segmentRange(start, start + text.length, marks)) {
    let classes = 'seg';
    let mention: Mark | undefined;
    let suggestion: Mark | undefined;
    let highlight: (Mark & { kind: 'highlight' }) | undefined;
    for (const mark of segment.covers) {
      // Covers come outermost first: the last of each kind is the innermost.
      if (mark.kind === 'mention') mention = mark;
      else if (mark.kind === 'suggestion') suggestion = mark;
      else highlight = mark;
    }
    if (highlight !== undefined) {
      classes += ' hl';
      if (highlight.comment.trim() !== '') classes += ' hl-note';
      if (segment.start === highlight.start) classes += ' hl-start';
      if (segment.end === highlight.end) classes += ' hl-end';
    }
    if (mention !== undefined) {
      classes += ` mention t-${markType(mention)}`;
      if (segment.start === mention.start) classes += ' m-start';
      if (segment.end === mention.end) classes += ' m-end';
    }
    if (suggestion !== undefined) {
      classes += ` sug s-${markType(suggestion)}`;
      if (segment.start === suggestion.start) classes += ' s-start';
      if (segment.end === suggestion.end) classes += ' s-end';
    }
    const span = document.createElement('span');
    span.className = classes;
    span.dataset.start = String(segment.start);
    span.dataset.end = String(segment.end);
    const primary = mention ?? suggestion ?? highlight;
    if (primary !== undefined) {
      const description = describeMark(primary);
      span.dataset.mark = primary.key;
      span.title = description;
      if (segment.start === Math.max(start, primary.start)) {
        span.dataset.markStart = primary.key;
        span.setAttribute('role', 'button');
        span.tabIndex = 0;
        span.setAttribute('aria-label', `${quoteOf(primary)}: ${description}`);
      }
    }
    span.textContent = text.slice(segment.start - start, segment.end - start);
    fragment.append(span);
  }
  return fragment;
}
