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
 * The entries' summaries newest first, then by id, sorted in slices (the thread answers
 * meanwhile). Compared by their parsed times when every entry has one: the same order, faster.
 */
export async function summariesNewestFirst(
  entries: readonly CatalogEntry[],
): Promise<ArticleSummary[]> {
  const timed = entries.every((entry) => !Number.isNaN(entry.addedMs));
  const compare = timed
    ? (a: number, b: number) =>
        entries[b]!.addedMs - entries[a]!.addedMs || byId(entries[a]!.summary, entries[b]!.summary) // equal times: equal ISO strings
    : (a: number, b: number) => newestFirst(entries[a]!.summary, entries[b]!.summary);
  const order = await sortInSlices(entries.length, compare, new TimeSlices(SORT_SLICE_MS));
  return Array.from(order, (i) => entries[i]!.summary);
}
