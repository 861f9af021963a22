import type { ArticleId } from '../../common/model/ids.ts';
import type { ArticleSummary } from '../../common/model/article.ts';
import { addedTime } from './article-order.ts';
import type { SavedCatalog } from './catalog-file.ts';

/** cache/catalog.json of version 3 (rows), read once to be written again in columns. */

/**
 * An entry as a catalog of version 3 held it: `[size, mtimeMs, mentions, ...summary values]`,
 * the summary's values in the order of `summaryOfRow`.
 */
type CatalogRow = [number, number, number[], ...unknown[]];

/** The summary of a version 3 row; every summary has the same shape, and so one hidden class. */
function summaryOfRow(row: unknown[]): ArticleSummary {
  return {
    id: row[3] as ArticleId,
    title: row[4] as string,
    source: row[5] as string,
    authors: row[6] as string[],
    published: row[7] as string | null,
    url: row[8] as string,
    dateline: row[9] as string,
    language: row[10] as string,
    tags: row[11] as string[],
    textSha256: row[12] as string,
    fingerprint: row[13] as string,
    addedAt: row[14] as string,
    wordCount: row[15] as number,
    original: row[16] as ArticleSummary['original'],
    mentionCount: row[17] as number,
    entityCount: row[18] as number,
    copyOf: row[19] as ArticleSummary['copyOf'],
    rejectedCount: -1,
  };
}

/**
 * The catalog is derived data this program wrote: checked for the shape the lists rely on by
 * hand (a schema library would cost more than the rest of the open at 10,000 articles).
 */
export function catalogRows(json: unknown): SavedCatalog | null {
  const file = json as {
    format?: unknown;
    version?: unknown;
    entities?: unknown;
    articles?: unknown;
  } | null;
  const { entities, articles: rows } = file!;
  if (!Array.isArray(entities) || !entities.every((id) => typeof id === 'string')) return null;
  if (!Array.isArray(rows)) return null;
  for (const row of rows as unknown[]) {
    if (
      !Array.isArray(row) ||
      row.length !== 20 ||
      typeof row[0] !== 'number' ||
      typeof row[1] !== 'number' ||
      !Array.isArray(row[2]) ||
      row[2].length % 2 !== 0 ||
      !row[2].every(
        // Pairs: an entity's number in the table, then a count.
        (n, i) => Number.isInteger(n) && n >= 0 && (i % 2 === 1 || n < entities.length),
      ) ||
      typeof row[3] !== 'string' ||
      typeof row[4] !== 'string' ||
      typeof row[13] !== 'string' ||
      typeof row[14] !== 'string' ||
      typeof row[17] !== 'number'
    ) {
      return null;
    }
  }
  return {
    entities: entities as string[],
    entries: (rows as CatalogRow[]).map((row) => {
      const summary = summaryOfRow(row);
      return {
        summary,
        mentions: row[2],
        size: row[0],
        mtimeMs: row[1],
        addedMs: addedTime(summary.addedAt),
      };
    }),
    upgraded: true,
  };
}
