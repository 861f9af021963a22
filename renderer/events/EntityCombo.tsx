import './EntityCombo.css';
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { EntitySummary } from '../../electron/common/api/contract.ts';
import { paletteOf, typeLabel } from '../annotate/entity-types.ts';

const MAX_SHOWN = 30;

function matches(entity: EntitySummary, query: string): boolean {
  const wanted = query.trim().toLowerCase();
  if (wanted === '') return true;
  return [entity.name, ...entity.aliases].some((name) => name.toLowerCase().includes(wanted));
}

/**
 * A searchable entity field (ARIA combobox with a listbox popup): type to filter, arrows to
 * move, Enter to choose, Escape to close. Used for the event's place and its participants.
 */
export function EntityCombo({
  id,
  entities,
  placeholder,
  exclude = [],
  disabled = false,
  describedBy,
  onPick,
}: {
  id?: string;
  entities: readonly EntitySummary[] | null;
  placeholder: string;
  /** Entities already chosen: not offered again. */
  exclude?: readonly string[];
  disabled?: boolean;
  describedBy?: string;
  onPick: (entity: EntitySummary) => void;
}) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();

  const shown = useMemo(() => {
    const excluded = new Set(exclude);
    return (entities ?? [])
      .filter((e) => !excluded.has(e.id) && matches(e, query))
      .sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name))
      .slice(0, MAX_SHOWN);
  }, [entities, exclude, query]);
  const activeIndex = Math.min(active, Math.max(shown.length - 1, 0));

  function pick(entity: EntitySummary | undefined) {
    if (entity === undefined) return;
    onPick(entity);
    setQuery('');
    setOpen(false);
    setActive(0);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive(Math.min(activeIndex + 1, shown.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(Math.max(activeIndex - 1, 0));
    } else if (event.key === 'Enter') {
      if (open && shown.length > 0) {
        event.preventDefault();
        pick(shown[activeIndex]);
      }
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  }

  const expanded = open && entities !== null;
  return (
    <div className="ev-combo">
      <input
        id={id}
        type="text"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={
          expanded && shown.length > 0 ? `${listId}-${activeIndex}` : undefined
        }
        aria-describedby={describedBy}
        autoComplete="off"
        spellCheck={false}
        placeholder={entities === null ? 'Loading entities…' : placeholder}
        disabled={disabled}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {expanded && (
        <ul id={listId} role="listbox" className="ev-combo-list" aria-label={placeholder}>
          {shown.length === 0 && (
            <li className="ev-combo-empty" role="presentation">
              {query.trim() === ''
                ? 'No entities to choose from. Mark them in the Reader first.'
                : `No entity named “${query.trim()}”.`}
            </li>
          )}
          {shown.map((entity, index) => (
            <li
              key={entity.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === activeIndex}
              className="ev-combo-option"
              // Keep the focus in the input: pick on mousedown, before the blur.
              onMouseDown={(event) => {
                event.preventDefault();
                pick(entity);
              }}
              onMouseMove={() => setActive(index)}
            >
              <span className={`ev-dot entity-dot-${paletteOf(entity.type)}`} aria-hidden="true" />
              <span className="ev-combo-name">{entity.name}</span>
              <span className="ev-combo-type">{typeLabel(entity.type)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
