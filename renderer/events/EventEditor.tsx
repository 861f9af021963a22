import './EventEditor.css';
import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
} from 'react';
import type {
  ArticleId,
  EntityId,
  EntitySummary,
  EventView,
  NotebookApi,
} from '../../electron/common/api/contract.ts';
import type { EventDraft } from '../../electron/common/model/event-candidate.ts';
import { messageOf } from '../api/api-error.ts';
import { paletteOf, typeLabel } from '../annotate/entity-types.ts';
import { Icon } from '../components/Icon.tsx';
import { formatRange, PRECISION_LABEL } from '../views/timeline/model.ts';
import { EntityCombo } from './EntityCombo.tsx';
import { BUILT_IN_EVENT_TYPES, type Certainty } from '../../electron/common/model/event.ts';
import {
  CERTAINTIES,
  CERTAINTY_HINT,
  ROLES,
  capitalize,
  eventTypeLabel,
  normalizeEventType,
  orderedEventTypes,
} from './event-types.ts';

/** What the editor works on: an event to change, or one to make from an article's words. */
export type EditorTarget =
  | { kind: 'edit'; event: EventView }
  | {
      kind: 'create';
      articleId: ArticleId;
      /** The prefill: from `draftEvent` (a selection) or an event suggestion. */
      draft: EventDraft;
    };

/** An entity chosen in the form; a name a suggestion found but nobody registered has no id yet. */
interface EntityChoice {
  entityId: EntityId | null;
  name: string;
  type: string;
  /** Where the name stands in the article, to register it when the event is saved. */
  span?: { articleId: ArticleId; start: number; end: number; quote: string };
}

interface ParticipantChoice extends EntityChoice {
  role: string;
  key: string;
}

type Field = 'title' | 'type' | 'date' | 'location' | 'participants' | 'form';

const CUSTOM = '__custom__';

/** Which field a message from the notebook is about, to show it there. */
function fieldOf(message: string): Field {
  const text = message.toLowerCase();
  if (/\bdate|cannot be read|february|month|day\b/.test(text)) return 'date';
  if (/place|location/.test(text)) return 'location';
  if (/participant|not an entity/.test(text)) return 'participants';
  if (/event type|type is/.test(text)) return 'type';
  if (/title/.test(text)) return 'title';
  return 'form';
}

