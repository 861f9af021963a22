import { isAscii } from 'node:buffer';
import { readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleId } from '../../common/model/ids.ts';
import type { ArticleSummary } from '../../common/model/article.ts';
import type { DamagedFile } from '../../common/model/notebook.ts';
import { CATALOG_FILE, damagedCatalogFile } from '../disk/notebook-layout.ts';
import { TimeSlices } from '../time-slices.ts';
import { addedTime } from './article-order.ts';
import { catalogRows } from './catalog-rows.ts';
import {
  BYTES_VERSION,
  CATALOG_FORMAT,
  CATALOG_VERSION,
  HASH_BYTES,
  HASH_COLUMNS,
  NUMBER_COLUMNS,
  STRING_COLUMNS,
  TEXT_COLUMNS,
  VALUE_COLUMNS,
  numberType,
  padding,
  sectionSizes,
  type HashColumn,
  type NumberColumn,
  type NumberType,
  type StringColumn,
  type TextEncoding,
  type ValueColumn,
} from './catalog-columns.ts';

/**
 * cache/catalog.json: the article catalog's entries as the file holds them (article-catalog.ts),
 * read; catalog-content.ts writes it, catalog-columns.ts says what its columns are.
 */

/** How long the catalog's read holds the thread before it answers what waits, in ms. */
export const READ_SLICE_MS = 10;
const COUNTED_VERSION = 6;
const TYPED_VERSION = 5;
const COLUMNS_VERSION = 4;
const ROWS_VERSION = 3;

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
  /** `summary.addedAt` parsed (see addedTime): what listArticles sorts by. */
  addedMs: number;
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
  let bytes: Buffer;
  try {
    bytes = await readFile(join(folder, CATALOG_FILE));
  } catch {
    return { catalog: null, damaged: false }; // missing (or unreadable: rebuilt in memory)
  }
  // Versions 3 to 6 are one line of JSON; 7 and 8 start with one.
  const reading = binaryColumnsOf(bytes);
  if (reading !== undefined) {
    const binary = await reading;
    return { catalog: binary, damaged: binary === null };
  }
  let json: unknown;
  try {
    // Versions 4 to 6 are written in ASCII: read so, it needs no decoding, and its strings take
    // one byte a character instead of two.
    json = JSON.parse(isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8'));
  } catch {
    return { catalog: null, damaged: true };
  }
  const header = json as { format?: unknown; version?: unknown } | null;
  if (header?.format !== CATALOG_FORMAT) return { catalog: null, damaged: true };
  const catalog =
    header.version === COUNTED_VERSION ||
    header.version === TYPED_VERSION ||
    header.version === COLUMNS_VERSION
      ? await catalogColumns(json as ColumnsFile, header.version)
      : header.version === ROWS_VERSION
        ? catalogRows(json)
        : null;
  // Another version (older than 3, or newer): rebuilt, not kept aside as damaged.
  const known = [COUNTED_VERSION, TYPED_VERSION, COLUMNS_VERSION, ROWS_VERSION].includes(
    header.version as number,
  );
  return { catalog, damaged: catalog === null && (known || typeof header.version !== 'number') };
}

/**
 * The catalog file, versions 4 to 8. `text`: each column's strings one after the other (in
 * pieces, one a piece of rows, in version 4), and each one's length; `hashes` (version 8): the
 * SHA-256 columns' bytes, 32 a row; `values`: each entry's value as its
 * number in `table`; `mentions`: how many numbers each entry's pairs have (see CatalogEntry), and
 * all the pairs one after the other. Every column of numbers is an array in version 4, and the
 * base64 of a typed array from version 5 (see numberType; rejections from version 6), the typed
 * array itself in version 7 (read from the file's bytes: see binaryColumnsOf).
 */
interface ColumnsFile {
  count: unknown;
  text: Partial<Record<StringColumn, TextColumnFile>> | undefined;
  hashes?: Partial<Record<HashColumn, Buffer>>;
  values: Partial<Record<ValueColumn, unknown>> | undefined;
  numbers: Partial<Record<NumberColumn, unknown>> | undefined;
  mentions: { lengths?: unknown; pairs?: unknown } | undefined;
  table: unknown;
  entities: unknown;
}

