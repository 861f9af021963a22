import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NotebookSearch } from '../../electron/core/search/notebook-search.ts';
import { tempFolder } from '../support/temp-folder.ts';

const standIn = pathToFileURL(join(import.meta.dirname, '../support/dying-search-worker.mjs'));

async function search(): Promise<NotebookSearch> {
  return new NotebookSearch(
    {
      folder: await tempFolder(),
      readOnly: true,
      articleIds: () => [],
      articleStamp: () => undefined,
      peekArticle: async () => undefined,
      registry: { entities: [] } as never,
      eventsFile: { events: [] } as never,
    },
    undefined,
    standIn,
  );
}

describe('the search process', () => {
  it.each([
    ['exit', 'The search index stopped. Search again to reload it.'],
    // Told on stderr, as search-worker.ts tells an error that escapes it.
    ['crash', 'The search index stopped: out of memory. Search again to reload it.'],
  ])(
    'fails the search it died in (%s) with a message, and the next search starts a new one',
    async (query, message) => {
      const notebook = await search();
      await expect(notebook.search(query)).rejects.toThrow(message);
      await expect(notebook.search('Tokyo')).resolves.toEqual({ hits: [], indexing: null });
      notebook.dispose();
    },
  );

  it('says why a search failed, and keeps answering', async () => {
    const notebook = await search();
    await expect(notebook.search('fail')).rejects.toThrow('Search failed: the index is corrupt');
    await expect(notebook.search('Tokyo')).resolves.toEqual({ hits: [], indexing: null });
    notebook.dispose();
  });
});
