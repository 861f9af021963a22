import type { NotebookApi } from '../../electron/common/api/contract.ts';
import { ApiError } from './api-error.ts';
import type { Transport } from './transport.ts';

/**
 * The typed API over any transport. Every property is a method of the same name on the host, so
 * methods the contract gains later work here without a list to keep in step.
 */
export function createNotebookClient(transport: Transport): NotebookApi {
  const methods = new Map<string, (input: unknown) => Promise<unknown>>();
  const call = (method: string) => async (input: unknown) => {
    const result = await transport.call(method, input ?? {});
    if (result.ok) return result.value;
    const { code, message, file } = result.error;
    throw new ApiError(code, message, file);
  };
  return new Proxy({} as NotebookApi, {
    get(_target, property) {
      // Not a method: symbols, and `then` (so the client is never mistaken for a promise).
      if (typeof property !== 'string' || property === 'then') return undefined;
      let method = methods.get(property);
      if (method === undefined) {
        method = call(property);
        methods.set(property, method);
      }
      return method;
    },
  });
}
