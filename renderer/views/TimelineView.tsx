import { useCallback, useMemo, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import type {
  ArticleId,
  EntityId,
  EventView,
  NotebookInfo,
} from '../../electron/common/api/contract.ts';
import { messageOf } from '../api/api-error.ts';
import { useApiMutation } from '../api/use-api-mutation.ts';
import { useApiQuery } from '../api/use-api-query.ts';
import { plural } from '../annotate/entity-types.ts';
import { EmptyState } from '../components/EmptyState.tsx';
import { Icon } from '../components/Icon.tsx';
import { ViewHeader } from '../components/ViewHeader.tsx';
import { EventEditor } from '../events/EventEditor.tsx';
import { CERTAINTIES, capitalize, eventTypeClass, eventTypeLabel } from '../events/event-types.ts';
import { EventDetails } from './timeline/EventDetails.tsx';
import { EventList } from './timeline/EventList.tsx';
import { TimelineAxis, type AxisHandle } from './timeline/TimelineAxis.tsx';
import { ZOOM_STEP } from './timeline/layout.ts';
import {
  compareEvents,
  eventEntities,
  hasFilters,
  matchesFilters,
  NO_FILTERS,
  usedValues,
  type TimelineFilters,
} from './timeline/model.ts';
import '../styles/timeline.css';

function isTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}

/**
 * The Timeline: every event on a time axis that shows how precisely its date is known, the
 * undated ones on a rail beside it, all of them in a keyboard-friendly list below, and the chosen
 * one's details with its evidence from each source side by side.
 */
