import { z } from 'zod';
import { ArticleIdSchema } from './ids.ts';
import { PartialIsoDateSchema } from './dates.ts';
import { HighlightSchema, MentionSchema, RejectedSpanSchema } from './anchor.ts';

export const ARTICLE_SCHEMA_VERSION = 1;

const Sha256Schema = z.string().regex(/^[a-f0-9]{64}$/, 'expected a sha256 hex digest');

/** The file an article was imported from, kept in the notebook's originals/ folder. */
export const OriginalFileSchema = z.object({
  /** File name inside originals/. */
  file: z.string().min(1),
  /** The name the file had when it was imported. */
  name: z.string(),
  mediaType: z.string(),
  sha256: Sha256Schema,
  bytes: z.number().int().nonnegative(),
});
export type OriginalFile = z.infer<typeof OriginalFileSchema>;

/**
 * The article an imported article is largely a copy of (a wire story republished), and how much
 * of its text is the same (0–1, estimated from MinHash signatures at import).
 */
export const CopyOfSchema = z.object({
  articleId: ArticleIdSchema,
  similarity: z.number().min(0).max(1),
});
export type CopyOf = z.infer<typeof CopyOfSchema>;

/** The article's descriptive fields: everything the user may edit after import. */
const metadataFields = {
  title: z.string().trim().min(1, 'the title is empty'),
  source: z.string().trim(),
  authors: z.array(z.string().trim().min(1)),
  published: PartialIsoDateSchema.nullable(),
  url: z.string().trim(),
  dateline: z.string().trim(),
  language: z.string().trim(),
  tags: z.array(z.string().trim().min(1)),
};

/** A change to some of an article's fields: what is left out stays as it is. */
export const ArticleMetadataPatchSchema = z.object(metadataFields).partial().strict();

export const ArticleMetadataSchema = z.object({
  ...metadataFields,
  source: metadataFields.source.default(''),
  authors: metadataFields.authors.default([]),
  published: metadataFields.published.default(null),
  url: metadataFields.url.default(''),
  dateline: metadataFields.dateline.default(''),
  language: metadataFields.language.default(''),
  tags: metadataFields.tags.default([]),
});
export type ArticleMetadata = z.infer<typeof ArticleMetadataSchema>;

/** One file under articles/. The text never changes after import: anchors rely on it. */
export const ArticleSchema = ArticleMetadataSchema.extend({
  schemaVersion: z.literal(ARTICLE_SCHEMA_VERSION),
  id: ArticleIdSchema,
  text: z.string().min(1),
  /** sha256 of the text as frozen at import. */
  textSha256: Sha256Schema,
  /** sha256 of the text's words (see duplicateFingerprint), to find duplicates. */
  fingerprint: Sha256Schema,
  addedAt: z.iso.datetime(),
  /** Counted once at import: the text never changes. */
  wordCount: z.number().int().nonnegative(),
  original: OriginalFileSchema.nullable().default(null),
  copyOf: CopyOfSchema.nullable().default(null),
  mentions: z.array(MentionSchema).default([]),
  highlights: z.array(HighlightSchema).default([]),
  rejectedSpans: z.array(RejectedSpanSchema).default([]),
});
export type Article = z.infer<typeof ArticleSchema>;

/** What lists show: the metadata and counts, not the text or the annotations. */
export type ArticleSummary = Omit<
  Article,
  'text' | 'schemaVersion' | 'mentions' | 'highlights' | 'rejectedSpans'
> & {
  mentionCount: number;
  entityCount: number;
  /** Spans the analyst rejected in it; -1 in a catalog written before they were counted. */
  rejectedCount: number;
};

export function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu);
  return matches === null ? 0 : matches.length;
}

/**
 * Every field named, in the order the catalog's own summaries have (catalog-file.ts): all
 * summaries share one hidden class. Made by rest and spread from a parsed article, each of
 * 100,000 got its own, about 70 MB of the main thread's heap (issue 21).
 */
export function summarize(article: Article): ArticleSummary {
  const { mentions } = article;
  return {
    id: article.id,
    title: article.title,
    source: article.source,
    authors: article.authors,
    published: article.published,
    url: article.url,
    dateline: article.dateline,
    language: article.language,
    tags: article.tags,
    textSha256: article.textSha256,
    fingerprint: article.fingerprint,
    addedAt: article.addedAt,
    wordCount: article.wordCount,
    original: article.original,
    mentionCount: mentions.length,
    entityCount: new Set(mentions.map((mention) => mention.entityId)).size,
    copyOf: article.copyOf,
    rejectedCount: article.rejectedSpans.length,
  };
}

/** A paragraph of an article's text, with its offsets in the text (UTF-16, end exclusive). */
export interface Paragraph {
  start: number;
  end: number;
}

/** Paragraphs are separated by one or more blank lines or single line breaks. */
export function paragraphsOf(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const pattern = /[^\n]+/g;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[0].trim() !== '')
      paragraphs.push({ start: match.index, end: match.index + match[0].length });
  }
  return paragraphs;
}
