import type { TextSpan } from '../dates/sentences.ts';

/**
 * The items of a list sorted by start that lie within a span, found by bisection: a lookup per
 * sentence or clause costs what it finds, not the length of the list (issue 22).
 */
export function inSpan<T extends TextSpan>(sorted: readonly T[], span: TextSpan): T[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]!.start < span.start) low = middle + 1;
    else high = middle;
  }
  const found: T[] = [];
  for (let i = low; i < sorted.length && sorted[i]!.start < span.end; i += 1) {
    if (sorted[i]!.end <= span.end) found.push(sorted[i]!);
  }
  return found;
}