function initialValues(target: EditorTarget) {
  if (target.kind === 'edit') {
    const { event } = target;
    return {
      title: event.title,
      type: event.type,
      dateText: event.date?.text ?? '',
      location:
        event.location === null
          ? null
          : { entityId: event.location.id, name: event.location.name, type: event.location.type },
      participants: event.participantLabels.map((p) => ({
        entityId: p.id,
        name: p.name,
        type: p.type,
        role: p.role,
        key: p.id as string,
      })),
      certainty: event.certainty as Certainty,
      tags: event.tags.join(', '),
      notes: event.notes,
    };
  }
  const { draft, articleId } = target;
  const choice = (entity: EventDraft['participants'][number]): EntityChoice => ({
    entityId: entity.entityId ?? null,
    name: entity.entityName ?? entity.text,
    type: entity.type,
    span: { articleId, start: entity.start, end: entity.end, quote: entity.text },
  });
  return {
    title: draft.title,
    type: draft.type,
    dateText: draft.date?.text ?? '',
    location: draft.location === null ? null : choice(draft.location),
    participants: draft.participants.map((p) => ({
      ...choice(p),
      role: p.role ?? '',
      key: p.entityId ?? `new:${p.start}-${p.end}`,
    })),
    certainty: 'reported' as Certainty,
    tags: '',
    notes: '',
  };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/**
 * The event form, as an inline panel: title, type, date in words, place, participants with
 * roles, certainty, tags and notes. Creating saves the article's words as evidence; names a
 * suggestion found but nobody registered yet become entities (mentions) when it is saved.
 * Messages from the notebook (an unreadable date, a place that is not a location) are shown
 * next to their field, and nothing is changed.
 */
export function EventEditor({
  api,
  target,
  knownTypes = [],
  readOnly = false,
  heading,
  onSaved,
  onCancel,
}: {
  api: NotebookApi;
  target: EditorTarget;
  /** Types in use in the notebook, offered after the built-in ones. */
  knownTypes?: readonly string[];
  readOnly?: boolean;
  heading?: string;
  /** After the notebook saved it: the event's id and a sentence for the status toast. */
  onSaved: (eventId: string, message: string) => void;
  onCancel: () => void;
}) {
  const initial = useMemo(() => initialValues(target), [target]);
  const [title, setTitle] = useState(initial.title);
  const types = useMemo(
    () => orderedEventTypes([...knownTypes, initial.type]),
    [knownTypes, initial.type],
  );
  const [typeChoice, setTypeChoice] = useState(initial.type);
  const [customType, setCustomType] = useState('');
  const [dateText, setDateText] = useState(initial.dateText);
  const [location, setLocation] = useState<EntityChoice | null>(initial.location);
  const [participants, setParticipants] = useState<ParticipantChoice[]>(initial.participants);
  const [certainty, setCertainty] = useState<Certainty>(initial.certainty);
  const [tags, setTags] = useState(initial.tags);
  const [notes, setNotes] = useState(initial.notes);
  const [entities, setEntities] = useState<EntitySummary[] | null>(null);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [saving, setSaving] = useState(false);
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
    roles: `${uid}-roles`,
  };

  useEffect(() => {
    let current = true;
    api.listEntities({}).then(
      (list) => {
        if (current) setEntities(list);
      },
      (error: unknown) => {
        if (current) setErrors((e) => ({ ...e, form: messageOf(error) }));
      },
    );
    titleRef.current?.focus();
    return () => {
      current = false;
    };
  }, [api]);

  const places = useMemo(() => (entities ?? []).filter((e) => e.type === 'location'), [entities]);
  const type = typeChoice === CUSTOM ? normalizeEventType(customType) : typeChoice;
  const resolved = target.kind === 'edit' ? target.event.date : target.draft.date;
  const dateChanged = dateText.trim() !== (resolved?.text ?? '');

  function choose(entity: EntitySummary): EntityChoice {
    return { entityId: entity.id, name: entity.name, type: entity.type };
  }

  /** Register the names that have no entity yet, remembering their ids for a second try. */
  async function register(choice: EntityChoice): Promise<EntityId> {
    if (choice.entityId !== null) return choice.entityId;
    const span = choice.span!;
    const { entityId } = await api.markMention({
      articleId: span.articleId,
      start: span.start,
      end: span.end,
      quote: span.quote,
      target: { type: choice.type, name: choice.name },
    });
    return entityId;
  }

  async function save(event?: FormEvent) {
    event?.preventDefault();
    if (saving || readOnly) return;
    const found: Partial<Record<Field, string>> = {};
    if (title.trim() === '') found.title = 'Give the event a title.';
    if (type === '') found.type = 'Name the type: a word such as “ceasefire”.';
    setErrors(found);
    if (Object.keys(found).length > 0) return;

    setSaving(true);
    try {
      const tagList = [
        ...new Set(
          tags
            .split(',')
            .map((t) => t.trim())
            .filter((t) => t !== ''),
        ),
      ];
      let locationId: EntityId | null = null;
      if (location !== null) {
        locationId = await register(location);
        setLocation({ ...location, entityId: locationId });
      }
      const people: { entityId: EntityId; role: string }[] = [];
      for (const p of participants) {
        const entityId = await register(p);
        people.push({ entityId, role: p.role.trim() });
        if (p.entityId === null) {
          setParticipants((list) => list.map((q) => (q.key === p.key ? { ...q, entityId } : q)));
        }
      }

      if (target.kind === 'create') {
        const { draft, articleId } = target;
        const date =
          dateText.trim() === ''
            ? null
            : !dateChanged && draft.date !== null
              ? draft.date
              : { text: dateText.trim() };
        const result = await api.createEvent({
          title: title.trim(),
          type,
          date,
          locationId,
          participants: people,
          certainty,
          tags: tagList,
          notes,
          evidence: [
            {
              articleId,
              start: draft.evidence.start,
              end: draft.evidence.end,
              quote: draft.evidence.text,
            },
          ],
        });
        onSaved(result.eventId, result.undoLabel ?? `Added the event “${title.trim()}”`);
      } else {
        const { event } = target;
        const change: Parameters<NotebookApi['updateEvent']>[0] = { id: event.id };
        if (title.trim() !== event.title) change.title = title.trim();
        if (type !== event.type) change.type = type;
        if (dateChanged) change.date = dateText.trim() === '' ? null : { text: dateText.trim() };
        if (locationId !== event.locationId) change.locationId = locationId;
        const before = event.participants.map((p) => `${p.entityId}:${p.role}`);
        if (
          !sameList(
            before,
            people.map((p) => `${p.entityId}:${p.role}`),
          )
        ) {
          change.participants = people;
        }
        if (certainty !== event.certainty) change.certainty = certainty;
        if (!sameList(tagList, event.tags)) change.tags = tagList;
        if (notes !== event.notes) change.notes = notes;
        if (Object.keys(change).length === 1) {
          onCancel();
          return;
        }
        const result = await api.updateEvent(change);
        onSaved(event.id, result.undoLabel ?? `Edited “${event.title}”`);
      }
    } catch (error) {
      const message = messageOf(error);
      setErrors({ [fieldOf(message)]: message });
    } finally {
      setSaving(false);
    }
  }

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
      aria-label={heading ?? (target.kind === 'edit' ? 'Edit event' : 'New event')}
      onSubmit={(event) => void save(event)}
      onKeyDown={onKeyDown}
      noValidate
    >
      <div className="ev-editor-header">
        <h2 className="ev-editor-title">
          {heading ?? (target.kind === 'edit' ? 'Edit event' : 'New event')}
        </h2>
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
          value={title}
          maxLength={300}
          aria-invalid={errors.title !== undefined}
          onChange={(e) => setTitle(e.target.value)}
        />
        {error('title')}
      </div>

      <div className="ev-editor-row">
        <div className="field">
          <label htmlFor={ids.type}>Type</label>
          <select
            id={ids.type}
            className="ev-select"
            value={typeChoice}
            onChange={(e) => setTypeChoice(e.target.value)}
          >
            {types.map((t) => (
              <option key={t} value={t}>
                {eventTypeLabel(t)}
                {(BUILT_IN_EVENT_TYPES as readonly string[]).includes(t) ? '' : ' (custom)'}
              </option>
            ))}
            <option value={CUSTOM}>New type…</option>
          </select>
          {typeChoice === CUSTOM && (
            <input
              id={ids.custom}
              type="text"
              aria-label="New event type"
              placeholder="e.g. ceasefire"
              value={customType}
              aria-invalid={errors.type !== undefined}
              onChange={(e) => setCustomType(e.target.value)}
            />
          )}
          {error('type')}
        </div>
        <div className="field">
          <label htmlFor={ids.date}>Date, in words</label>
          <input
            id={ids.date}
            type="text"
            value={dateText}
            placeholder="March 16-17, last Friday, 2021…"
            maxLength={200}
            aria-describedby={ids.dateHint}
            aria-invalid={errors.date !== undefined}
            onChange={(e) => setDateText(e.target.value)}
          />
          <p id={ids.dateHint} className="ev-hint">
            {dateText.trim() === ''
              ? 'No date: the event goes on the undated rail.'
              : resolved !== null && !dateChanged
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
                checked={certainty === c}
                onChange={() => setCertainty(c)}
              />
              <span>{capitalize(c)}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <div className="field">
        <label htmlFor={ids.place}>Place</label>
        {location === null ? (
          <EntityCombo
            id={ids.place}
            entities={entities === null ? null : places}
            placeholder="Choose a location…"
            onPick={(entity) => setLocation(choose(entity))}
          />
        ) : (
          <div className="ev-chosen">
            <EntityTag choice={location} />
            <button
              type="button"
              className="icon-button"
              aria-label={`Remove the place ${location.name}`}
              onClick={() => setLocation(null)}
            >
              <Icon name="close" size={14} />
            </button>
          </div>
        )}
        {error('location')}
      </div>

      <div className="field">
        <label htmlFor={ids.people}>Participants</label>
        {participants.length > 0 && (
          <ul className="ev-participants">
            {participants.map((p) => (
              <li key={p.key} className="ev-participant">
                <EntityTag choice={p} />
                <input
                  type="text"
                  className="ev-role"
                  list={ids.roles}
                  aria-label={`Role of ${p.name}`}
                  placeholder="role"
                  maxLength={60}
                  value={p.role}
                  onChange={(e) =>
                    setParticipants((list) =>
                      list.map((q) => (q.key === p.key ? { ...q, role: e.target.value } : q)),
                    )
                  }
                />
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove ${p.name}`}
                  onClick={() => setParticipants((list) => list.filter((q) => q.key !== p.key))}
                >
                  <Icon name="close" size={14} />
                </button>
              </li>
            ))}
          </ul>
        )}
        <datalist id={ids.roles}>
          {ROLES.map((role) => (
            <option key={role} value={role} />
          ))}
        </datalist>
        <EntityCombo
          id={ids.people}
          entities={entities}
          placeholder="Add a participant…"
          exclude={participants.flatMap((p) => (p.entityId === null ? [] : [p.entityId]))}
          onPick={(entity) =>
            setParticipants((list) => [...list, { ...choose(entity), role: '', key: entity.id }])
          }
        />
        {error('participants')}
      </div>

      <div className="ev-editor-row">
        <div className="field">
          <label htmlFor={ids.tags}>Tags</label>
          <input
            id={ids.tags}
            type="text"
            placeholder="comma, separated"
            value={tags}
            onChange={(e) => setTags(e.target.value)}
          />
        </div>
      </div>

      <div className="field">
        <label htmlFor={ids.notes}>Notes</label>
        <textarea
          id={ids.notes}
          className="ev-notes"
          value={notes}
          rows={3}
          onChange={(e) => setNotes(e.target.value)}
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
