import { describe, expect, it } from 'vitest';
import type { NotebookApi } from '../../electron/common/api/contract.ts';
import { notebookWithArticle, span as spanIn } from '../support/notebook-with-article.ts';
import { snapshotFolder } from '../support/folder-snapshot.ts';

const TEXT =
  'Antony Blinken met Lloyd Austin in Tokyo on March 16-17.\n\nLast Friday, Blinken spoke to reporters in Washington.';

const notebook = () => notebookWithArticle(TEXT);

const span = (quote: string, text = TEXT) => spanIn(text, quote);

describe('events', () => {
  it('are suggested from sentences with a date and entities, with the date resolved against the article', async () => {
    const { api, service, id } = await notebook();
    const candidates = await api.listEventSuggestions({ articleId: id });
    const meeting = candidates.find((c) => c.evidence.text.startsWith('Antony Blinken met'));
    expect(meeting).toMatchObject({
      type: 'meeting',
      date: { text: 'March 16-17', start: '2021-03-16', end: '2021-03-17', precision: 'day' },
      location: { text: 'Tokyo', type: 'location' },
    });
    expect(meeting!.participants.map((p) => p.text)).toEqual(['Antony Blinken', 'Lloyd Austin']);
    const statement = candidates.find((c) => c.evidence.text.startsWith('Last Friday'));
    expect(statement?.date).toMatchObject({ start: '2021-03-12', end: '2021-03-12' });
    await service.close();
  });

  it('accepting a suggestion makes the event and confirms the entities it names, in one undo step', async () => {
    const { api, service, id } = await notebook();
    const [candidate] = await api.listEventSuggestions({ articleId: id });
    const { eventId } = await api.acceptEventSuggestion({
      articleId: id,
      candidateId: candidate!.candidateId,
    });
    const [event] = await api.listEvents({});
    expect(event).toMatchObject({
      id: eventId,
      type: 'meeting',
      certainty: 'confirmed',
      location: { name: 'Tokyo' },
    });
    expect(event!.participantLabels.map((p) => p.name)).toEqual(['Antony Blinken', 'Lloyd Austin']);
    expect(event!.evidence[0]).toMatchObject({ articleId: id, quote: TEXT.split('\n')[0] });
    expect(event!.sources).toEqual([
      {
        articleId: id,
        title: 'Trip',
        source: '',
        published: '2021-03-16',
        url: '',
        outlet: 'Unknown source',
      },
    ]);
    expect((await api.getArticle({ id })).mentions.map((m) => m.quote)).toEqual([
      'Antony Blinken',
      'Lloyd Austin',
      'Tokyo',
    ]);
    expect(
      (await api.listEventSuggestions({ articleId: id })).map((c) => c.evidence.text),
    ).not.toContain(TEXT.split('\n')[0]);
    await api.undo({});
    expect(await api.listEvents({})).toEqual([]);
    expect((await api.getArticle({ id })).mentions).toEqual([]);
    expect(await api.listEntities({})).toEqual([]);
    await service.close();
  });

  it('a rejected suggestion is not offered again', async () => {
    const { api, service, id } = await notebook();
    const [candidate] = await api.listEventSuggestions({ articleId: id });
    await api.rejectEventSuggestion({ articleId: id, candidateId: candidate!.candidateId });
    const after = await api.listEventSuggestions({ articleId: id });
    expect(after.map((c) => c.evidence.start)).not.toContain(candidate!.evidence.start);
    await service.close();
  });

  it('are created from a selection with a date in words, edited, given evidence from another article', async () => {
    const { api, service, id } = await notebook();
    const draft = await api.draftEvent({ articleId: id, ...span('met Lloyd Austin') });
    expect(draft.evidence.text).toBe(TEXT.split('\n')[0]);
    expect(draft.date).toMatchObject({ start: '2021-03-16', end: '2021-03-17' });

    const tokyo = await api.markMention({
      articleId: id,
      ...span('Tokyo'),
      target: { type: 'location' },
    });
    const blinken = await api.markMention({
      articleId: id,
      ...span('Antony Blinken'),
      target: { type: 'person' },
    });
    const { eventId } = await api.createEvent({
      title: 'Blinken and Austin meet in Tokyo',
      type: 'meeting',
      date: { text: 'last Friday' },
      locationId: tokyo.entityId,
      participants: [{ entityId: blinken.entityId, role: 'visitor' }],
      evidence: [{ articleId: id, ...span(draft.evidence.text) }],
    });
    let [event] = await api.listEvents({});
    expect(event!.date).toEqual({
      text: 'last Friday',
      start: '2021-03-12',
      end: '2021-03-12',
      precision: 'day',
    });
    expect(event!.participantLabels).toEqual([
      { id: blinken.entityId, name: 'Antony Blinken', type: 'person', role: 'visitor' },
    ]);

    await api.updateEvent({
      id: eventId,
      date: { text: 'March 2021' },
      certainty: 'confirmed',
      tags: ['japan'],
    });
    [event] = await api.listEvents({});
    expect(event).toMatchObject({
      certainty: 'confirmed',
      tags: ['japan'],
      date: { start: '2021-03-01', end: '2021-03-31', precision: 'month' },
    });

    const other = 'Kyodo reported that Blinken and Austin met Japanese officials in Tokyo.';
    const { id: second } = await api.addText({ title: 'Kyodo', text: other, source: 'Kyodo' });
    await api.addEvidence({ eventId, articleId: second, ...span(other, other) });
    [event] = await api.listEvents({});
    expect(event!.sources.map((s) => s.title)).toEqual(['Trip', 'Kyodo']);

    await api.deleteArticle({ id: second });
    expect((await api.listEvents({}))[0]!.evidence).toHaveLength(1);
    await api.undo({});
    expect((await api.listEvents({}))[0]!.evidence).toHaveLength(2);
    await service.close();
  });

  it('a draft from a selection takes the selected sentence’s date, people and place, not another’s', async () => {
    const text =
      'Antony Blinken met Lloyd Austin in Tokyo on March 16-17.\n\nOn March 18, Yoshimasa Hayashi visited Seoul.';
    const { api, service, id } = await notebookWithArticle(text);
    const draft = await api.draftEvent({ articleId: id, ...spanIn(text, 'Hayashi visited Seoul') });
    expect(draft.evidence.text).toBe('On March 18, Yoshimasa Hayashi visited Seoul.');
    expect(draft.date).toMatchObject({ start: '2021-03-18', end: '2021-03-18' });
    expect(draft.location).toMatchObject({ text: 'Seoul' });
    expect(draft.participants.map((p) => p.text)).toEqual(['Yoshimasa Hayashi']);
    expect(draft.title).toBe('Hayashi visits Seoul');
    await service.close();
  });

  it('a sentence that reports two happenings still offers the second once the first is accepted', async () => {
    const text =
      'From Seoul, Lloyd Austin travels to India, while Antony Blinken will head to Alaska for talks.';
    const { api, service, id } = await notebookWithArticle(text);
    const both = await api.listEventSuggestions({ articleId: id });
    expect(both.map((c) => c.title)).toEqual([
      'Austin travels to India',
      'Blinken heads to Alaska for talks',
    ]);
    await api.acceptEventSuggestion({ articleId: id, candidateId: both[0]!.candidateId });
    const left = await api.listEventSuggestions({ articleId: id });
    expect(left.map((c) => c.title)).toEqual(['Blinken heads to Alaska for talks']);
    await service.close();
  });

  it('a suggestion that reports an event of another article is offered as its evidence', async () => {
    const { api, service, id } = await notebook();
    const [candidate] = await api.listEventSuggestions({ articleId: id });
    const { eventId } = await api.acceptEventSuggestion({
      articleId: id,
      candidateId: candidate!.candidateId,
    });
    const other = 'Lloyd Austin and Antony Blinken held talks in Tokyo on March 16, Kyodo said.';
    const { id: second } = await api.addText({
      title: 'Kyodo',
      text: other,
      published: '2021-03-17',
    });
    const [same] = await api.listEventSuggestions({ articleId: second });
    expect(same!.sameAs).toBeNull(); // "talks" is not the event's type (meeting)
    await api.updateEvent({ id: eventId, type: 'talks' });
    const [now] = await api.listEventSuggestions({ articleId: second });
    expect(now!.sameAs).toEqual({ eventId, title: candidate!.title });
    await service.close();
  });

  it('refuse impossible dates, an end before the start, a non-place location, unknown participants and stale evidence', async () => {
    const { api, service, folder, id } = await notebook();
    const person = await api.markMention({
      articleId: id,
      ...span('Lloyd Austin'),
      target: { type: 'person' },
    });
    const before = await snapshotFolder(folder);
    const base = { title: 'T', type: 'meeting' };
    const cases: [Parameters<NotebookApi['createEvent']>[0], RegExp][] = [
      [
        {
          ...base,
          date: {
            text: 'February 30, 2021',
            start: '2021-02-30',
            end: '2021-02-30',
            precision: 'day',
          },
        },
        /no such date/,
      ],
      [
        { ...base, date: { text: 'x', start: '2021-03-17', end: '2021-03-16', precision: 'day' } },
        /end date is before the start date/,
      ],
      [
        {
          ...base,
          date: { text: 'February 30' },
          evidence: [{ articleId: id, ...span('Lloyd Austin') }],
        },
        /cannot be read as a date/,
      ],
      [{ ...base, locationId: person.entityId }, /is a person, not a place/],
      [
        { ...base, participants: [{ entityId: 'zzzzzzzzzzzz' as never, role: '' }] },
        /not an entity of this notebook/,
      ],
      [
        { ...base, evidence: [{ articleId: id, start: 0, end: 5, quote: 'Lloyd' }] },
        /does not match the article's text/,
      ],
      [{ ...base, type: 'Big Meeting' }, /event type is a lower-case word/],
    ];
    for (const [input, message] of cases)
      await expect(api.createEvent(input)).rejects.toThrow(message);
    expect(await snapshotFolder(folder)).toEqual(before);
    await service.close();
  });

  it('follow their entities through merges and deletions', async () => {
    const { api, service, id } = await notebook();
    const a = await api.markMention({
      articleId: id,
      ...span('Antony Blinken'),
      target: { type: 'person' },
    });
    const b = await api.markMention({
      articleId: id,
      ...span('Blinken spoke'.slice(0, 7)),
      target: { type: 'person', name: 'Secretary Blinken' },
    });
    await api.createEvent({
      title: 'Talk',
      type: 'statement',
      participants: [{ entityId: b.entityId, role: 'speaker' }],
    });
    await api.mergeEntities({ targetId: a.entityId, sourceIds: [b.entityId] });
    expect((await api.listEvents({}))[0]!.participants).toEqual([
      { entityId: a.entityId, role: 'speaker' },
    ]);
    await api.deleteEntity({ id: a.entityId });
    expect((await api.listEvents({}))[0]!.participants).toEqual([]);
    await service.close();
  });
});
