/**
 * The catalog file's columns (cache/catalog.json, catalog-file.ts reads it, catalog-content.ts
 * writes it): which fields of an entry each holds, and how versions 7 and 8 lay them out.
 */

/** Derived and rebuildable (docs/ARCHITECTURE.md "Data"): never the only copy of anything. */
export const CATALOG_FORMAT = 'dossier-catalog';
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
 * 7: a line of JSON (the text columns' encodings and sizes), then every column's bytes, then the
 * tables in JSON (see sectionSizes): at 100,000 articles the open no longer makes a 63 MB
 * string of the file, parses it, nor decodes base64.
 * 8: the SHA-256s as bytes (HASH_COLUMNS).
 * A catalog of version 3 to 7 is read and written again as 8, its entries' rejections not
 * counted before 6 (-1: the article is read again, see ArticleCatalog.load); an older one is
 * rebuilt from the articles.
 */
export const CATALOG_VERSION = 8;
/** The first version of a line of JSON then the columns' bytes (see sectionSizes). */
export const BYTES_VERSION = 7;

/** The summary's fields each article has a string of its own for (a text column up to 7). */
export const STRING_COLUMNS = [
  'id',
  'title',
  'url',
  'textSha256',
  'fingerprint',
  'addedAt',
] as const;
/**
 * The strings that are SHA-256s in hex (the article schema's /^[a-f0-9]{64}$/): from version 8
 * their bytes, 32 each. At 100,000 articles their text was 12.8 MB of the file, decoded at open.
 */
export const HASH_COLUMNS = ['textSha256', 'fingerprint'] as const;
export const HASH_BYTES = 32;
/** The strings written as text from version 8: a long string per column. */
export const TEXT_COLUMNS = ['id', 'title', 'url', 'addedAt'] as const;
/** The summary's fields of few distinct values: a number in the file's table of values. */
export const VALUE_COLUMNS = [
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
export const NUMBER_COLUMNS = [
  'size',
  'mtimeMs',
  'wordCount',
  'mentionCount',
  'entityCount',
  'rejectedCount',
] as const;

export type StringColumn = (typeof STRING_COLUMNS)[number];
export type HashColumn = (typeof HASH_COLUMNS)[number];
export type ValueColumn = (typeof VALUE_COLUMNS)[number];
export type NumberColumn = (typeof NUMBER_COLUMNS)[number];

/**
 * The typed arrays of the columns from version 5, in the platform's byte order (little-endian on every
 * platform Dossier is built for): the files' times (not integers) are 64-bit floats, every other
 * number (sizes, lengths, numbers in a table, counts) a 32-bit count. Read from 64-bit floats,
 * the summaries' counts were numbers of their own on the heap (16 bytes each, 6 MB at 100,000).
 */
export type NumberType = typeof Float64Array | typeof Uint32Array | typeof Int32Array;

/** The typed array a column of numbers is held in: rejections are -1 where not counted. */
export function numberType(name: NumberColumn): NumberType {
  return name === 'mtimeMs' ? Float64Array : name === 'rejectedCount' ? Int32Array : Uint32Array;
}

/** How a text column's strings are written: a byte a character when they all fit in one. */
export interface TextEncoding {
  encoding: 'latin1' | 'utf16le';
  bytes: number;
}

/**
 * The byte sizes of the sections of versions 7 and 8, in the order they are written: each text
 * column's text, each hash column's bytes (`hashes` columns: none in 7), each text column's
 * lengths, the values' numbers, the numbers, the mentions' lengths and pairs. Each starts at a
 * multiple of 8 bytes from the file's start (zeros before it).
 */
export function sectionSizes(
  count: number,
  pairs: number,
  text: readonly TextEncoding[],
  hashes: number,
): number[] {
  return [
    ...text.map((column) => column.bytes),
    ...Array.from({ length: hashes }, () => count * HASH_BYTES),
    ...text.map(() => count * 4),
    ...VALUE_COLUMNS.map(() => count * 4),
    ...NUMBER_COLUMNS.map((name) => count * numberType(name).BYTES_PER_ELEMENT),
    count * 4,
    pairs * 4,
  ];
}

export const padding = (at: number) => (8 - (at % 8)) % 8;
