import { useCallback, useEffect, useState } from 'react';

/**
 * An overlay's focus: remember what had it when the overlay opened, and give it back when the
 * overlay closes (unless something else took it meanwhile, like a view's heading after a
 * navigation).
 */
export function useReturnFocus(): { returnFocus: () => void } {
  // Taken once, as the overlay first renders (before it moves the focus).
  const [saved] = useState(() => document.activeElement);
  useEffect(
    () => () => {
      const active = document.activeElement;
      const lost = active === null || active === document.body || !active.isConnected;
      if (lost && saved instanceof HTMLElement && saved.isConnected) saved.focus();
    },
    [saved],
  );
  const returnFocus = useCallback(() => {
    if (saved instanceof HTMLElement && saved.isConnected) saved.focus();
  }, [saved]);
  return { returnFocus };
}

/**
 * Act on an element once the next renders have shown it: after two frames at least (so a
 * navigation's own focus move, done as it renders, comes first), then every frame for half a
 * second at most.
 */
export function whenShown<T extends Element>(
  find: () => T | null,
  act: (element: T) => void,
  frames = 30,
): void {
  const attempt = (left: number) => {
    const element = left < frames - 1 ? find() : null;
    if (element !== null) act(element);
    else if (left > 0) requestAnimationFrame(() => attempt(left - 1));
  };
  requestAnimationFrame(() => attempt(frames));
}
