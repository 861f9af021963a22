import { describe, expect, it } from 'vitest';
import type { EventView } from '../../electron/common/api/contract.ts';
import {
  NO_FILTERS,
  compareEvents,
  eventEntities,
  eventSpan,
  formatRange,
  matchesFilters,
} from '../../renderer/views/timeline/model.ts';

function event(over: Partial<EventView>): EventView {
  return {
    id: 'e1' as never,
    title: 'Meeting',
    type: 'meeting',
    date: null,
    locationId: null,
    participants: [],
    evidence: [],
    certainty: 'reported',
    tags: [],
    notes: '',
    createdAt: '2021-03-16T00:00:00.000Z',
    location: null,
    participantLabels: [],
    sources: [],
    ...over,
  } as EventView;
}

const range = (
  start: string,
  end: string,
  precision: 'day' | 'month' | 'year' | 'approximate',
) => ({
  text: 'x',
  start,
  end,
  precision,
});

describe('timeline dates in words', () => {
  it('say a date as precisely as it is known', () => {
    expect(formatRange(range('2021-03-16', '2021-03-17', 'day'))).toBe('16–17 Mar 2021');
    expect(formatRange(range('2021-03-16', '2021-03-16', 'day'))).toBe('16 Mar 2021');
    expect(formatRange(range('2021-03-30', '2021-04-02', 'day'))).toBe('30 Mar – 2 Apr 2021');
    expect(formatRange(range('2020-12-30', '2021-01-02', 'day'))).toBe('30 Dec 2020 – 2 Jan 2021');
    expect(formatRange(range('2021-03-01', '2021-03-31', 'month'))).toBe('Mar 2021');
    expect(formatRange(range('2021-01-01', '2021-12-31', 'year'))).toBe('2021');
    expect(formatRange(range('2021-03-15', '2021-03-21', 'approximate'))).toBe('c. 15–21 Mar 2021');
    expect(formatRange(null)).toBe('Undated');
  });

  it('span every day of a range', () => {
    const span = eventSpan(event({ date: range('2021-03-01', '2021-03-31', 'month') }));
    expect(span!.end - span!.start).toBe(31);
    expect(eventSpan(event({}))).toBeNull();
  });
});

describe('timeline filters and order', () => {
  const a = event({
    id: 'a' as never,
    title: 'A',
    date: range('2021-03-16', '2021-03-17', 'day'),
    participants: [{ entityId: 'p1' as never, role: 'host' }],
    tags: ['japan'],
  });
  const b = event({
    id: 'b' as never,
    title: 'B',
    type: 'statement',
    date: range('2021-02-01', '2021-02-28', 'month'),
    locationId: 'l1' as never,
    certainty: 'confirmed',
  });
  const c = event({ id: 'c' as never, title: 'C' });

  it('sort by date, undated last', () => {
    expect([c, a, b].sort(compareEvents).map((e) => e.id)).toEqual(['b', 'a', 'c']);
  });

  it('filter by entity (participant or place), type, tag, certainty and date window', () => {
    const pick = (filters: Partial<typeof NO_FILTERS>) =>
      [a, b, c].filter((e) => matchesFilters(e, { ...NO_FILTERS, ...filters })).map((e) => e.id);
    expect(pick({})).toEqual(['a', 'b', 'c']);
    expect(pick({ entity: 'p1' })).toEqual(['a']);
    expect(pick({ entity: 'l1' })).toEqual(['b']);
    expect(pick({ type: 'statement' })).toEqual(['b']);
    expect(pick({ tag: 'japan' })).toEqual(['a']);
    expect(pick({ certainty: 'confirmed' })).toEqual(['b']);
    expect(pick({ from: '2021-03-01' })).toEqual(['a']);
    expect(pick({ to: '2021-02-15' })).toEqual(['b']);
    expect(pick({ from: '2021-02-20', to: '2021-03-16' })).toEqual(['a', 'b']);
  });

  it('list the entities events name, with counts', () => {
    const labelled = event({
      participantLabels: [{ id: 'p1' as never, name: 'Blinken', type: 'person', role: '' }],
      location: { id: 'l1' as never, name: 'Tokyo', type: 'location' },
    });
    expect(eventEntities([labelled, labelled])).toEqual([
      { id: 'p1', name: 'Blinken', type: 'person', count: 2 },
      { id: 'l1', name: 'Tokyo', type: 'location', count: 2 },
    ]);
  });
});
