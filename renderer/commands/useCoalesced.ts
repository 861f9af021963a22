import { useEffect, useMemo, useRef } from 'react';

/**
 * A callback that runs once for a burst of calls: `waitMs` after the last call (trailing), but
 * never more than `maxWaitMs` after the first call of the burst, so a long burst still shows
 * progress. The last call of a burst is always followed by a run, so the final state is never
 * lost. Pending runs are dropped when the component goes away.
 */
export function useCoalesced(run: () => void, waitMs: number, maxWaitMs: number): () => void {
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  });
  const timers = useRef<{ trailing?: ReturnType<typeof setTimeout>; first?: number }>({});

  useEffect(() => {
    const pending = timers.current;
    return () => {
      clearTimeout(pending.trailing);
      pending.trailing = undefined;
      pending.first = undefined;
    };
  }, []);

  return useMemo(
    () => () => {
      const pending = timers.current;
      const now = Date.now();
      pending.first ??= now;
      clearTimeout(pending.trailing);
      const delay = Math.max(0, Math.min(waitMs, pending.first + maxWaitMs - now));
      pending.trailing = setTimeout(() => {
        pending.trailing = undefined;
        pending.first = undefined;
        latest.current();
      }, delay);
    },
    [waitMs, maxWaitMs],
  );
}
