import { z } from 'zod';
import { ArticleIdSchema, EntityIdSchema, type ArticleId, type EntityId } from '../model/ids.ts';
import { EntityTypeNameSchema } from '../model/entity.ts';
import type { MentionOrigin } from '../model/suggestion-origin.ts';
import type { HistoryState } from './change.ts';
import type { EntityLabel } from './entity-api.ts';
import { EntityName, NoInput } from './input-fields.ts';

// Entity suggestions (the API's area): one article's, and the review queue's groups and
// decisions on many at once (linking, issue 15).

const SuggestionRefSchema = z
  .object({
    articleId: ArticleIdSchema,
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .strict();

export const suggestionInputs = {
  listSuggestions: z.object({ articleId: ArticleIdSchema }).strict(),
  /**
   * Accept open suggestions: one (articleId + start + end), every one with a text in one
   * article (articleId + text) or in all (text), all of one article (articleId), or all; with
   * `minConfidence`, only those at or above it (Accept all's threshold), the rest left open.
   */
  acceptSuggestions: z
    .object({
      articleId: ArticleIdSchema.optional(),
      text: z.string().min(1).max(300).optional(),
      start: z.number().int().nonnegative().optional(),
      end: z.number().int().nonnegative().optional(),
      minConfidence: z.number().min(0).max(1).optional(),
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
  origin: MentionOrigin;
  /** How likely it is right: a probability calibrated on dev gold (entity-calibration.ts). */
  confidence: number;
}

/** An entity a suggestion may belong to: registered, or named in the article and not yet. */
export interface LinkCandidate {
  entityId?: EntityId;
  name: string;
}

/** One place a suggestion of a group stands, with the words around it. */
export interface SuggestionInContext {
  articleId: ArticleId;
  articleTitle: string;
  start: number;
  end: number;
  before: string;
  after: string;
  confidence: number;
}
export interface SuggestionGroupView {
  /** Stable while the group's text, type and proposed entity stay the same. */
  key: string;
  text: string;
  type: string;
  entityId?: EntityId;
  entityName?: string;
  candidates?: LinkCandidate[];
  /** The mean confidence of its suggestions: the share of them likely right. */
  confidence: number;
  articleCount: number;
  items: SuggestionInContext[];
}

export interface SuggestionOutputs {
  listSuggestions: Suggestion[];
  /**
   * `ambiguous`: open suggestions left for the analyst to choose an entity (which Kim?);
   * `belowThreshold`: those left open because their confidence is under `minConfidence`.
   */
  acceptSuggestions: HistoryState & { accepted: number; ambiguous: number; belowThreshold: number };
  rejectSuggestion: HistoryState;
  listSuggestionGroups: SuggestionGroupView[];
  acceptSuggestionGroup: HistoryState & { accepted: number };
  rejectSuggestionGroup: HistoryState & { rejected: number };
  entitiesNamed: EntityLabel[];
}
