import { z } from 'zod';
import {
  AnnotationIdSchema,
  ArticleIdSchema,
  EntityIdSchema,
  type AnnotationId,
  type ArticleId,
  type EntityId,
  EventIdSchema,
  type EventId,
} from '../model/ids.ts';
import { EntityTypeNameSchema, type Entity } from '../model/entity.ts';
import { CertaintySchema, EventTypeNameSchema, type DossierEvent } from '../model/event.ts';
import { DateRangeSchema } from '../model/date-range.ts';
import type { EventCandidateView, EventDraft } from '../model/event-candidate.ts';
import {
  ArticleMetadataSchema,
  ArticleMetadataPatchSchema,
  type Article,
  type ArticleSummary,
  type Paragraph,
} from '../model/article.ts';
import type { HistoryState, Touched } from './change.ts';
import { BackupIdSchema, type BackupInfo, type RestoreResult } from '../model/backup.ts';
import type { DamagedFile } from '../model/notebook.ts';

/**
 * The one API every host serves (docs/ARCHITECTURE.md "One API, several hosts"). Each method takes one
 * object, described by its zod schema below, which hosts use to validate what crosses IPC or
 * HTTP; the TypeScript types are inferred from the same schemas.
 */

const NonBlankText = z
  .string()
  .max(20_000_000, 'the text is longer than 20 million characters')
  .refine((text) => text.trim() !== '', 'the text is empty');

export const AddTextInputSchema = ArticleMetadataSchema.partial()
  .extend({
    title: z
      .string()
      .trim()
      .min(1, 'the title is empty')
      .max(1000, 'the title is longer than 1000 characters'),
    text: NonBlankText,
  })
  .strict();

/** A file sent by the page (browser mode, drag and drop): its name and its bytes in base64. */
export const UploadedFileSchema = z
  .object({
    name: z.string().min(1).max(1024),
    data: z.base64('the file data is not base64'),
  })
  .strict();

export const JobIdSchema = z.string().regex(/^[\w-]{1,64}$/, 'not a job id');

export const ImportFilesInputSchema = z
  .object({
    files: z.array(UploadedFileSchema).min(1, 'no files').max(1000),
    /** Calls that share a job id are one import: one progress bar, one undo. */
    jobId: JobIdSchema.optional(),
    /** Where this call's files stand in the whole job, for progress. */
    batch: z
      .object({ offset: z.number().int().nonnegative(), total: z.number().int().positive() })
      .strict()
      .optional(),
  })
  .strict();

/** What exportBriefing writes (issue 6; docx, references and brat: issue 19). */
export const EXPORT_FORMATS = [
  'md',
  'pdf',
  'docx',
  'json',
  'csv',
  'csl',
  'bibtex',
  'ris',
  'brat',
  'w3c',
  'graphml',
  'gexf',
] as const;

const NoInput = z.object({}).strict();
const ById = z.object({ id: ArticleIdSchema }).strict();

/** Words selected in an article: where they are, and what they say (checked against the text). */
const SelectionFields = {
  articleId: ArticleIdSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z
    .string()
    .min(1, 'the selection is empty')
    .max(2000, 'the selection is longer than 2000 characters'),
};
const EntityName = z.string().trim().min(1, 'the name is empty').max(300);

/** Who a mention refers to: a registered entity, or a new one of a type (named by the selection). */
const MentionTargetSchema = z.union([
  z.object({ entityId: EntityIdSchema }).strict(),
  z.object({ type: EntityTypeNameSchema, name: EntityName.optional() }).strict(),
]);

const MentionRefSchema = z
  .object({ articleId: ArticleIdSchema, mentionId: AnnotationIdSchema })
  .strict();
const DateInputSchema = z.union([
  z.object({ text: z.string().trim().min(1, 'the date is empty').max(200) }).strict(),
  DateRangeSchema,
]);
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

const Comment = z.string().max(100_000, 'the comment is longer than 100,000 characters');

// --- search (issue 8): full-text search over articles, entities, events and notes ---
import type { SearchResult } from '../model/search.ts';
export type { SearchHit, SearchHitKind, SearchIndexing, SearchResult } from '../model/search.ts';
const searchInputSchemas = {
  search: z
    .object({
      query: z.string().max(500, 'the query is longer than 500 characters'),
      limit: z.number().int().min(1).max(200).optional(),
      /** While the index is first built, answer from the part built so far instead of waiting. */
      partial: z.boolean().optional(),
    })
    .strict(),
};
interface SearchOutputs {
  search: SearchResult;
}
// --- end search ---

