import { describe, expect, it, vi } from 'vitest';
import type { EntitiesFile } from '../../electron/common/model/entity.ts';
import { notebookWithArticle, span } from '../support/notebook-with-article.ts';

const TEXT = 'The World Health Organization met in Geneva. WHO officials said the talks went well.';

/** Every registry the store writes, in order, as the ids of its entities. */
function registryWrites(service: Awaited<ReturnType<typeof notebookWithArticle>>['service']) {
  const written: string[][] = [];
  const put = service.store.putRegistry.bind(service.store);
  vi.spyOn(service.store, 'putRegistry').mockImplementation((registry: EntitiesFile) => {
    written.push(registry.entities.map((entity) => entity.id));
    return put(registry);
  });
  return written;
}

describe('the registry written around a change of articles', () => {
  it('is written once when a mention adds a name to an entity (a save wrote it twice)', async () => {
    const { api, service, id } = await notebookWithArticle(TEXT);
    const { entityId } = await api.markMention({
      articleId: id,
      ...span(TEXT, 'World Health Organization'),
      target: { type: 'organization' },
    });
    const written = registryWrites(service);
    await api.markMention({ articleId: id, ...span(TEXT, 'WHO'), target: { entityId } });
    expect(written).toEqual([[entityId]]);
    expect((await api.listEntities({}))[0]!.aliases).toEqual(['WHO']);
  });

  it('holds a removed entity until the articles that named it are written, then drops it', async () => {
    const { api, service, id } = await notebookWithArticle(TEXT);
    const { entityId: who } = await api.markMention({
      articleId: id,
      ...span(TEXT, 'World Health Organization'),
      target: { type: 'organization' },
    });
    const { entityId: geneva } = await api.markMention({
      articleId: id,
      ...span(TEXT, 'Geneva'),
      target: { type: 'location' },
    });
    const written = registryWrites(service);
    await api.deleteEntity({ id: geneva });
    expect(written).toEqual([[who, geneva], [who]]);
    // Undo brings it back: first written with both states too (nothing to remove), once.
    written.length = 0;
    await api.undo({});
    expect(written).toHaveLength(1);
    expect(new Set(written[0])).toEqual(new Set([who, geneva]));
  });
});
