import type { ApiOutputs, ApiParsedInput, NotebookHandlers } from '../../common/api/contract.ts';
import type { ServiceContext } from './service-context.ts';

/** Full-text search (issue 8); the index follows the store's writes. */
export function searchHandlers(ctx: ServiceContext) {
  const { store } = ctx;
  return {
    async search(input: ApiParsedInput<'search'>): Promise<ApiOutputs['search']> {
      return store.search.search(input.query, input.limit ?? 20, input.partial ?? false);
    },
  } satisfies Partial<NotebookHandlers>;
}
