import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NotebookApi } from '../../electron/common/api/contract.ts';
import type { ArticleId } from '../../electron/common/model/ids.ts';
import { notebookWithArticle, span as spanIn } from '../support/notebook-with-article.ts';
import { snapshotFolder } from '../support/folder-snapshot.ts';

const TEXT =
  'Antony Blinken met Lloyd Austin in Tokyo on Tuesday.\n\nLater, Blinken flew to Seoul, where Secretary Blinken met Chung Eui-yong.';

const notebook = () => notebookWithArticle(TEXT);

const span = spanIn;

describe('marking mentions', () => {
  it('links a selection to a new entity, saved with its quote, prefix and suffix', async () => {
    const { api, service, folder, id } = await notebook();
    const { entityId, mentionId } = await api.markMention({
      articleId: id,
      ...span(TEXT, 'Antony Blinken'),
      target: { type: 'person' },
    });
    const article = await api.getArticle({ id });
    expect(article.mentions).toEqual([
      {
        id: mentionId,
        entityId,
        start: 0,
        end: 14,
        quote: 'Antony Blinken',
        prefix: '',
        suffix: ' met Lloyd Austin in Tokyo on Tu',
      },
    ]);
    expect(article.entities[entityId]).toEqual({
      id: entityId,
      name: 'Antony Blinken',
      type: 'person',
    });
    expect((await api.info({})).undoLabel).toBe('Mark “Antony Blinken” as Antony Blinken (person)');
    const onDisk = JSON.parse(await readFile(join(folder, 'entities.json'), 'utf8'));
    expect(onDisk.entities.map((e: { name: string }) => e.name)).toEqual(['Antony Blinken']);
    await service.close();
  });

  it('reuses the entity of the same name and type instead of creating a twin', async () => {
    const { api, service, id } = await notebook();
    const first = await api.markMention({
      articleId: id,
      ...span(TEXT, 'Blinken', 20),
      target: { type: 'person', name: 'Antony Blinken' },
    });
    const second = await api.markMention({
      articleId: id,
      ...span(TEXT, 'Antony Blinken'),
      target: { type: 'person' },
    });
    expect(second.entityId).toBe(first.entityId);
    expect(await api.listEntities({})).toHaveLength(1);
    await service.close();
  });

  it('refuses bad selections with a clear message and changes nothing', async () => {
    const { api, service, folder, id } = await notebook();
    const before = await snapshotFolder(folder);
    const person = { type: 'person' as const };
    const cases: [Parameters<NotebookApi['markMention']>[0], RegExp][] = [
      [
        { articleId: id, start: 0, end: 14, quote: 'Antony Blinkem', target: person },
        /does not match the article's text at 0–14 \(expected “Antony Blinkem”, found “Antony Blinken”\)/,
      ],
      [
        { articleId: id, ...span(TEXT, 'Tuesday.\n\nLater'), target: person },
        /cannot cross paragraphs/,
      ],
      [
        { articleId: id, start: 14, end: 15, quote: ' ', target: person },
        /empty or only white space/,
      ],
      [
        {
          articleId: id,
          start: 13,
          end: 18,
          quote: 'n met',
          target: { entityId: 'zzzzzzzzzzzz' as never },
        },
        /No entity with id zzzzzzzzzzzz/,
      ],
      [
        { articleId: id, start: 6, end: 14, quote: ' Blinken', target: person },
        /starts or ends with white space/,
      ],
      [
        { articleId: id, start: 0, end: 9999, quote: 'x', target: person },
        /past the end of the article/,
      ],
      [
        { articleId: 'aaaaaaaaaaaa' as ArticleId, start: 0, end: 1, quote: 'A', target: person },
        /No article with id aaaaaaaaaaaa/,
      ],
      [
        { articleId: id, start: 0, end: 6, quote: 'Antony', target: { type: 'Not A Type' } },
        /entity type is a lower-case word/,
      ],
    ];
    for (const [input, message] of cases)
      await expect(api.markMention(input)).rejects.toThrow(message);
    expect(await snapshotFolder(folder)).toEqual(before);
    await service.close();
  });

  it('retypes and removes mentions, each undoable', async () => {
    const { api, service, id } = await notebook();
    const { mentionId } = await api.markMention({
      articleId: id,
      ...span(TEXT, 'Tokyo'),
      target: { type: 'person' },
    });
    await api.relinkMention({ articleId: id, mentionId, target: { type: 'location' } });
    let article = await api.getArticle({ id });
    expect(article.entities[article.mentions[0]!.entityId]!.type).toBe('location');
    await api.removeMention({ articleId: id, mentionId });
    expect((await api.getArticle({ id })).mentions).toEqual([]);
    await api.undo({});
    await api.undo({});
    article = await api.getArticle({ id });
    expect(article.entities[article.mentions[0]!.entityId]!.type).toBe('person');
    await service.close();
  });
});

