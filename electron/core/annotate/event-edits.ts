import { DossierError } from '../../common/errors.ts';
import { resolveDateText } from '../dates/resolve-date.ts';
import type { DateRange } from '../../common/model/date-range.ts';
import {
  type Certainty,
  type DossierEvent,
  type Evidence,
  type EventsFile,
  type Participant,
} from '../../common/model/event.ts';
import { newEventId, type ArticleId, type EntityId, type EventId } from '../../common/model/ids.ts';
import type { NotebookChange } from '../commands/notebook-change.ts';
import { requireArticle, requireEntity, type NotebookView } from './notebook-view.ts';
import { anchorSelection, type Selection } from './selection.ts';
import { clip } from './mentions.ts';

/** A date as the analyst gives it: words to read against the article, or a range. */
export type DateInput = { text: string } | DateRange | null;

export interface EventFields {
  title: string;
  type: string;
  date?: DateInput;
  locationId?: EntityId | null;
  participants?: { entityId: EntityId; role: string }[];
  certainty?: Certainty;
  tags?: string[];
  notes?: string;
}

export type EvidenceInput = Selection & { articleId: ArticleId };

export function requireEvent(view: NotebookView, id: EventId): DossierEvent {
  const event = view.eventsFile.events.find((e) => e.id === id);
  if (event === undefined) throw new DossierError('not-found', `No event with id ${id}.`);
  return event;
}

export function createEvent(
  view: NotebookView,
  fields: EventFields,
  evidence: EvidenceInput[],
): NotebookChange & { eventId: EventId } {
  const anchored = evidence.map((input) => anchorEvidence(view, input));
  const event: DossierEvent = {
    id: newEventId(),
    title: fields.title.trim(),
    type: fields.type,
    date: readDate(view, fields.date ?? null, anchored),
    locationId: checkLocation(view, fields.locationId ?? null),
    participants: checkParticipants(view, fields.participants ?? []),
    evidence: anchored,
    certainty: fields.certainty ?? 'reported',
    tags: fields.tags ?? [],
    notes: fields.notes ?? '',
    createdAt: new Date().toISOString(),
  };
  return {
    label: `Add the event “${clip(event.title)}”`,
    events: withEvents(view.eventsFile, [...view.eventsFile.events, event]),
    eventId: event.id,
  };
}

export function updateEvent(
  view: NotebookView,
  id: EventId,
  fields: Partial<EventFields>,
): NotebookChange {
  const before = requireEvent(view, id);
  const after: DossierEvent = {
    ...before,
    ...(fields.title !== undefined && { title: fields.title.trim() }),
    ...(fields.type !== undefined && { type: fields.type }),
    ...(fields.date !== undefined && { date: readDate(view, fields.date, before.evidence) }),
    ...(fields.locationId !== undefined && { locationId: checkLocation(view, fields.locationId) }),
    ...(fields.participants !== undefined && {
      participants: checkParticipants(view, fields.participants),
    }),
    ...(fields.certainty !== undefined && { certainty: fields.certainty }),
    ...(fields.tags !== undefined && { tags: fields.tags }),
    ...(fields.notes !== undefined && { notes: fields.notes }),
  };
  const changed = (Object.keys(after) as (keyof DossierEvent)[]).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
  if (changed.length === 0)
    throw new DossierError('invalid-input', `Nothing to change in “${before.title}”.`);
  return {
    label: `Edit ${changed.join(', ')} of “${clip(before.title)}”`,
    events: replaceEvent(view.eventsFile, after),
  };
}

export function deleteEvent(view: NotebookView, id: EventId): NotebookChange {
  const event = requireEvent(view, id);
  return {
    label: `Delete the event “${clip(event.title)}”`,
    events: withEvents(
      view.eventsFile,
      view.eventsFile.events.filter((e) => e.id !== id),
    ),
  };
}

/** The same happening reported elsewhere: one more quoted span, possibly from another article. */
export function addEvidence(view: NotebookView, id: EventId, input: EvidenceInput): NotebookChange {
  const event = requireEvent(view, id);
  const evidence = newEvidence(view, input, event.evidence, 'event');
  return {
    label: `Add evidence to “${clip(event.title)}”`,
    events: replaceEvent(view.eventsFile, { ...event, evidence: [...event.evidence, evidence] }),
  };
}

