import { isAscii } from 'node:buffer';
import { readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleId } from '../../common/model/ids.ts';
import type { ArticleSummary } from '../../common/model/article.ts';
import type { DamagedFile } from '../../common/model/notebook.ts';
import { CATALOG_FILE, damagedCatalogFile } from '../disk/notebook-layout.ts';

/** cache/catalog.json: the article catalog's entries as the file holds them (article-catalog.ts). */

/** Derived and rebuildable (docs/ARCHITECTURE.md "Data"): never the only copy of anything. */
const CATALOG_FORMAT = 'dossier-catalog';
/**
 * 2: rows of values instead of objects, mentions as numbers (issue 21: 100,000 articles).
 * 3: rows carry copyOf (issue 18).
 * 4: columns (issue 21): the open's JSON.parse makes a few long strings and arrays of numbers
 * instead of 100,000 rows of strings, and the collection after it has little to move.
 * 5: entries count their rejected spans (issue 15: a notebook learns again, when it opens,
 * from every article that holds a rejection, however old).
 * A catalog of version 3 or 4 is read and written again as 5, its entries' rejections not
 * counted (-1: the article is read again, see ArticleCatalog.load); an older one is rebuilt from
 * the articles.
 */
const CATALOG_VERSION = 5;
const COLUMNS_VERSION = 4;
const ROWS_VERSION = 3;
/** How many entries each piece of the catalog file holds (a piece is written at a time). */
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
function catalogRows(json: unknown): SavedCatalog | null {
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
    entries: (rows as CatalogRow[]).map((row) => ({
      summary: summaryOfRow(row),
      mentions: row[2],
      size: row[0],
      mtimeMs: row[1],
    })),
    upgraded: true,
  };
}

/**
 * A saved catalog: the entity table its entries' mentions number, and its entries. `upgraded`:
 * read from an older version, to be written again in this one.
 */
export interface SavedCatalog {
  entities: string[];
  entries: CatalogEntry[];
  upgraded: boolean;
}

/**
 * The saved catalog; null when missing, of a version this program does not read, or damaged
 * (then rebuilt). `damaged`: the file is there but is no catalog of a version this program
 * knows, which the caller keeps aside.
 */
export async function readCatalogFile(folder: string): Promise<{
  catalog: SavedCatalog | null;
  damaged: boolean;
}> {
  let raw: string;
  try {
    const bytes = await readFile(join(folder, CATALOG_FILE));
    // Version 4 is written in ASCII (see catalogContent): read so, it needs no decoding, and its
    // strings take one byte a character instead of two.
    raw = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  } catch {
    return { catalog: null, damaged: false }; // missing (or unreadable: rebuilt in memory)
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { catalog: null, damaged: true };
  }
  const header = json as { format?: unknown; version?: unknown } | null;
  if (header?.format !== CATALOG_FORMAT) return { catalog: null, damaged: true };
  const catalog =
    header.version === CATALOG_VERSION || header.version === COLUMNS_VERSION
      ? catalogColumns(json as ColumnsFile, header.version)
      : header.version === ROWS_VERSION
        ? catalogRows(json)
        : null;
  // Another version (older than 3, or newer): rebuilt, not kept aside as damaged.
  const known =
    header.version === CATALOG_VERSION ||
    header.version === COLUMNS_VERSION ||
    header.version === ROWS_VERSION;
  return { catalog, damaged: catalog === null && (known || typeof header.version !== 'number') };
}

/** The summary's fields each article has a string of its own for: a long string per column. */
const TEXT_COLUMNS = ['id', 'title', 'url', 'textSha256', 'fingerprint', 'addedAt'] as const;
/** The summary's fields of few distinct values: a number in the file's table of values. */
const VALUE_COLUMNS = [
  'source',
  'authors',
  'published',
  'dateline',
  'language',
  'tags',
  'original',
  'copyOf',
] as const;
/** The entry's numbers. */
const NUMBER_COLUMNS = [
  'size',
  'mtimeMs',
  'wordCount',
  'mentionCount',
  'entityCount',
  'rejectedCount',
] as const;

type TextColumn = (typeof TEXT_COLUMNS)[number];
type ValueColumn = (typeof VALUE_COLUMNS)[number];
type NumberColumn = (typeof NUMBER_COLUMNS)[number];

/**
 * The catalog file, version 4. `text`: each column's strings one after the other (in pieces,
 * one a piece of rows), and each one's length; `values`: each entry's value as its number in
 * `table`; `mentions`: how many numbers each entry's pairs have (see CatalogEntry), and all the
 * pairs one after the other.
 */
