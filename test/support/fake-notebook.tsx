import { act } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { Touched } from '../../electron/common/api/change.ts';
import type { NotebookEvent } from '../../electron/common/api/contract.ts';
import { ApiProvider, createQueryClient } from '../../renderer/api/api-provider.tsx';
import type { Connection } from '../../renderer/api/connect.ts';
import { createNotebookClient } from '../../renderer/api/notebook-client.ts';
import type { DispatchResult } from '../../renderer/api/transport.ts';

export type Handler = (input: Record<string, unknown>) => unknown;

/** A notebook behind a fake transport: answers from `handlers`, records every call. */
export function fakeNotebook(handlers: Record<string, Handler>) {
  const calls: { method: string; input: Record<string, unknown> }[] = [];
  const listeners = new Set<(event: NotebookEvent) => void>();
  const connection: Connection = {
    host: 'browser',
    api: createNotebookClient({
      async call(method, input): Promise<DispatchResult> {
        const record = input as Record<string, unknown>;
        calls.push({ method, input: record });
        const handler = handlers[method];
        if (handler === undefined) {
          return { ok: false, error: { code: 'not-found', message: `No ${method} here.` } };
        }
        try {
          return { ok: true, value: await handler(record) } as DispatchResult;
        } catch (error) {
          return { ok: false, error: { code: 'invalid-input', message: (error as Error).message } };
        }
      },
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ApiProvider connection={connection} client={createQueryClient()}>
      {children}
    </ApiProvider>
  );
  return {
    connection,
    wrapper,
    calls,
    callsOf: (method: string) => calls.filter((call) => call.method === method),
    /** An event from the notebook, as its host would forward it. */
    emit(event: NotebookEvent) {
      act(() => {
        for (const listener of listeners) listener(event);
      });
    },
    changed(touched: Touched) {
      act(() => {
        for (const listener of listeners) listener({ type: 'changed', label: 'Edit', touched });
      });
    },
  };
}