type TextColumnFile = {
  text?: unknown;
  pieces?: unknown;
  lengths?: unknown;
  /** Versions 7 and 8: the column's bytes, in `encoding`. */
  bytes?: Buffer;
  encoding?: string;
};

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
  } else if (value instanceof type) {
    column = value; // versions 7 and 8: read from the file's bytes
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

/** A text column's strings, asked in turn (see textOf). */
type TextReader = (i: number) => string;

/**
 * A text column's strings, or null when their lengths do not add up to its text. Version 4 holds
 * the text in pieces, versions 5 and 6 as one string (joining the pieces took a fifth of the
 * catalog's read), versions 7 and 8 as bytes (see blockReader).
 */
function textOf(column: TextColumnFile | undefined, count: number): TextReader | null {
  const lengths = numbersOf(column?.lengths, count, Uint32Array);
  if (lengths === null) return null;
  let total = 0;
  for (let i = 0; i < count; i++) total += lengths[i]!;
  const { bytes, encoding } = column ?? {};
  if (bytes instanceof Buffer && (encoding === 'latin1' || encoding === 'utf16le')) {
    const unit = encoding === 'utf16le' ? 2 : 1;
    return total * unit === bytes.length ? blockReader(bytes, encoding, lengths, unit) : null;
  }
  const pieces = column?.pieces;
  const text =
    typeof column?.text === 'string'
      ? column.text
      : Array.isArray(pieces) && pieces.every((p) => typeof p === 'string')
        ? pieces.join('')
        : null;
  if (text === null || total !== text.length) return null;
  // One string: the slices taken of it are views, not copies (V8's sliced strings).
  let at = 0;
  return (i) => text.slice(at, (at += lengths[i]!));
}

/** A SHA-256 column of version 8 (32 bytes a row), each row's hex when asked; null when short. */
function hashOf(bytes: Buffer, count: number): TextReader | null {
  if (bytes.length !== count * HASH_BYTES) return null;
  return (i) => bytes.toString('hex', i * HASH_BYTES, (i + 1) * HASH_BYTES);
}

/** Rows of a text column decoded together (see blockReader). */
const TEXT_BLOCK_ROWS = 4096;

/**
 * The strings of a text column of version 7 or 8, decoded TEXT_BLOCK_ROWS rows at a time as they are
 * asked, in order: a column decoded whole (18 MB of titles at 100,000 articles) held the thread
 * for up to 100 ms, where a block is a slice of the open's (see catalogColumns).
 */
function blockReader(
  bytes: Buffer,
  encoding: BufferEncoding,
  lengths: ArrayLike<number>,
  unit: number,
): TextReader {
  let block = '';
  let blockEnd = 0;
  let at = 0;
  let byte = 0;
  return (i) => {
    if (i >= blockEnd) {
      blockEnd = Math.min(i + TEXT_BLOCK_ROWS, lengths.length);
      let size = 0;
      for (let k = i; k < blockEnd; k++) size += lengths[k]!;
      block = bytes.toString(encoding, byte, (byte += size * unit));
      at = 0;
    }
    return block.slice(at, (at += lengths[i]!));
  };
}

/**
 * The entries of a catalog of version 4 to 8; null when any column is missing, of another length
 * or of values the lists cannot rely on (checked by hand: a schema library over 100,000 entries
 * would cost more than the rest of the open).
 */
async function catalogColumns(file: ColumnsFile, version: number): Promise<SavedCatalog | null> {
  // In slices (issue 21): made whole, the 100,000 entries held the thread for 0.8 s.
  const slices = new TimeSlices(READ_SLICE_MS);
  const { count, table, entities } = file;
  if (!isCount(count) || !Array.isArray(table)) return null;
  if (!Array.isArray(entities) || !entities.every((id) => typeof id === 'string')) return null;
  const text = {} as Record<StringColumn, TextReader>;
  for (const name of STRING_COLUMNS) {
    if (slices.due) await slices.pause();
    const hashes = file.hashes?.[name as HashColumn];
    const column = hashes === undefined ? textOf(file.text?.[name], count) : hashOf(hashes, count);
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
      name === 'rejectedCount' && version < COUNTED_VERSION
        ? new Int32Array(count).fill(-1)
        : numbersOf(file.numbers?.[name], count, numberType(name), Number.isFinite);
    if (column === null) return null;
    numbers[name] = column;
  }
  if (slices.due) await slices.pause();
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
    if (i % 256 === 0 && slices.due) await slices.pause();
    const summary: ArticleSummary = {
      id: text.id(i) as ArticleId,
      title: text.title(i),
      source: table[values.source[i]!] as string,
      authors: table[values.authors[i]!] as string[],
      published: table[values.published[i]!] as string | null,
      url: text.url(i),
      dateline: table[values.dateline[i]!] as string,
      language: table[values.language[i]!] as string,
      tags: table[values.tags[i]!] as string[],
      textSha256: text.textSha256(i),
      fingerprint: text.fingerprint(i),
      addedAt: text.addedAt(i),
      wordCount: numbers.wordCount[i]!,
      original: table[values.original[i]!] as ArticleSummary['original'],
      mentionCount: numbers.mentionCount[i]!,
      entityCount: numbers.entityCount[i]!,
      copyOf: table[values.copyOf[i]!] as ArticleSummary['copyOf'],
      rejectedCount: numbers.rejectedCount[i]!,
    };
    entries[i] = {
      summary,
      mentions: mentionsOf(at, (at += lengths[i]!)),
      size: numbers.size[i]!,
      mtimeMs: numbers.mtimeMs[i]!,
      addedMs: addedTime(summary.addedAt),
    };
  }
  if (at !== pairs.length) return null;
  return { entities: entities as string[], entries, upgraded: version !== CATALOG_VERSION };
}

