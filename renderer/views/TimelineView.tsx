import './TimelineView.css';
import { useCallback, useRef, type KeyboardEvent, type Ref } from 'react';
import type { ArticleId, EntityId, NotebookInfo } from '../../electron/common/api/contract.ts';
import { plural } from '../annotate/entity-types.ts';
import { EmptyState } from '../components/EmptyState.tsx';
import { Icon } from '../components/Icon.tsx';
import { ViewHeader } from '../components/ViewHeader.tsx';
import { EventEditor } from '../events/EventEditor.tsx';
import { TypeLegend, ZoomControls } from './timeline/AxisTools.tsx';
import { EventDetails } from './timeline/EventDetails.tsx';
import { EventList } from './timeline/EventList.tsx';
import { FilterBar } from './timeline/FilterBar.tsx';
import { TimelineAxis, type AxisHandle } from './timeline/TimelineAxis.tsx';
import { UndatedRail } from './timeline/UndatedRail.tsx';
import { useTimeline } from './timeline/useTimeline.ts';
import { ZOOM_STEP } from './timeline/layout.ts';
import { hasFilters, NO_FILTERS } from './timeline/model.ts';

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
  const timeline = useTimeline();
  const { all, shown, dated, undated, types, filters, selected, selectedId, select, editing } =
    timeline;
  const { events, loadError, setEditing } = timeline;
  const axis = useRef<AxisHandle>(null);
  const readOnly = info?.readOnly ?? false;

  const selectFromList = useCallback(
    (id: string) => {
      select(id);
      axis.current?.reveal(id);
    },
    [select],
  );

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.defaultPrevented || isTextField(event.target) || event.ctrlKey || event.metaKey) {
      return;
    }
    if (event.altKey) return;
    if (event.key === '+' || event.key === '=') axis.current?.zoom(ZOOM_STEP);
    else if (event.key === '-' || event.key === '_') axis.current?.zoom(1 / ZOOM_STEP);
    else if (event.key === '0') axis.current?.fit();
    else if (event.key === 'Escape' && selectedId !== null && editing === null) {
      timeline.unselect();
    } else return;
    event.preventDefault();
  }

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
            <ZoomControls axis={axis} disabled={dated.length === 0} />
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
              <button type="button" className="button" onClick={timeline.retry}>
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
      <FilterBar
        filters={filters}
        onFilters={timeline.setFilters}
        entities={timeline.entities}
        types={types}
        tags={timeline.tags}
        filtered={filtered}
      />

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
                  <button
                    type="button"
                    className="button"
                    onClick={() => timeline.setFilters(NO_FILTERS)}
                  >
                    Clear filters
                  </button>
                )}
              </div>
            )}
          </div>
          <UndatedRail
            events={undated}
            selectedId={selectedId}
            filtered={filtered}
            onSelect={select}
          />
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
                onDelete={() => void timeline.remove(selected)}
                onClose={timeline.unselect}
                onOpenEvidence={onOpenEvidence}
                onOpenEntity={onOpenEntity}
                onRemoveEvidence={(index) => timeline.removeEvidence(selected, index)}
              />
            )}
          </section>
        </div>
      </div>
    </section>
  );
}
