import { isAscii } from 'node:buffer';
import { readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleId } from '../../common/model/ids.ts';
import type { ArticleSummary } from '../../common/model/article.ts';
import type { DamagedFile } from '../../common/model/notebook.ts';
import { CATALOG_FILE, damagedCatalogFile } from '../disk/notebook-layout.ts';
import { catalogRows } from './catalog-rows.ts';

/** cache/catalog.json: the article catalog's entries as the file holds them (article-catalog.ts). */

/** Derived and rebuildable (docs/ARCHITECTURE.md "Data"): never the only copy of anything. */
const CATALOG_FORMAT = 'dossier-catalog';
/**
 * 2: rows of values instead of objects, mentions as numbers (issue 21: 100,000 articles).
 * 3: rows carry copyOf (issue 18).
 * 4: columns (issue 21): the open's JSON.parse makes a few long strings and arrays of numbers
 * instead of 100,000 rows of strings, and the collection after it has little to move.
 * 5: the columns of numbers (the lengths, the values' and the entities' numbers, the sizes and
 * times) as the base64 of typed arrays: JSON.parse made a JavaScript array of 3 million numbers
 * for the mentions alone at 100,000 articles, and the open copied each entry's out of it.
 * 6: entries count their rejected spans (issue 15: a notebook learns again, when it opens, from
 * every article that holds a rejection, however old).
 * A catalog of version 3, 4 or 5 is read and written again as 6, its entries' rejections not
 * counted (-1: the article is read again, see ArticleCatalog.load); an older one is rebuilt from
 * the articles.
 */
const CATALOG_VERSION = 6;
const TYPED_VERSION = 5;
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
   * the catalog's parse. Read from a catalog: a view of one array of every entry's pairs.
   */
  mentions: ArrayLike<number>;
  /** The file's size and mtime when the summary was taken: a difference means stale. */
  size: number;
  mtimeMs: number;
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
    // Versions 4 and 5 are written in ASCII (see catalogContent): read so, it needs no decoding,
    // and its strings take one byte a character instead of two.
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
    header.version === CATALOG_VERSION ||
    header.version === TYPED_VERSION ||
    header.version === COLUMNS_VERSION
      ? catalogColumns(json as ColumnsFile, header.version)
      : header.version === ROWS_VERSION
        ? catalogRows(json)
        : null;
  // Another version (older than 3, or newer): rebuilt, not kept aside as damaged.
  const known = [CATALOG_VERSION, TYPED_VERSION, COLUMNS_VERSION, ROWS_VERSION].includes(
    header.version as number,
  );
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
 * The catalog file, versions 4 to 6. `text`: each column's strings one after the other (in
 * pieces, one a piece of rows, in version 4), and each one's length; `values`: each entry's value as its
 * number in `table`; `mentions`: how many numbers each entry's pairs have (see CatalogEntry), and
 * all the pairs one after the other. Every column of numbers is an array in version 4, and the
 * base64 of a typed array from version 5 (see numberType; rejections from version 6).
 */
interface ColumnsFile {
  count: unknown;
  text: Partial<Record<TextColumn, TextColumnFile>> | undefined;
  values: Partial<Record<ValueColumn, unknown>> | undefined;
  numbers: Partial<Record<NumberColumn, unknown>> | undefined;
  mentions: { lengths?: unknown; pairs?: unknown } | undefined;
  table: unknown;
  entities: unknown;
}

type TextColumnFile = { text?: unknown; pieces?: unknown; lengths?: unknown };

/**
 * The typed arrays of the columns from version 5, in the platform's byte order (little-endian on every
 * platform Dossier is built for): the files' times (not integers) are 64-bit floats, every other
 * number (sizes, lengths, numbers in a table, counts) a 32-bit count. Read from 64-bit floats,
 * the summaries' counts were numbers of their own on the heap (16 bytes each, 6 MB at 100,000).
 */
type NumberType = typeof Float64Array | typeof Uint32Array | typeof Int32Array;

/** The typed array a column of numbers is held in: rejections are -1 where not counted. */
function numberType(name: NumberColumn): NumberType {
  return name === 'mtimeMs' ? Float64Array : name === 'rejectedCount' ? Int32Array : Uint32Array;
}

const isCount = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

/**
 * A column of `count` numbers (any count when null) that all pass `check`, as version 4 (an
 * array) or 5 (base64 of `type`) holds it; null when it is not.
 */
