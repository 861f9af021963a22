/**
 * When a large notebook's work after its open starts (issue 21): the check of its files against
 * the catalog (catalog-check.ts) and whether its latest backup holds it (backups.ts) each take a
 * stat worker and about a second of CPU. Started inside the open, on two cores they competed
 * with the open's own decoding and sort (open p50 1,221 → 1,422 ms at 100,000 articles). They
 * start once the Library's first listing has answered and had time to be painted, at once when
 * something waits for them, or FALLBACK_MS after the open when nothing lists (the CLI).
 */

/** After the first listing's answer: the Library's first paint of it, in ms. */
export const PAINT_MS = 300;
/** After the open when nothing lists, in ms. */
export const FALLBACK_MS = 2_000;

export class AfterListing {
  /** Resolves when the work after the open may start. */
  readonly started: Promise<void>;
  private start!: () => void;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private done = false;
  private wasListed = false;

  constructor() {
    this.started = new Promise((resolve) => (this.start = resolve));
  }

  /** The open has ended: starts after FALLBACK_MS unless a listing or a wait starts it before. */
  opened(): void {
    if (this.timer === null) this.later(FALLBACK_MS);
  }

  /** A listing has answered: starts once it has had time to be painted. */
  listed(): void {
    if (this.wasListed) return; // the first listing's, not postponed by the next ones
    this.wasListed = true;
    this.later(PAINT_MS);
  }

  /** Something waits for the work: starts now. */
  now(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.done = true;
    this.start();
  }

  private later(ms: number): void {
    if (this.done) return;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.now(), ms);
    this.timer.unref(); // a CLI command that ends before it does not wait for it
  }
}