export function TimelineView({
  headingRef,
  info,
  onOpenEvidence,
  onOpenEntity,
  onShowLibrary,
}: {
  headingRef: Ref<HTMLHeadingElement>;
  info: NotebookInfo | null;
  /** Open the Reader on an article, scrolled to a span. */
  onOpenEvidence: (articleId: ArticleId, start: number, end: number) => void;
  onOpenEntity?: (id: EntityId) => void;
  onShowLibrary?: () => void;
}) {
  const { run } = useApiMutation();
  const eventsQuery = useApiQuery('listEvents', {});
  const events = eventsQuery.data ?? null;
  const loadError = eventsQuery.error === null ? null : messageOf(eventsQuery.error);
  const [filters, setFilters] = useState<TimelineFilters>(NO_FILTERS);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const axis = useRef<AxisHandle>(null);
  const readOnly = info?.readOnly ?? false;

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

  const selectFromList = useCallback(
    (id: string) => {
      select(id);
      axis.current?.reveal(id);
    },
    [select],
  );

  function setFilter<K extends keyof TimelineFilters>(key: K, value: TimelineFilters[K]) {
    setFilters((f) => ({ ...f, [key]: value }));
  }

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

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.defaultPrevented || isTextField(event.target) || event.ctrlKey || event.metaKey) {
      return;
    }
    if (event.altKey) return;
    if (event.key === '+' || event.key === '=') axis.current?.zoom(ZOOM_STEP);
    else if (event.key === '-' || event.key === '_') axis.current?.zoom(1 / ZOOM_STEP);
    else if (event.key === '0') axis.current?.fit();
    else if (event.key === 'Escape' && selectedId !== null && editing === null) {
      setSelectedId(null);
    } else return;
    event.preventDefault();
  }

  const zoomControls = (
    <div className="tl-zoom" role="group" aria-label="Zoom">
      <button
        type="button"
        className="tool-button icon-only"
        aria-label="Zoom out"
        title="Zoom out (−, Ctrl+wheel)"
        disabled={dated.length === 0}
        onClick={() => axis.current?.zoom(1 / ZOOM_STEP)}
      >
        <span aria-hidden="true" className="tl-zoom-glyph">
          −
        </span>
      </button>
      <button
        type="button"
        className="tool-button icon-only"
        aria-label="Zoom in"
        title="Zoom in (+, Ctrl+wheel)"
        disabled={dated.length === 0}
        onClick={() => axis.current?.zoom(ZOOM_STEP)}
      >
        <Icon name="plus" />
      </button>
      <button
        type="button"
        className="tool-button"
        title="Fit all events (0)"
        disabled={dated.length === 0}
        onClick={() => axis.current?.fit()}
      >
        Fit all
      </button>
    </div>
  );

  const header = (
    <ViewHeader
      id="timeline-heading"
      title="Timeline"
      headingRef={headingRef}
      subtitle={
        all.length === 0
          ? undefined
          : shown.length === all.length
            ? plural(all.length, 'event')
            : `${shown.length.toLocaleString('en')} of ${plural(all.length, 'event')}`
      }
      actions={
        all.length > 0 ? (
          <>
            <TypeLegend types={types} />
            {zoomControls}
          </>
        ) : undefined
      }
    />
  );

  if (events === null || all.length === 0) {
    return (
      <section className="view" aria-labelledby="timeline-heading">
        {header}
        <div className="view-body">
          {loadError !== null ? (
            <section className="banner banner-error" role="alert">
              <Icon name="warning" />
              <div>
                <h2 className="banner-title">The events cannot be loaded</h2>
                <p className="banner-text">{loadError}</p>
              </div>
              <button type="button" className="button" onClick={() => void eventsQuery.refetch()}>
                Try again
              </button>
            </section>
          ) : events === null ? (
            <p className="loading">Loading events…</p>
          ) : (
            <EmptyState
              icon="timeline"
              title="No events yet"
              action={
                onShowLibrary === undefined ? undefined : (
                  <button type="button" className="button" onClick={onShowLibrary}>
                    Open the Library
                  </button>
                )
              }
            >
              <p>
                Events you accept or create in the Reader appear here on a time axis. Open an
                article and look at ‘Event suggestions’ beside the text, or select a sentence and
                choose “New event”.
              </p>
            </EmptyState>
          )}
        </div>
      </section>
    );
  }

  const filtered = hasFilters(filters);
  return (
    <section className="view tl-view" aria-labelledby="timeline-heading" onKeyDown={onKeyDown}>
      {header}
      <div className="tl-filters" role="search" aria-label="Filter events">
        <label className="tl-filter">
          <span aria-hidden="true">Entity</span>
          <select
            aria-label="Entity"
            value={filters.entity}
            onChange={(e) => setFilter('entity', e.target.value)}
          >
            <option value="">Anyone, anywhere</option>
            {entities.map((entity) => (
              <option key={entity.id} value={entity.id}>
                {entity.name} ({entity.count})
              </option>
            ))}
          </select>
        </label>
        <label className="tl-filter">
          <span aria-hidden="true">Type</span>
          <select
            aria-label="Type"
            value={filters.type}
            onChange={(e) => setFilter('type', e.target.value)}
          >
            <option value="">All types</option>
            {types.map((type) => (
              <option key={type} value={type}>
                {eventTypeLabel(type)}
              </option>
            ))}
          </select>
        </label>
        <label className="tl-filter">
          <span aria-hidden="true">Tag</span>
          <select
            aria-label="Tag"
            value={filters.tag}
            disabled={tags.length === 0}
            onChange={(e) => setFilter('tag', e.target.value)}
          >
            <option value="">{tags.length === 0 ? 'No tags' : 'Any tag'}</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </label>
        <label className="tl-filter">
          <span aria-hidden="true">Certainty</span>
          <select
            aria-label="Certainty"
            value={filters.certainty}
            onChange={(e) => setFilter('certainty', e.target.value)}
          >
            <option value="">Any</option>
            {CERTAINTIES.map((c) => (
              <option key={c} value={c}>
                {capitalize(c)}
              </option>
            ))}
          </select>
        </label>
        <label className="tl-filter">
          <span aria-hidden="true">From</span>
          <input
            type="date"
            aria-label="From"
            value={filters.from}
            max={filters.to || undefined}
            onChange={(e) => setFilter('from', e.target.value)}
          />
        </label>
        <label className="tl-filter">
          <span aria-hidden="true">To</span>
          <input
            type="date"
            aria-label="To"
            value={filters.to}
            min={filters.from || undefined}
            onChange={(e) => setFilter('to', e.target.value)}
          />
        </label>
        {filtered && (
          <button type="button" className="link-button" onClick={() => setFilters(NO_FILTERS)}>
            Clear filters
          </button>
        )}
      </div>

      <div className="tl-layout">
        <div className="tl-top">
          <div className="tl-axis-pane">
            {dated.length > 0 ? (
              <TimelineAxis
                handle={axis}
                events={dated}
                selectedId={selectedId}
                onSelect={select}
              />
            ) : (
              <div className="tl-axis-empty">
                <p className="tl-empty-title">
                  {filtered ? 'No dated events match the filters' : 'No dated events'}
                </p>
                <p className="tl-muted">
                  {filtered
                    ? 'Change or clear the filters to see more of the timeline.'
                    : 'Give an event a date (“March 16-17”, “last Friday”) to place it on the axis.'}
                </p>
                {filtered && (
                  <button type="button" className="button" onClick={() => setFilters(NO_FILTERS)}>
                    Clear filters
                  </button>
                )}
              </div>
            )}
          </div>
          <aside className="tl-undated" aria-labelledby="tl-undated-heading">
            <h2 id="tl-undated-heading" className="tl-pane-title">
              Undated
              <span className="tl-count">{undated.length}</span>
            </h2>
            {undated.length === 0 ? (
              <p className="tl-undated-empty">
                {filtered
                  ? 'No undated events match the filters.'
                  : 'No undated events. Events without a date are listed here.'}
              </p>
            ) : (
              <ul className="tl-undated-list">
                {undated.map((event) => (
                  <li key={event.id}>
                    <button
                      type="button"
                      className={`tl-undated-item ${eventTypeClass(event.type)}${event.id === selectedId ? ' selected' : ''}`}
                      aria-pressed={event.id === selectedId}
                      onClick={() => select(event.id)}
                    >
                      <span className="tl-swatch" aria-hidden="true" />
                      <span className="tl-undated-title">{event.title}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </aside>
        </div>

        <div className="tl-bottom">
          <section className="tl-list-pane" aria-labelledby="tl-list-heading">
            <h2 id="tl-list-heading" className="tl-pane-title">
              In date order
              <span className="tl-count">{shown.length}</span>
            </h2>
            {shown.length === 0 ? (
              <p className="tl-list-empty">No events match the filters.</p>
            ) : (
              <EventList events={shown} selectedId={selectedId} onSelect={selectFromList} />
            )}
          </section>
          <section className="tl-side" aria-label="Event details">
            {selected === null ? (
              <div className="tl-side-hint">
                <p className="tl-empty-title">No event selected</p>
                <p className="tl-muted">
                  Click a bar on the axis or an event in the list (Tab to the list, arrows to move,
                  Enter to open) to see its details and the quotes that report it.
                </p>
              </div>
            ) : editing === selected.id ? (
              <EventEditor
                key={`${selected.id}`}

                target={{ kind: 'edit', event: selected }}
                knownTypes={types}
                readOnly={readOnly}
                onCancel={() => setEditing(null)}
                onSaved={() => setEditing(null)}
              />
            ) : (
              <EventDetails
                event={selected}
                readOnly={readOnly}
                onEdit={() => setEditing(selected.id)}
                onDelete={() => void remove(selected)}
                onClose={() => setSelectedId(null)}
                onOpenEvidence={onOpenEvidence}
                onOpenEntity={onOpenEntity}
                onRemoveEvidence={(index) => removeEvidence(selected, index)}
              />
            )}
          </section>
        </div>
      </div>
    </section>
  );
}

function TypeLegend({ types }: { types: readonly string[] }) {
  return (
    <ul className="tl-legend" aria-label="Event types">
      {types.map((type) => (
        <li key={type} className={`tl-legend-item ${eventTypeClass(type)}`}>
          <span className="tl-swatch" aria-hidden="true" />
          {eventTypeLabel(type)}
        </li>
      ))}
      <li className="tl-legend-item tl-legend-precision">
        <span className="tl-swatch hatched" aria-hidden="true" />
        month/year
      </li>
    </ul>
  );
}
