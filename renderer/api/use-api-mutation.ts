import { useIsMutating, useMutation } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ApiInput, ApiMethod, ApiOutputs } from '../../electron/common/api/contract.ts';
import { messageOf } from './api-error.ts';
import { useApi } from './api-provider.tsx';

export interface MutationOptions<M extends ApiMethod> {
  /** The toast after success; null or absent: none. */
  describe?: (result: ApiOutputs[M], input: ApiInput<M>) => string | null;
  /** Offer Undo beside the toast. */
  undoable?: boolean;
  /**
   * Who reports a failure: a toast (the default), or the caller, whose `run` then rejects
   * (a form shows the message next to its fields).
   */
  errors?: 'toast' | 'caller';
  /** Counts as the page being busy (undo waits for it); false for background saves. */
  busy?: boolean;
}

/**
 * One API command: runs it, reports the outcome in a toast (with Undo when asked) and marks
 * the page busy meanwhile. What it changed is refetched when the notebook's change event
 * arrives, not here. `run` resolves to the result, or undefined after a reported failure.
 */
export function useApiMutation<M extends ApiMethod>(
  method: M,
  options: MutationOptions<M> = {},
): {
  run: (input: ApiInput<M>) => Promise<ApiOutputs[M] | undefined>;
  pending: boolean;
} {
  const { api, notify } = useApi();
  const { describe, undoable = false, errors = 'toast', busy = true } = options;
  const mutation = useMutation<ApiOutputs[M], Error, ApiInput<M>>({
    mutationKey: [method],
    meta: { busy },
    mutationFn: (input) => (api[method] as (input: ApiInput<M>) => Promise<ApiOutputs[M]>)(input),
    onSuccess: (result, input) => {
      const text = describe?.(result, input) ?? null;
      if (text !== null) notify(text, 'info', undoable);
    },
    onError: (error) => {
      if (errors === 'toast') notify(messageOf(error), 'error');
    },
  });
  const { mutateAsync } = mutation;
  const run = useCallback(
    (input: ApiInput<M>) =>
      mutateAsync(input).catch((error: unknown) => {
        if (errors === 'caller') throw error;
        return undefined;
      }),
    [mutateAsync, errors],
  );
  return { run, pending: mutation.isPending };
}

/** A command that counts is running: Undo and Redo wait for it. */
export function usePageBusy(): boolean {
  return useIsMutating({ predicate: (mutation) => mutation.options.meta?.busy !== false }) > 0;
}
