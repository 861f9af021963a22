import type {
  ApiInput,
  ArticleId,
  EntityId,
  EntitySummary,
  EventView,
} from '../../electron/common/api/contract.ts';
import type { EventDraft } from '../../electron/common/model/event-candidate.ts';
import type { Certainty } from '../../electron/common/model/event.ts';
import { normalizeEventType } from './event-types.ts';

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
export interface EntityChoice {
  entityId: EntityId | null;
  name: string;
  type: string;
  /** Where the name stands in the article, to register it when the event is saved. */
  span?: { articleId: ArticleId; start: number; end: number; quote: string };
}

export interface ParticipantChoice extends EntityChoice {
  role: string;
  key: string;
}

export type Field = 'title' | 'type' | 'date' | 'location' | 'participants' | 'form';

/** The type select's "New type…" entry, whose type is typed in a field of its own. */
export const CUSTOM = '__custom__';

/** What the form holds while it is being edited. */
export interface EventFormValues {
  title: string;
  typeChoice: string;
  customType: string;
  dateText: string;
  location: EntityChoice | null;
  participants: ParticipantChoice[];
  certainty: Certainty;
  tags: string;
  notes: string;
}

/** Which field a message from the notebook is about, to show it there. */
export function fieldOf(message: string): Field {
  const text = message.toLowerCase();
  if (/\bdate|cannot be read|february|month|day\b/.test(text)) return 'date';
  if (/place|location/.test(text)) return 'location';
  if (/participant|not an entity/.test(text)) return 'participants';
  if (/event type|type is/.test(text)) return 'type';
  if (/title/.test(text)) return 'title';
  return 'form';
}

export function initialValues(target: EditorTarget): EventFormValues {
  if (target.kind === 'edit') {
    const { event } = target;
    return {
      title: event.title,
      typeChoice: event.type,
      customType: '',
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
    typeChoice: draft.type,
    customType: '',
    dateText: draft.date?.text ?? '',
    location: draft.location === null ? null : choice(draft.location),
    participants: draft.participants.map((p) => ({
      ...choice(p),
      role: p.role ?? '',
      key: p.entityId ?? `new:${p.start}-${p.end}`,
    })),
    certainty: draft.certainty,
    tags: '',
    notes: '',
  };
}

export function choiceOf(entity: EntitySummary): EntityChoice {
  return { entityId: entity.id, name: entity.name, type: entity.type };
}

/** The event type the form names: the chosen one, or the new one typed. */
export function typeOf(values: EventFormValues): string {
  return values.typeChoice === CUSTOM ? normalizeEventType(values.customType) : values.typeChoice;
}

/** The date the notebook resolved for the target, shown until the words change. */
export function resolvedDate(target: EditorTarget) {
  return target.kind === 'edit' ? target.event.date : target.draft.date;
}

export function dateChanged(target: EditorTarget, values: EventFormValues): boolean {
  return values.dateText.trim() !== (resolvedDate(target)?.text ?? '');
}

/** The fields the form cannot be saved without; empty when it can be. */
export function missingFields(values: EventFormValues): Partial<Record<Field, string>> {
  const found: Partial<Record<Field, string>> = {};
  if (values.title.trim() === '') found.title = 'Give the event a title.';
  if (typeOf(values) === '') found.type = 'Name the type: a word such as “ceasefire”.';
  return found;
}

function tagList(tags: string): string[] {
  return [
    ...new Set(
      tags
        .split(',')
        .map((t) => t.trim())
        .filter((t) => t !== ''),
    ),
  ];
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** The entities the form chose, once every name has an entity. */
export interface ChosenEntities {
  locationId: EntityId | null;
  people: { entityId: EntityId; role: string }[];
}

/** The new event, with the article's words as its evidence. */
export function createInput(
  target: Extract<EditorTarget, { kind: 'create' }>,
  values: EventFormValues,
  { locationId, people }: ChosenEntities,
): ApiInput<'createEvent'> {
  const { draft, articleId } = target;
  const dateText = values.dateText.trim();
  const date =
    dateText === ''
      ? null
      : !dateChanged(target, values) && draft.date !== null
        ? draft.date
        : { text: dateText };
  return {
    title: values.title.trim(),
    type: typeOf(values),
    date,
    locationId,
    participants: people,
    certainty: values.certainty,
    tags: tagList(values.tags),
    notes: values.notes,
    evidence: [
      {
        articleId,
        start: draft.evidence.start,
        end: draft.evidence.end,
        quote: draft.evidence.text,
      },
    ],
  };
}

/** The fields the form changed, besides the event's id; null when it changed none. */
export function updateInput(
  event: EventView,
  values: EventFormValues,
  { locationId, people }: ChosenEntities,
): ApiInput<'updateEvent'> | null {
  const change: ApiInput<'updateEvent'> = { id: event.id };
  const title = values.title.trim();
  const type = typeOf(values);
  const dateText = values.dateText.trim();
  const tags = tagList(values.tags);
  if (title !== event.title) change.title = title;
  if (type !== event.type) change.type = type;
  if (dateChanged({ kind: 'edit', event }, values)) {
    change.date = dateText === '' ? null : { text: dateText };
  }
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
  if (values.certainty !== event.certainty) change.certainty = values.certainty;
  if (!sameList(tags, event.tags)) change.tags = tags;
  if (values.notes !== event.notes) change.notes = values.notes;
  return Object.keys(change).length === 1 ? null : change;
}
