import { z } from 'zod';
import {
  AnnotationIdSchema,
  ArticleIdSchema,
  EventIdSchema,
  RelationIdSchema,
  type ArticleId,
} from '../model/ids.ts';
import {
  CredibilitySchema,
  ReliabilitySchema,
  SourceNameSchema,
  type Source,
} from '../model/source.ts';
export type { Credibility, Reliability, Source, SourceId } from '../model/source.ts';
import type { HistoryState } from './change.ts';
import { NoInput } from './input-fields.ts';

// Sources (the API's area, issue 18): outlets, their grades, copies, credibility of evidence.

/** A source by its id or by one of its names. */
const SourceRef = z.string().trim().min(1, 'name a source').max(300);
export const sourceInputs = {
  /** Every outlet the articles name, with its grade and articles. */
  listSources: NoInput,
  /** Rename, grade (null: ungraded) or annotate a source. */
  updateSource: z
    .object({
      id: SourceRef,
      name: SourceNameSchema.optional(),
      reliability: ReliabilitySchema.nullable().optional(),
      notes: z.string().max(100_000).optional(),
    })
    .strict(),
  /** Merge sources into `targetId`, which takes their names as aliases. */
  mergeSources: z
    .object({ targetId: SourceRef, sourceIds: z.array(SourceRef).min(1, 'no sources').max(1000) })
    .strict(),
  /** The credibility (1–6, null: ungraded) of one piece of an event's evidence. */
  gradeEvidence: z
    .object({
      eventId: EventIdSchema,
      index: z.number().int().nonnegative(),
      credibility: CredibilitySchema.nullable(),
    })
    .strict(),
  /** The credibility (1–6, null: ungraded) of one piece of a relation's evidence. */
  gradeRelationEvidence: z
    .object({
      relationId: RelationIdSchema,
      index: z.number().int().nonnegative(),
      credibility: CredibilitySchema.nullable(),
    })
    .strict(),
  /** The credibility (1–6, null: ungraded) of the words of a highlight (a quote). */
  gradeHighlight: z
    .object({
      articleId: ArticleIdSchema,
      highlightId: AnnotationIdSchema,
      credibility: CredibilitySchema.nullable(),
    })
    .strict(),
  /** The analyst's assessed credibility of an event as a whole. */
  gradeEvent: z
    .object({ eventId: EventIdSchema, credibility: CredibilitySchema.nullable() })
    .strict(),
};
/** A source with the articles it wrote or republished. */
export interface SourceView extends Source {
  articles: ArticleId[];
  /** Those of `articles` it republished from another outlet ("UrduPoint News / Sputnik"). */
  republished: ArticleId[];
}
export interface SourceOutputs {
  listSources: SourceView[];
  /** `source`: the source as it is after the edit. */
  updateSource: HistoryState & { source: SourceView };
  mergeSources: HistoryState;
  gradeEvidence: HistoryState;
  gradeRelationEvidence: HistoryState;
  gradeHighlight: HistoryState;
  gradeEvent: HistoryState;
}
