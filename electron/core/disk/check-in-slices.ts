import { z } from 'zod';
import { TimeSlices } from '../time-slices.ts';

/** From this many elements, an array of a document is checked in slices. */
const SLICED_FROM = 256;
/** How long the check holds the thread before it answers what waits, in ms. */
const CHECK_SLICE_MS = 10;

/** What a check found: the document as the schema gives it, or the first thing wrong in it. */
export type Checked<T> =
  | { success: true; data: T }
  | { success: false; issue: { path: PropertyKey[]; message: string } | undefined };

/**
 * `schema.safeParse(json)` with the thread answering in between: a document whose schema is a
 * plain object is checked without its long arrays, then their elements one by one in slices of
 * 10 ms (issue 21: 2,000 events checked in one turn held the thread 90-100 ms of CPU). Anything
 * else, or a document with no long array, is checked whole as before.
 */
export async function checkInSlices<T>(json: unknown, schema: z.ZodType<T>): Promise<Checked<T>> {
  const long = longArrays(json, schema);
  if (long.length === 0) return checkedWhole(schema.safeParse(json));
  const record = json as Record<string, unknown[]>;
  // The rest of the document first, its long arrays empty (an unconstrained array takes []).
  const rest: Record<string, unknown> = { ...record };
  for (const { key } of long) rest[key] = [];
  const head = schema.safeParse(rest);
  if (!head.success) return checkedWhole(head);
  const data = head.data as Record<string, unknown>;
  const slices = new TimeSlices(CHECK_SLICE_MS);
  for (const { key, element } of long) {
    const checked: unknown[] = [];
    for (const [i, item] of record[key]!.entries()) {
      if (slices.due) await slices.pause();
      const result = element.safeParse(item);
      if (!result.success) {
        const issue = result.error.issues[0];
        return {
          success: false,
          issue: { path: [key, i, ...(issue?.path ?? [])], message: issue?.message ?? 'invalid' },
        };
      }
      checked.push(result.data);
    }
    data[key] = checked;
  }
  return { success: true, data: data as T };
}

function checkedWhole<T>(result: z.ZodSafeParseResult<T>): Checked<T> {
  if (result.success) return { success: true, data: result.data };
  return { success: false, issue: result.error.issues[0] };
}

/**
 * The keys of `json` that hold a long array whose schema is a plain array (or one with a
 * default), with the schema of its elements; none unless the schema is an object with no
 * check of its own (such a check needs the whole document).
 */
function longArrays(json: unknown, schema: z.ZodType): { key: string; element: z.ZodType }[] {
  if (!(schema instanceof z.ZodObject) || (schema._zod.def.checks?.length ?? 0) > 0) return [];
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return [];
  const long: { key: string; element: z.ZodType }[] = [];
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const value = (json as Record<string, unknown>)[key];
    if (!Array.isArray(value) || value.length < SLICED_FROM) continue;
    const array = field instanceof z.ZodDefault ? field.unwrap() : field;
    if (array instanceof z.ZodArray && (array._zod.def.checks?.length ?? 0) === 0)
      long.push({ key, element: array.element as z.ZodType });
  }
  return long;
}
