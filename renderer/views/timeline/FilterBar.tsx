import type { Dispatch, SetStateAction } from 'react';
import { CERTAINTIES, capitalize, eventTypeLabel } from '../../events/event-types.ts';
import { NO_FILTERS, type TimelineFilters } from './model.ts';

/** The Timeline's filters: who, which type, tag and certainty, and a window of dates. */
export function FilterBar({
  filters,
  onFilters,
  entities,
  types,
  tags,
  filtered,
}: {
  filters: TimelineFilters;
  onFilters: Dispatch<SetStateAction<TimelineFilters>>;
  entities: readonly { id: string; name: string; count: number }[];
  types: readonly string[];
  tags: readonly string[];
  filtered: boolean;
}) {
  function setFilter<K extends keyof TimelineFilters>(key: K, value: TimelineFilters[K]) {
    onFilters((f) => ({ ...f, [key]: value }));
  }
  return (
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
        <button type="button" className="link-button" onClick={() => onFilters(NO_FILTERS)}>
          Clear filters
        </button>
      )}
    </div>
  );
}
