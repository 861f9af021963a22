import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  type Ref,
} from 'react';
import type { Paragraph } from '../../../electron/common/api/contract.ts';
import { replaceKeepingSelection } from '../../annotate/dom-offsets.ts';
import { bucketByParagraph, segmentRange } from '../../annotate/segments.ts';
import { describeMark, markType, quoteOf, signatureOf, type Mark } from './marks.ts';
import { whenIdle } from '../../components/when-idle.ts';

export interface Flash {
  start: number;
  end: number;
  nonce: number;
}

/**
 * The paragraphs starting within what the window can show (at most about 80 characters per
 * line of 30 px, `--reading-measure` and `--text-reading` in tokens.css, with a quarter more to
 * spare) get their segments and are laid out at once; the others wait until they come near the
 * view (`content-visibility: auto`, app.css). Left to `auto`, the first screen's paragraphs were
 * laid out in a second pass of the same frame: 50-60 ms more CPU for an article with 1,000
 * mentions (docs/PERFORMANCE.md).
 */
const firstScreenChars = () => Math.max(2000, Math.ceil(window.innerHeight * (80 / 30) * 1.25));
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
/** The longest the other paragraphs wait for an idle moment to get their segments. */
const IDLE_TIMEOUT_MS = 200;

/** What the paragraphs in the page were built from. */
interface Built {
  text: string;
  paragraphs: readonly Paragraph[];
  signatures: string[];
  buckets: Mark[][];
  /** The paragraphs' elements, in order. */
  elements: HTMLParagraphElement[];
  /** Whether each paragraph has its segments yet; the others hold their plain text. */
  segmented: boolean[];
  blocks: Block[];
}

/** A block of paragraphs `[from, to)`, and its height in lines as guessed from its length. */
interface Block {
  element: HTMLDivElement;
  lines: number;
  from: number;
  to: number;
}

/** What the Reader asks of the text beyond its props. */
export interface ArticleTextHandle {
  /**
   * The segment at `start` (or the first after it), once the paragraphs of `[start, end)` have
   * their segments: the Reader scrolls to it, focuses it and flashes the span.
   */
  reveal(start: number, end: number): HTMLElement | null;
}

/**
 * The article's paragraphs as text segments (never HTML): each segment is a span with its offsets
 * in `data-start`/`data-end` and classes for the annotations covering it.
 *
 * The paragraphs are built with DOM calls, not as React elements: an article with 1,000
 * mentions has a few thousand segments in some 450 paragraphs, and React's elements, components
 * and commit for them took most of the ~800 ms its marks needed to appear (docs/PERFORMANCE.md,
 * "Rendering"). React owns the wrapper and never its children.
 *
 * Only the paragraphs the article opens on get their segments at once; the others hold their
 * plain text (selection, find and screen readers have it all) and get their segments while the
 * page is idle, or at once when their block comes near the view or a mark in them is revealed
 * or made active. A change of the marks rebuilds only the paragraphs whose annotations changed
 * (compared by a signature); a paragraph rebuilt keeps the selection in it. The active mark and
 * the flash only toggle classes on the segments in place, so the focus stays where it is.
 */
