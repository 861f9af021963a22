import type { TimeSlices } from './time-slices.ts';

/** How many elements are merged between two looks at the clock. */
const CHECK_EVERY = 1024;
/**
 * The runs sorted in one turn before they are merged: merging from runs of one cost 2.5-4
 * times the CPU of one Array.prototype.sort at 100,000 elements.
 */
const RUN = 2048;

/**
 * The indices 0..count-1 in `compare`'s order (stable: ties keep their index order), sorted in
 * runs then merged bottom-up, letting the thread answer whenever a slice has run its length. One
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
  for (let start = 0; start < count; start += RUN) {
    // Ties by index: a typed array's sort is not said to be stable.
    from.subarray(start, start + RUN).sort((a, b) => compare(a, b) || a - b);
    if (slices.due) await slices.pause();
  }
  for (let width = RUN; width < count; width *= 2) {
    for (let start = 0; start < count; start += 2 * width) {
      const run: Merge = {
        left: start,
        middle: Math.min(start + width, count),
        right: Math.min(start + width, count),
        end: Math.min(start + 2 * width, count),
        k: start,
      };
      while (mergeSome(from, to, run, compare)) if (slices.due) await slices.pause();
    }
    [from, to] = [to, from];
  }
  return from;
}

/** Two adjacent sorted runs being merged: where each stands, and where the next goes. */
interface Merge {
  left: number;
  middle: number;
  right: number;
  end: number;
  k: number;
}

/**
 * Merges up to CHECK_EVERY more elements of `run` from `from` into `to`, in a function of its
 * own (a loop with an await in it ran several times slower); whether some are left.
 */
function mergeSome(
  from: Uint32Array,
  to: Uint32Array,
  run: Merge,
  compare: (a: number, b: number) => number,
): boolean {
  let { left, right, k } = run;
  const { middle, end } = run;
  const stop = Math.min(end, k + CHECK_EVERY);
  for (; k < stop; k++) {
    // The left run's element first on a tie: that is what keeps the sort stable.
    const takeLeft = right >= end || (left < middle && compare(from[left]!, from[right]!) <= 0);
    to[k] = takeLeft ? from[left++]! : from[right++]!;
  }
  Object.assign(run, { left, right, k });
  return k < end;
}
