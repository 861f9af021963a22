import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ApiInput, ApiOutputs } from '../../electron/common/api/contract.ts';
import { useApi } from './api-provider.tsx';
import { apiQueryKey, type ReadMethod } from './query-keys.ts';

/**
 * One API read, cached under `[method, input]` and refetched only when a change touches what
 * it reads (invalidation.ts). `enabled: false` waits (no article open yet, say).
 */
export function useApiQuery<M extends ReadMethod>(
  method: M,
  input: ApiInput<M>,
  options: { enabled?: boolean } = {},
): UseQueryResult<ApiOutputs[M], Error> {
  const { api } = useApi();
  return useQuery({
    queryKey: apiQueryKey(method, input),
    queryFn: () => (api[method] as (input: ApiInput<M>) => Promise<ApiOutputs[M]>)(input),
    enabled: options.enabled ?? true,
  });
}