export function ArticleText({
  text,
  paragraphs,
  marks,
  activeKey,
  flash,
  ref: handle,
}: {
  text: string;
  paragraphs: Paragraph[];
  marks: Mark[];
  activeKey: string | null;
  flash: Flash | null;
  ref?: Ref<ArticleTextHandle>;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const built = useRef<Built | null>(null);
  const decorated = useRef<Element[]>([]);
  const sizer = useRef<ResizeObserver | null>(null);
  /** Stops the segmenting in idle slices; null when none is under way. */
  const idle = useRef<(() => void) | null>(null);
  // Once per change of the marks, not on every render (a selection or a popover re-renders).
  const buckets = useMemo(() => bucketByParagraph(paragraphs, marks), [paragraphs, marks]);

  /**
   * Gives the paragraphs of `[start, end)` their segments, if they have not got them yet, and with
   * `around`, those of the blocks around them: what a scroll to them shows is not replaced
   * later (a replaced paragraph at the top of the view is the scroll anchor lost).
   */
  const segmentSpan = useCallback((start: number, end: number, around = false) => {
    const page = built.current;
    if (page === null) return;
    page.blocks.forEach((block, index) => {
      const first = page.paragraphs[block.from]!;
      const last = page.paragraphs[block.to - 1]!;
      if (last.end < start || first.start > end) return;
      const [from, to] = around
        ? [page.blocks[index - 1]?.from ?? block.from, page.blocks[index + 1]?.to ?? block.to]
        : [block.from, block.to];
      for (let i = from; i < to; i++) {
        const paragraph = page.paragraphs[i]!;
        if (page.segmented[i]) continue;
        if (around || (paragraph.end >= start && paragraph.start <= end)) {
          segmentParagraph(page, i);
        }
      }
    });
  }, []);

  const segmentWhenIdle = useCallback(() => {
    idle.current?.();
    idle.current = whenIdle((deadline) => {
      const page = built.current;
      let next = page?.segmented.indexOf(false) ?? -1;
      // At least one paragraph per call, so that a page never idle still gets there.
      do {
        if (page === null || next === -1) break;
        segmentParagraph(page, next);
        next = page.segmented.indexOf(false, next + 1);
      } while (deadline.timeRemaining() > 2);
      if (next === -1) idle.current = null;
      return next !== -1;
    }, IDLE_TIMEOUT_MS);
  }, []);

  useImperativeHandle(
    handle,
    () => ({
      reveal(start, end) {
        // The blocks' heights first: fitted after the scroll, they would move the text away
        // from under it (the browser does not anchor the scroll to such changes).
        const blocks = built.current?.blocks ?? [];
        if (blocks.length > 1) fitBlocks(blocks, blocks[0]!.element.getBoundingClientRect().height);
        segmentSpan(start, end, true);
        const page = built.current;
        const index = page?.paragraphs.findIndex((paragraph) => paragraph.end > start) ?? -1;
        for (const element of index === -1 ? [] : page!.elements.slice(index)) {
          for (const span of element.children) {
            if (Number(span.getAttribute('data-end')) > start) return span as HTMLElement;
          }
        }
        return null;
      },
    }),
    [segmentSpan],
  );

  useLayoutEffect(() => {
    const root = ref.current!;
    const signatures = buckets.map(signatureOf);
    const previous = built.current;
    if (previous === null || previous.text !== text || !sameParagraphs(previous, paragraphs)) {
      const blocks = planBlocks(paragraphs);
      const opening = blocks[0]?.to ?? 0;
      const elements = paragraphs.map((paragraph, index) =>
        index < opening
          ? buildParagraph(text, paragraph, buckets[index] ?? [])
          : plainParagraph(text, paragraph),
      );
      const segmented = paragraphs.map((_, index) => index < opening);
      for (const block of blocks) block.element.append(...elements.slice(block.from, block.to));
      root.replaceChildren(...blocks.map((block) => block.element));
      built.current = { text, paragraphs, signatures, buckets, elements, segmented, blocks };
      sizer.current?.disconnect();
      if (blocks.length > 1) sizer.current?.observe(blocks[0]!.element);
      if (opening < paragraphs.length) segmentWhenIdle();
      return;
    }
    const page: Built = { ...previous, signatures, buckets };
    built.current = page;
    signatures.forEach((signature, index) => {
      if (signature === previous.signatures[index] || !page.segmented[index]) return;
      const old = page.elements[index]!;
      // A focused segment (a mark reached with Tab) is replaced: its successor takes the focus.
      const focused = old.contains(document.activeElement)
        ? document.activeElement!.getAttribute('data-start')
        : null;
      const paragraph = segmentParagraph(page, index);
      if (focused !== null) {
        paragraph
          .querySelector<HTMLElement>(`[data-start="${focused}"]`)
          ?.focus({ preventScroll: true });
      }
    });
    if (idle.current === null && page.segmented.includes(false)) segmentWhenIdle();
  }, [text, paragraphs, buckets, segmentWhenIdle]);

  useEffect(() => {
    const root = ref.current!;
    // A block that comes near the view gets its segments now, not when the idle slices reach it.
    const onBlockShown = (event: Event) => {
      const page = built.current;
      if ((event as ContentVisibilityAutoStateChangeEvent).skipped || page === null) return;
      const block = page.blocks.find((candidate) => candidate.element === event.target);
      for (let i = block?.from ?? 0; i < (block?.to ?? 0); i++) {
        if (!page.segmented[i]) segmentParagraph(page, i);
      }
    };
    root.addEventListener('contentvisibilityautostatechange', onBlockShown, { capture: true });
    return () => {
      root.removeEventListener('contentvisibilityautostatechange', onBlockShown, { capture: true });
      idle.current?.();
      idle.current = null;
    };
  }, []);

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
      const mark = marks.find((m) => m.key === activeKey);
      if (mark !== undefined) segmentSpan(mark.start, mark.end);
      for (const span of root.querySelectorAll(`[data-mark="${CSS.escape(activeKey)}"]`)) {
        span.classList.add('active');
        now.push(span);
      }
    }
    if (flash !== null) {
      segmentSpan(flash.start, flash.end);
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
  }, [paragraphs, marks, buckets, activeKey, flash, segmentSpan]);

  return <div ref={ref} className="article-paragraphs" />;
}

