/**
 * Splitting a paragraph into segments at every annotation boundary, so that overlapping and
 * nested annotations (an entity inside a highlight, a highlight across two mentions) render as a
 * flat run of spans, each carrying the set of annotations that cover it. Pure: no DOM, no React.
 *
 * Offsets are UTF-16 code units (JavaScript string indices), end exclusive, as in the notebook.
 */

export interface Spanning {
  start: number;
  end: number;
}

export interface Segment<A extends Spanning> {
  start: number;
  end: number;
  /** The annotations covering the whole segment, outermost first (start ascending, end descending). */
  covers: A[];
}

/** Outermost first: earlier start, then longer; ties keep their input order. */
function outerFirst<A extends Spanning>(a: A, b: A): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * The segments of `[from, to)`: consecutive, non-empty, together exactly the range, cut wherever
 * an annotation starts or ends. Annotations are clipped to the range; empty ones are ignored.
 */
export function segmentRange<A extends Spanning>(
  from: number,
  to: number,
  annotations: readonly A[],
): Segment<A>[] {
  if (to <= from) return [];
  const inside = annotations
    .filter((a) => a.end > a.start && a.end > from && a.start < to)
    .sort(outerFirst);
  const points = new Set<number>([from, to]);
  for (const a of inside) {
    points.add(Math.max(from, a.start));
    points.add(Math.min(to, a.end));
  }
  const cuts = [...points].sort((x, y) => x - y);
  const segments: Segment<A>[] = [];
  let active: A[] = [];
  let next = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    active = active.filter((a) => a.end > start);
    let added = false;
    while (next < inside.length && Math.max(from, inside[next]!.start) <= start) {
      const a = inside[next++]!;
      if (a.end > start) {
        active.push(a);
        added = true;
      }
    }
    if (added) active.sort(outerFirst);
    segments.push({ start, end, covers: active.slice() });
  }
  return segments;
}

/**
 * The annotations of each paragraph (an annotation across two paragraphs belongs to both), found
 * by binary search so that a long article with many annotations is bucketed in O(n log p).
 */
export function bucketByParagraph<A extends Spanning>(
  paragraphs: readonly Spanning[],
  annotations: readonly A[],
): A[][] {
  const buckets: A[][] = paragraphs.map(() => []);
  for (const a of annotations) {
    if (a.end <= a.start) continue;
    // The first paragraph whose end is past the annotation's start.
    let low = 0;
    let high = paragraphs.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (paragraphs[mid]!.end <= a.start) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < paragraphs.length && paragraphs[i]!.start < a.end; i++) {
      buckets[i]!.push(a);
    }
  }
  return buckets;
}

const SPACE = /\s/u;

/**
 * A selection without the white space at its ends (what the notebook asks for), or null when
 * nothing but white space is selected.
 */
export function trimSpan(text: string, start: number, end: number): Spanning | null {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(text.length, Math.max(start, end));
  while (s < e && SPACE.test(text[s]!)) s++;
  while (e > s && SPACE.test(text[e - 1]!)) e--;
  return e > s ? { start: s, end: e } : null;
}

const WORD = /[\p{L}\p{M}\p{N}]/u;

/**
 * A selection widened to whole words: a drag that starts or ends inside a word ("eva on M" of
 * "Geneva on Monday", often inside a suggested name) takes the whole word.
 */
export function wholeWordSpan(text: string, span: Spanning): Spanning {
  let { start, end } = span;
  if (WORD.test(text[start] ?? '')) while (start > 0 && WORD.test(text[start - 1]!)) start--;
  if (WORD.test(text[end - 1] ?? '')) while (end < text.length && WORD.test(text[end]!)) end++;
  return { start, end };
}

/** Whether a span crosses from one paragraph into another (mentions may not). */
export function crossesParagraphs(text: string, span: Spanning): boolean {
  return text.slice(span.start, span.end).includes('\n');
}
