/**
 * Runs a warm-up once the host has been quiet: no call for `quietMs`. Each call noted
 * (api/dispatch.ts) pushes it back, so that the opening and the first clicks never wait for it.
 */
export class IdleWarmUp {
  private lastCall = performance.now();
  private timer: NodeJS.Timeout | null = null;

  noteCall(): void {
    this.lastCall = performance.now();
  }

  /** Runs `warm` once, after the first spell of `quietMs` without a call. */
  start(quietMs: number, warm: () => void): void {
    const check = () => {
      const quiet = performance.now() - this.lastCall;
      if (quiet < quietMs) {
        this.timer = setTimeout(check, quietMs - quiet);
        this.timer.unref();
        return;
      }
      this.timer = null;
      warm();
    };
    this.noteCall();
    check();
  }

  stop(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
