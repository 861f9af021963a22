import type { TimeSlices } from './time-slices.ts';

/** How many elements are merged between two looks at the clock. */
const CHECK_EVERY = 1024;

/**
 * The indices 0..count-1 in `compare`'s order (stable: ties keep their index order), sorted by
 * a bottom-up merge sort that lets the thread answer whenever a slice has run its length. One
 * Array.prototype.sort of 100,000 summaries held the thread for 250-500 ms (issue 21).
 */
export async function sortInSlices(
  count: number,
  compare: (a: number, b: number) => number,
  slices: TimeSlices,
): Promise<Uint32Array> {
  let from = new Uint32Array(count);
  for (let i = 0; i < count; i++) from[i] = i;
  let to = new Uint32Array(count);
  let merged = 0;
  for (let width = 1; width < count; width *= 2) {
    for (let start = 0; start < count; start += 2 * width) {
      const middle = Math.min(start + width, count);
      const end = Math.min(start + 2 * width, count);
      let left = start;
      let right = middle;
      for (let k = start; k < end; k++) {
        // The left run's element first on a tie: that is what keeps the sort stable.
        const takeLeft = right >= end || (left < middle && compare(from[left]!, from[right]!) <= 0);
        to[k] = takeLeft ? from[left++]! : from[right++]!;
        if (++merged % CHECK_EVERY === 0 && slices.due) await slices.pause();
      }
    }
    [from, to] = [to, from];
  }
  return from;
}
