import { useEffect, useRef, useState } from 'react';
import type { EntitySummary } from '../../../../electron/common/api/contract.ts';
import { EntityPicker } from '../../../annotate/EntityPicker.tsx';
import { paletteOf, typeKey, typeLabel } from '../../../annotate/entity-types.ts';
import { typeChangeQuestion } from '../../../annotate/link-target.ts';
import { clip, type Mark } from '../marks.ts';
import type { PopoverActions } from './popover-actions.ts';

/** A mention: its entity, a change of type or entity, removal. */
export function MentionBody({
  mark,
  types,
  readOnly,
  actions,
}: {
  mark: Mark & { kind: 'mention' };
  types: string[];
  readOnly: boolean;
  actions: PopoverActions;
}) {
  const [linking, setLinking] = useState(false);
  const [asking, setAsking] = useState<EntitySummary | null>(null);
  const linkAnyway = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // The popover focused its first button when it opened; the question appears later.
    if (asking !== null) linkAnyway.current?.focus({ preventScroll: true });
  }, [asking]);
  return (
    <>
      <div className="popover-head">
        <span className={`entity-chip chip-${paletteOf(mark.type)}`}>{typeLabel(mark.type)}</span>
        <span className="popover-title">{mark.name}</span>
      </div>
      {mark.quote !== mark.name && <p className="popover-quote">“{mark.quote}”</p>}
      <div className="popover-actions">
        <button
          type="button"
          className="button small"
          data-autofocus
          onClick={() => actions.openEntity(mark.entityId)}
        >
          Open in Entities
        </button>
        <button
          type="button"
          className="button small danger"
          disabled={readOnly}
          aria-keyshortcuts="Delete"
          onClick={() => actions.removeMention(mark)}
        >
          Remove
        </button>
      </div>
      <p className="popover-label">Retype as</p>
      <div className="popover-types">
        {types
          .filter((type) => type !== mark.type)
          .map((type) => {
            const key = typeKey(type);
            return (
              <button
                key={type}
                type="button"
                className="toolbar-button"
                disabled={readOnly}
                aria-keyshortcuts={key}
                onClick={() => actions.relink(mark, { type })}
              >
                <span className={`type-dot t-${paletteOf(type)}`} aria-hidden="true" />
                {typeLabel(type)}
                {key !== undefined && <kbd>{key}</kbd>}
              </button>
            );
          })}
      </div>
      {asking !== null ? (
        <div className="popover-ask" role="group" aria-label="Link anyway?">
          <p>{typeChangeQuestion(asking, mark.type)}</p>
          <div className="popover-actions">
            <button
              type="button"
              className="button small primary"
              ref={linkAnyway}
              onClick={() => actions.relink(mark, { entityId: asking.id }, true)}
            >
              Link anyway
            </button>
            <button type="button" className="button small" onClick={() => setAsking(null)}>
              Cancel
            </button>
          </div>
        </div>
      ) : linking ? (
        <EntityPicker
          label={`Link “${clip(mark.quote, 40)}” to another entity`}
          exclude={mark.entityId}
          onPick={(entity) => {
            if (entity.type === mark.type) actions.relink(mark, { entityId: entity.id });
            else {
              setLinking(false);
              setAsking(entity);
            }
          }}
          onCancel={() => setLinking(false)}
        />
      ) : (
        <button
          type="button"
          className="link-button popover-link"
          disabled={readOnly}
          onClick={() => setLinking(true)}
        >
          Link to another entity…
        </button>
      )}
    </>
  );
}
