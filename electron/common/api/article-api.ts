import { z } from 'zod';
import { ArticleIdSchema, type ArticleId, type EntityId } from '../model/ids.ts';
import {
  ArticleMetadataSchema,
  ArticleMetadataPatchSchema,
  type Article,
  type ArticleSummary,
  type CopyOf,
  type Paragraph,
} from '../model/article.ts';
import type { HistoryState } from './change.ts';
import type { EntityLabel } from './entity-api.ts';
import { ById } from './input-fields.ts';

// Articles (the API's area): list, read, add, edit, delete, and importing files.

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

export const articleInputs = {
  /** Every article's summary, or with `ids` only those (the page refreshes what a change touched). */
  listArticles: z.object({ ids: z.array(ArticleIdSchema).max(100_000).optional() }).strict(),
  getArticle: ById,
  addText: AddTextInputSchema,
  deleteArticle: ById,
  updateArticle: z.object({ id: ArticleIdSchema, metadata: ArticleMetadataPatchSchema }).strict(),
  importFiles: ImportFilesInputSchema,
  cancelImport: z.object({ jobId: JobIdSchema }).strict(),
};

export interface ArticleView extends Article {
  paragraphs: Paragraph[];
  /** The entities this article's mentions refer to. */
  entities: Record<EntityId, EntityLabel>;
}

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

export interface ArticleOutputs {
  listArticles: ArticleSummary[];
  getArticle: ArticleView;
  addText: { id: ArticleId };
  deleteArticle: HistoryState;
  updateArticle: ArticleSummary;
  importFiles: { results: ImportResult[] };
  cancelImport: { cancelled: boolean };
}
