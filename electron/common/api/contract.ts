import type { z } from 'zod';
import type { Touched } from './change.ts';
import { articleInputs, type ArticleOutputs, type ImportProgress } from './article-api.ts';
import { historyInputs, type CatalogProgress, type HistoryOutputs } from './history-api.ts';
import { entityInputs, type EntityOutputs } from './entity-api.ts';
import { annotationInputs, type AnnotationOutputs } from './annotation-api.ts';
import { suggestionInputs, type SuggestionOutputs } from './suggestion-api.ts';
import { eventInputs, type EventOutputs } from './event-api.ts';
import { searchInputs, type SearchOutputs } from './search-api.ts';
import { briefingInputs, type BriefingOutputs } from './briefing-api.ts';
import { sourceInputs, type SourceOutputs } from './source-api.ts';
import { relationInputs, type RelationOutputs } from './relation-api.ts';

/**
 * The one API every host serves (docs/ARCHITECTURE.md "One API, several hosts"). Each method
 * takes one object, described by its zod schema in its area's module (*-api.ts), which hosts use
 * to validate what crosses IPC or HTTP; the TypeScript types are inferred from the same schemas.
 */

export const apiInputSchemas = {
  ...articleInputs,
  ...historyInputs,
  ...entityInputs,
  ...annotationInputs,
  ...suggestionInputs,
  ...eventInputs,
  ...searchInputs,
  ...briefingInputs,
  ...sourceInputs,
  ...relationInputs,
} as const;

export type ApiMethod = keyof typeof apiInputSchemas;
export type ApiInput<M extends ApiMethod> = z.input<(typeof apiInputSchemas)[M]>;
export type ApiParsedInput<M extends ApiMethod> = z.output<(typeof apiInputSchemas)[M]>;

export interface ApiOutputs
  extends
    ArticleOutputs,
    HistoryOutputs,
    EntityOutputs,
    AnnotationOutputs,
    SuggestionOutputs,
    EventOutputs,
    SearchOutputs,
    BriefingOutputs,
    SourceOutputs,
    RelationOutputs {}

export type NotebookApi = {
  [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiOutputs[M]>;
};

/** What the service implements: each method receives its input already validated. */
export type NotebookHandlers = {
  [M in ApiMethod]: (input: ApiParsedInput<M>) => Promise<ApiOutputs[M]>;
};

/** What the core tells the page without being asked. */
/** A change: its label (as in "Undo …") and what it touched (an undo or redo: the same). */
export type NotebookEvent =
  { type: 'changed'; label: string; touched: Touched } | ImportProgress | CatalogProgress;

export const API_METHODS = Object.keys(apiInputSchemas) as ApiMethod[];

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.hasOwn(apiInputSchemas, name);
}

// Every area's schemas and views, so that callers import the API from one module.
export * from './article-api.ts';
export * from './history-api.ts';
export * from './entity-api.ts';
export * from './annotation-api.ts';
export * from './suggestion-api.ts';
export * from './event-api.ts';
export * from './search-api.ts';
export * from './briefing-api.ts';
export * from './source-api.ts';
export * from './relation-api.ts';
export type { AnnotationId, ArticleId, EntityId } from '../model/ids.ts';
export type { ArticleSummary, Paragraph } from '../model/article.ts';
export type { Entity } from '../model/entity.ts';
export type { DamagedFile } from '../model/notebook.ts';
export type { BackupInfo, RestoreResult } from '../model/backup.ts';
export type { HistoryState, Touched } from './change.ts';