export function removeEvidence(view: NotebookView, id: EventId, index: number): NotebookChange {
  const event = requireEvent(view, id);
  if (index < 0 || index >= event.evidence.length) {
    throw new DossierError(
      'not-found',
      `The event “${event.title}” has no evidence number ${index + 1}.`,
    );
  }
  return {
    label: `Remove evidence from “${clip(event.title)}”`,
    events: replaceEvent(view.eventsFile, {
      ...event,
      evidence: event.evidence.filter((_, i) => i !== index),
    }),
  };
}

/** What removing an article or an entity leaves of the events that referred to it. */
export function eventsWithout(
  events: EventsFile,
  gone: { articleId?: ArticleId; entityIds?: Set<EntityId>; renamed?: Map<EntityId, EntityId> },
): EventsFile | undefined {
  let touched = false;
  const next = events.events.map((event) => {
    const rename = (id: EntityId): EntityId => gone.renamed?.get(id) ?? id;
    const participants = dedupeParticipants(
      event.participants
        .filter((p) => !gone.entityIds?.has(p.entityId))
        .map((p) => ({ ...p, entityId: rename(p.entityId) })),
    );
    const locationId =
      event.locationId === null || gone.entityIds?.has(event.locationId)
        ? null
        : rename(event.locationId);
    const evidence = event.evidence.filter((e) => e.articleId !== gone.articleId);
    const after = { ...event, participants, locationId, evidence };
    if (JSON.stringify(after) !== JSON.stringify(event)) touched = true;
    return after;
  });
  return touched ? withEvents(events, next) : undefined;
}

export function anchorEvidence(view: NotebookView, input: EvidenceInput): Evidence {
  const article = requireArticle(view, input.articleId);
  return { ...anchorSelection(article, input, { withinParagraph: false }), articleId: article.id };
}

/** Words added as evidence of an event or a relation: anchored, and not evidence of it already. */
export function newEvidence(
  view: NotebookView,
  input: EvidenceInput,
  existing: readonly Evidence[],
  of: 'event' | 'relation',
): Evidence {
  const evidence = anchorEvidence(view, input);
  if (existing.some((e) => sameSpan(e, evidence)))
    throw new DossierError('invalid-input', `These words are already evidence of this ${of}.`);
  return evidence;
}

/** Whether two pieces of evidence quote the same words of the same article. */
export function sameSpan(
  a: Pick<Evidence, 'articleId' | 'start' | 'end'>,
  b: Pick<Evidence, 'articleId' | 'start' | 'end'>,
): boolean {
  return a.articleId === b.articleId && a.start === b.start && a.end === b.end;
}

export function readDate(
  view: NotebookView,
  input: DateInput,
  evidence: Evidence[],
): DateRange | null {
  if (input === null) return null;
  if ('start' in input) return input;
  const reference =
    evidence.length > 0 ? (view.getArticle(evidence[0]!.articleId)?.published ?? null) : null;
  const range = resolveDateText(input.text, reference);
  if (range === null) {
    throw new DossierError(
      'invalid-input',
      `“${input.text}” cannot be read as a date${reference === null ? ' (the article has no publication date to resolve it against)' : ''}; write it as 2021-03-16, March 2021 or 2021, for example.`,
    );
  }
  return { ...range, text: input.text.trim() };
}

function checkLocation(view: NotebookView, id: EntityId | null): EntityId | null {
  if (id === null) return null;
  const place = requireEntity(view, id);
  if (place.type !== 'location') {
    throw new DossierError(
      'invalid-input',
      `${place.name} is a ${place.type}, not a place; choose a location as the event's place.`,
    );
  }
  return id;
}

function checkParticipants(
  view: NotebookView,
  participants: { entityId: EntityId; role: string }[],
): Participant[] {
  for (const participant of participants) {
    if (view.getEntity(participant.entityId) === undefined) {
      throw new DossierError(
        'invalid-input',
        `Participant ${participant.entityId} is not an entity of this notebook; mark it first.`,
      );
    }
  }
  return dedupeParticipants(
    participants.map((p) => ({ entityId: p.entityId, role: p.role.trim() })),
  );
}

function dedupeParticipants(participants: Participant[]): Participant[] {
  const seen = new Set<string>();
  return participants.filter((p) => !seen.has(p.entityId) && seen.add(p.entityId));
}

function replaceEvent(events: EventsFile, event: DossierEvent): EventsFile {
  return withEvents(
    events,
    events.events.map((e) => (e.id === event.id ? event : e)),
  );
}

function withEvents(file: EventsFile, events: DossierEvent[]): EventsFile {
  return { ...file, events };
}
