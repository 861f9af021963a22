import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { EntityLabel, RelationType } from '../../../electron/common/api/contract.ts';
import { messageOf } from '../../api/api-error.ts';
import { useApiMutation } from '../../api/use-api-mutation.ts';
import './relation-dialog.css';

/** Words that say so: the Reader's selection. */
export interface RelationEvidence {
  articleId: string;
  start: number;
  end: number;
  quote: string;
}

type Direction = 'type' | 'forward' | 'both';

/**
 * "New relation": two entities, a type, a direction and, from the Reader, the selection as
 * evidence. Opened by dragging from one chart node to another, by the chart's "New relation…"
 * with nodes selected, or from a selection in the Reader; Escape or Cancel closes it unchanged.
 */
export function NewRelationDialog({
  entities,
  initial,
  types,
  evidence,
  onClose,
}: {
  /** The entities to choose from, in the order offered. */
  entities: readonly EntityLabel[];
  initial: { from: string; to: string };
  types: readonly RelationType[];
  evidence?: RelationEvidence;
  onClose: (created: boolean) => void;
}) {
  const id = useId();
  const { run, pending } = useApiMutation();
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  const [type, setType] = useState(types[0]?.name ?? '');
  const [direction, setDirection] = useState<Direction>('type');
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await run(
        'createRelation',
        {
          type,
          from: from as EntityLabel['id'],
          to: to as EntityLabel['id'],
          ...(direction !== 'type' && { directed: direction === 'forward' }),
          evidence: evidence === undefined ? [] : [evidence as never],
        },
        { errors: 'caller', undoable: true, describe: () => 'Relation added.' },
      );
      onClose(true);
    } catch (failure) {
      setError(messageOf(failure));
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onClose(false);
  };
  const directedType = types.find((t) => t.name === type)?.directed ?? false;

  return (
    <>
      <div className="overlay-backdrop" aria-hidden="true" onMouseDown={() => onClose(false)} />
      <form
        className="relation-dialog"
        role="dialog"
        aria-labelledby={`${id}-title`}
        onSubmit={submit}
        onKeyDown={onKeyDown}
      >
        <h2 id={`${id}-title`}>New relation</h2>
        {(['from', 'to'] as const).map((end) => (
          <label key={end}>
            {end === 'from' ? 'From' : 'To'}
            <select
              ref={end === 'from' ? first : undefined}
              value={end === 'from' ? from : to}
              onChange={(e) => (end === 'from' ? setFrom : setTo)(e.target.value)}
              required
            >
              <option value="">Choose an entity</option>
              {entities.map((entity) => (
                <option key={entity.id} value={entity.id}>
                  {entity.name}
                </option>
              ))}
            </select>
          </label>
        ))}
        <label>
          Relation type
          <select value={type} onChange={(e) => setType(e.target.value)}>
            {types.map((t) => (
              <option key={t.name} value={t.name}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Direction
          <select value={direction} onChange={(e) => setDirection(e.target.value as Direction)}>
            <option value="type">
              As the type reads ({directedType ? 'from → to' : 'both ways'})
            </option>
            <option value="forward">From → to</option>
            <option value="both">Both ways</option>
          </select>
        </label>
        {evidence !== undefined && (
          <figure className="relation-dialog-evidence">
            <figcaption>Evidence</figcaption>
            <blockquote>{evidence.quote}</blockquote>
          </figure>
        )}
        {error !== null && (
          <p className="relation-dialog-error" role="alert">
            {error}
          </p>
        )}
        <div className="relation-dialog-actions">
          <button type="button" className="button" onClick={() => onClose(false)}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={pending}>
            Add relation
          </button>
        </div>
      </form>
    </>
  );
}