// --- briefing (issue 6): briefings, their preview and the exports (electron/core/briefing) ---
import {
  BriefingIdSchema,
  SectionFilterSchema,
  SectionInputSchema,
  type Briefing,
  type BriefingId,
} from '../model/briefing.ts';
import { IsoDateSchema } from '../model/dates.ts';
export type { Briefing, BriefingId, Section, SectionFilter } from '../model/briefing.ts';
const briefingInputSchemas = {
  listBriefings: z.object({}).strict(),
  getBriefing: z.object({ id: BriefingIdSchema }).strict(),
  /** A new briefing, a copy of the default one (summary, key actors, timeline, sources). */
  createBriefing: z
    .object({ title: z.string().trim().min(1, 'the title is empty').max(300).optional() })
    .strict(),
  updateBriefing: z
    .object({
      id: BriefingIdSchema,
      title: z.string().trim().min(1, 'the title is empty').max(300).optional(),
      author: z.string().trim().max(300).optional(),
      date: IsoDateSchema.nullable().optional(),
      classification: z.string().trim().max(200).optional(),
      /** One filter for the whole briefing, besides each section's (issue 18). */
      filter: SectionFilterSchema.optional(),
      sections: z.array(SectionInputSchema).max(200).optional(),
    })
    .strict(),
  deleteBriefing: z.object({ id: BriefingIdSchema }).strict(),
  /** Markdown and safe HTML of a briefing (no id: the default briefing of the notebook). */
  renderBriefing: z.object({ id: BriefingIdSchema.optional() }).strict(),
  /**
   * A briefing (md, pdf, docx) or the whole notebook (json, csv: three files; brat: two per
   * article and annotation.conf), or the articles
   * as references (csl, bibtex, ris: all, or those the briefing `id` cites) as files for the host
   * to save; text files as UTF-8, the PDF as base64.
   */
  exportBriefing: z
    .object({
      id: BriefingIdSchema.optional(),
      format: z.enum(EXPORT_FORMATS, `the format is one of ${EXPORT_FORMATS.join(', ')}`),
      paper: z.enum(['a4', 'letter']).optional(),
    })
    .strict(),
  /** Every highlight in the notebook, for the composer's citation picker (quotes). */
  listHighlights: z.object({}).strict(),
};
export interface BriefingSummary {
  id: BriefingId;
  title: string;
  author: string;
  date: string | null;
  sectionCount: number;
  /** The briefing created or edited last, which the Briefing view opens (issue 18). */
  lastEdited: boolean;
}
/** A highlight as something to cite: `[@quote:articleId:start-end]`. */
export interface HighlightView {
  articleId: ArticleId;
  articleTitle: string;
  highlightId: AnnotationId;
  start: number;
  end: number;
  quote: string;
  comment: string;
}
export interface ExportedFileView {
  /** Suggested file name. */
  name: string;
  mediaType: string;
  encoding: 'utf8' | 'base64';
  content: string;
}
interface BriefingOutputs {
  listBriefings: BriefingSummary[];
  getBriefing: Briefing;
  createBriefing: HistoryState & { id: BriefingId };
  updateBriefing: HistoryState & { briefing: Briefing };
  deleteBriefing: HistoryState;
  renderBriefing: { title: string; markdown: string; html: string };
  exportBriefing: { files: ExportedFileView[] };
  listHighlights: HighlightView[];
}
// --- end briefing ---

