import { useLayoutEffect, useMemo, useRef } from 'react';
import type { Paragraph } from '../../../electron/core/api/contract.ts';
import { bucketByParagraph, segmentRange } from '../../annotate/segments.ts';
import { describeMark, markType, quoteOf, signatureOf, type Mark } from './marks.ts';

export interface Flash {
  start: number;
  end: number;
  nonce: number;
}

/**
 * Paragraphs starting in the first 6,000 characters (more than a tall window shows) are laid out
 * at once; the others wait until they come near the view (`content-visibility: auto`, app.css).
 * Left to `auto`, the first screen's paragraphs were laid out in a second pass of the same
 * frame: 50-60 ms more CPU for an article with 1,000 mentions (docs/PERFORMANCE.md).
 */
const FIRST_SCREEN_CHARS = 6000;

/** What the paragraphs in the page were built from. */
interface Built {
  text: string;
  paragraphs: readonly Paragraph[];
  signatures: string[];
}

/**
 * The article's paragraphs as text segments (never HTML): each segment is a span with its offsets
 * in `data-start`/`data-end` and classes for the annotations covering it.
 *
 * The paragraphs are built with DOM calls, not as React elements: an article with 1,000
 * mentions has a few thousand segments in some 450 paragraphs, and React's elements, components
 * and commit for them took most of the ~800 ms its marks needed to appear (docs/PERFORMANCE.md,
 * "Rendering"). React owns the wrapper and never its children. A change of the marks rebuilds
 * only the paragraphs whose annotations changed (compared by a signature); the active mark and
 * the flash only toggle classes on the segments in place, so the focus stays where it is.
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
  const ref = useRef<HTMLDivElement>(null);
  const built = useRef<Built | null>(null);
  const decorated = useRef<Element[]>([]);
  // Once per change of the marks, not on every render (a selection or a popover re-renders).
  const buckets = useMemo(() => bucketByParagraph(paragraphs, marks), [paragraphs, marks]);

  useLayoutEffect(() => {
    const root = ref.current!;
    const signatures = buckets.map(signatureOf);
    const previous = built.current;
    built.current = { text, paragraphs, signatures };
    if (previous === null || previous.text !== text || !sameParagraphs(previous, paragraphs)) {
      root.replaceChildren(
        ...paragraphs.map((paragraph, index) =>
          buildParagraph(text, paragraph, buckets[index] ?? []),
        ),
      );
      return;
    }
    signatures.forEach((signature, index) => {
      if (signature === previous.signatures[index]) return;
      const old = root.children[index]!;
      // A focused segment (a mark reached with Tab) is replaced: its successor takes the focus.
      const focused = old.contains(document.activeElement)
        ? document.activeElement!.getAttribute('data-start')
        : null;
      const paragraph = buildParagraph(text, paragraphs[index]!, buckets[index] ?? []);
      old.replaceWith(paragraph);
      if (focused !== null) {
        paragraph
          .querySelector<HTMLElement>(`[data-start="${focused}"]`)
          ?.focus({ preventScroll: true });
      }
    });
  }, [text, paragraphs, buckets]);

  useLayoutEffect(() => {
    const root = ref.current!;
    for (const span of decorated.current) span.classList.remove('active', 'flash', 'flash-again');
    const now: Element[] = [];
    if (activeKey !== null) {
      for (const span of root.querySelectorAll(`[data-mark="${CSS.escape(activeKey)}"]`)) {
        span.classList.add('active');
        now.push(span);
      }
    }
    if (flash !== null) {
      const name = flash.nonce % 2 === 0 ? 'flash' : 'flash-again';
      paragraphs.forEach((paragraph, index) => {
        if (paragraph.end <= flash.start || paragraph.start >= flash.end) return;
        for (const span of root.children[index]?.children ?? []) {
          if (
            Number(span.getAttribute('data-start')) < flash.end &&
            Number(span.getAttribute('data-end')) > flash.start
          ) {
            span.classList.add(name);
            now.push(span);
          }
        }
      });
    }
    decorated.current = now;
  }, [paragraphs, buckets, activeKey, flash]);

  return <div ref={ref} className="article-paragraphs" />;
}

function sameParagraphs(built: Built, paragraphs: readonly Paragraph[]): boolean {
  return (
    built.paragraphs === paragraphs ||
    (built.paragraphs.length === paragraphs.length &&
      paragraphs.every(
        (p, i) => p.start === built.paragraphs[i]!.start && p.end === built.paragraphs[i]!.end,
      ))
  );
}

/**
 * A paragraph's segments as spans: offsets in `data-start`/`data-end`, classes for the
 * annotations covering each, and for the first segment of its primary annotation (the innermost
 * mention, else suggestion, else highlight) a keyboard stop that names it.
 */
function buildParagraph(text: string, paragraph: Paragraph, marks: Mark[]): HTMLParagraphElement {
  const element = document.createElement('p');
  element.setAttribute('data-start', String(paragraph.start));
  element.setAttribute('data-end', String(paragraph.end));
  if (paragraph.start < FIRST_SCREEN_CHARS) element.className = 'first-screen';
  for (const segment of segmentRange(paragraph.start, paragraph.end, marks)) {
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
    span.setAttribute('data-start', String(segment.start));
    span.setAttribute('data-end', String(segment.end));
    const primary = mention ?? suggestion ?? highlight;
    if (primary !== undefined) {
      const description = describeMark(primary);
      span.setAttribute('data-mark', primary.key);
      span.title = description;
      if (segment.start === Math.max(paragraph.start, primary.start)) {
        span.setAttribute('data-mark-start', primary.key);
        span.setAttribute('role', 'button');
        span.tabIndex = 0;
        span.setAttribute('aria-label', `${quoteOf(primary)}: ${description}`);
      }
    }
    span.textContent = text.slice(segment.start, segment.end);
    element.append(span);
  }
  return element;
}
