import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NotebookApi } from '../../electron/common/api/contract.ts';
import { localApi } from '../../electron/core/api/dispatch.ts';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import type { ArticleId, EntityId } from '../../electron/common/model/ids.ts';
import { notebookWithArticle, span as spanIn } from '../support/notebook-with-article.ts';
import { snapshotFolder } from '../support/folder-snapshot.ts';

const TEXT =
  "Japan's Defense Minister Nobuo Kishi met Lloyd Austin in Tokyo on March 16.\n\nKishi, a member of the Liberal Democratic Party, spoke to reporters.";

const span = (quote: string) => spanIn(TEXT, quote);

async function entity(
  api: NotebookApi,
  articleId: ArticleId,
  quote: string,
  type: string,
  name?: string,
) {
  const target = { type, ...(name && { name }) };
  const { entityId } = await api.markMention({ articleId, ...span(quote), target });
  return entityId;
}

/** A notebook with Kishi, Austin, Japan and the LDP marked. */
async function notebook() {
  const made = await notebookWithArticle(TEXT);
  const { api, id } = made;
  const kishi = await entity(api, id, 'Nobuo Kishi', 'person');
  const austin = await entity(api, id, 'Lloyd Austin', 'person');
  const japan = await entity(api, id, 'Japan', 'location');
  const ldp = await entity(api, id, 'Liberal Democratic Party', 'organization');
  return { ...made, kishi, austin, japan, ldp };
}

const FIRST_SENTENCE = TEXT.split('\n')[0]!;

/** The notebook, with "Nobuo Kishi met-with Lloyd Austin" on the word of the first sentence. */
async function notebookWithMeeting() {
  const made = await notebook();
  await made.api.createRelation({
    type: 'met-with',
    from: made.kishi,
    to: made.austin,
    evidence: [{ articleId: made.id, ...span(FIRST_SENTENCE) }],
  });
  return made;
}

