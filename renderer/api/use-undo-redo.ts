import { useCallback } from 'react';
import { usePageBusy, useApiMutation } from './use-api-mutation.ts';
import { useApiQuery } from './use-api-query.ts';

/** Undo and Redo as the top bar, the keys, the menu and the toasts offer them. */
export function useUndoRedo() {
  const info = useApiQuery('info', {}).data;
  const busy = usePageBusy();
  const undoCall = useApiMutation('undo', { describe: (result) => `Undone: ${result.undone}` });
  const redoCall = useApiMutation('redo', { describe: (result) => `Redone: ${result.redone}` });
  const canUndo = info?.undoLabel != null && !busy;
  const canRedo = info?.redoLabel != null && !busy;
  const { run: runUndo } = undoCall;
  const { run: runRedo } = redoCall;
  const undo = useCallback(() => {
    if (canUndo) void runUndo({});
  }, [canUndo, runUndo]);
  const redo = useCallback(() => {
    if (canRedo) void runRedo({});
  }, [canRedo, runRedo]);
  return { undo, redo, canUndo, canRedo, busy };
}
