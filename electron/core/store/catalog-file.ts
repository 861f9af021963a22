import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleId } from '../../common/model/ids.ts';
import type { ArticleSummary } from '../../common/model/article.ts';
import { CATALOG_FILE } from '../disk/notebook-layout.ts';

/** cache/catalog.json: the article catalog's entries as the file holds them (article-catalog.ts). */

/** Derived and rebuildable (docs/ARCHITECTURE.md "Data"): never the only copy of anything. */
const CATALOG_FORMAT = 'dossier-catalog';
/**
 * 2: rows of values instead of objects, mentions as numbers (issue 21: 100,000 articles).
 * 3: rows carry copyOf (issue 18). An older catalog is rebuilt from the articles.
 */
const CATALOG_VERSION = 3;
/** How many entries each piece of the catalog file holds (about 600 KB). */
const ROWS_PER_PIECE = 1000;

/** What the notebook knows of an article without reading its file. */
export interface CatalogEntry {
  summary: ArticleSummary;
  /**
   * Mentions per entity, the mentionedIn index and the registry's counts: pairs of an entity's
   * number (in the catalog's table of entity ids) and how often the article mentions it. At
   * 100,000 articles, an object per article keyed by entity id took about 150 MB of heap and half
   * the catalog's parse.
   */
  mentions: readonly number[];
  /** The file's size and mtime when the summary was taken: a difference means stale. */
  size: number;
  mtimeMs: number;
}

/**
 * An entry as the catalog file holds it: `[size, mtimeMs, mentions, ...summary values]`, the
 * summary's values in the order of `summaryOfRow`. Rows of values instead of objects: the keys,
 * repeated 100,000 times, were a third of the file and of its parse.
 */
type CatalogRow = [number, number, number[], ...unknown[]];

function rowOf(entry: CatalogEntry): CatalogRow {
  const s = entry.summary;
  return [
    entry.size,
    entry.mtimeMs,
    entry.mentions as number[],
    s.id,
    s.title,
    s.source,
    s.authors,
    s.published,
    s.url,
    s.dateline,
    s.language,
    s.tags,
    s.textSha256,
    s.fingerprint,
    s.addedAt,
    s.wordCount,
    s.original,
    s.mentionCount,
    s.entityCount,
    s.copyOf,
  ];
}

/** The summary of a row (see rowOf); every summary has the same shape, and so one hidden class. */
export function summaryOfRow(row: unknown[]): ArticleSummary {
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
  };
}

/**
 * The catalog is derived data this program wrote: checked for the shape the lists rely on by
 * hand (a schema library would cost more than the rest of the open at 10,000 articles).
 */
function catalogRows(json: unknown): { entities: string[]; rows: unknown[][] } | null {
  const file = json as {
    format?: unknown;
    version?: unknown;
    entities?: unknown;
    articles?: unknown;
  } | null;
  if (file?.format !== CATALOG_FORMAT || file.version !== CATALOG_VERSION) return null;
  const { entities, articles: rows } = file;
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
  return { entities: entities as string[], rows: rows as unknown[][] };
}

/**
 * The saved catalog's entity table and rows; null when missing, of another version or damaged
 * (then rebuilt). `damaged`: the file is there but is no catalog of a version this program
 * knows how to read, which the caller keeps aside.
 */
export async function readCatalogFile(folder: string): Promise<{
  catalog: { entities: string[]; rows: unknown[][] } | null;
  damaged: boolean;
}> {
  let raw: string;
  try {
    raw = await readFile(join(folder, CATALOG_FILE), 'utf8');
  } catch {
    return { catalog: null, damaged: false }; // missing (or unreadable: rebuilt in memory)
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { catalog: null, damaged: true };
  }
  const catalog = catalogRows(json);
  const header = json as { format?: unknown; version?: unknown } | null;
  const otherVersion =
    header?.format === CATALOG_FORMAT &&
    typeof header.version === 'number' &&
    header.version !== CATALOG_VERSION;
  return { catalog, damaged: catalog === null && !otherVersion };
}

/**
 * The catalog file of `entries`, made piece by piece as it is written: at 100,000 articles,
 * one JSON.stringify of it held the process for seconds, and every save behind it, two
 * seconds after each change. Each piece is made when the write of the one before is under
 * way, so the process answers between them. The entity table goes last: entries made
 * meanwhile only add to it.
 */
export function* catalogContent(
  entries: CatalogEntry[],
  entityIds: readonly string[],
): Generator<string> {
  yield `{"format":${JSON.stringify(CATALOG_FORMAT)},"version":${CATALOG_VERSION},"articles":[`;
  for (let i = 0; i < entries.length; i += ROWS_PER_PIECE) {
    const rows = entries.slice(i, i + ROWS_PER_PIECE).map((entry) => JSON.stringify(rowOf(entry)));
    yield (i === 0 ? '' : ',') + rows.join(',');
  }
  yield `],"entities":${JSON.stringify(entityIds)}}`;
}