describe('relations', () => {
  it('are made with evidence and a date, listed with the names of their ends, and undone', async () => {
    const { api, service, id, kishi, austin, folder } = await notebook();
    const { relationId } = await api.createRelation({
      type: 'met-with',
      from: kishi,
      to: austin,
      evidence: [{ articleId: id, ...span(FIRST_SENTENCE) }],
      date: { text: 'March 16' },
    });
    const [relation] = await api.listRelations({});
    expect(relation).toMatchObject({
      id: relationId,
      type: 'met-with',
      directed: false,
      fromLabel: { id: kishi, name: 'Nobuo Kishi' },
      toLabel: { id: austin, name: 'Lloyd Austin' },
      evidence: [{ articleId: id, quote: FIRST_SENTENCE }],
      date: { start: '2021-03-16', end: '2021-03-16', precision: 'day' },
      certainty: 'reported',
    });
    const stored = JSON.parse(await readFile(join(folder, 'relations.json'), 'utf8'));
    expect(stored).toMatchObject({ schemaVersion: 1, relations: [{ id: relationId }] });
    expect((await api.undo({})).undone).toBe('Add the relation Nobuo Kishi met-with Lloyd Austin');
    expect(await api.listRelations({})).toEqual([]);
    await api.redo({});
    expect((await api.listRelations({})).map((r) => r.id)).toEqual([relationId]);
    await service.close();
  });

  it('a notebook without relations.json has none, and writes none until one is made', async () => {
    const { api, service, folder } = await notebook();
    expect(await api.listRelations({})).toEqual([]);
    await expect(readFile(join(folder, 'relations.json'))).rejects.toThrow(/ENOENT/);
    await service.close();
  });

  it('bad input gets a clear message and changes nothing', async () => {
    const { api, service, id, kishi, austin, folder } = await notebook();
    const unknown = 'zzzzzzzzzzzz' as EntityId;
    const before = await snapshotFolder(folder);
    const cases: [Parameters<NotebookApi['createRelation']>[0], RegExp][] = [
      [{ type: 'leads', from: kishi, to: kishi }, /Nobuo Kishi cannot be related to itself/],
      [
        { type: 'leads', from: kishi, to: unknown },
        /zzzzzzzzzzzz is not an entity of this notebook/,
      ],
      [{ type: 'advises', from: kishi, to: austin }, /Unknown relation type “advises”.*met-with/],
      [
        {
          type: 'met-with',
          from: kishi,
          to: austin,
          evidence: [{ articleId: id, ...span('Nobuo Kishi'), quote: 'Yoshihide Suga' }],
        },
        /does not match the article's text/,
      ],
    ];
    for (const [input, message] of cases) {
      await expect(api.createRelation(input)).rejects.toThrow(message);
    }
    expect(await snapshotFolder(folder)).toEqual(before);
    await service.close();
  });

  it('the same relation twice is refused, either way round when it has no direction', async () => {
    const { api, service, kishi, austin } = await notebook();
    await api.createRelation({ type: 'met-with', from: kishi, to: austin });
    await expect(api.createRelation({ type: 'met-with', from: austin, to: kishi })).rejects.toThrow(
      /already exists.*add evidence to it/,
    );
    await api.createRelation({ type: 'works-for', from: kishi, to: austin });
    await api.createRelation({ type: 'works-for', from: austin, to: kishi });
    expect(await api.listRelations({})).toHaveLength(3);
    await service.close();
  });

  it("the analyst's own types are added first, then used", async () => {
    const { api, service, kishi, austin } = await notebook();
    await api.addRelationType({ name: 'advises', directed: true });
    await api.createRelation({ type: 'advises', from: kishi, to: austin });
    expect((await api.listRelations({}))[0]).toMatchObject({ type: 'advises', directed: true });
    await expect(api.addRelationType({ name: 'leads', directed: true })).rejects.toThrow(
      /“leads” already exists/,
    );
    await service.close();
  });

  it('edits and more evidence are undoable', async () => {
    const { api, service, id, kishi, ldp } = await notebook();
    const { relationId } = await api.createRelation({ type: 'works-for', from: kishi, to: ldp });
    await api.updateRelation({ id: relationId, type: 'member-of', certainty: 'confirmed' });
    await api.addRelationEvidence({
      relationId,
      articleId: id,
      ...span('Kishi, a member of the Liberal Democratic Party'),
    });
    expect((await api.listRelations({}))[0]).toMatchObject({
      type: 'member-of',
      certainty: 'confirmed',
      evidence: [{ quote: 'Kishi, a member of the Liberal Democratic Party' }],
    });
    await api.undo({});
    await api.undo({});
    expect((await api.listRelations({}))[0]).toMatchObject({ type: 'works-for', evidence: [] });
    await api.deleteRelation({ id: relationId });
    expect(await api.listRelations({})).toEqual([]);
    await service.close();
  });

  it('merging entities carries their relations over and merges the ones that become the same', async () => {
    const { api, service, id, kishi, austin, japan } = await notebook();
    const kishi2 = await entity(api, id, 'Kishi', 'person', 'Minister Kishi');
    expect(kishi2).not.toBe(kishi);
    await api.createRelation({
      type: 'met-with',
      from: kishi,
      to: austin,
      evidence: [{ articleId: id, ...span(FIRST_SENTENCE) }],
      tags: ['tokyo'],
    });
    await api.createRelation({
      type: 'met-with',
      from: austin,
      to: kishi2,
      evidence: [{ articleId: id, ...span('Kishi, a member') }],
      tags: ['2021'],
    });
    await api.createRelation({ type: 'member-of', from: kishi2, to: japan });
    await api.createRelation({ type: 'related-to', from: kishi, to: kishi2 });
    await api.mergeEntities({ targetId: kishi, sourceIds: [kishi2] });
    const relations = await api.listRelations({});
    expect(relations.map((r) => [r.fromLabel.name, r.type, r.toLabel.name])).toEqual([
      ['Nobuo Kishi', 'met-with', 'Lloyd Austin'],
      ['Nobuo Kishi', 'member-of', 'Japan'],
    ]);
    expect(relations[0]!.evidence.map((e) => e.quote)).toEqual([FIRST_SENTENCE, 'Kishi, a member']);
    expect(relations[0]!.tags).toEqual(['tokyo', '2021']);
    await api.undo({});
    expect(await api.listRelations({})).toHaveLength(4);
    await service.close();
  });

  it('deleting an entity says how many relations go with it, and undo brings them back', async () => {
    const { api, service, kishi, austin, japan, ldp } = await notebook();
    await api.createRelation({ type: 'met-with', from: kishi, to: austin });
    await api.createRelation({ type: 'member-of', from: kishi, to: ldp });
    await api.createRelation({ type: 'located-in', from: ldp, to: japan });
    const deleted = await api.deleteEntity({ id: kishi });
    expect(deleted.relationsRemoved).toBe(2);
    expect(deleted.undoLabel).toBe('Delete Nobuo Kishi and its 2 relations');
    expect((await api.listRelations({})).map((r) => r.type)).toEqual(['located-in']);
    await api.undo({});
    expect((await api.listRelations({})).map((r) => r.type)).toEqual([
      'met-with',
      'member-of',
      'located-in',
    ]);
    await service.close();
  });

  it('deleting an article takes its evidence out of relations; undo puts it back', async () => {
    const { api, service, id } = await notebookWithMeeting();
    await api.deleteArticle({ id });
    expect((await api.listRelations({}))[0]!.evidence).toEqual([]);
    await api.undo({});
    expect((await api.listRelations({}))[0]!.evidence).toHaveLength(1);
    await service.close();
  });

  it('the chart links the participants of an event, following the event, and keeps pins', async () => {
    const { api, service, id, kishi, austin, japan } = await notebook();
    const { eventId } = await api.createEvent({
      title: 'Kishi meets Austin',
      type: 'meeting',
      participants: [
        { entityId: kishi, role: '' },
        { entityId: austin, role: '' },
      ],
      evidence: [{ articleId: id, ...span(FIRST_SENTENCE) }],
    });
    let chart = await api.linkChart({});
    expect(chart.eventLinks).toEqual([
      expect.objectContaining({ eventId, from: kishi, to: austin, title: 'Kishi meets Austin' }),
    ]);
    expect(chart.nodes.find((n) => n.id === kishi)).toMatchObject({ mentionCount: 1 });
    await api.updateEvent({
      id: eventId,
      participants: [
        { entityId: kishi, role: '' },
        { entityId: austin, role: '' },
        { entityId: japan, role: '' },
      ],
    });
    chart = await api.linkChart({});
    expect(chart.eventLinks.map((l) => [l.from, l.to])).toEqual([
      [kishi, austin],
      [kishi, japan],
      [austin, japan],
    ]);
    await api.pinChartNodes({ pins: [{ entityId: kishi, position: { x: 10, y: -4 } }] });
    expect((await api.linkChart({})).pins).toEqual([{ entityId: kishi, x: 10, y: -4 }]);
    await api.undo({});
    expect((await api.linkChart({})).pins).toEqual([]);
    await service.close();
  });

  it('the page reads the chart with its evidence as places; the quotes when a link is chosen', async () => {
    const { api, service, id } = await notebookWithMeeting();
    const { eventId } = await api.createEvent({
      title: 'Talks',
      type: 'meeting',
      participants: [],
      evidence: [{ articleId: id, ...span(FIRST_SENTENCE) }],
    });
    const full = await api.linkChart({});
    const outline = await api.linkChartOutline({});
    const [relation] = outline.relations;
    const where = { articleId: id, ...span(FIRST_SENTENCE) };
    expect(relation!.evidence).toEqual([{ articleId: id, start: where.start, end: where.end }]);
    expect(JSON.stringify(outline)).not.toContain(FIRST_SENTENCE);
    expect(outline.nodes).toEqual(full.nodes);
    expect(await api.linkEvidence({ relationId: relation!.id })).toEqual(
      full.relations[0]!.evidence,
    );
    expect((await api.linkEvidence({ eventId }))[0]).toMatchObject({ quote: FIRST_SENTENCE });
    await expect(api.linkEvidence({ relationId: 'nosuchrelat1' as never })).rejects.toThrow(
      /relation/i,
    );
    await service.close();
  });
});

