import './EntityList.css';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type KeyboardEvent, type MouseEvent } from 'react';
import type { EntityId, EntitySummary } from '../../../electron/common/api/contract.ts';
import { paletteOf, plural, typeLabel } from '../../annotate/entity-types.ts';

const ROW_HEIGHT = 52;
/** Below this many rows the list is drawn whole; above it, only what is on screen. */
const VIRTUAL_FROM = 500;

/** The registry, one row per entity: type chip, name, aliases, counts; checkboxes to merge. */
export function EntityList({
  entities,
  selectedId,
  checked,
  onSelect,
  onToggle,
}: {
  entities: EntitySummary[];
  selectedId: EntityId | null;
  checked: ReadonlySet<EntityId>;
  onSelect: (id: EntityId) => void;
  onToggle: (id: EntityId) => void;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtual = entities.length > VIRTUAL_FROM;
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read in render only
  const virtualizer = useVirtualizer({
    count: virtual ? entities.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  function focusRow(index: number) {
    const entity = entities[index];
    if (entity === undefined) return;
    onSelect(entity.id);
    if (virtual) virtualizer.scrollToIndex(index);
    requestAnimationFrame(() =>
      scrollRef.current
        ?.querySelector<HTMLElement>(`[data-index="${index}"] .entity-row-main`)
        ?.focus(),
    );
  }

  function onRowKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      focusRow(Math.min(index + 1, entities.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      focusRow(Math.max(index - 1, 0));
    } else if (event.key === 'Home') {
      event.preventDefault();
      focusRow(0);
    } else if (event.key === 'End') {
      event.preventDefault();
      focusRow(entities.length - 1);
    } else if (event.key === ' ' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onToggle(entities[index]!.id);
    }
  }

  function row(entity: EntitySummary, index: number, style?: { transform: string }) {
    const selected = entity.id === selectedId;
    const isChecked = checked.has(entity.id);
    return (
      <li
        key={entity.id}
        data-index={index}
        className={`entity-row${selected ? ' selected' : ''}${isChecked ? ' checked' : ''}${virtual ? ' virtual' : ''}`}
        style={style}
        aria-setsize={entities.length}
        aria-posinset={index + 1}
      >
        <input
          type="checkbox"
          className="entity-check"
          checked={isChecked}
          aria-label={`Select ${entity.name} to merge`}
          onChange={() => onToggle(entity.id)}
        />
        <button
          type="button"
          className="entity-row-main"
          aria-current={selected ? 'true' : undefined}
          title="Open (Ctrl+click to select for merging)"
          onClick={(event: MouseEvent) => {
            if (event.ctrlKey || event.metaKey) onToggle(entity.id);
            else onSelect(entity.id);
          }}
          onKeyDown={(event) => onRowKeyDown(event, index)}
        >
          <span className="entity-row-line">
            <span className={`entity-chip chip-${paletteOf(entity.type)} chip-small`}>
              {typeLabel(entity.type)}
            </span>
            <span className="entity-row-name">{entity.name}</span>
            <span className="entity-row-count" aria-label={plural(entity.mentionCount, 'mention')}>
              {entity.mentionCount}
            </span>
          </span>
          <span className="entity-row-sub">
            {entity.aliases.length > 0 ? entity.aliases.join(' · ') : 'No aliases'}
            <span className="entity-row-articles">
              {' · '}
              {plural(entity.articleCount, 'article')}
            </span>
          </span>
        </button>
      </li>
    );
  }

  return (
    <div className="entity-list-scroll" ref={scrollRef}>
      {virtual ? (
        <ul
          className="entity-list"
          aria-label="Entities"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualizer
            .getVirtualItems()
            .map((item) =>
              row(entities[item.index]!, item.index, { transform: `translateY(${item.start}px)` }),
            )}
        </ul>
      ) : (
        <ul className="entity-list" aria-label="Entities">
          {entities.map((entity, index) => row(entity, index))}
        </ul>
      )}
    </div>
  );
}
