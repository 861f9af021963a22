import './SelectionToolbar.css';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { EntityLabel, EntitySummary } from '../../../electron/common/api/contract.ts';
import { EntityPicker } from '../../annotate/EntityPicker.tsx';
import {
  normalizeTypeName,
  paletteOf,
  TYPE_NAME,
  typeKey,
  typeLabel,
} from '../../annotate/entity-types.ts';
import { clip } from './marks.ts';

export interface PendingSelection {
  start: number;
  end: number;
  quote: string;
  /** Where to draw the toolbar, in the reader canvas's coordinates. */
  top: number;
  left: number;
  below: boolean;
  mode: 'buttons' | 'link' | 'new-type';
  error: string | null;
  busy: boolean;
}

export type MarkTarget = { entityId: EntitySummary['id'] } | { type: string; name?: string };

/**
 * The small toolbar beside a selection: mark it as a type (P, O, L, …), link it to an entity,
 * or highlight it (H). Never a modal: the text stays visible and the selection stays put.
 */
export function SelectionToolbar({
  pending,
  types,
  readOnly,
  toolbarRef,
  offered,
  onMark,
  onHighlight,
  onMode,
  onClose,
  onEvent,
  onRelation,
}: {
  pending: PendingSelection;
  types: string[];
  readOnly: boolean;
  toolbarRef: RefObject<HTMLDivElement | null>;
  /** Entities that already go by the selected words (any case, edge punctuation aside). */
  offered: readonly EntityLabel[];
  onMark: (target: MarkTarget) => void;
  onHighlight: () => void;
  onMode: (mode: PendingSelection['mode']) => void;
  onClose: () => void;
  /** Make an event from the selection (opens the event form, prefilled). */
  onEvent?: () => void;
  /** Relate two entities the selection mentions, the selection as evidence (issue 17). */
  onRelation?: () => void;
}) {
  const [typeName, setTypeName] = useState('');
  const typeInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (pending.mode === 'new-type') typeInput.current?.focus();
  }, [pending.mode]);
  const normalized = normalizeTypeName(typeName);
  const typeValid = TYPE_NAME.test(normalized);

  return (
    <div
      ref={toolbarRef}
      className={`selection-toolbar${pending.below ? ' below' : ''}`}
      style={{ top: pending.top, left: pending.left }}
      role="toolbar"
      aria-label={`Mark “${clip(pending.quote, 40)}”`}
      onMouseDown={(event) => {
        // Keep the selection: only text fields take the focus.
        if (!(event.target instanceof HTMLInputElement)) event.preventDefault();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onClose();
        }
      }}
    >
      {pending.mode === 'buttons' && offered.length > 0 && (
        <div className="toolbar-row toolbar-offers">
          {offered.map((entity, index) => (
            <button
              key={entity.id}
              type="button"
              className={`toolbar-button offer t-${paletteOf(entity.type)}`}
              disabled={readOnly || pending.busy}
              aria-keyshortcuts={index === 0 ? 'Enter' : undefined}
              title={`Mark as a mention of ${entity.name} (${typeLabel(entity.type).toLowerCase()})`}
              onClick={() => onMark({ entityId: entity.id })}
            >
              <span className={`type-dot t-${paletteOf(entity.type)}`} aria-hidden="true" />
              {entity.name}
              <span className="offer-type">{typeLabel(entity.type)}</span>
              {index === 0 && <kbd>Enter</kbd>}
            </button>
          ))}
        </div>
      )}
      {pending.mode === 'buttons' && (
        <div className="toolbar-row">
          {types.map((type) => {
            const key = typeKey(type);
            return (
              <button
                key={type}
                type="button"
                className={`toolbar-button t-${paletteOf(type)}`}
                disabled={readOnly || pending.busy}
                aria-keyshortcuts={key}
                title={
                  key === undefined
                    ? `Mark as ${typeLabel(type)}`
                    : `Mark as ${typeLabel(type)} (${key})`
                }
                onClick={() => onMark({ type })}
              >
                <span className={`type-dot t-${paletteOf(type)}`} aria-hidden="true" />
                {typeLabel(type)}
                {key !== undefined && <kbd>{key}</kbd>}
              </button>
            );
          })}
          <button
            type="button"
            className="toolbar-button"
            disabled={readOnly || pending.busy}
            onClick={() => onMode('new-type')}
          >
            New type…
          </button>
        </div>
      )}
      {pending.mode === 'buttons' && (
        <div className="toolbar-row toolbar-actions">
          <button
            type="button"
            className="toolbar-button"
            disabled={readOnly || pending.busy}
            onClick={() => onMode('link')}
          >
            Link to existing…
          </button>
          <button
            type="button"
            className="toolbar-button"
            disabled={readOnly || pending.busy}
            aria-keyshortcuts="H"
            title="Highlight, with an optional comment (H)"
            onClick={onHighlight}
          >
            <span className="type-dot t-highlight" aria-hidden="true" />
            Highlight
            <kbd>H</kbd>
          </button>
          {onEvent !== undefined && (
            <button
              type="button"
              className="toolbar-button"
              disabled={readOnly || pending.busy}
              title="New event from the selection: its sentence becomes the evidence"
              onClick={onEvent}
            >
              <span className="type-dot t-event" aria-hidden="true" />
              New event
            </button>
          )}
          {onRelation !== undefined && (
            <button
              type="button"
              className="toolbar-button"
              disabled={readOnly || pending.busy}
              title="New relation between two entities the selection mentions, the selection as evidence"
              onClick={onRelation}
            >
              New relation
            </button>
          )}
        </div>
      )}
      {pending.mode === 'link' && (
        <div className="toolbar-panel">
          <EntityPicker
            label={`Link “${clip(pending.quote, 40)}” to an entity`}
            initialQuery={pending.quote}
            onPick={(entity) => onMark({ entityId: entity.id })}
            onCancel={() => onMode('buttons')}
          />
        </div>
      )}
      {pending.mode === 'new-type' && (
        <form
          className="toolbar-panel toolbar-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (typeValid) onMark({ type: normalized });
          }}
        >
          <label className="toolbar-label" htmlFor="new-type-name">
            New type for “{clip(pending.quote, 30)}”
          </label>
          <div className="toolbar-row">
            <input
              id="new-type-name"
              ref={typeInput}
              className="picker-input"
              value={typeName}
              placeholder="e.g. weapon-system"
              onChange={(event) => setTypeName(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') {
                  event.preventDefault();
                  event.stopPropagation();
                  onMode('buttons');
                }
              }}
            />
            <button type="submit" className="button primary" disabled={!typeValid || pending.busy}>
              Mark
            </button>
          </div>
          {typeName.trim() !== '' && !typeValid && (
            <p className="toolbar-hint">A type is a word of letters, digits and dashes.</p>
          )}
        </form>
      )}
      {pending.error !== null && (
        <p className="toolbar-error" role="alert">
          {pending.error}
        </p>
      )}
    </div>
  );
}
