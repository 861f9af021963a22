import { useCallback, useMemo, useState } from 'react';
import type { EventView } from '../../../electron/common/api/contract.ts';
import { messageOf } from '../../api/api-error.ts';
import { useApiMutation } from '../../api/use-api-mutation.ts';
import { useApiQuery } from '../../api/use-api-query.ts';
import {
  compareEvents,
  eventEntities,
  matchesFilters,
  NO_FILTERS,
  usedValues,
  type TimelineFilters,
} from './model.ts';

/**
 * The Timeline's events and what the analyst does with them: the filters and what they let
 * through (dated on the axis, undated on the rail), the event chosen and whether it is being
 * edited, and the undoable deletes.
 */
export function useTimeline() {
  const { run } = useApiMutation();
  const eventsQuery = useApiQuery('listEvents', {});
  const events = eventsQuery.data ?? null;
  const loadError = eventsQuery.error === null ? null : messageOf(eventsQuery.error);
  const [filters, setFilters] = useState<TimelineFilters>(NO_FILTERS);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);

  const all = useMemo(() => events ?? [], [events]);
  const shown = useMemo(
    () => all.filter((e) => matchesFilters(e, filters)).sort(compareEvents),
    [all, filters],
  );
  const dated = useMemo(() => shown.filter((e) => e.date !== null), [shown]);
  const undated = useMemo(() => shown.filter((e) => e.date === null), [shown]);
  const entities = useMemo(() => eventEntities(all), [all]);
  const types = useMemo(() => usedValues(all, (e) => [e.type]), [all]);
  const tags = useMemo(() => usedValues(all, (e) => e.tags), [all]);
  const selected = all.find((e) => e.id === selectedId) ?? null;

  const select = useCallback((id: string) => {
    setSelectedId(id);
    setEditing(null);
  }, []);

  async function remove(event: EventView) {
    const done = await run(
      'deleteEvent',
      { id: event.id },
      { describe: () => `Deleted the event “${event.title}”`, undoable: true },
    );
    if (done === undefined) return;
    setSelectedId(null);
    setEditing(null);
  }

  function removeEvidence(event: EventView, index: number) {
    void run(
      'removeEvidence',
      { eventId: event.id, index },
      { describe: (result) => result.undoLabel ?? 'Removed the quote', undoable: true },
    );
  }

  return {
    events,
    loadError,
    retry: () => void eventsQuery.refetch(),
    all,
    shown,
    dated,
    undated,
    entities,
    types,
    tags,
    filters,
    setFilters,
    selected,
    selectedId,
    select,
    unselect: () => setSelectedId(null),
    editing,
    setEditing,
    remove,
    removeEvidence,
  };
}
