import { useCallback } from 'react';
import { usePageBusy, useApiMutation } from './use-api-mutation.ts';
import { useApiQuery } from './use-api-query.ts';

/** Undo and Redo as the top bar, the keys, the menu and the toasts offer them. */
export function useUndoRedo() {
  const info = useApiQuery('info', {}).data;
  const busy = usePageBusy();
  const { run } = useApiMutation();
  const canUndo = info?.undoLabel != null && !busy;
  const canRedo = info?.redoLabel != null && !busy;
  const undo = useCallback(() => {
    if (canUndo) void run('undo', {}, { describe: (result) => `Undone: ${result.undone}` });
  }, [canUndo, run]);
  const redo = useCallback(() => {
    if (canRedo) void run('redo', {}, { describe: (result) => `Redone: ${result.redone}` });
  }, [canRedo, run]);
  return { undo, redo, canUndo, canRedo, busy };
}
