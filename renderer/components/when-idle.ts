/**
 * Runs `step` when the page is idle, again and again while it returns true (work done in
 * slices: a chart's elements, a long article's segments, the Library's sort keys); a page never
 * idle still gets a step `timeoutMs` after the one before. Returns the function that stops it.
 */
export function whenIdle(step: (deadline: IdleDeadline) => boolean, timeoutMs: number): () => void {
  let idle: number | null = null;
  const run = (deadline: IdleDeadline) => {
    idle = step(deadline) ? requestIdleCallback(run, { timeout: timeoutMs }) : null;
  };
  idle = requestIdleCallback(run, { timeout: timeoutMs });
  return () => {
    if (idle !== null) cancelIdleCallback(idle);
  };
}
