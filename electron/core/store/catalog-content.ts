import type { CatalogEntry } from './catalog-file.ts';
import * as layout from './catalog-columns.ts';
import type { NumberType, TextEncoding } from './catalog-columns.ts';

/** How many entries each piece of the catalog file holds (a piece is written at a time). */
const ROWS_PER_PIECE = 1000;

/** `make` of each piece of ROWS_PER_PIECE entries, in turn. */
function* byPiece<T>(entries: CatalogEntry[], make: (piece: CatalogEntry[]) => T) {
  for (let i = 0; i < entries.length; i += ROWS_PER_PIECE) {
    yield make(entries.slice(i, i + ROWS_PER_PIECE));
  }
}

/**
 * A column of numbers as versions 7 and 8 hold it, a typed array's bytes, made a piece of
 * ROWS_PER_PIECE rows at a time: made whole, a column of the values' numbers held the thread
 * for 0.2-1.2 s at 100,000 articles just rebuilt (each entry's own authors and tags arrays,
 * numbered by their JSON).
 */
function* typedColumn(
  type: NumberType,
  count: number,
  number: (i: number) => number,
): Generator<Uint8Array> {
  for (let start = 0; start < count; start += ROWS_PER_PIECE) {
    const array = new type(Math.min(ROWS_PER_PIECE, count - start));
    for (let k = 0; k < array.length; k++) array[k] = number(start + k);
    yield new Uint8Array(array.buffer);
  }
}

/** A character outside Latin-1: its column is written in UTF-16 (two bytes a character). */
const WIDE = /[\u0100-\uffff]/;

/**
 * The catalog file of `entries` (version 8), made piece by piece as it is written: at 100,000
 * articles, one JSON.stringify of it held the process for seconds, and every save behind it,
 * two seconds after each change. Each piece is made when the write of the one before is under
 * way, so the process answers between them (a column of numbers is one piece: a few
 * milliseconds). A line of JSON says how each text column is encoded and how many pairs there
 * are; the sections follow (see sectionSizes); the tables go last, in JSON: entries made
 * meanwhile only add to the entity table.
 */
export function* catalogContent(
  entries: CatalogEntry[],
  entityIds: readonly string[],
): Generator<string | Uint8Array> {
  const count = entries.length;
  const text: TextEncoding[] = [];
  for (const name of layout.TEXT_COLUMNS) {
    let chars = 0;
    let wide = false;
    for (let i = 0; i < count; i++) {
      const value = entries[i]!.summary[name];
      chars += value.length;
      wide ||= WIDE.test(value);
      // The thread answers between pieces (an empty piece: writeFilesDurably): the six columns
      // checked in one go held it for 300-450 ms at 100,000 articles.
      if ((i + 1) % ROWS_PER_PIECE === 0) yield '';
    }
    text.push(
      wide ? { encoding: 'utf16le', bytes: chars * 2 } : { encoding: 'latin1', bytes: chars },
    );
  }
  let pairs = 0;
  for (const entry of entries) pairs += entry.mentions.length;
  const columns = Object.fromEntries(layout.TEXT_COLUMNS.map((name, k) => [name, text[k]]));
  const header = {
    format: layout.CATALOG_FORMAT,
    version: layout.CATALOG_VERSION,
    count,
    pairs,
    text: columns,
  };
  const line = `${JSON.stringify(header)}\n`; // ASCII
  yield line;
  let at = line.length;
  function* section(pieces: Iterable<Uint8Array>) {
    const zeros = layout.padding(at);
    if (zeros > 0) yield new Uint8Array(zeros);
    at += zeros;
    for (const piece of pieces) {
      yield piece;
      at += piece.length;
    }
  }
  for (const [k, name] of layout.TEXT_COLUMNS.entries()) {
    const { encoding } = text[k]!;
    yield* section(
      byPiece(entries, (piece) =>
        Buffer.from(piece.map((e) => e.summary[name]).join(''), encoding),
      ),
    );
  }
  for (const name of layout.HASH_COLUMNS) {
    yield* section(
      byPiece(entries, (piece) => {
        const bytes = Buffer.from(piece.map((e) => e.summary[name]).join(''), 'hex');
        // Buffer.from stops at the first character that is no hex digit: never written short.
        if (bytes.length !== piece.length * layout.HASH_BYTES)
          throw new Error(`An article's ${name} is not a SHA-256 in hex.`);
        return bytes;
      }),
    );
  }
  for (const name of layout.TEXT_COLUMNS)
    yield* section(typedColumn(Uint32Array, count, (i) => entries[i]!.summary[name].length));
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
  for (const name of layout.VALUE_COLUMNS)
    yield* section(typedColumn(Uint32Array, count, (i) => numberOf(entries[i]!.summary[name])));
  for (const name of layout.NUMBER_COLUMNS) {
    const number = (i: number) =>
      name === 'size' || name === 'mtimeMs' ? entries[i]![name] : entries[i]!.summary[name];
    yield* section(typedColumn(layout.numberType(name), count, number));
  }
  yield* section(typedColumn(Uint32Array, count, (i) => entries[i]!.mentions.length));
  yield* section(
    byPiece(entries, (piece) => {
      const some = new Uint32Array(piece.reduce((sum, entry) => sum + entry.mentions.length, 0));
      let next = 0;
      for (const { mentions } of piece) {
        for (let i = 0; i < mentions.length; i++) some[next++] = mentions[i]!;
      }
      return new Uint8Array(some.buffer);
    }),
  );
  yield JSON.stringify({ table, entities: entityIds });
}

/** How long after a change the catalog is written (and always on close), up to 2,000 articles. */
const CATALOG_SAVE_DELAY_MS = 2_000;
/**
 * Beyond, the delay grows with the catalog: its write costs what it holds (at 100,000 articles
 * 1-2 s of this thread's CPU, in pieces, and a 64 MB fsync the saves' own wait behind: issue 21,
 * accepts of seconds), while a crash before it costs re-reading only the articles changed since,
 * at any size. 1 ms per article: 100 s at 100,000.
 */
const CATALOG_SAVE_DELAY_PER_ARTICLE_MS = 1;

/** How long after a change a catalog of `size` articles is written. */
export function catalogSaveDelay(size: number): number {
  return Math.max(CATALOG_SAVE_DELAY_MS, size * CATALOG_SAVE_DELAY_PER_ARTICLE_MS);
}
