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

describe('the search worker', () => {
  it('fails the search it died in with a message, and the next search starts a new one', async () => {
    const notebook = await search();
    await expect(notebook.search('exit')).rejects.toThrow(
      'The search index stopped. Search again to reload it.',
    );
    await expect(notebook.search('Tokyo')).resolves.toEqual({ hits: [], indexing: null });
    notebook.dispose();
  });

  it('says why a search failed, and keeps answering', async () => {
    const notebook = await search();
    await expect(notebook.search('fail')).rejects.toThrow('Search failed: the index is corrupt');
    await expect(notebook.search('Tokyo')).resolves.toEqual({ hits: [], indexing: null });
    notebook.dispose();
  });
});
