import { describe, expect, it } from 'vitest';
import { notebookWithArticle, span } from '../support/notebook-with-article.ts';

const TEXT =
  'The World Health Organization said on Monday that cases fell. WHO officials in Geneva said Tedros Adhanom Ghebreyesus would visit. Tedros praised the health workers.';

async function aliasesOf(
  api: Awaited<ReturnType<typeof notebookWithArticle>>['api'],
  name: string,
) {
  const entity = (await api.listEntities({})).find((e) => e.name === name);
  return entity?.aliases;
}

describe('a mention accepted or marked under another name', () => {
  it('adds that name to the entity’s aliases, and undo takes it away again', async () => {
    const { api, id } = await notebookWithArticle(TEXT);
    const { entityId } = await api.markMention({
      articleId: id,
      ...span(TEXT, 'World Health Organization'),
      target: { type: 'organization' },
    });
    await api.markMention({ articleId: id, ...span(TEXT, 'WHO'), target: { entityId } });
    expect(await aliasesOf(api, 'World Health Organization')).toEqual(['WHO']);
    await api.undo({});
    expect(await aliasesOf(api, 'World Health Organization')).toEqual([]);
  });

  it('adds the name when a suggestion is accepted onto an entity, but not a part of its name', async () => {
    const { api, id } = await notebookWithArticle(TEXT);
    const { entityId: who } = await api.markMention({
      articleId: id,
      ...span(TEXT, 'World Health Organization'),
      target: { type: 'organization' },
    });
    const { entityId: tedros } = await api.markMention({
      articleId: id,
      ...span(TEXT, 'Tedros Adhanom Ghebreyesus'),
      target: { type: 'person' },
    });
    const open = await api.listSuggestions({ articleId: id });
    const at = (quote: string, from = 0) => {
      const { start, end } = span(TEXT, quote, from);
      expect(open.some((s) => s.start === start && s.end === end)).toBe(true);
      return [{ articleId: id, start, end }];
    };
    await api.acceptSuggestionGroup({ items: at('WHO'), entityId: who });
    await api.acceptSuggestionGroup({ items: at('Tedros', 100), entityId: tedros });
    expect(await aliasesOf(api, 'World Health Organization')).toEqual(['WHO']);
    expect(await aliasesOf(api, 'Tedros Adhanom Ghebreyesus')).toEqual([]);
  });
});
