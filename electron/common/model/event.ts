import { z } from 'zod';
import { ANCHOR_SHAPE, SPAN_NOT_EMPTY } from './anchor.ts';
import { DateRangeSchema } from './date-range.ts';
import { ArticleIdSchema, EntityIdSchema, EventIdSchema } from './ids.ts';
import { CredibilitySchema } from './source.ts';

export const EVENTS_SCHEMA_VERSION = 1;

/** The built-in event types; analysts may add their own (lower-case words). */
export const BUILT_IN_EVENT_TYPES = [
  'meeting',
  'visit',
  'talks',
  'statement',
  'agreement',
  'sanction',
  'attack',
  'election',
  'other',
] as const;
export type BuiltInEventType = (typeof BUILT_IN_EVENT_TYPES)[number];

export const EventTypeNameSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,31}$/, 'an event type is a lower-case word (letters, digits, dashes)');

/** How sure the analyst is that it happened as described (i2's grading, simplified). */
export const CertaintySchema = z.enum(['confirmed', 'likely', 'possible', 'reported']);
export type Certainty = z.infer<typeof CertaintySchema>;

/**
 * Words of an article that report the event, and how credible the analyst judges them (1–6,
 * absent until graded).
 */
export const EvidenceSchema = z
  .object({
    ...ANCHOR_SHAPE,
    articleId: ArticleIdSchema,
    credibility: CredibilitySchema.nullable().optional(),
  })
  .refine(...SPAN_NOT_EMPTY);
export type Evidence = z.infer<typeof EvidenceSchema>;

export const ParticipantSchema = z.object({
  entityId: EntityIdSchema,
  /** host, visitor, speaker, target… free text, may be empty. */
  role: z.string().trim().max(60).default(''),
});
export type Participant = z.infer<typeof ParticipantSchema>;

export const EventSchema = z.object({
  id: EventIdSchema,
  title: z.string().trim().min(1, 'the title is empty').max(300),
  type: EventTypeNameSchema,
  date: DateRangeSchema.nullable(),
  locationId: EntityIdSchema.nullable(),
  participants: z.array(ParticipantSchema),
  evidence: z.array(EvidenceSchema),
  certainty: CertaintySchema,
  /** The analyst's assessed credibility of the event as a whole (1–6), absent until set. */
  credibility: CredibilitySchema.nullable().optional(),
  tags: z.array(z.string().trim().min(1)).default([]),
  notes: z.string().max(100_000).default(''),
  createdAt: z.iso.datetime(),
});
export type DossierEvent = z.infer<typeof EventSchema>;

/** An event candidate the analyst turned down: the sentence it came from. */
export const RejectedCandidateSchema = z.object({
  articleId: ArticleIdSchema,
  start: z.number().int(),
  end: z.number().int(),
});

/** events.json */
export const EventsFileSchema = z.object({
  schemaVersion: z.literal(EVENTS_SCHEMA_VERSION),
  events: z.array(EventSchema),
  rejectedCandidates: z.array(RejectedCandidateSchema).default([]),
});
export type EventsFile = z.infer<typeof EventsFileSchema>;

export function emptyEventsFile(): EventsFile {
  return { schemaVersion: EVENTS_SCHEMA_VERSION, events: [], rejectedCandidates: [] };
}
