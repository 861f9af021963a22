import { z } from 'zod';
import {
  ArticleIdSchema,
  EntityIdSchema,
  EventIdSchema,
  RelationIdSchema,
  type ArticleId,
  type EntityId,
  type EventId,
  type RelationId,
} from '../model/ids.ts';
import { CertaintySchema, type DossierEvent } from '../model/event.ts';
import {
  RelationTypeNameSchema,
  type ChartPin,
  type Relation,
  type RelationType,
} from '../model/relation.ts';
import type { HistoryState } from './change.ts';
import type { EntityLabel } from './entity-api.ts';
import { DateInputSchema, NoInput, SelectionFields } from './input-fields.ts';

// Relations (the API's area, issue 17): sourced ties between entities, their suggestions, the
// link chart.

export type { ChartPin, Relation, RelationId, RelationType };
const RelationFieldsSchema = {
  type: RelationTypeNameSchema,
  from: EntityIdSchema,
  to: EntityIdSchema,
  directed: z.boolean(),
  date: DateInputSchema.nullable(),
  certainty: CertaintySchema,
  tags: z.array(z.string().trim().min(1)).max(100),
  notes: z.string().max(100_000),
};
const RelationCandidateRef = z
  .object({ articleId: ArticleIdSchema, candidateId: z.string().min(1).max(200) })
  .strict();
export const relationInputs = {
  listRelations: NoInput,
  createRelation: z
    .object({
      ...RelationFieldsSchema,
      directed: RelationFieldsSchema.directed.optional(),
      date: RelationFieldsSchema.date.optional(),
      certainty: RelationFieldsSchema.certainty.optional(),
      tags: RelationFieldsSchema.tags.optional(),
      notes: RelationFieldsSchema.notes.optional(),
      evidence: z.array(z.object(SelectionFields).strict()).max(100).default([]),
    })
    .strict(),
  updateRelation: z
    .object({ id: RelationIdSchema, ...RelationFieldsSchema })
    .partial()
    .required({ id: true })
    .strict(),
  deleteRelation: z.object({ id: RelationIdSchema }).strict(),
  addRelationEvidence: z.object({ relationId: RelationIdSchema, ...SelectionFields }).strict(),
  /** The analyst's own type ("advises"), with its direction. */
  addRelationType: z.object({ name: RelationTypeNameSchema, directed: z.boolean() }).strict(),
  /** Suggested relations of one article, or of every article when none is given. */
  listRelationSuggestions: z.object({ articleId: ArticleIdSchema.optional() }).strict(),
  acceptRelationSuggestion: RelationCandidateRef,
  rejectRelationSuggestion: RelationCandidateRef,
  /** The link chart's nodes, relations, event links and pinned positions. */
  linkChart: NoInput,
  /** The same chart with each link's evidence as places only (the page's chart: see below). */
  linkChartOutline: NoInput,
  /** The quotes of one relation's or one event's evidence, for the link the analyst selects. */
  linkEvidence: z.union([
    z.object({ relationId: RelationIdSchema }).strict(),
    z.object({ eventId: EventIdSchema }).strict(),
  ]),
  /** Pin chart nodes where they stand, or unpin them (`position: null`). */
  pinChartNodes: z
    .object({
      pins: z
        .array(
          z
            .object({
              entityId: EntityIdSchema,
              position: z.object({ x: z.number().finite(), y: z.number().finite() }).nullable(),
            })
            .strict(),
        )
        .min(1, 'no nodes to pin')
        .max(10_000),
    })
    .strict(),
  /**
   * Keep the force-directed positions the page computed for the layout input `key` names
   * (network-layout.ts `layoutKey`), so that the chart's next opening, even after a restart,
   * draws at once; a derived cache (`cache/chart-layout.json`), not an edit: nothing to undo.
   */
  keepChartLayout: z
    .object({
      key: z.string().min(1).max(200),
      positions: z
        .record(z.string().max(200), z.object({ x: z.number().finite(), y: z.number().finite() }))
        .refine((positions) => Object.keys(positions).length <= 20_000, 'too many positions'),
    })
    .strict(),
};
/** The last force-directed layout kept (keepChartLayout): its input's key and the positions. */
export interface KeptChartLayout {
  key: string;
  positions: Record<string, { x: number; y: number }>;
}
/** A relation with the names of its ends. */
export interface RelationView extends Relation {
  fromLabel: EntityLabel;
  toLabel: EntityLabel;
}
/** A relation the text suggests, with the sentence that says so. */
export interface RelationCandidateView {
  /** Stable while the article and its mentions do not change. */
  candidateId: string;
  articleId: ArticleId;
  type: string;
  from: EntityLabel;
  to: EntityLabel;
  evidence: { start: number; end: number; text: string };
  /** Which wording it was read from: "Japan's Defense Minister Nobuo Kishi" is a possessive. */
  pattern: RelationPattern;
}
/** The wordings relations are read from ("Apple CEO Tim Cook" is a title). */
export type RelationPattern = 'possessive' | 'apposition' | 'member' | 'title';
/** Participants of one accepted event, linked by it (computed from the event, never stored). */
export interface EventLinkView {
  eventId: EventId;
  title: string;
  type: string;
  date: DossierEvent['date'];
  from: EntityId;
  to: EntityId;
  tags: string[];
  evidence: DossierEvent['evidence'];
}
export interface ChartNode extends EntityLabel {
  mentionCount: number;
  articleCount: number;
}
export interface LinkChartView {
  nodes: ChartNode[];
  relations: RelationView[];
  eventLinks: EventLinkView[];
  pins: ChartPin[];
  types: RelationType[];
}
/** Where a piece of evidence is, without its words: what the chart counts and filters by. */
export interface EvidencePlace {
  articleId: ArticleId;
  start: number;
  end: number;
}
/**
 * The link chart as the page draws it: each link's evidence as places, its quotes read with
 * `linkEvidence` when the link is selected (the quotes and their context were 1.7 MB of 1,000
 * entities' chart, parsed and collected on the page's main thread at every opening).
 */
export interface LinkChartOutline extends Omit<LinkChartView, 'relations' | 'eventLinks'> {
  relations: (Omit<Relation, 'evidence' | 'notes' | 'createdAt'> & { evidence: EvidencePlace[] })[];
  eventLinks: (Omit<EventLinkView, 'evidence'> & { evidence: EvidencePlace[] })[];
  /** The last layout the page kept; used when its key is the chart's own. */
  layout: KeptChartLayout | null;
}
export interface RelationOutputs {
  listRelations: RelationView[];
  createRelation: HistoryState & { relationId: RelationId };
  updateRelation: HistoryState;
  deleteRelation: HistoryState;
  addRelationEvidence: HistoryState;
  addRelationType: HistoryState;
  listRelationSuggestions: RelationCandidateView[];
  acceptRelationSuggestion: HistoryState & { relationId: RelationId };
  rejectRelationSuggestion: HistoryState;
  linkChart: LinkChartView;
  linkChartOutline: LinkChartOutline;
  linkEvidence: DossierEvent['evidence'];
  pinChartNodes: HistoryState;
  keepChartLayout: { kept: boolean };
}
