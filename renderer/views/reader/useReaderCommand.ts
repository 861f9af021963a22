import { useCallback } from 'react';
import type {
  ApiInput,
  ApiMethod,
  ApiOutputs,
  HistoryState,
} from '../../../electron/common/api/contract.ts';
import { useApiMutation } from '../../api/use-api-mutation.ts';

/** The commands the Reader runs: each answers with the undo and redo labels. */
export type ReaderCommand = {
  [M in ApiMethod]: ApiOutputs[M] extends HistoryState ? M : never;
}[ApiMethod];

/**
 * Run a change and say what it did, with Undo. `attempt` reports a failure in a toast;
 * `perform` leaves it to the caller (the toolbar shows it beside the selection).
 */
export function useReaderCommand() {
  const { run } = useApiMutation();
  const perform = useCallback(
    <M extends ReaderCommand>(
      method: M,
      input: ApiInput<M>,
      describe?: (result: ApiOutputs[M]) => string,
      errors: 'toast' | 'caller' = 'caller',
    ) =>
      run(method, input, {
        describe: (result) => describe?.(result) ?? result.undoLabel ?? 'Done',
        undoable: true,
        errors,
      }),
    [run],
  );
  const attempt = useCallback(
    <M extends ReaderCommand>(
      method: M,
      input: ApiInput<M>,
      describe?: (result: ApiOutputs[M]) => string,
    ) => perform(method, input, describe, 'toast'),
    [perform],
  );
  return { perform, attempt };
}
