import { afterEach, describe, expect, it, vi } from 'vitest';
import { AfterListing, FALLBACK_MS, PAINT_MS } from '../../electron/core/store/after-listing.ts';

// Issue 21: a large notebook's check of its files and of its latest backup start after the
// Library's first listing (their stat workers competed with the open on two cores).

/** Whether `gate` has started, once what is due has run. */
async function started(gate: AfterListing): Promise<boolean> {
  let done = false;
  void gate.started.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

describe('the work after a large open', () => {
  afterEach(() => vi.useRealTimers());

  it('starts once the first listing has had time to be painted, not before', async () => {
    vi.useFakeTimers();
    const gate = new AfterListing();
    gate.opened();
    expect(await started(gate)).toBe(false);
    gate.listed();
    await vi.advanceTimersByTimeAsync(PAINT_MS - 1);
    expect(await started(gate)).toBe(false);
    gate.listed(); // a second listing does not put it off
    await vi.advanceTimersByTimeAsync(1);
    expect(await started(gate)).toBe(true);
  });

  it('starts after a while when nothing lists, and at once when something waits for it', async () => {
    vi.useFakeTimers();
    const idle = new AfterListing();
    idle.opened();
    await vi.advanceTimersByTimeAsync(FALLBACK_MS - 1);
    expect(await started(idle)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await started(idle)).toBe(true);

    const waited = new AfterListing();
    waited.opened();
    waited.now();
    expect(await started(waited)).toBe(true);
  });
});
