import { describe, expect, it } from 'vitest';
import { sortInSlices } from '../../electron/core/sort-in-slices.ts';
import { TimeSlices } from '../../electron/core/time-slices.ts';

/** A small deterministic generator: the same arrays at every run. */
function numbers(count: number, seed: number, range: number): number[] {
  let state = seed;
  return Array.from({ length: count }, () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state % range;
  });
}

describe('sortInSlices', () => {
  it('orders as a stable sort does, ties in index order, at every size', async () => {
    for (const count of [0, 1, 2, 3, 7, 64, 1000, 4099]) {
      const values = numbers(count, count + 1, 37); // many ties
      const order = await sortInSlices(
        count,
        (a, b) => values[b]! - values[a]!,
        new TimeSlices(10),
      );
      const expected = Array.from(values.keys()).sort((a, b) => values[b]! - values[a]! || a - b);
      expect(Array.from(order)).toEqual(expected);
    }
  });

  it('lets the thread answer between slices of a long sort', async () => {
    const values = numbers(20_000, 7, 1_000_000);
    let answered = 0;
    const ticking = setInterval(() => answered++, 0);
    // Slices of no length: the sort pauses at every look at the clock.
    const order = await sortInSlices(20_000, (a, b) => values[a]! - values[b]!, new TimeSlices(0));
    clearInterval(ticking);
    expect(answered).toBeGreaterThan(0);
    const sorted = Array.from(order, (i) => values[i]!);
    expect(sorted).toEqual([...values].sort((a, b) => a - b));
  });
});