describe('the registry', () => {
  it('renames, sets aliases and description, and merges entities with all their mentions', async () => {
    const { api, service, id } = await notebook();
    const a = await api.markMention({
      articleId: id,
      ...span(TEXT, 'Antony Blinken'),
      target: { type: 'person' },
    });
    const b = await api.markMention({
      articleId: id,
      ...span(TEXT, 'Secretary Blinken'),
      target: { type: 'person' },
    });
    await api.updateEntity({
      id: a.entityId,
      name: 'Antony J. Blinken',
      description: 'U.S. Secretary of State',
    });

    const duplicates = await api.findDuplicateEntities({});
    expect(duplicates.map((d) => d.entities.map((e) => e.name).sort())).toEqual([
      ['Antony J. Blinken', 'Secretary Blinken'],
    ]);

    await expect(
      api.mergeEntities({ targetId: a.entityId, sourceIds: [a.entityId] }),
    ).rejects.toThrow(/cannot be merged into itself/);
    await api.mergeEntities({ targetId: a.entityId, sourceIds: [b.entityId] });
    const [merged] = await api.listEntities({});
    expect(merged).toMatchObject({
      name: 'Antony J. Blinken',
      aliases: ['Secretary Blinken'],
      mentionCount: 2,
      articleCount: 1,
    });
    const detail = await api.getEntity({ id: a.entityId });
    expect(detail.mentions.map((m) => m.quote)).toEqual(['Antony Blinken', 'Secretary Blinken']);
    expect(detail.mentions[1]!.before).toContain('where ');

    await api.undo({});
    expect((await api.listEntities({})).map((e) => e.name).sort()).toEqual([
      'Antony J. Blinken',
      'Secretary Blinken',
    ]);
    await service.close();
  });

  it('splits mentions off into a new entity and deletes an entity with its mentions', async () => {
    const { api, service, id } = await notebook();
    const a = await api.markMention({
      articleId: id,
      ...span(TEXT, 'Antony Blinken'),
      target: { type: 'person' },
    });
    const b = await api.markMention({
      articleId: id,
      ...span(TEXT, 'Lloyd Austin'),
      target: { entityId: a.entityId },
    });
    const { entityId } = await api.splitEntity({
      entityId: a.entityId,
      mentions: [{ articleId: id, mentionId: b.mentionId }],
      name: 'Lloyd Austin',
    });
    expect((await api.getEntity({ id: entityId })).mentions.map((m) => m.quote)).toEqual([
      'Lloyd Austin',
    ]);
    await api.deleteEntity({ id: entityId });
    expect((await api.getArticle({ id })).mentions.map((m) => m.quote)).toEqual(['Antony Blinken']);
    await api.undo({});
    expect((await api.getArticle({ id })).mentions.map((m) => m.quote)).toEqual([
      'Antony Blinken',
      'Lloyd Austin',
    ]);
    await service.close();
  });
});

