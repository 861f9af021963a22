import { useEffect, useRef } from 'react';

/** Where the browser's own text undo applies, so the notebook's undo must not. */
function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(
      target.type,
    );
  }
  return false;
}

export interface ShortcutHandlers {
  onUndo: () => void;
  onRedo: () => void;
  /** Alt+1 … Alt+5: the view at that index (0-based). */
  onView: (index: number) => void;
}

/** The app-wide keys: Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z, Ctrl+Y, Alt+1…5. */
export function useAppShortcuts(handlers: ShortcutHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.isComposing) return;
      const mod = event.ctrlKey || event.metaKey;
      if (event.altKey && !mod && !event.shiftKey && /^Digit[1-5]$/.test(event.code)) {
        event.preventDefault();
        latest.current.onView(Number(event.code.slice(5)) - 1);
        return;
      }
      if (!mod || event.altKey || isTextField(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        latest.current.onUndo();
      } else if ((key === 'z' && event.shiftKey) || (key === 'y' && event.ctrlKey)) {
        event.preventDefault();
        latest.current.onRedo();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
