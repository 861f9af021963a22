import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ApiInput, ApiOutputs } from '../../electron/common/api/contract.ts';
import { useApi } from './api-provider.tsx';
import { apiQueryKey, type ReadMethod } from './query-keys.ts';

export interface ApiQueryOptions<M extends ReadMethod> {
  enabled?: boolean;
  /** Ask again after this many ms while the answer says it is still growing; false: don't. */
  pollWhile?: (data: ApiOutputs[M]) => number | false;
}

/**
 * One API read, cached under `[method, input]` and refetched only when a change touches what
 * it reads (invalidation.ts). `enabled: false` waits (no article open yet, say); `pollWhile`
 * asks again while the notebook is still working on the answer (a search index being built).
 */
export function useApiQuery<M extends ReadMethod>(
  method: M,
  input: ApiInput<M>,
  options: ApiQueryOptions<M> = {},
): UseQueryResult<ApiOutputs[M], Error> {
  const { pollWhile } = options;
  const { api } = useApi();
  return useQuery({
    queryKey: apiQueryKey(method, input),
    queryFn: () => (api[method] as (input: ApiInput<M>) => Promise<ApiOutputs[M]>)(input),
    enabled: options.enabled ?? true,
    refetchInterval:
      pollWhile === undefined
        ? false
        : (query) => (query.state.data === undefined ? false : pollWhile(query.state.data)),
  });
}
