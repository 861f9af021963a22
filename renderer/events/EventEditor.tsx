import './EventEditor.css';
import { useEffect, useId, useMemo, useRef, type KeyboardEvent } from 'react';
import { BUILT_IN_EVENT_TYPES } from '../../electron/common/model/event.ts';
import { Icon } from '../components/Icon.tsx';
import { formatRange, PRECISION_LABEL } from '../views/timeline/model.ts';
import { ParticipantsField, PlaceField } from './EntityFields.tsx';
import { CUSTOM, dateChanged, resolvedDate, type EditorTarget, type Field } from './event-form.ts';
import {
  CERTAINTIES,
  CERTAINTY_HINT,
  capitalize,
  eventTypeLabel,
  orderedEventTypes,
} from './event-types.ts';
import { useEventForm } from './useEventForm.ts';

/**
 * The event form, as an inline panel: title, type, date in words, place, participants with
 * roles, certainty, tags and notes. Creating saves the article's words as evidence; names a
 * suggestion found but nobody registered yet become entities (mentions) when it is saved.
 * Messages from the notebook (an unreadable date, a place that is not a location) are shown
 * next to their field, and nothing is changed.
 */
export function EventEditor({
  target,
  knownTypes = [],
  readOnly = false,
  heading,
  onSaved,
  onCancel,
}: {
  target: EditorTarget;
  /** Types in use in the notebook, offered after the built-in ones. */
  knownTypes?: readonly string[];
  readOnly?: boolean;
  heading?: string;
  /** After the notebook saved it (its toast offers Undo): the event's id. */
  onSaved: (eventId: string) => void;
  onCancel: () => void;
}) {
  const form = useEventForm(target, { readOnly, onSaved, onCancel });
  const { values, update, errors, saving, save } = form;
  const { initialType } = form;
  const types = useMemo(
    () => orderedEventTypes([...knownTypes, initialType]),
    [knownTypes, initialType],
  );
  const titleRef = useRef<HTMLInputElement>(null);
  const uid = useId();
  const ids = {
    title: `${uid}-title`,
    type: `${uid}-type`,
    custom: `${uid}-custom`,
    date: `${uid}-date`,
    dateHint: `${uid}-date-hint`,
    place: `${uid}-place`,
    people: `${uid}-people`,
    tags: `${uid}-tags`,
    notes: `${uid}-notes`,
  };
  const resolved = resolvedDate(target);
  const title = heading ?? (target.kind === 'edit' ? 'Edit event' : 'New event');

  useEffect(() => titleRef.current?.focus(), []);

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    }
  }

  const error = (field: Field) =>
    errors[field] === undefined ? null : (
      <p className="field-error" role="alert">
        {errors[field]}
      </p>
    );

  return (
    <form
      className="ev-editor"
      aria-label={title}
      onSubmit={(event) => void save(event)}
      onKeyDown={onKeyDown}
      noValidate
    >
      <div className="ev-editor-header">
        <h2 className="ev-editor-title">{title}</h2>
        <button type="button" className="icon-button" aria-label="Cancel" onClick={onCancel}>
          <Icon name="close" />
        </button>
      </div>

      {target.kind === 'create' && (
        <blockquote className="ev-editor-evidence">{target.draft.evidence.text}</blockquote>
      )}

      <div className="field">
        <label htmlFor={ids.title}>Title</label>
        <input
          id={ids.title}
          ref={titleRef}
          type="text"
          value={values.title}
          maxLength={300}
          aria-invalid={errors.title !== undefined}
          onChange={(e) => update({ title: e.target.value })}
        />
        {error('title')}
      </div>

      <div className="ev-editor-row">
        <div className="field">
          <label htmlFor={ids.type}>Type</label>
          <select
            id={ids.type}
            className="ev-select"
            value={values.typeChoice}
            onChange={(e) => update({ typeChoice: e.target.value })}
          >
            {types.map((t) => (
              <option key={t} value={t}>
                {eventTypeLabel(t)}
                {(BUILT_IN_EVENT_TYPES as readonly string[]).includes(t) ? '' : ' (custom)'}
              </option>
            ))}
            <option value={CUSTOM}>New type…</option>
          </select>
          {values.typeChoice === CUSTOM && (
            <input
              id={ids.custom}
              type="text"
              aria-label="New event type"
              placeholder="e.g. ceasefire"
              value={values.customType}
              aria-invalid={errors.type !== undefined}
              onChange={(e) => update({ customType: e.target.value })}
            />
          )}
          {error('type')}
        </div>
        <div className="field">
          <label htmlFor={ids.date}>Date, in words</label>
          <input
            id={ids.date}
            type="text"
            value={values.dateText}
            placeholder="March 16-17, last Friday, 2021…"
            maxLength={200}
            aria-describedby={ids.dateHint}
            aria-invalid={errors.date !== undefined}
            onChange={(e) => update({ dateText: e.target.value })}
          />
          <p id={ids.dateHint} className="ev-hint">
            {values.dateText.trim() === ''
              ? 'No date: the event goes on the undated rail.'
              : resolved !== null && !dateChanged(target, values)
                ? `${formatRange(resolved)} · ${PRECISION_LABEL[resolved.precision]}`
                : 'Read against the article’s publication date when saved.'}
          </p>
          {error('date')}
        </div>
      </div>

      <fieldset className="ev-certainty">
        <legend>Certainty</legend>
        <div className="ev-segments">
          {CERTAINTIES.map((c) => (
            <label key={c} className="ev-segment" title={CERTAINTY_HINT[c]}>
              <input
                type="radio"
                name={`${uid}-certainty`}
                value={c}
                checked={values.certainty === c}
                onChange={() => update({ certainty: c })}
              />
              <span>{capitalize(c)}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <PlaceField
        id={ids.place}
        location={values.location}
        places={form.entities === null ? null : form.places}
        error={error('location')}
        onChange={(location) => update({ location })}
      />

      <ParticipantsField
        id={ids.people}
        participants={values.participants}
        entities={form.entities}
        error={error('participants')}
        onChange={form.setParticipants}
      />

      <div className="ev-editor-row">
        <div className="field">
          <label htmlFor={ids.tags}>Tags</label>
          <input
            id={ids.tags}
            type="text"
            placeholder="comma, separated"
            value={values.tags}
            onChange={(e) => update({ tags: e.target.value })}
          />
        </div>
      </div>

      <div className="field">
        <label htmlFor={ids.notes}>Notes</label>
        <textarea
          id={ids.notes}
          className="ev-notes"
          value={values.notes}
          rows={3}
          onChange={(e) => update({ notes: e.target.value })}
        />
      </div>

      {error('form')}
      <div className="panel-actions">
        <button type="submit" className="button primary" disabled={saving || readOnly}>
          {saving ? 'Saving…' : target.kind === 'edit' ? 'Save' : 'Save event'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <span className="panel-shortcut">Ctrl+Enter saves · Esc cancels</span>
      </div>
    </form>
  );
}
