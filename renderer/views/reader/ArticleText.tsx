import { memo, useEffect, useMemo, type ReactNode } from 'react';
import type { Paragraph } from '../../../electron/core/api/contract.ts';
import { bucketByParagraph, chunkEnd, segmentRange } from '../../annotate/segments.ts';
import { describeMark, markType, signatureOf, type Mark } from './marks.ts';

const NO_MARKS = { marks: [] as Mark[], signature: '' };

/**
 * The text rendered with its marks in the first commit: more than a tall window shows at the top
 * of an article. Creating the segments of an article with 1,000 mentions at once took ~450 ms of
 * CPU before its first screen appeared (docs/PERFORMANCE.md, "Rendering").
 */
export const FIRST_SCREEN_CHARS = 6000;
/** Marks per later chunk: one task of a few tens of ms, painted before the next one starts. */
const CHUNK_MARKS = 150;

export interface Flash {
  start: number;
  end: number;
  nonce: number;
}

/**
 * The article's paragraphs as text segments (never HTML): each segment is a span with its offsets
 * in `data-start`/`data-end` and classes for the annotations covering it. Paragraphs are
 * memoized on a signature of their annotations, so a change re-renders only where it happened.
 * Only the paragraphs that start before `rendered` (a text offset) have their segments; the
 * others are plain text, so that the page can be read, searched and selected while the segments
 * are added a chunk at a time after each paint (`onRendered` moves `rendered` on; Infinity once
 * all are there). Whoever shows a place further down raises `rendered` past it first.
 */
export function ArticleText({
  text,
  paragraphs,
  marks,
  activeKey,
  flash,
  rendered,
  onRendered,
}: {
  text: string;
  paragraphs: Paragraph[];
  marks: Mark[];
  activeKey: string | null;
  flash: Flash | null;
  rendered: number;
  onRendered: (rendered: number) => void;
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
  useEffect(() => {
    if (rendered === Infinity) return;
    let timer = 0;
    // A task after the next paint: what is rendered shows first, and input is handled between.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        const counts = buckets.map((bucket) => bucket.marks.length);
        onRendered(chunkEnd(paragraphs, counts, rendered, CHUNK_MARKS));
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [rendered, onRendered, paragraphs, buckets]);
  return paragraphs.map((paragraph, index) => {
    if (paragraph.start >= rendered) {
      // The same offsets as a rendered paragraph's, so selections map back the same way.
      return (
        <p key={paragraph.start} data-start={paragraph.start} data-end={paragraph.end}>
          {text.slice(paragraph.start, paragraph.end)}
        </p>
      );
    }
    const { marks: own, signature } = buckets[index] ?? NO_MARKS;
    const active = activeKey !== null && own.some((m) => m.key === activeKey) ? activeKey : null;
    const flashing =
      flash !== null && flash.start < paragraph.end && flash.end > paragraph.start ? flash : null;
    return (
      <ParagraphText
        key={paragraph.start}
        text={text}
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
  text: string;
  start: number;
  end: number;
  marks: Mark[];
  signature: string;
  activeKey: string | null;
  flash: Flash | null;
}

const ParagraphText = memo(
  function ParagraphText({ text, start, end, marks, activeKey, flash }: ParagraphProps) {
    const segments = useMemo(() => segmentRange(start, end, marks), [start, end, marks]);
    const children: ReactNode[] = segments.map((segment) => {
      const classes = ['seg'];
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
        classes.push('hl');
        if (highlight.comment.trim() !== '') classes.push('hl-note');
        if (segment.start === highlight.start) classes.push('hl-start');
        if (segment.end === highlight.end) classes.push('hl-end');
      }
      if (mention !== undefined) {
        classes.push('mention', `t-${markType(mention)}`);
        if (segment.start === mention.start) classes.push('m-start');
        if (segment.end === mention.end) classes.push('m-end');
      }
      if (suggestion !== undefined) {
        classes.push('sug', `s-${markType(suggestion)}`);
        if (segment.start === suggestion.start) classes.push('s-start');
        if (segment.end === suggestion.end) classes.push('s-end');
      }
      const primary = mention ?? suggestion ?? highlight;
      if (primary !== undefined && primary.key === activeKey) classes.push('active');
      if (flash !== null && segment.start < flash.end && segment.end > flash.start) {
        classes.push(flash.nonce % 2 === 0 ? 'flash' : 'flash-again');
      }
      // The first segment of the primary annotation is its keyboard stop.
      const opens = primary !== undefined && segment.start === Math.max(start, primary.start);
      return (
        <span
          key={segment.start}
          className={classes.join(' ')}
          data-start={segment.start}
          data-end={segment.end}
          data-mark={primary?.key}
          data-mark-start={opens ? primary.key : undefined}
          title={primary === undefined ? undefined : describeMark(primary)}
          role={opens ? 'button' : undefined}
          tabIndex={opens ? 0 : undefined}
          aria-label={
            opens
              ? `${text.slice(primary.start, primary.end)}: ${describeMark(primary)}`
              : undefined
          }
        >
          {text.slice(segment.start, segment.end)}
        </span>
      );
    });
    return (
      <p data-start={start} data-end={end}>
        {children}
      </p>
    );
  },
  (a, b) =>
    a.text === b.text &&
    a.start === b.start &&
    a.end === b.end &&
    a.signature === b.signature &&
    a.activeKey === b.activeKey &&
    a.flash === b.flash,
);
