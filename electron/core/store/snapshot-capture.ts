/** How the capture keeps one live file as it is now: its version, or null when it does not exist. */
export type KeepLive = (file: string) => Promise<string | null>;

/**
 * Keeps a backup the picture of one instant while the notebook stays writable (issue 21: at
 * 100,000 articles a snapshot takes from seconds to minutes, and a save made meanwhile must not
 * wait for it). The capture is made, synchronously, at that instant (in the service's queue, so
 * that no write is half done); from then on the store calls `beforeWrite` with the files it is
 * about to replace or remove, and each one's version of the instant is kept in the snapshot
 * first (a copy of one small file). The snapshot's own pass takes each file through `take` too,
 * so a file is kept once, by whichever comes first; a file created after the instant is left out.
 */
export class SnapshotCapture {
  /** Each file kept so far: its version at the instant, or null when it did not exist then. */
  private readonly kept = new Map<string, Promise<string | null>>();
  /** The files a write had kept first (the only ones whose version `versions` gives). */
  private readonly keptForWrites = new Set<string>();
  private closed = false;
  /** Writes in progress, and what waits for them to end (see `writesDone`). */
  private writing = 0;
  private waiting: (() => void)[] = [];
  private keepLive!: (keep: KeepLive | null) => void;
  /** How to keep a live file, once the snapshot's folder exists; null once it will not. */
  private readonly ready = new Promise<KeepLive | null>((resolve) => (this.keepLive = resolve));
  private markLeft!: () => void;
  /** Resolves when the notebook closes before any write went through (see `leaveIfUntouched`). */
  readonly left = new Promise<void>((resolve) => (this.markLeft = resolve));

  /** The snapshot's folder exists: files written from now on are kept by `keep`. */
  start(keep: KeepLive): void {
    this.keepLive(keep);
  }

  /**
   * The store's `write`, which replaces or removes `files` (relative to the notebook's folder):
   * their versions of the instant are kept first (a file that cannot be kept fails the
   * snapshot, not the write), and the snapshot's pass gives way until it is done.
   */
  async write<T>(files: readonly string[], write: () => Promise<T>): Promise<T> {
    this.writing++;
    try {
      await this.beforeWrite(files);
      return await write();
    } finally {
      if (--this.writing === 0) for (const resume of this.waiting.splice(0)) resume();
    }
  }

  /**
   * Resolves once no write is in progress: the snapshot's pass asks before each batch, so that
   * a save waits for no more than a batch of its file operations (issue 21).
   */
  writesDone(): Promise<void> {
    if (this.writing === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private async beforeWrite(files: readonly string[]): Promise<void> {
    if (this.closed) return;
    await Promise.allSettled(
      files.map((file) =>
        this.take(file, async () => {
          this.keptForWrites.add(file);
          const keep = await this.ready;
          if (keep === null) throw new Error('the snapshot stopped');
          return keep(file);
        }),
      ),
    );
  }

  /** The snapshot's pass: `task` keeps the file unless it is kept already (or being kept). */
  take(file: string, task: () => Promise<string | null>): Promise<string | null> {
    let kept = this.kept.get(file);
    if (kept === undefined) {
      kept = task();
      this.kept.set(file, kept);
    }
    return kept;
  }

  /**
   * The versions of the files a write kept first, once each is kept (rejects if one failed):
   * the snapshot's own pass keeps the versions it was given, so they are not gathered again
   * (issue 21: all 100,000 of them were, in one turn of the close of 200 ms).
   */
  async versions(): Promise<Map<string, string | null>> {
    const files = [...this.keptForWrites];
    const versions = await Promise.all(files.map((file) => this.kept.get(file)!));
    return new Map(files.map((file, i) => [file, versions[i]!]));
  }

  /** Resolves once every file being kept is kept, or has failed to be. */
  async settled(): Promise<void> {
    await Promise.allSettled(this.kept.values());
  }

  /**
   * The notebook closes: if no write has gone through this capture, the snapshot may be left
   * for the next open (`left` resolves), since the files are then as its instant saw them.
   */
  leaveIfUntouched(): void {
    if (this.writing === 0 && this.keptForWrites.size === 0) this.markLeft();
  }

  /** No write is watched any more (the snapshot's pass is over, or it failed). */
  close(): void {
    this.closed = true;
    this.keepLive(null);
  }
}
