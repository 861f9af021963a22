import { z } from 'zod';
import { AnnotationIdSchema, ArticleIdSchema } from '../model/ids.ts';
import { DateRangeSchema } from '../model/date-range.ts';

// The pieces of input schemas that several areas of the API share.

export const NoInput = z.object({}).strict();
export const ById = z.object({ id: ArticleIdSchema }).strict();

/** Words selected in an article: where they are, and what they say (checked against the text). */
export const SelectionFields = {
  articleId: ArticleIdSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z
    .string()
    .min(1, 'the selection is empty')
    .max(2000, 'the selection is longer than 2000 characters'),
};
export const EntityName = z.string().trim().min(1, 'the name is empty').max(300);

export const MentionRefSchema = z
  .object({ articleId: ArticleIdSchema, mentionId: AnnotationIdSchema })
  .strict();
export const DateInputSchema = z.union([
  z.object({ text: z.string().trim().min(1, 'the date is empty').max(200) }).strict(),
  DateRangeSchema,
]);
