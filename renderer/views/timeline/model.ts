/**
 * Events as the timeline reads them: filters, date order and dates in words. Pure functions
 * over `EventView`, unit-tested.
 */
import type { EventView } from '../../../electron/common/api/contract.ts';
import { dayNumber } from './layout.ts';

export interface TimelineFilters {
  /** An entity id: a participant or the place. */
  entity: string;
  type: string;
  tag: string;
  certainty: string;
  /** ISO dates bounding the window (both included); empty for no bound. */
  from: string;
  to: string;
}

export const NO_FILTERS: TimelineFilters = {
  entity: '',
  type: '',
  tag: '',
  certainty: '',
  from: '',
  to: '',
};

export function hasFilters(filters: TimelineFilters): boolean {
  return Object.values(filters).some((value) => value !== '');
}

/** Whether an event passes every filter. A date window keeps only events known to meet it. */
export function matchesFilters(event: EventView, filters: TimelineFilters): boolean {
  if (filters.type !== '' && event.type !== filters.type) return false;
  if (filters.certainty !== '' && event.certainty !== filters.certainty) return false;
  if (filters.tag !== '' && !event.tags.includes(filters.tag)) return false;
  if (
    filters.entity !== '' &&
    event.locationId !== filters.entity &&
    !event.participants.some((p) => p.entityId === filters.entity)
  ) {
    return false;
  }
  if (filters.from !== '' || filters.to !== '') {
    if (event.date === null) return false;
    if (filters.from !== '' && event.date.end < filters.from) return false;
    if (filters.to !== '' && event.date.start > filters.to) return false;
  }
  return true;
}

/** By start date, then end, then title; undated events last, by title. */
export function compareEvents(a: EventView, b: EventView): number {
  if (a.date === null || b.date === null) {
    if (a.date !== b.date) return a.date === null ? 1 : -1;
  } else {
    if (a.date.start !== b.date.start) return a.date.start < b.date.start ? -1 : 1;
    if (a.date.end !== b.date.end) return a.date.end < b.date.end ? -1 : 1;
  }
  return a.title.localeCompare(b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parts(iso: string): { year: number; month: number; day: number } {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return { year, month, day };
}

function dayRange(start: string, end: string): string {
  const a = parts(start);
  const b = parts(end);
  const month = (p: { month: number }) => MONTHS[p.month - 1] ?? '';
  if (start === end) return `${a.day} ${month(a)} ${a.year}`;
  if (a.year === b.year && a.month === b.month) return `${a.day}–${b.day} ${month(a)} ${a.year}`;
  if (a.year === b.year) return `${a.day} ${month(a)} – ${b.day} ${month(b)} ${a.year}`;
  return `${a.day} ${month(a)} ${a.year} – ${b.day} ${month(b)} ${b.year}`;
}

function monthRange(start: string, end: string): string {
  const a = parts(start);
  const b = parts(end);
  const month = (p: { month: number }) => MONTHS[p.month - 1] ?? '';
  if (a.year === b.year && a.month === b.month) return `${month(a)} ${a.year}`;
  if (a.year === b.year) return `${month(a)} – ${month(b)} ${a.year}`;
  return `${month(a)} ${a.year} – ${month(b)} ${b.year}`;
}

/**
 * A date range as precisely as it is known: "16–17 Mar 2021", "Mar 2021", "2021",
 * "c. 15–21 Mar 2021".
 */
export function formatRange(date: EventView['date']): string {
  if (date === null) return 'Undated';
  switch (date.precision) {
    case 'day':
      return dayRange(date.start, date.end);
    case 'month':
      return monthRange(date.start, date.end);
    case 'year': {
      const a = parts(date.start).year;
      const b = parts(date.end).year;
      return a === b ? String(a) : `${a}–${b}`;
    }
    case 'approximate':
      return `c. ${dayRange(date.start, date.end)}`;
  }
}

export const PRECISION_LABEL: Record<string, string> = {
  day: 'day precision',
  month: 'month precision',
  year: 'year precision',
  approximate: 'approximate',
};

/** The entities events refer to (participants and places), each with how many events name it. */
export function eventEntities(
  events: readonly EventView[],
): { id: string; name: string; type: string; count: number }[] {
  const found = new Map<string, { id: string; name: string; type: string; count: number }>();
  for (const event of events) {
    const seen = new Set<string>();
    const labels = [
      ...event.participantLabels,
      ...(event.location === null ? [] : [event.location]),
    ];
    for (const label of labels) {
      if (seen.has(label.id)) continue;
      seen.add(label.id);
      const entry = found.get(label.id);
      if (entry === undefined)
        found.set(label.id, { id: label.id, name: label.name, type: label.type, count: 1 });
      else entry.count++;
    }
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Every tag and type in use, sorted. */
export function usedValues(
  events: readonly EventView[],
  pick: (e: EventView) => string[],
): string[] {
  return [...new Set(events.flatMap(pick))].sort((a, b) => a.localeCompare(b));
}

/** Days since 1970 of an event's span [start, end), or null when it has no date. */
export function eventSpan(event: EventView): { start: number; end: number } | null {
  if (event.date === null) return null;
  const start = dayNumber(event.date.start);
  const end = dayNumber(event.date.end);
  if (Number.isNaN(start) || Number.isNaN(end)) return null;
  return { start, end: Math.max(start, end) + 1 };
}
