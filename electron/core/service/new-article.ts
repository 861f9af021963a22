import type { ArticleMetadata, Article, OriginalFile } from '../../common/model/article.ts';
import { ARTICLE_SCHEMA_VERSION, countWords } from '../../common/model/article.ts';
import { newArticleId } from '../../common/model/ids.ts';
import { duplicateFingerprint, normalizeField, normalizeText, sha256Hex } from '../import/text.ts';

/** An article as it is frozen at import: normalized text, its hashes, the time it arrived. */
export function newArticle(
  metadata: Partial<ArticleMetadata> & { title: string },
  rawText: string,
  original: OriginalFile | null = null,
  /** Keep the text exactly as given (evaluation scores offsets into the very string). */
  { verbatim = false }: { verbatim?: boolean } = {},
): Article {
  const text = verbatim ? rawText : normalizeText(rawText);
  return {
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    id: newArticleId(),
    title: normalizeField(metadata.title),
    source: normalizeField(metadata.source ?? ''),
    authors: (metadata.authors ?? []).map(normalizeField).filter((author) => author !== ''),
    published: metadata.published ?? null,
    url: metadata.url ?? '',
    dateline: normalizeField(metadata.dateline ?? ''),
    language: metadata.language ?? '',
    tags: metadata.tags ?? [],
    text,
    textSha256: sha256Hex(text),
    fingerprint: duplicateFingerprint(text),
    addedAt: new Date().toISOString(),
    wordCount: countWords(text),
    original,
    copyOf: null,
    mentions: [],
    highlights: [],
    rejectedSpans: [],
  };
}
