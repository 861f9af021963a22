import { useMemo, useState, type Dispatch, type FormEvent, type SetStateAction } from 'react';
import type { EntityId, EntitySummary } from '../../electron/common/api/contract.ts';
import { messageOf } from '../api/api-error.ts';
import { useApiMutation } from '../api/use-api-mutation.ts';
import { useApiQuery } from '../api/use-api-query.ts';
import {
  createInput,
  fieldOf,
  initialValues,
  missingFields,
  updateInput,
  type ChosenEntities,
  type EditorTarget,
  type EntityChoice,
  type EventFormValues,
  type Field,
  type ParticipantChoice,
} from './event-form.ts';

/**
 * The event form's state and its save. Saving first registers the names a suggestion found but
 * nobody registered (remembering their ids for a second try), then creates or updates the event;
 * the toast offers Undo. A message from the notebook is kept for the field it is about.
 */
export function useEventForm(
  target: EditorTarget,
  {
    readOnly,
    onSaved,
    onCancel,
  }: { readOnly: boolean; onSaved: (eventId: string) => void; onCancel: () => void },
) {
  const { run } = useApiMutation();
  const [initial] = useState(() => initialValues(target));
  const [values, setValues] = useState<EventFormValues>(initial);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [saving, setSaving] = useState(false);
  const entityList = useApiQuery('listEntities', {});
  const entities: EntitySummary[] | null = entityList.data ?? null;
  const places = useMemo(() => (entities ?? []).filter((e) => e.type === 'location'), [entities]);
  const shownErrors =
    entityList.error === null || errors.form !== undefined
      ? errors
      : { ...errors, form: entityList.error.message };

  const update = (change: Partial<EventFormValues>) => setValues((v) => ({ ...v, ...change }));
  const setParticipants: Dispatch<SetStateAction<ParticipantChoice[]>> = (action) =>
    setValues((v) => ({
      ...v,
      participants: typeof action === 'function' ? action(v.participants) : action,
    }));

  /** The entity behind a choice; a new name is registered as a mention in its article. */
  async function register(choice: EntityChoice): Promise<EntityId> {
    if (choice.entityId !== null) return choice.entityId;
    const span = choice.span!;
    const marked = await run(
      'markMention',
      {
        articleId: span.articleId,
        start: span.start,
        end: span.end,
        quote: span.quote,
        target: { type: choice.type, name: choice.name },
      },
      { errors: 'caller' },
    );
    return marked!.entityId;
  }

  async function chooseEntities(): Promise<ChosenEntities> {
    let locationId: EntityId | null = null;
    if (values.location !== null) {
      locationId = await register(values.location);
      setValues((v) => ({ ...v, location: v.location && { ...v.location, entityId: locationId } }));
    }
    const people: ChosenEntities['people'] = [];
    for (const p of values.participants) {
      const entityId = await register(p);
      people.push({ entityId, role: p.role.trim() });
      if (p.entityId === null) {
        setParticipants((list) => list.map((q) => (q.key === p.key ? { ...q, entityId } : q)));
      }
    }
    return { locationId, people };
  }

  async function save(event?: FormEvent) {
    event?.preventDefault();
    if (saving || readOnly) return;
    const missing = missingFields(values);
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;

    setSaving(true);
    try {
      const chosen = await chooseEntities();
      if (target.kind === 'create') {
        const title = values.title.trim();
        const created = await run('createEvent', createInput(target, values, chosen), {
          errors: 'caller',
          undoable: true,
          describe: (result) => result.undoLabel ?? `Added the event “${title}”`,
        });
        onSaved(created!.eventId);
        return;
      }
      const { event } = target;
      const change = updateInput(event, values, chosen);
      if (change === null) {
        onCancel();
        return;
      }
      await run('updateEvent', change, {
        errors: 'caller',
        undoable: true,
        describe: (result) => result.undoLabel ?? `Edited “${event.title}”`,
      });
      onSaved(event.id);
    } catch (error) {
      const message = messageOf(error);
      setErrors({ [fieldOf(message)]: message });
    } finally {
      setSaving(false);
    }
  }

  return {
    initialType: initial.typeChoice,
    values,
    update,
    setParticipants,
    errors: shownErrors,
    saving,
    entities,
    places,
    save,
  };
}
