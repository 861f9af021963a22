import type { ArticleSummary } from '../../common/model/article.ts';
import { sortInSlices } from '../sort-in-slices.ts';
import { TimeSlices } from '../time-slices.ts';
import type { CatalogEntry } from './catalog-file.ts';

/** How long the sort newest first holds the thread before it answers what waits, in ms. */
const SORT_SLICE_MS = 10;

/** A time as toISOString writes it: in this one form, code-unit order is the time's order. */
const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/**
 * An entry's `addedAt` as a number, parsed once when the entry is made (100,000 Date.parse at
 * every list were a fifth of it); NaN when the time is not in toISOString's form (a file edited
 * by hand), whose order is then the strings'.
 */
export function addedTime(addedAt: string): number {
  return ISO_TIME.test(addedAt) ? Date.parse(addedAt) : Number.NaN;
}

/** The order listArticles answers in: newest first, then by id, as code units. */
function newestFirst(a: ArticleSummary, b: ArticleSummary): number {
  if (a.addedAt !== b.addedAt) return a.addedAt < b.addedAt ? 1 : -1;
  return byId(a, b);
}

function byId(a: ArticleSummary, b: ArticleSummary): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The entries' summaries newest first, then by id. By numeric keys when every entry's time was
 * parsed (see keyOrder); else by the strings, sorted in slices (the thread answers meanwhile).
 */
export async function summariesNewestFirst(
  entries: readonly CatalogEntry[],
): Promise<ArticleSummary[]> {
  const order =
    keyOrder(entries) ??
    (await sortInSlices(
      entries.length,
      (a, b) => newestFirst(entries[a]!.summary, entries[b]!.summary),
      new TimeSlices(SORT_SLICE_MS),
    ));
  const summaries = new Array<ArticleSummary>(order.length);
  for (let k = 0; k < order.length; k++) summaries[k] = entries[order[k]!]!.summary;
  return summaries;
}

/** The bits of a key that hold the entry's index (see keyOrder): up to a million entries. */
const INDEX_BITS = 20;
const MAX_ENTRIES = 2 ** INDEX_BITS;
/** The age's bits in a key's low word, above the index. */
const AGE_LOW = 2 ** (32 - INDEX_BITS);
/** Ages in ms up to 2^44 (five centuries) fit in a key. */
const MAX_AGE = 2 ** 44;
/** Which 32-bit word of a 64-bit key is its low one. */
const LOW_WORD = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1 ? 0 : 1;

/**
 * The entries' indices newest first, then by id: each entry one 64-bit key, its age (ms before
 * the newest) above its index, sorted by the engine without a comparison function (issue 21: at
 * 100,000 articles the merge sort by a comparison function was the largest part of the open,
 * 0.3-0.4 s of its 1.2 s of CPU); then each run of one instant whose indices are not in id order
 * (articles added since the catalog was written in the files' order) is sorted by id. Null when
 * a time was not parsed, or there are too many entries or too wide a span for the keys.
 */
function keyOrder(entries: readonly CatalogEntry[]): Uint32Array | null {
  const count = entries.length;
  if (count > MAX_ENTRIES) return null;
  let newest = -Infinity;
  let oldest = Infinity;
  for (const { addedMs } of entries) {
    if (!Number.isSafeInteger(addedMs)) return null;
    if (addedMs > newest) newest = addedMs;
    if (addedMs < oldest) oldest = addedMs;
  }
  if (newest - oldest >= MAX_AGE) return null;
  const summaryOf = (i: number) => entries[i]!.summary;
  const keys = new BigUint64Array(count);
  const words = new Uint32Array(keys.buffer);
  for (let i = 0; i < count; i++) {
    const age = newest - entries[i]!.addedMs;
    const low = age % AGE_LOW;
    words[2 * i + LOW_WORD] = low * MAX_ENTRIES + i;
    words[2 * i + 1 - LOW_WORD] = (age - low) / AGE_LOW;
  }
  keys.sort();
  // The entries up to `inOrder` are in id order (a catalog is written in the files' order):
  // a run of one instant among them is in id order already, as the index breaks the tie.
  let inOrder = 1;
  while (inOrder < count && entries[inOrder - 1]!.summary.id < entries[inOrder]!.summary.id)
    inOrder++;
  const order = new Uint32Array(count);
  for (let k = 0; k < count; k++) order[k] = words[2 * k + LOW_WORD]! % MAX_ENTRIES;
  const ageAt = (k: number) =>
    words[2 * k + 1 - LOW_WORD]! * AGE_LOW + (words[2 * k + LOW_WORD]! >>> INDEX_BITS);
  let start = 0;
  for (let k = 1; k <= count; k++) {
    if (k < count && ageAt(k) === ageAt(start)) continue;
    const run = order.subarray(start, k);
    if (run.some((i) => i >= inOrder)) run.sort((a, b) => byId(summaryOf(a), summaryOf(b)));
    start = k;
  }
  return order;
}
