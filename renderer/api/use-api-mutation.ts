import { useIsMutating, useMutation } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ApiInput, ApiMethod, ApiOutputs } from '../../electron/common/api/contract.ts';
import { messageOf } from './api-error.ts';
import { useApi } from './api-provider.tsx';

export interface MutationOptions<M extends ApiMethod> {
  /** The toast after success; null or absent: none. */
  describe?: (result: ApiOutputs[M]) => string | null;
  /** Offer Undo beside the toast (when the result says whether the call changed anything). */
  undoable?: boolean | ((result: ApiOutputs[M]) => boolean);
  /**
   * Who reports a failure: a toast (the default), or the caller, whose `run` then rejects
   * (a form shows the message next to its fields).
   */
  errors?: 'toast' | 'caller';
  /** Counts as the page being busy (undo waits for it); false for background saves. */
  busy?: boolean;
}

interface Call {
  method: ApiMethod;
  input: unknown;
  options: MutationOptions<ApiMethod>;
}

export type RunCommand = <M extends ApiMethod>(
  method: M,
  input: ApiInput<M>,
  options?: MutationOptions<M>,
) => Promise<ApiOutputs[M] | undefined>;

/**
 * The API's commands as a component runs them: `run(method, input, options)` calls one,
 * reports the outcome in a toast (with Undo when asked) and marks the page busy meanwhile.
 * What it changed is refetched when the notebook's change event arrives, not here. `run`
 * resolves to the result, or to undefined after a failure it reported.
 */
export function useApiMutation(): { run: RunCommand; pending: boolean } {
  const { api, notify } = useApi();
  const mutation = useMutation<unknown, Error, Call>({
    mutationFn: ({ method, input }) => (api[method] as (input: unknown) => Promise<unknown>)(input),
    onSuccess: (result, { options }) => {
      const output = result as ApiOutputs[ApiMethod];
      const text = options.describe?.(output) ?? null;
      const { undoable = false } = options;
      if (text !== null)
        notify(text, 'info', typeof undoable === 'function' ? undoable(output) : undoable);
    },
    onError: (error, { options }) => {
      if ((options.errors ?? 'toast') === 'toast') notify(messageOf(error), 'error');
    },
  });
  const { mutateAsync } = mutation;
  const run = useCallback<RunCommand>(
    async (method, input, options = {}) => {
      const call = { method, input, options } as Call;
      try {
        return (await mutateAsync(call)) as ApiOutputs[typeof method];
      } catch (error) {
        if (options.errors === 'caller') throw error;
        return undefined;
      }
    },
    [mutateAsync],
  );
  return { run, pending: mutation.isPending };
}

/** A command that counts is running: Undo and Redo wait for it. */
export function usePageBusy(): boolean {
  return (
    useIsMutating({
      predicate: (mutation) =>
        (mutation.state.variables as Call | undefined)?.options.busy !== false,
    }) > 0
  );
}
