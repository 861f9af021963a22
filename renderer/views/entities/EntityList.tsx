import './EntityList.css';
import type { KeyboardEvent, MouseEvent } from 'react';
import type { EntityId, EntitySummary } from '../../../electron/common/api/contract.ts';
import { paletteOf, plural, typeLabel } from '../../annotate/entity-types.ts';
import { useVirtualRows, type VirtualRow } from '../../components/useVirtualRows.ts';

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
  const { scrollRef, virtual, rows, listStyle, rowProps, moveFocus } = useVirtualRows({
    count: entities.length,
    rowHeight: ROW_HEIGHT,
    virtualFrom: VIRTUAL_FROM,
    overscan: 12,
    focusSelector: '.entity-row-main',
    onMove: (index) => onSelect(entities[index]!.id),
  });

  function onRowKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    if (moveFocus(event, index)) return;
    if (event.key === ' ' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onToggle(entities[index]!.id);
    }
  }

  function row(at: VirtualRow) {
    const entity = entities[at.index]!;
    const selected = entity.id === selectedId;
    const isChecked = checked.has(entity.id);
    return (
      <li
        key={entity.id}
        {...rowProps(at)}
        className={`entity-row${selected ? ' selected' : ''}${isChecked ? ' checked' : ''}${virtual ? ' virtual' : ''}`}
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
          onKeyDown={(event) => onRowKeyDown(event, at.index)}
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
      <ul className="entity-list" aria-label="Entities" style={listStyle}>
        {rows.map(row)}
      </ul>
    </div>
  );
}