/**
 * A catalog of version 7 or 8 (see catalogContent); undefined when the file does not start with
 * its line (a catalog of versions 3 to 6 is one line of JSON), null when it is damaged. Each column
 * is read from the file's bytes: the typed ones copied into arrays of their own (a view of the
 * file may not be aligned, and would keep its bytes alive), the text ones decoded a block of
 * rows at a time (see blockReader).
 */
function binaryColumnsOf(bytes: Buffer): Promise<SavedCatalog | null> | undefined {
  const end = bytes.indexOf(10);
  if (end < 0) return undefined;
  let header: {
    format?: unknown;
    version?: unknown;
    count?: unknown;
    pairs?: unknown;
    text?: unknown;
  };
  try {
    header = JSON.parse(bytes.toString('latin1', 0, end)) ?? {};
  } catch {
    return undefined;
  }
  const { version } = header;
  if (header.format !== CATALOG_FORMAT) return undefined;
  if (version !== CATALOG_VERSION && version !== BYTES_VERSION) return undefined;
  // Version 7 held the hashes as text (see HASH_COLUMNS).
  const textColumns = version === BYTES_VERSION ? STRING_COLUMNS : TEXT_COLUMNS;
  const hashColumns = version === BYTES_VERSION ? [] : HASH_COLUMNS;
  const { count, pairs } = header;
  const text = textColumns.map(
    (name) => (header.text as Record<string, TextEncoding> | undefined)?.[name],
  );
  const encoded = (column: TextEncoding | undefined): column is TextEncoding =>
    isCount(column?.bytes) &&
    (column.encoding === 'latin1' || (column.encoding === 'utf16le' && column.bytes % 2 === 0));
  if (!isCount(count) || !isCount(pairs) || !text.every(encoded)) return Promise.resolve(null);
  const sections: Buffer[] = [];
  let at = end + 1;
  for (const size of sectionSizes(count, pairs, text, hashColumns.length)) {
    at += padding(at);
    if (at + size > bytes.length) return Promise.resolve(null);
    sections.push(bytes.subarray(at, (at += size)));
  }
  let tables: { table?: unknown; entities?: unknown } | null;
  try {
    tables = JSON.parse(bytes.toString('utf8', at));
  } catch {
    return Promise.resolve(null);
  }
  let k = 0;
  const typed = <T extends NumberType>(type: T): InstanceType<T> => {
    const section = sections[k++]!;
    const array = new type(section.length / type.BYTES_PER_ELEMENT) as InstanceType<T>;
    new Uint8Array(array.buffer).set(section);
    return array;
  };
  const bytesOf = text.map((column) => ({ bytes: sections[k++]!, encoding: column.encoding }));
  const hashes = Object.fromEntries(hashColumns.map((name) => [name, sections[k++]!]));
  const file: ColumnsFile = {
    count,
    text: Object.fromEntries(
      textColumns.map((name, i) => [name, { ...bytesOf[i]!, lengths: typed(Uint32Array) }]),
    ),
    hashes,
    values: Object.fromEntries(VALUE_COLUMNS.map((name) => [name, typed(Uint32Array)])),
    numbers: Object.fromEntries(NUMBER_COLUMNS.map((name) => [name, typed(numberType(name))])),
    mentions: { lengths: typed(Uint32Array), pairs: typed(Uint32Array) },
    table: tables?.table,
    entities: tables?.entities,
  };
  return catalogColumns(file, version);
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

/**
 * The saved entry of each file's stem, asked in the files' order (sorted). The catalog is
 * written in that order after a rebuild, so each look-up is one comparison with the next entry
 * (a Map of 100,000 ids took a tenth of the open). At the first stem not found so (an article
 * added since, written at the end; a file with no entry), the entries not yet passed join those
 * passed in one Map, asked from then on.
 */
export function savedEntryOf(
  entries: readonly CatalogEntry[],
): (stem: string) => CatalogEntry | undefined {
  const byId = new Map<string, CatalogEntry>();
  let at = 0;
  let inOrder = true;
  return (stem) => {
    if (inOrder) {
      while (at < entries.length && entries[at]!.summary.id < stem) {
        const entry = entries[at++]!;
        byId.set(entry.summary.id, entry);
      }
      if (at < entries.length && entries[at]!.summary.id === stem) return entries[at++];
      inOrder = false;
      for (; at < entries.length; at++) byId.set(entries[at]!.summary.id, entries[at]!);
    }
    return byId.get(stem);
  };
}