interface ColumnsFile {
  count: unknown;
  text: Partial<Record<TextColumn, { pieces?: unknown; lengths?: unknown }>> | undefined;
  values: Partial<Record<ValueColumn, unknown>> | undefined;
  numbers: Partial<Record<NumberColumn, unknown>> | undefined;
  mentions: { lengths?: unknown; pairs?: unknown } | undefined;
  table: unknown;
  entities: unknown;
}

const isCount = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

function numbersOf(value: unknown, count: number, check: (n: unknown) => boolean) {
  return Array.isArray(value) && value.length === count && value.every(check)
    ? (value as number[])
    : null;
}

/** A text column's strings, or null when its lengths do not add up to its text. */
function stringsOf(column: { pieces?: unknown; lengths?: unknown } | undefined, count: number) {
  const lengths = numbersOf(column?.lengths, count, isCount);
  const pieces = column?.pieces;
  if (lengths === null || !Array.isArray(pieces) || !pieces.every((p) => typeof p === 'string'))
    return null;
  // One string: the slices taken of it are views, not copies (V8's sliced strings).
  const text = pieces.join('');
  const strings = new Array<string>(count);
  let at = 0;
  for (let i = 0; i < count; i++) strings[i] = text.slice(at, (at += lengths[i]!));
  return at === text.length ? strings : null;
}

/**
 * The entries of a version 4 catalog; null when any column is missing, of another length or
 * of values the lists cannot rely on (checked by hand: a schema library over 100,000 entries
 * would cost more than the rest of the open).
 */
function catalogColumns(file: ColumnsFile, version: number): SavedCatalog | null {
  const { count, table, entities } = file;
  if (!isCount(count) || !Array.isArray(table)) return null;
  if (!Array.isArray(entities) || !entities.every((id) => typeof id === 'string')) return null;
  const text = {} as Record<TextColumn, string[]>;
  for (const name of TEXT_COLUMNS) {
    const strings = stringsOf(file.text?.[name], count);
    if (strings === null) return null;
    text[name] = strings;
  }
  const values = {} as Record<ValueColumn, number[]>;
  for (const name of VALUE_COLUMNS) {
    const column = numbersOf(file.values?.[name], count, (n) => isCount(n) && n < table.length);
    if (column === null) return null;
    values[name] = column;
  }
  const numbers = {} as Record<NumberColumn, number[]>;
  for (const name of NUMBER_COLUMNS) {
    // Version 4 did not count rejections: not counted (-1), each article is read again.
    const column =
      name === 'rejectedCount' && version === COLUMNS_VERSION
        ? new Array<number>(count).fill(-1)
        : numbersOf(file.numbers?.[name], count, Number.isFinite);
    if (column === null) return null;
    numbers[name] = column;
  }
  const lengths = numbersOf(file.mentions?.lengths, count, (n) => isCount(n) && n % 2 === 0);
  const pairs = file.mentions?.pairs;
  if (lengths === null || !Array.isArray(pairs)) return null;
  // Pairs: an entity's number in the table, then a count.
  if (!pairs.every((n, i) => isCount(n) && (i % 2 === 1 || n < entities.length))) return null;
  // Values shared by many entries are frozen: a change to one entry's must not reach another's.
  for (const value of table) if (typeof value === 'object') Object.freeze(value);
  const entries = new Array<CatalogEntry>(count);
  let at = 0;
  for (let i = 0; i < count; i++) {
    entries[i] = {
      summary: {
        id: text.id[i] as ArticleId,
        title: text.title[i]!,
        source: table[values.source[i]!] as string,
        authors: table[values.authors[i]!] as string[],
        published: table[values.published[i]!] as string | null,
        url: text.url[i]!,
        dateline: table[values.dateline[i]!] as string,
        language: table[values.language[i]!] as string,
        tags: table[values.tags[i]!] as string[],
        textSha256: text.textSha256[i]!,
        fingerprint: text.fingerprint[i]!,
        addedAt: text.addedAt[i]!,
        wordCount: numbers.wordCount[i]!,
        original: table[values.original[i]!] as ArticleSummary['original'],
        mentionCount: numbers.mentionCount[i]!,
        entityCount: numbers.entityCount[i]!,
        copyOf: table[values.copyOf[i]!] as ArticleSummary['copyOf'],
        rejectedCount: numbers.rejectedCount[i]!,
      },
      mentions: (pairs as number[]).slice(at, (at += lengths[i]!)),
      size: numbers.size[i]!,
      mtimeMs: numbers.mtimeMs[i]!,
    };
  }
  return at === pairs.length
    ? { entities: entities as string[], entries, upgraded: version !== CATALOG_VERSION }
    : null;
}