// --- sources (issue 18): outlets, their grades, copies, credibility of evidence ---
import {
  CredibilitySchema,
  ReliabilitySchema,
  SourceNameSchema,
  type Source,
} from '../model/source.ts';
export type { Credibility, Reliability, Source, SourceId } from '../model/source.ts';
import type { CopyOf } from '../model/article.ts';
import type { Credibility } from '../model/source.ts';
/** A source by its id or by one of its names. */
const SourceRef = z.string().trim().min(1, 'name a source').max(300);
const sourcesInputSchemas = {
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
interface SourcesOutputs {
  listSources: SourceView[];
  /** `source`: the source as it is after the edit. */
  updateSource: HistoryState & { source: SourceView };
  mergeSources: HistoryState;
  gradeEvidence: HistoryState;
  gradeEvent: HistoryState;
}
// --- end sources ---

// --- linking (issue 15): the review queue's groups and decisions on many suggestions at once ---
const SuggestionRefSchema = z
  .object({
    articleId: ArticleIdSchema,
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .strict();
const linkingInputSchemas = {
  /** The open suggestions of the whole notebook, grouped by text, type and proposed entity. */
  listSuggestionGroups: NoInput,
  /**
   * Accept these suggestions (one undo): as they are, as another type (`type`: retyped before
   * accepting) or linked to an entity (`entityId`: an ambiguous one resolved, or relinked). An
   * entity of another type than the suggestions' is refused unless `allowTypeChange`.
   */
  acceptSuggestionGroup: z
    .object({
      items: z.array(SuggestionRefSchema).min(1, 'no suggestions').max(10_000),
      type: EntityTypeNameSchema.optional(),
      entityId: EntityIdSchema.optional(),
      /** File them under the entity of this name (created if none): a candidate not yet registered. */
      name: EntityName.optional(),
      allowTypeChange: z.boolean().optional(),
    })
    .strict()
    .refine(
      (input) => input.entityId === undefined || (input.type ?? input.name) === undefined,
      'give an entity, or a type and a name, not both',
    ),
  /** Reject these suggestions (one undo), or with `everywhere` their names in every article. */
  rejectSuggestionGroup: z
    .object({
      items: z.array(SuggestionRefSchema).min(1, 'no suggestions').max(10_000),
      everywhere: z.boolean().default(false),
    })
    .strict(),
  /** The entities going by this name or alias, compared without case and edge punctuation. */
  entitiesNamed: z.object({ name: z.string().max(300) }).strict(),
};
// --- end linking inputs ---

// --- relations (issue 17): sourced ties between entities, their suggestions, the link chart ---
import { RelationIdSchema, type RelationId } from '../model/ids.ts';
import {
  RelationTypeNameSchema,
  type ChartPin,
  type Relation,
  type RelationType,
} from '../model/relation.ts';
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
const relationInputSchemas = {
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
};
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
  pattern: 'possessive' | 'apposition' | 'member';
}
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
interface RelationOutputs {
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
  pinChartNodes: HistoryState;
}
// --- end relations ---

export const apiInputSchemas = {
  info: NoInput,
  /** Every article's summary, or with `ids` only those (the page refreshes what a change touched). */
  listArticles: z.object({ ids: z.array(ArticleIdSchema).max(100_000).optional() }).strict(),
  getArticle: ById,
  addText: AddTextInputSchema,
  deleteArticle: ById,
  updateArticle: z.object({ id: ArticleIdSchema, metadata: ArticleMetadataPatchSchema }).strict(),
  importFiles: ImportFilesInputSchema,
  cancelImport: z.object({ jobId: JobIdSchema }).strict(),
  undo: NoInput,
  redo: NoInput,
  listEntities: NoInput,
  getEntity: z.object({ id: EntityIdSchema }).strict(),
  markMention: z.object({ ...SelectionFields, target: MentionTargetSchema }).strict(),
  removeMention: MentionRefSchema,
  relinkMention: MentionRefSchema.extend({
    target: MentionTargetSchema,
    /** Link to an entity of another type than the mention's (the interface asks first). */
    allowTypeChange: z.boolean().optional(),
  }).strict(),
  updateEntity: z
    .object({
      id: EntityIdSchema,
      name: EntityName.optional(),
      type: EntityTypeNameSchema.optional(),
      aliases: z.array(EntityName).max(200).optional(),
      description: z.string().max(20_000).optional(),
    })
    .strict(),
  mergeEntities: z
    .object({
      targetId: EntityIdSchema,
      sourceIds: z.array(EntityIdSchema).min(1, 'choose at least one entity to merge').max(500),
    })
    .strict(),
  splitEntity: z
    .object({
      entityId: EntityIdSchema,
      mentions: z.array(MentionRefSchema).min(1, 'choose the mentions to split off').max(10_000),
      name: EntityName,
      type: EntityTypeNameSchema.optional(),
    })
    .strict(),
  deleteEntity: z.object({ id: EntityIdSchema }).strict(),
  findDuplicateEntities: NoInput,
  listSuggestions: z.object({ articleId: ArticleIdSchema }).strict(),
  /**
   * Accept open suggestions: one (articleId + start + end), every one with a text in one
   * article (articleId + text) or in all (text), all of one article (articleId), or all.
   */
  acceptSuggestions: z
    .object({
      articleId: ArticleIdSchema.optional(),
      text: z.string().min(1).max(300).optional(),
      start: z.number().int().nonnegative().optional(),
      end: z.number().int().nonnegative().optional(),
    })
    .strict()
    .refine(
      (input) => (input.start === undefined) === (input.end === undefined),
      'give both start and end, or neither',
    )
    .refine(
      (input) => input.start === undefined || input.articleId !== undefined,
      'a span needs its articleId',
    ),
  /** Turn down one suggestion (start + end) or every one with a text in the article (text). */
  rejectSuggestion: z
    .object({
      articleId: ArticleIdSchema,
      start: z.number().int().nonnegative().optional(),
      end: z.number().int().nonnegative().optional(),
      text: z.string().min(1).max(300).optional(),
      /** Never suggest this name again, in any article. */
      everywhere: z.boolean().default(false),
    })
    .strict()
    .refine(
      (input) =>
        (input.start !== undefined && input.end !== undefined) !== (input.text !== undefined),
      'give either start and end, or text',
    ),
  addHighlight: z.object({ ...SelectionFields, comment: Comment.default('') }).strict(),
  editHighlight: z
    .object({ articleId: ArticleIdSchema, highlightId: AnnotationIdSchema, comment: Comment })
    .strict(),
  removeHighlight: z
    .object({ articleId: ArticleIdSchema, highlightId: AnnotationIdSchema })
    .strict(),
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
  /** The notebook's rolling backups; restoring one is undoable. */
  listBackups: NoInput,
  restoreBackup: z.object({ id: BackupIdSchema }).strict(),
  ...searchInputSchemas, // search (issue 8)
  ...briefingInputSchemas, // briefing (issue 6)
  ...linkingInputSchemas, // linking (issue 15)
  ...relationInputSchemas, // relations (issue 17)
  ...sourcesInputSchemas, // sources (issue 18)
} as const;

export type ApiMethod = keyof typeof apiInputSchemas;
export type ApiInput<M extends ApiMethod> = z.input<(typeof apiInputSchemas)[M]>;
export type ApiParsedInput<M extends ApiMethod> = z.output<(typeof apiInputSchemas)[M]>;

export interface NotebookInfo extends HistoryState {
  title: string;
  folder: string;
  readOnly: boolean;
  articleCount: number;
  damaged: DamagedFile[];
  /** Why backups are failing (a read-only backups/ folder, a full disk), or null. */
  backupProblem: string | null;
  /** The built-in entity types and every type the analyst has used. */
  entityTypes: string[];
}

/** Enough of an entity to label and colour its mentions. */
export type EntityLabel = Pick<Entity, 'id' | 'name' | 'type'>;

export interface ArticleView extends Article {
  paragraphs: Paragraph[];
  /** The entities this article's mentions refer to. */
  entities: Record<EntityId, EntityLabel>;
}

export interface EntitySummary extends Entity {
  mentionCount: number;
  articleCount: number;
}

/** One mention of an entity somewhere in the notebook, with the words around it. */
export interface MentionInContext {
  articleId: ArticleId;
  articleTitle: string;
  mentionId: AnnotationId;
  start: number;
  end: number;
  quote: string;
  before: string;
  after: string;
}

export interface EntityDetail extends EntitySummary {
  mentions: MentionInContext[];
}

export interface Suggestion {
  start: number;
  end: number;
  text: string;
  type: string;
  /** Set when the suggestion links to a registered entity. */
  entityId?: EntityId;
  /**
   * The entity an accept files it under ("→ Sung Kim"): a registered one (with `entityId`) or
   * one the accept creates under this name; absent, a new entity named `text`.
   */
  entityName?: string;
  /** Two or more entities it could be ("which Kim?"): no entity is guessed, the analyst picks. */
  candidates?: LinkCandidate[];
  source: 'registry' | 'recognizer';
  score: number;
}

/** An entity a suggestion may belong to: registered, or named in the article and not yet. */
export interface LinkCandidate {
  entityId?: EntityId;
  name: string;
}

// --- linking (issue 15): outputs of the review queue's methods ---
/** One place a suggestion of a group stands, with the words around it. */
export interface SuggestionInContext {
  articleId: ArticleId;
  articleTitle: string;
  start: number;
  end: number;
  before: string;
  after: string;
  score: number;
}
export interface SuggestionGroupView {
  /** Stable while the group's text, type and proposed entity stay the same. */
  key: string;
  text: string;
  type: string;
  entityId?: EntityId;
  entityName?: string;
  candidates?: LinkCandidate[];
  /** The highest score among its suggestions. */
  score: number;
  articleCount: number;
  items: SuggestionInContext[];
}
interface LinkingOutputs {
  listSuggestionGroups: SuggestionGroupView[];
  acceptSuggestionGroup: HistoryState & { accepted: number };
  rejectSuggestionGroup: HistoryState & { rejected: number };
  entitiesNamed: EntityLabel[];
}
// --- end linking ---

export interface DuplicateCandidate {
  entities: [EntitySummary, EntitySummary];
  /** Why they look alike, in words: "same surname", "one name contains the other". */
  reason: string;
}

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

export interface ApiOutputs
  extends SearchOutputs, BriefingOutputs, LinkingOutputs, RelationOutputs, SourcesOutputs {
  info: NotebookInfo;
  listArticles: ArticleSummary[];
  getArticle: ArticleView;
  addText: { id: ArticleId };
  deleteArticle: HistoryState;
  updateArticle: ArticleSummary;
  importFiles: { results: ImportResult[] };
  cancelImport: { cancelled: boolean };
  listEntities: EntitySummary[];
  getEntity: EntityDetail;
  markMention: HistoryState & { mentionId: AnnotationId; entityId: EntityId };
  removeMention: HistoryState;
  relinkMention: HistoryState;
  updateEntity: HistoryState;
  mergeEntities: HistoryState;
  splitEntity: HistoryState & { entityId: EntityId };
  /** `relationsRemoved`: how many relations went with it (undo brings them back). */
  deleteEntity: HistoryState & { relationsRemoved: number };
  findDuplicateEntities: DuplicateCandidate[];
  listSuggestions: Suggestion[];
  /** `ambiguous`: open suggestions left for the analyst to choose an entity (which Kim?). */
  acceptSuggestions: HistoryState & { accepted: number; ambiguous: number };
  rejectSuggestion: HistoryState;
  addHighlight: HistoryState & { highlightId: AnnotationId };
  editHighlight: HistoryState;
  removeHighlight: HistoryState;
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
  undo: HistoryState & { undone: string };
  redo: HistoryState & { redone: string };
  listBackups: BackupInfo[];
  restoreBackup: HistoryState & RestoreResult;
}

export type NotebookApi = {
  [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiOutputs[M]>;
};

export interface ImportResult {
  /** The file as the user named it. */
  path: string;
  status: 'imported' | 'duplicate' | 'failed';
  /** The new article, or the one it duplicates. */
  id?: ArticleId;
  title?: string;
  /** Which part of the file, for feeds: "item 3 of 20". */
  part?: string;
  reason?: string;
  /** An imported article that is largely another's text (a wire copy): which, how much. */
  copyOf?: CopyOf;
}

export interface ImportProgress {
  type: 'import-progress';
  jobId: string;
  /** Files finished so far. */
  done: number;
  total: number;
  /** The file being read now; empty once the job is done. */
  current: string;
}

/** What the service implements: each method receives its input already validated. */
export type NotebookHandlers = {
  [M in ApiMethod]: (input: ApiParsedInput<M>) => Promise<ApiOutputs[M]>;
};

/** What the core tells the page without being asked. */
/** A change: its label (as in "Undo …") and what it touched (an undo or redo: the same). */
export type NotebookEvent = { type: 'changed'; label: string; touched: Touched } | ImportProgress;

export const API_METHODS = Object.keys(apiInputSchemas) as ApiMethod[];

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.hasOwn(apiInputSchemas, name);
}

export type {
  ArticleId,
  ArticleSummary,
  Paragraph,
  HistoryState,
  Touched,
  DamagedFile,
  EntityId,
  AnnotationId,
  Entity,
};
export type { BackupInfo, RestoreResult };
