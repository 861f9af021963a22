import { useSyncExternalStore } from 'react';
import {
  ACCEPT_THRESHOLDS,
  DEFAULT_ACCEPT_THRESHOLD,
} from '../../electron/common/model/accept-threshold.ts';

const KEY = 'dossier.acceptThreshold';

/**
 * Accept all's threshold as the analyst last chose it (kept in this browser, like the theme),
 * shared by the side panel's control and the command palette's Accept all.
 */
let current = initial();
const listeners = new Set<() => void>();

function initial(): number {
  try {
    const stored = Number(localStorage.getItem(KEY) ?? Number.NaN);
    if ((ACCEPT_THRESHOLDS as readonly number[]).includes(stored)) return stored;
  } catch {
    // Storage may be unavailable: the default applies.
  }
  return DEFAULT_ACCEPT_THRESHOLD;
}

export function acceptThreshold(): number {
  return current;
}

export function setAcceptThreshold(threshold: number): void {
  current = threshold;
  try {
    localStorage.setItem(KEY, String(threshold));
  } catch {
    // Not remembered; the choice still applies to this page.
  }
  for (const listener of listeners) listener();
}

export function useAcceptThreshold(): number {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, acceptThreshold);
}