/** Builds paragraph `index` with its segments, in place of the one in the page. */
function segmentParagraph(page: Built, index: number): HTMLParagraphElement {
  const paragraph = buildParagraph(page.text, page.paragraphs[index]!, page.buckets[index] ?? []);
  replaceKeepingSelection(page.elements[index]!, paragraph);
  page.elements[index] = paragraph;
  page.segmented[index] = true;
  return paragraph;
}

/**
 * The paragraphs in blocks: first the ones the article opens on, laid out at once, then blocks of
 * about `BLOCK_CHARS` characters that wait until they come near the view (`content-visibility:
 * auto`, app.css), with a height guessed from their length until they have been seen.
 */
function planBlocks(paragraphs: readonly Paragraph[]): Block[] {
  const blocks: Block[] = [];
  let block: Block | null = null;
  let chars = 0;
  const opening = firstScreenChars();
  paragraphs.forEach((paragraph, index) => {
    const first = paragraph.start < opening;
    if (block === null || (!first && (chars >= BLOCK_CHARS || blocks.length === 1))) {
      const element = document.createElement('div');
      element.className = first ? 'article-block first-screen' : 'article-block';
      block = { element, lines: 0, from: index, to: index };
      blocks.push(block);
      chars = 0;
    }
    const length = paragraph.end - paragraph.start;
    chars += length;
    block.lines += Math.ceil(Math.max(1, length) / CHARS_PER_LINE) + MARGIN_LINES;
    block.to = index + 1;
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

/** A paragraph element with its offsets, empty. */
function paragraphElement(paragraph: Paragraph): HTMLParagraphElement {
  const element = document.createElement('p');
  element.setAttribute('data-start', String(paragraph.start));
  element.setAttribute('data-end', String(paragraph.end));
  return element;
}

/** A paragraph as one text node, until it gets its segments. */
function plainParagraph(text: string, paragraph: Paragraph): HTMLParagraphElement {
  const element = paragraphElement(paragraph);
  element.textContent = text.slice(paragraph.start, paragraph.end);
  return element;
}

/**
 * A paragraph's segments as spans: offsets in `data-start`/`data-end`, classes for the
 * annotations covering each, and for the first segment of its primary annotation (the innermost
 * mention, else suggestion, else highlight) a keyboard stop that names it.
 */
function buildParagraph(text: string, paragraph: Paragraph, marks: Mark[]): HTMLParagraphElement {
  const element = paragraphElement(paragraph);
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
