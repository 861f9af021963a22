import { z } from 'zod';
import { DatePrecisionSchema, IsoDateSchema } from './dates.ts';

/**
 * A date as a text gives it: the original words, the range of calendar days they cover (both
 * ends included) and how precisely they are known. "March 16-17" is 2021-03-16..2021-03-17 at
 * day precision; "March 2021" is 2021-03-01..2021-03-31 at month precision; "next week" is the
 * Monday..Sunday of that week, approximate.
 */
export const DateRangeSchema = z
  .object({
    /** The words of the text, as written. */
    text: z.string(),
    start: IsoDateSchema,
    end: IsoDateSchema,
    precision: DatePrecisionSchema,
  })
  .refine((range) => range.end >= range.start, {
    message: 'the end date is before the start date',
    path: ['end'],
  });
export type DateRange = z.infer<typeof DateRangeSchema>;
