import { z } from 'zod';
import { ArticleIdSchema, type ArticleId } from '../model/ids.ts';
import {
  ArticleMetadataSchema,
  type Article,
  type ArticleSummary,
  type Paragraph,
} from '../model/article.ts';
import type { HistoryState } from '../commands/history.ts';
import type { DamagedFile } from '../store/notebook-store.ts';

/**
 * The one API every host serves (DESIGN.md "One API, several hosts"). Each method takes one
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

const NoInput = z.object({}).strict();
const ById = z.object({ id: ArticleIdSchema }).strict();

export const apiInputSchemas = {
  info: NoInput,
  listArticles: NoInput,
  getArticle: ById,
  addText: AddTextInputSchema,
  deleteArticle: ById,
  undo: NoInput,
  redo: NoInput,
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
}

export interface ArticleView extends Article {
  paragraphs: Paragraph[];
  wordCount: number;
}

export interface ApiOutputs {
  info: NotebookInfo;
  listArticles: ArticleSummary[];
  getArticle: ArticleView;
  addText: { id: ArticleId };
  deleteArticle: HistoryState;
  undo: HistoryState & { undone: string };
  redo: HistoryState & { redone: string };
}

export type NotebookApi = {
  [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiOutputs[M]>;
};

/** What the core tells the page without being asked. */
export type NotebookEvent = { type: 'changed'; reason: string };

export const API_METHODS = Object.keys(apiInputSchemas) as ApiMethod[];

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.hasOwn(apiInputSchemas, name);
}

export type { ArticleId, ArticleSummary, Paragraph, HistoryState, DamagedFile };