describe('the chart layout kept in the notebook', () => {
  it('comes back with the chart, after a reopening; a damaged file is no layout', async () => {
    const { api, service, folder, kishi, austin } = await notebook();
    expect((await api.linkChartOutline({})).layout).toBeNull();
    const { undoLabel } = await api.info({});
    const layout = {
      key: '2-0123abcd',
      positions: { [kishi]: { x: 1, y: 2 }, [austin]: { x: -3, y: 4.5 } },
    };
    expect(await api.keepChartLayout(layout)).toEqual({ kept: true });
    expect((await api.linkChartOutline({})).layout).toEqual(layout);
    // A cache, not an edit: nothing to undo.
    expect((await api.info({})).undoLabel).toBe(undoLabel);
    await service.close();
    const again = await NotebookService.open(folder);
    const reopened = localApi(again);
    expect((await reopened.linkChartOutline({})).layout).toEqual(layout);
    await writeFile(join(folder, 'cache/chart-layout.json'), '{"key": "2-01", "positions": [');
    expect((await reopened.linkChartOutline({})).layout).toBeNull();
    await again.close();
  });

  it('refuses positions that are not numbers, and keeps the layout it had', async () => {
    const { api, service, kishi } = await notebook();
    const layout = { key: 'k', positions: { [kishi]: { x: 1, y: 2 } } };
    await api.keepChartLayout(layout);
    for (const positions of [{ [kishi]: { x: 'one', y: 2 } }, { [kishi]: { x: Infinity, y: 2 } }])
      await expect(api.keepChartLayout({ key: 'k2', positions } as never)).rejects.toThrow(/x/);
    await expect(api.keepChartLayout({ key: '', positions: {} })).rejects.toThrow(/key/);
    expect((await api.linkChartOutline({})).layout).toEqual(layout);
    await service.close();
  });
});

describe('relations in the JSON export', () => {
  it('travel with the export and come back with an import', async () => {
    const { api, service, kishi, austin } = await notebookWithMeeting();
    const [file] = (await api.exportBriefing({ format: 'json' })).files;
    await service.close();
    const restored = await notebookWithArticle('placeholder');
    await restored.api.deleteArticle({ id: restored.id });
    await restored.service.importJson(file!.content);
    expect(await restored.api.listRelations({})).toEqual([
      expect.objectContaining({ type: 'met-with', from: kishi, to: austin }),
    ]);
    await restored.service.close();
  });

  it('an export whose relation points at a missing entity is refused, naming it', async () => {
    const { api, service, kishi, austin } = await notebook();
    await api.createRelation({ type: 'met-with', from: kishi, to: austin });
    const [file] = (await api.exportBriefing({ format: 'json' })).files;
    await service.close();
    const broken = JSON.parse(file!.content);
    broken.relations.relations[0].to = 'zzzzzzzzzzzz';
    const target = await notebookWithArticle('placeholder');
    await target.api.deleteArticle({ id: target.id });
    await expect(target.service.importJson(JSON.stringify(broken))).rejects.toThrow(
      /an end of relation \w+ points at entity zzzzzzzzzzzz/,
    );
    await target.service.close();
  });
});
