import type { NotebookEvent } from '../common/api/contract.ts';

/**
 * The taskbar (Windows), dock (macOS) and launcher (Unity-style Linux desktops) progress bar.
 * Only Electron's types are used here, so the bookkeeping is unit-tested in plain Node.
 */
export interface ProgressTarget {
  isDestroyed(): boolean;
  setProgressBar(progress: number): void;
}

/** `fraction` in 0…1 shows the bar; null removes it. Exports call this too. */
export function showProgress(target: ProgressTarget | null, fraction: number | null): void {
  if (target === null || target.isDestroyed()) return;
  if (fraction === null || !Number.isFinite(fraction)) {
    target.setProgressBar(-1);
    return;
  }
  target.setProgressBar(Math.min(1, Math.max(0, fraction)));
}

/**
 * Several imports may run at once (two dialogs, a drop): the bar shows their files together,
 * and goes away when the last one is done.
 */
export class ProgressTracker {
  private readonly jobs = new Map<string, { done: number; total: number }>();

  /** The fraction to show after `event`, or null when nothing is running. */
  update(event: NotebookEvent): number | null | undefined {
    if (event.type !== 'import-progress') return undefined;
    if (event.total <= 0 || event.done >= event.total) this.jobs.delete(event.jobId);
    else this.jobs.set(event.jobId, { done: event.done, total: event.total });
    return this.fraction();
  }

  fraction(): number | null {
    let done = 0;
    let total = 0;
    for (const job of this.jobs.values()) {
      done += job.done;
      total += job.total;
    }
    return total === 0 ? null : done / total;
  }

  clear(): void {
    this.jobs.clear();
  }
}
