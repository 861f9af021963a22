import { z } from 'zod';
import { AnnotationIdSchema, EntityIdSchema } from './ids.ts';
import { CredibilitySchema } from './source.ts';

/** How much text on each side an anchor keeps, to verify it and re-find it (W3C TextQuoteSelector). */
export const CONTEXT_CHARS = 32;

/**
 * A span of an article's text: its position (UTF-16 code units, end exclusive) and the words
 * it covers, with some text before and after, so that it can always be checked against the
 * text it claims to quote. An anchor with more fields is one object schema with these fields
 * first: an intersection with AnchorSchema parsed each mention twice and merged the copies, most
 * of a catalog rebuild's garbage at 100,000 articles (docs/PERFORMANCE.md).
 */
export const ANCHOR_SHAPE = {
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  quote: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
};

/** The anchors' check beyond their fields: `.refine(...SPAN_NOT_EMPTY)`. */
export const SPAN_NOT_EMPTY = [
  (anchor: { start: number; end: number }) => anchor.end > anchor.start,
  'the span is empty',
] as const;

export const AnchorSchema = z.object(ANCHOR_SHAPE).refine(...SPAN_NOT_EMPTY);
export type Anchor = z.infer<typeof AnchorSchema>;

export const MentionSchema = z
  .object({ ...ANCHOR_SHAPE, id: AnnotationIdSchema, entityId: EntityIdSchema })
  .refine(...SPAN_NOT_EMPTY);
export type Mention = z.infer<typeof MentionSchema>;

/** Words the analyst marked, with a comment and how credible they judge them (1–6, absent until graded). */
export const HighlightSchema = z
  .object({
    ...ANCHOR_SHAPE,
    id: AnnotationIdSchema,
    comment: z.string().max(100_000),
    credibility: CredibilitySchema.nullable().optional(),
  })
  .refine(...SPAN_NOT_EMPTY);
export type Highlight = z.infer<typeof HighlightSchema>;

/** A suggestion the analyst turned down in one article: never offered again for that span. */
export const RejectedSpanSchema = z.object({ start: z.number().int(), end: z.number().int() });
export type RejectedSpan = z.infer<typeof RejectedSpanSchema>;

export function anchorIn(text: string, start: number, end: number): Anchor {
  return {
    start,
    end,
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
  };
}

/** An anchor holds when its offsets still select its quote in the text. */
export function anchorHolds(
  text: string,
  anchor: Pick<Anchor, 'start' | 'end' | 'quote'>,
): boolean {
  return text.slice(anchor.start, anchor.end) === anchor.quote;
}