function numbersOf(
  value: unknown,
  count: number | null,
  type: NumberType,
  check?: (n: number, i: number) => boolean,
): ArrayLike<number> | null {
  let column: ArrayLike<number>;
  if (typeof value === 'string') {
    const bytes = Buffer.from(value, 'base64');
    if (bytes.length % type.BYTES_PER_ELEMENT !== 0) return null;
    // Copied into an array of its own: a view of the buffer may not be aligned.
    const array = new type(bytes.length / type.BYTES_PER_ELEMENT);
    new Uint8Array(array.buffer).set(bytes);
    column = array;
  } else if (Array.isArray(value)) {
    // Version 4: any JSON value; a typed array holds numbers of its type by construction.
    const counts = type === Uint32Array;
    if (!value.every((n) => typeof n === 'number' && (!counts || isCount(n)))) return null;
    column = value as number[];
  } else return null;
  if (count !== null && column.length !== count) return null;
  if (check !== undefined)
    for (let i = 0; i < column.length; i++) if (!check(column[i]!, i)) return null;
  return column;
}

/**
 * A text column's text and each of its strings' length, or null when they do not add up.
 * Version 4 holds the text in pieces, version 5 as one string (joining the pieces took a fifth
 * of the catalog's read).
 */
function textOf(column: TextColumnFile | undefined, count: number) {
  const lengths = numbersOf(column?.lengths, count, Uint32Array);
  const pieces = column?.pieces;
  const text =
    typeof column?.text === 'string'
      ? column.text
      : Array.isArray(pieces) && pieces.every((p) => typeof p === 'string')
        ? pieces.join('')
        : null;
  // One string: the slices taken of it are views, not copies (V8's sliced strings).
  if (lengths === null || text === null) return null;
  let total = 0;
  for (let i = 0; i < count; i++) total += lengths[i]!;
  return total === text.length ? { text, lengths, at: 0 } : null;
}

/** The next string of a text column (see textOf). */
function next(column: { text: string; lengths: ArrayLike<number>; at: number }, i: number) {
  return column.text.slice(column.at, (column.at += column.lengths[i]!));
}

/**
 * The entries of a catalog of version 4, 5 or 6; null when any column is missing, of another length
 * or of values the lists cannot rely on (checked by hand: a schema library over 100,000 entries
 * would cost more than the rest of the open).
 */
function catalogColumns(file: ColumnsFile, version: number): SavedCatalog | null {
  const { count, table, entities } = file;
  if (!isCount(count) || !Array.isArray(table)) return null;
  if (!Array.isArray(entities) || !entities.every((id) => typeof id === 'string')) return null;
  const text = {} as Record<TextColumn, NonNullable<ReturnType<typeof textOf>>>;
  for (const name of TEXT_COLUMNS) {
    const column = textOf(file.text?.[name], count);
    if (column === null) return null;
    text[name] = column;
  }
  const values = {} as Record<ValueColumn, ArrayLike<number>>;
  for (const name of VALUE_COLUMNS) {
    const column = numbersOf(file.values?.[name], count, Uint32Array, (n) => n < table.length);
    if (column === null) return null;
    values[name] = column;
  }
  const numbers = {} as Record<NumberColumn, ArrayLike<number>>;
  for (const name of NUMBER_COLUMNS) {
    // Versions 4 and 5 did not count rejections: not counted (-1), each article is read again.
    const column =
      name === 'rejectedCount' && version !== CATALOG_VERSION
        ? new Int32Array(count).fill(-1)
        : numbersOf(file.numbers?.[name], count, numberType(name), Number.isFinite);
    if (column === null) return null;
    numbers[name] = column;
  }
  const lengths = numbersOf(file.mentions?.lengths, count, Uint32Array, (n) => n % 2 === 0);
  // Pairs: an entity's number in the table, then a count.
  const pairs = numbersOf(
    file.mentions?.pairs,
    null,
    Uint32Array,
    (n, i) => i % 2 === 1 || n < entities.length,
  );
  if (lengths === null || pairs === null) return null;
  // Values shared by many entries are frozen: a change to one entry's must not reach another's.
  for (const value of table) if (typeof value === 'object') Object.freeze(value);
  // Version 5's pairs are one typed array, of which each entry's are a view (no copy).
  const mentionsOf =
    pairs instanceof Uint32Array
      ? (start: number, end: number) => pairs.subarray(start, end)
      : (start: number, end: number) => (pairs as number[]).slice(start, end);
  const entries = new Array<CatalogEntry>(count);
  let at = 0;
  for (let i = 0; i < count; i++) {
    entries[i] = {
      summary: {
        id: next(text.id, i) as ArticleId,
        title: next(text.title, i),
        source: table[values.source[i]!] as string,
        authors: table[values.authors[i]!] as string[],
        published: table[values.published[i]!] as string | null,
        url: next(text.url, i),
        dateline: table[values.dateline[i]!] as string,
        language: table[values.language[i]!] as string,
        tags: table[values.tags[i]!] as string[],
        textSha256: next(text.textSha256, i),
        fingerprint: next(text.fingerprint, i),
        addedAt: next(text.addedAt, i),
        wordCount: numbers.wordCount[i]!,
        original: table[values.original[i]!] as ArticleSummary['original'],
        mentionCount: numbers.mentionCount[i]!,
        entityCount: numbers.entityCount[i]!,
        copyOf: table[values.copyOf[i]!] as ArticleSummary['copyOf'],
        rejectedCount: numbers.rejectedCount[i]!,
      },
      mentions: mentionsOf(at, (at += lengths[i]!)),
      size: numbers.size[i]!,
      mtimeMs: numbers.mtimeMs[i]!,
    };
  }
  if (at !== pairs.length) return null;
  return { entities: entities as string[], entries, upgraded: version !== CATALOG_VERSION };
}