/** JSON text in ASCII: every other character (UTF-16 unit) escaped (see readCatalogFile). */
function inAscii(json: string): string {
  return json.replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** `pieces` joined by commas, made one at a time; empty pieces left out. */
function* commaSeparated(pieces: Iterable<string>): Generator<string> {
  let first = true;
  for (const piece of pieces) {
    if (piece === '') continue;
    yield first ? piece : `,${piece}`;
    first = false;
  }
}

/** `make` of each piece of ROWS_PER_PIECE entries, in turn. */
function* byPiece(entries: CatalogEntry[], make: (piece: CatalogEntry[]) => string) {
  for (let i = 0; i < entries.length; i += ROWS_PER_PIECE) {
    yield make(entries.slice(i, i + ROWS_PER_PIECE));
  }
}

/**
 * The catalog file of `entries`, made piece by piece as it is written: at 100,000 articles,
 * one JSON.stringify of it held the process for seconds, and every save behind it, two
 * seconds after each change. Each piece is made when the write of the one before is under
 * way, so the process answers between them. The tables go last: entries made meanwhile only
 * add to the entity table.
 */
export function* catalogContent(
  entries: CatalogEntry[],
  entityIds: readonly string[],
): Generator<string> {
  yield `{"format":${JSON.stringify(CATALOG_FORMAT)},"version":${CATALOG_VERSION},"count":${entries.length},"text":{`;
  for (const [k, name] of TEXT_COLUMNS.entries()) {
    const strings = (piece: CatalogEntry[]) => piece.map((entry) => entry.summary[name]);
    yield `${k === 0 ? '' : ','}"${name}":{"pieces":[`;
    yield* commaSeparated(
      byPiece(entries, (piece) => inAscii(JSON.stringify(strings(piece).join('')))),
    );
    yield '],"lengths":[';
    yield* commaSeparated(
      byPiece(entries, (piece) =>
        strings(piece)
          .map((s) => s.length)
          .join(),
      ),
    );
    yield ']}';
  }
  const table: unknown[] = [];
  // By the value itself (strings, null, and the objects entries read from the file share),
  // else by its JSON: stringifying every entry's eight values doubled the write's CPU.
  const byValue = new Map<unknown, number>();
  const byJson = new Map<string, number>();
  const numberOf = (value: unknown) => {
    let n = byValue.get(value);
    if (n !== undefined) return n;
    const json = typeof value === 'object' && value !== null ? JSON.stringify(value) : undefined;
    n = json === undefined ? undefined : byJson.get(json);
    if (n === undefined) n = table.push(value) - 1;
    byValue.set(value, n);
    if (json !== undefined) byJson.set(json, n);
    return n;
  };
  yield '},"values":{';
  for (const [k, name] of VALUE_COLUMNS.entries()) {
    yield `${k === 0 ? '' : ','}"${name}":[`;
    yield* commaSeparated(
      byPiece(entries, (piece) => piece.map((entry) => numberOf(entry.summary[name])).join()),
    );
    yield ']';
  }
  yield '},"numbers":{';
  for (const [k, name] of NUMBER_COLUMNS.entries()) {
    const number = (entry: CatalogEntry) =>
      name === 'size' || name === 'mtimeMs' ? entry[name] : entry.summary[name];
    yield `${k === 0 ? '' : ','}"${name}":[`;
    yield* commaSeparated(byPiece(entries, (piece) => piece.map(number).join()));
    yield ']';
  }
  yield '},"mentions":{"lengths":[';
  yield* commaSeparated(byPiece(entries, (piece) => piece.map((e) => e.mentions.length).join()));
  yield '],"pairs":[';
  yield* commaSeparated(byPiece(entries, (piece) => piece.flatMap((e) => e.mentions).join()));
  yield `]},"table":${inAscii(JSON.stringify(table))},"entities":${inAscii(JSON.stringify(entityIds))}}`;
}

/**
 * Move a damaged catalog aside, never overwritten by the rebuilt one; its new name, or null
 * (reported in `damaged`) when it could not be moved.
 */
export async function keepDamagedCatalog(
  folder: string,
  damaged: DamagedFile[],
): Promise<string | null> {
  const name = damagedCatalogFile(new Date());
  try {
    await rename(join(folder, CATALOG_FILE), join(folder, name));
    return name;
  } catch {
    damaged.push({
      file: CATALOG_FILE,
      message: `The list of articles (${CATALOG_FILE}) is damaged and could not be kept aside; it was left as it is and is rebuilt in memory.`,
    });
    return null;
  }
}
