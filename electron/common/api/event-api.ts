import { z } from 'zod';
import {
  ArticleIdSchema,
  EntityIdSchema,
  EventIdSchema,
  type ArticleId,
  type EventId,
} from '../model/ids.ts';
import { CertaintySchema, EventTypeNameSchema, type DossierEvent } from '../model/event.ts';
import type { EventCandidateView, EventDraft } from '../model/event-candidate.ts';
import type { Credibility } from '../model/source.ts';
import type { HistoryState } from './change.ts';
import type { EntityLabel } from './entity-api.ts';
import { DateInputSchema, NoInput, SelectionFields } from './input-fields.ts';

// Events (the API's area): who did what, when and where, tied to the words that report it.

const EventFieldsSchema = {
  title: z.string().trim().min(1, 'the title is empty').max(300),
  type: EventTypeNameSchema,
  date: DateInputSchema.nullable(),
  locationId: EntityIdSchema.nullable(),
  participants: z
    .array(z.object({ entityId: EntityIdSchema, role: z.string().max(60).default('') }).strict())
    .max(200),
  certainty: CertaintySchema,
  tags: z.array(z.string().trim().min(1)).max(100),
  notes: z.string().max(100_000),
};
const EvidenceInputSchema = z.object(SelectionFields).strict();
const CandidateRef = z
  .object({
    articleId: ArticleIdSchema,
    candidateId: z.string().regex(/^\d+-\d+-\d+$/, 'not a candidate id'),
  })
  .strict();

export const eventInputs = {
  listEvents: NoInput,
  createEvent: z
    .object({
      ...EventFieldsSchema,
      date: EventFieldsSchema.date.optional(),
      locationId: EventFieldsSchema.locationId.optional(),
      participants: EventFieldsSchema.participants.optional(),
      certainty: EventFieldsSchema.certainty.optional(),
      tags: EventFieldsSchema.tags.optional(),
      notes: EventFieldsSchema.notes.optional(),
      evidence: z.array(EvidenceInputSchema).max(100).default([]),
    })
    .strict(),
  updateEvent: z
    .object({ id: EventIdSchema, ...EventFieldsSchema })
    .partial()
    .required({ id: true })
    .strict(),
  deleteEvent: z.object({ id: EventIdSchema }).strict(),
  addEvidence: z.object({ eventId: EventIdSchema, ...SelectionFields }).strict(),
  removeEvidence: z
    .object({ eventId: EventIdSchema, index: z.number().int().nonnegative() })
    .strict(),
  listEventSuggestions: z.object({ articleId: ArticleIdSchema }).strict(),
  acceptEventSuggestion: CandidateRef,
  rejectEventSuggestion: CandidateRef,
  /** The event a selection reports, to prefill the form (changes nothing). */
  draftEvent: z.object(SelectionFields).strict(),
};

/** An event with the names and sources it refers to, for lists and the timeline. */
export interface EventView extends Omit<DossierEvent, 'evidence' | 'credibility'> {
  evidence: (DossierEvent['evidence'][number] & { credibility: Credibility | null })[];
  credibility: Credibility | null;
  /** Sources that back it on their own word: copies of one story count once. */
  independentSources: number;
  /** A credibility drawn from the corroboration, for the analyst to confirm. */
  suggestedCredibility: Credibility | null;
  /** Where its pieces of evidence disagree (dates, places, counts), the values side by side. */
  discrepancies: {
    field: 'date' | 'place' | 'number';
    values: { articleId: ArticleId; evidenceIndex: number; value: string }[];
  }[];
  location: EntityLabel | null;
  participantLabels: (EntityLabel & { role: string })[];
  sources: {
    articleId: ArticleId;
    title: string;
    source: string;
    published: string | null;
    url: string;
    /** The outlet as cited, with its grade: "UrduPoint News / Sputnik [C]". */
    outlet: string;
  }[];
}

export interface EventOutputs {
  listEvents: EventView[];
  createEvent: HistoryState & { eventId: EventId };
  updateEvent: HistoryState;
  deleteEvent: HistoryState;
  addEvidence: HistoryState;
  removeEvidence: HistoryState;
  listEventSuggestions: EventCandidateView[];
  acceptEventSuggestion: HistoryState & { eventId: EventId };
  rejectEventSuggestion: HistoryState;
  draftEvent: EventDraft;
}
