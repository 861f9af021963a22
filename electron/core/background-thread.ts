import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/** The niceness of a thread that works in the background (0 is the default; 19 the lowest). */
export const BACKGROUND_NICENESS = 10;

/**
 * Lower the calling thread's CPU priority, so that on a busy machine the thread that answers the
 * app (the open that lists the Library) gets the cores before background checks do (issue 21: at
 * 100,000 articles the open's two stat workers took 2-3 s of CPU beside its 0.8 s on two
 * cores). On Linux each thread has a niceness of its own, set by its id; elsewhere nothing
 * changes. Never throws: a thread left at its priority only competes as before.
 */
export function runThisThreadInBackground(): void {
  if (process.platform !== 'linux') return;
  try {
    // "PID/task/TID": the id of this thread, which setpriority takes for the thread alone.
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (getPriority(tid) < BACKGROUND_NICENESS) setPriority(tid, BACKGROUND_NICENESS);
  } catch {
    // no /proc, or not allowed: left as it is
  }
}
