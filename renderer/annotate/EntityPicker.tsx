import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { EntityId, EntitySummary } from '../../electron/common/api/contract.ts';
import { messageOf } from '../api/api-error.ts';
import { useApiQuery } from '../api/use-api-query.ts';
import { paletteOf, typeLabel } from './entity-types.ts';

const MAX_SHOWN = 40;

/** Whether an entity goes by a name that contains the query (name or alias, any case). */
export function entityMatches(entity: EntitySummary, query: string): boolean {
  const wanted = query.trim().toLowerCase();
  if (wanted === '') return true;
  return [entity.name, ...entity.aliases].some((name) => name.toLowerCase().includes(wanted));
}

/**
 * A searchable combobox of the registry's entities (ARIA 1.2 combobox with a listbox popup):
 * type to filter, arrows to move, Enter to choose, Escape to leave.
 */
export function EntityPicker({
  label,
  initialQuery = '',
  exclude,
  onPick,
  onCancel,
}: {
  label: string;
  initialQuery?: string;
  exclude?: EntityId;
  onPick: (entity: EntitySummary) => void;
  onCancel: () => void;
}) {
  const entityList = useApiQuery('listEntities', {});
  const entities = entityList.data ?? null;
  const error = entityList.error === null ? null : messageOf(entityList.error);
  const [query, setQuery] = useState(initialQuery);
  const [activeIndex, setActiveIndex] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  const matches = useMemo(
    () =>
      (entities ?? [])
        .filter((entity) => entity.id !== exclude && entityMatches(entity, query))
        .sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name))
        .slice(0, MAX_SHOWN),
    [entities, exclude, query],
  );
  const active = Math.min(activeIndex, Math.max(0, matches.length - 1));

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActiveIndex(Math.min(active + 1, matches.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActiveIndex(Math.max(active - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = matches[active];
      if (chosen !== undefined) onPick(chosen);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
  }

  const activeId = matches[active] === undefined ? undefined : `${listId}-${active}`;
  return (
    <div className="entity-picker">
      <input
        ref={inputRef}
        className="picker-input"
        type="text"
        role="combobox"
        aria-label={label}
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        placeholder="Search entities…"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActiveIndex(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul className="picker-list" id={listId} role="listbox" aria-label="Entities">
        {error !== null && <li className="picker-empty">{error}</li>}
        {error === null && entities === null && <li className="picker-empty">Loading…</li>}
        {entities !== null && matches.length === 0 && (
          <li className="picker-empty">
            {entities.length === 0 ? 'No entities yet.' : 'No entity goes by that name.'}
          </li>
        )}
        {matches.map((entity, index) => (
          <li
            key={entity.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className="picker-option"
            onMouseDown={(event) => event.preventDefault()}
            onMouseEnter={() => setActiveIndex(index)}
            onClick={() => onPick(entity)}
          >
            <span className={`type-dot t-${paletteOf(entity.type)}`} aria-hidden="true" />
            <span className="picker-name">{entity.name}</span>
            <span className="picker-meta">
              {typeLabel(entity.type)} · {entity.mentionCount}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
