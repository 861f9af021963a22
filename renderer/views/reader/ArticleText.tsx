import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
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
/**
 * The other paragraphs are grouped in blocks of about this many characters, and a block out of
 * view is skipped whole: its paragraphs are neither styled nor laid out. Left as 450 separate
 * paragraphs, each was styled and laid out as a placeholder when the article opened.
 */
const BLOCK_CHARS = 4000;
/** For a block's height before it is first laid out: about what a line of the measure holds. */
const CHARS_PER_LINE = 75;
/** A paragraph's bottom margin (1em) in lines (line-height 1.65). */
const MARGIN_LINES = 0.6;

/** What the paragraphs in the page were built from. */
interface Built {
  text: string;
  paragraphs: readonly Paragraph[];
  signatures: string[];
  /** The paragraphs' elements, in order. */
  elements: HTMLParagraphElement[];
  blocks: Block[];
}

/** A block of paragraphs, and its height in lines as guessed from its length. */
interface Block {
  element: HTMLDivElement;
  lines: number;
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
  const sizer = useRef<ResizeObserver | null>(null);
  // Once per change of the marks, not on every render (a selection or a popover re-renders).
  const buckets = useMemo(() => bucketByParagraph(paragraphs, marks), [paragraphs, marks]);

  useLayoutEffect(() => {
    const root = ref.current!;
    const signatures = buckets.map(signatureOf);
    const previous = built.current;
    if (previous === null || previous.text !== text || !sameParagraphs(previous, paragraphs)) {
      const elements = paragraphs.map((paragraph, index) =>
        buildParagraph(text, paragraph, buckets[index] ?? []),
      );
      const blocks = intoBlocks(paragraphs, elements);
      root.replaceChildren(...blocks.map((block) => block.element));
      built.current = { text, paragraphs, signatures, elements, blocks };
      sizer.current?.disconnect();
      if (blocks.length > 1) sizer.current?.observe(blocks[0]!.element);
      return;
    }
    const { elements, blocks } = previous;
    built.current = { text, paragraphs, signatures, elements, blocks };
    signatures.forEach((signature, index) => {
      if (signature === previous.signatures[index]) return;
      const old = elements[index]!;
      // A focused segment (a mark reached with Tab) is replaced: its successor takes the focus.
      const focused = old.contains(document.activeElement)
        ? document.activeElement!.getAttribute('data-start')
        : null;
      const paragraph = buildParagraph(text, paragraphs[index]!, buckets[index] ?? []);
      old.replaceWith(paragraph);
      elements[index] = paragraph;
      if (focused !== null) {
        paragraph
          .querySelector<HTMLElement>(`[data-start="${focused}"]`)
          ?.focus({ preventScroll: true });
      }
    });
  }, [text, paragraphs, buckets]);

  // The blocks out of view take the first block's height per guessed line, measured once it is
  // laid out and again when the width changes (a guess from the length alone was 25% short in a
  // wide window and 4 times too short in a narrow one).
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new ResizeObserver(([entry]) => {
      const height = entry?.borderBoxSize[0]?.blockSize ?? 0;
      clearTimeout(timer);
      // After the frame: a change of sizes inside the observer would lay the page out again in it.
      timer = setTimeout(() => fitBlocks(built.current?.blocks ?? [], height));
    });
    sizer.current = observer;
    const first = built.current?.blocks[0];
    if (first !== undefined && built.current!.blocks.length > 1) observer.observe(first.element);
    return () => {
      clearTimeout(timer);
      observer.disconnect();
      sizer.current = null;
    };
  }, []);

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
        for (const span of built.current?.elements[index]?.children ?? []) {
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

/**
 * The paragraphs in blocks: first the ones the article opens on, laid out at once, then blocks of
 * about `BLOCK_CHARS` characters that wait until they come near the view (`content-visibility:
 * auto`, reader.css), with a height guessed from their length until they have been seen.
 */
function intoBlocks(
  paragraphs: readonly Paragraph[],
  elements: readonly HTMLParagraphElement[],
): Block[] {
  const blocks: Block[] = [];
  let block: Block | null = null;
  let chars = 0;
  paragraphs.forEach((paragraph, index) => {
    const first = paragraph.start < FIRST_SCREEN_CHARS;
    if (block === null || (!first && (chars >= BLOCK_CHARS || blocks.length === 1))) {
      const element = document.createElement('div');
      element.className = first ? 'article-block first-screen' : 'article-block';
      block = { element, lines: 0 };
      blocks.push(block);
      chars = 0;
    }
    const length = paragraph.end - paragraph.start;
    chars += length;
    block.lines += Math.ceil(Math.max(1, length) / CHARS_PER_LINE) + MARGIN_LINES;
    block.element.append(elements[index]!);
  });
  for (const { element, lines } of blocks) {
    element.style.containIntrinsicSize = `auto ${Math.round(lines)}lh`;
  }
  return blocks;
}

/** Sizes the blocks not yet seen from the first block's height per guessed line. */
function fitBlocks(blocks: readonly Block[], firstHeight: number): void {
  const first = blocks[0];
  if (first === undefined || firstHeight <= 0) return;
  const perLine = firstHeight / first.lines;
  for (const { element, lines } of blocks.slice(1)) {
    element.style.containIntrinsicSize = `auto ${Math.round(lines * perLine)}px`;
  }
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