describe('suggestions', () => {
  it('suggests names offline, and a confirmed name is suggested everywhere, linked to its entity', async () => {
    const { api, service, id } = await notebook();
    const cold = await api.listSuggestions({ articleId: id });
    expect(cold.map((s) => [s.text, s.type])).toEqual(
      expect.arrayContaining([
        ['Antony Blinken', 'person'],
        ['Lloyd Austin', 'person'],
        ['Tokyo', 'location'],
        ['Seoul', 'location'],
      ]),
    );
    for (const s of cold) expect(TEXT.slice(s.start, s.end)).toBe(s.text);

    const { entityId } = await api.markMention({
      articleId: id,
      ...span(TEXT, 'Antony Blinken'),
      target: { type: 'person' },
    });
    const { id: other } = await api.addText({
      title: 'Later',
      text: 'Blinken spoke to reporters.',
    });
    const warm = await api.listSuggestions({ articleId: other });
    expect(warm).toContainEqual(
      expect.objectContaining({
        text: 'Blinken',
        source: 'registry',
        entityId,
        entityName: 'Antony Blinken',
      }),
    );
    await service.close();
  });

  it('accepts one, all of a name, or all; rejections stick in the article and everywhere', async () => {
    const { api, service, id } = await notebook();
    const tokyo = span(TEXT, 'Tokyo');
    await api.acceptSuggestions({ articleId: id, start: tokyo.start, end: tokyo.end });
    expect((await api.getArticle({ id })).mentions.map((m) => m.quote)).toEqual(['Tokyo']);

    const seoul = span(TEXT, 'Seoul');
    await api.rejectSuggestion({ articleId: id, start: seoul.start, end: seoul.end });
    expect((await api.listSuggestions({ articleId: id })).map((s) => s.text)).not.toContain(
      'Seoul',
    );

    const austin = span(TEXT, 'Lloyd Austin');
    await api.rejectSuggestion({
      articleId: id,
      start: austin.start,
      end: austin.end,
      everywhere: true,
    });
    const { id: other } = await api.addText({
      title: 'Other',
      text: 'Lloyd Austin visited Seoul.',
    });
    const otherSuggestions = (await api.listSuggestions({ articleId: other })).map((s) => s.text);
    expect(otherSuggestions).not.toContain('Lloyd Austin');
    expect(otherSuggestions).toContain('Seoul');

    await api.rejectSuggestion({ articleId: id, text: 'Blinken' });
    expect((await api.listSuggestions({ articleId: id })).map((s) => s.text)).not.toContain(
      'Blinken',
    );
    expect((await api.info({})).undoLabel).toMatch(/^Reject (\d+ × )?“Blinken”$/);
    await expect(api.rejectSuggestion({ articleId: id })).rejects.toThrow(
      /give either start and end, or text/,
    );

    const { accepted } = await api.acceptSuggestions({});
    expect(accepted).toBeGreaterThanOrEqual(3);
    expect(await api.listSuggestions({ articleId: id })).toEqual([]);
    const names = (await api.listEntities({})).map((e) => e.name);
    expect(names.filter((n) => n === 'Seoul')).toHaveLength(1);
    expect((await api.getArticle({ id })).mentions.map((m) => m.quote)).not.toContain('Seoul');
    await api.undo({});
    expect((await api.listSuggestions({ articleId: id })).length).toBeGreaterThan(0);
    await service.close();
  });
});

describe('accepting all suggestions at once', () => {
  it('makes one person of a full name, its forms with and without initials, and its surname', async () => {
    const { api, service, id } = await notebookWithArticle(
      'The spokesperson said Secretary Blinken will travel to Israel next week.',
    );
    const { id: second } = await api.addText({
      title: 'Two',
      text: 'Secretary of State Antony J. Blinken met the foreign minister in Rabat.',
    });
    const { id: third } = await api.addText({
      title: 'Three',
      text: 'Antony Blinken and Lloyd Austin arrived in Tokyo on Monday.',
    });
    await api.acceptSuggestions({});
    const people = (await api.listEntities({})).filter((e) => e.type === 'person');
    const blinken = people.filter((e) => /Blinken/.test(e.name));
    expect(blinken.map((e) => e.name)).toHaveLength(1);
    const entityId = blinken[0]!.id;
    for (const [article, quote] of [
      [id, 'Blinken'],
      [second, 'Antony J. Blinken'],
      [third, 'Antony Blinken'],
    ] as const) {
      const mentions = (await api.getArticle({ id: article })).mentions;
      expect(mentions.find((m) => m.quote === quote)?.entityId, quote).toBe(entityId);
    }
    expect(people.map((e) => e.name)).toContain('Lloyd Austin');
    await service.close();
  });
});

describe('highlights', () => {
  it('may cross paragraphs and carry a comment', async () => {
    const { api, service, id } = await notebook();
    const quote = TEXT.slice(35, 70);
    const { highlightId } = await api.addHighlight({
      articleId: id,
      start: 35,
      end: 70,
      quote,
      comment: 'Check **this**',
    });
    await api.editHighlight({ articleId: id, highlightId, comment: 'Checked' });
    expect((await api.getArticle({ id })).highlights).toMatchObject([
      { id: highlightId, quote, comment: 'Checked' },
    ]);
    await api.removeHighlight({ articleId: id, highlightId });
    expect((await api.getArticle({ id })).highlights).toEqual([]);
    await service.close();
  });
});
