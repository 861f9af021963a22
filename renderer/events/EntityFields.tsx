import type { Dispatch, ReactNode, SetStateAction } from 'react';
import type { EntitySummary } from '../../electron/common/api/contract.ts';
import { paletteOf, typeLabel } from '../annotate/entity-types.ts';
import { Icon } from '../components/Icon.tsx';
import { EntityCombo } from './EntityCombo.tsx';
import { choiceOf, type EntityChoice, type ParticipantChoice } from './event-form.ts';
import { ROLES } from './event-types.ts';

/** An entity in the form, coloured by its type; "new" when saving will register it. */
function EntityTag({ choice }: { choice: EntityChoice }) {
  return (
    <span className={`ev-entity entity-${paletteOf(choice.type)}`}>
      {choice.name}
      <span className="ev-entity-type">
        {choice.entityId === null ? `new ${choice.type}` : typeLabel(choice.type)}
      </span>
    </span>
  );
}

/** The event's place: a location to choose, or the chosen one with a button to remove it. */
export function PlaceField({
  id,
  location,
  places,
  error,
  onChange,
}: {
  id: string;
  location: EntityChoice | null;
  /** The notebook's locations; null while they load. */
  places: readonly EntitySummary[] | null;
  error: ReactNode;
  onChange: (location: EntityChoice | null) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>Place</label>
      {location === null ? (
        <EntityCombo
          id={id}
          entities={places}
          placeholder="Choose a location…"
          onPick={(entity) => onChange(choiceOf(entity))}
        />
      ) : (
        <div className="ev-chosen">
          <EntityTag choice={location} />
          <button
            type="button"
            className="icon-button"
            aria-label={`Remove the place ${location.name}`}
            onClick={() => onChange(null)}
          >
            <Icon name="close" size={14} />
          </button>
        </div>
      )}
      {error}
    </div>
  );
}

/** The event's participants, each with a role (common ones offered), and a field to add one. */
export function ParticipantsField({
  id,
  participants,
  entities,
  error,
  onChange,
}: {
  id: string;
  participants: ParticipantChoice[];
  /** The notebook's entities; null while they load. */
  entities: readonly EntitySummary[] | null;
  error: ReactNode;
  onChange: Dispatch<SetStateAction<ParticipantChoice[]>>;
}) {
  const rolesId = `${id}-roles`;
  return (
    <div className="field">
      <label htmlFor={id}>Participants</label>
      {participants.length > 0 && (
        <ul className="ev-participants">
          {participants.map((p) => (
            <li key={p.key} className="ev-participant">
              <EntityTag choice={p} />
              <input
                type="text"
                className="ev-role"
                list={rolesId}
                aria-label={`Role of ${p.name}`}
                placeholder="role"
                maxLength={60}
                value={p.role}
                onChange={(e) =>
                  onChange((list) =>
                    list.map((q) => (q.key === p.key ? { ...q, role: e.target.value } : q)),
                  )
                }
              />
              <button
                type="button"
                className="icon-button"
                aria-label={`Remove ${p.name}`}
                onClick={() => onChange((list) => list.filter((q) => q.key !== p.key))}
              >
                <Icon name="close" size={14} />
              </button>
            </li>
          ))}
        </ul>
      )}
      <datalist id={rolesId}>
        {ROLES.map((role) => (
          <option key={role} value={role} />
        ))}
      </datalist>
      <EntityCombo
        id={id}
        entities={entities}
        placeholder="Add a participant…"
        exclude={participants.flatMap((p) => (p.entityId === null ? [] : [p.entityId]))}
        onPick={(entity) =>
          onChange((list) => [...list, { ...choiceOf(entity), role: '', key: entity.id }])
        }
      />
      {error}
    </div>
  );
}