/** JSON text in ASCII: every other character (UTF-16 unit) escaped (see readCatalogFile). */
function inAscii(json: string): string {
  return json.replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** `make` of each piece of ROWS_PER_PIECE entries, in turn. */
function* byPiece(entries: CatalogEntry[], make: (piece: CatalogEntry[]) => string) {
  for (let i = 0; i < entries.length; i += ROWS_PER_PIECE) {
    yield make(entries.slice(i, i + ROWS_PER_PIECE));
  }
}

/** A column of numbers as versions 5 and 6 hold it: the base64 of a typed array, in quotes. */
function base64Column(type: NumberType, count: number, number: (i: number) => number): string {
  const array = new type(count);
  for (let i = 0; i < count; i++) array[i] = number(i);
  return inBase64(array);
}

function inBase64(array: Float64Array | Uint32Array | Int32Array): string {
  return `"${Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64')}"`;
}

/**
 * The catalog file of `entries`, made piece by piece as it is written: at 100,000 articles,
 * one JSON.stringify of it held the process for seconds, and every save behind it, two
 * seconds after each change. Each piece is made when the write of the one before is under
 * way, so the process answers between them (a column of numbers is one piece: a few
 * milliseconds). The tables go last: entries made meanwhile only add to the entity table.
 */
export function* catalogContent(
  entries: CatalogEntry[],
  entityIds: readonly string[],
): Generator<string> {
  const count = entries.length;
  yield `{"format":${JSON.stringify(CATALOG_FORMAT)},"version":${CATALOG_VERSION},"count":${count},"text":{`;
  for (const [k, name] of TEXT_COLUMNS.entries()) {
    yield `${k === 0 ? '' : ','}"${name}":{"text":"`;
    // One JSON string, its content made a piece at a time (each piece's, without its quotes).
    yield* byPiece(entries, (piece) =>
      inAscii(JSON.stringify(piece.map((entry) => entry.summary[name]).join(''))).slice(1, -1),
    );
    yield `","lengths":${base64Column(Uint32Array, count, (i) => entries[i]!.summary[name].length)}}`;
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
    const column = base64Column(Uint32Array, count, (i) => numberOf(entries[i]!.summary[name]));
    yield `${k === 0 ? '' : ','}"${name}":${column}`;
  }
  yield '},"numbers":{';
  for (const [k, name] of NUMBER_COLUMNS.entries()) {
    const number = (i: number) =>
      name === 'size' || name === 'mtimeMs' ? entries[i]![name] : entries[i]!.summary[name];
    yield `${k === 0 ? '' : ','}"${name}":${base64Column(numberType(name), count, number)}`;
  }
  const lengths = base64Column(Uint32Array, count, (i) => entries[i]!.mentions.length);
  yield `},"mentions":{"lengths":${lengths}`;
  let total = 0;
  for (const entry of entries) total += entry.mentions.length;
  const pairs = new Uint32Array(total);
  let at = 0;
  for (const { mentions } of entries) {
    for (let i = 0; i < mentions.length; i++) pairs[at++] = mentions[i]!;
  }
  yield `,"pairs":${inBase64(pairs)}`;
  yield `},"table":${inAscii(JSON.stringify(table))},"entities":${inAscii(JSON.stringify(entityIds))}}`;
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
