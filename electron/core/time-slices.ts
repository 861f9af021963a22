import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Long work on a thread that must keep answering, cut into slices: `due` once the current slice
 * has run its length, `pause()` lets what waits on the thread run, then starts the next slice.
 */
export class TimeSlices {
  private readonly ms: number;
  private start = performance.now();

  constructor(ms: number) {
    this.ms = ms;
  }

  get due(): boolean {
    return performance.now() - this.start > this.ms;
  }

  async pause(): Promise<void> {
    await nextTurn();
    this.start = performance.now();
  }
}
