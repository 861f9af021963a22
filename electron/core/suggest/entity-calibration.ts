import { z } from 'zod';
import table from '../../../resources/entity-calibration.json';
import { MentionOriginSchema, type EntityType, type MentionOrigin } from './entity-suggestion.ts';

/** A rate observed on dev gold: suggestions seen, and how many of them were right. */
const RateSchema = z.object({ n: z.number().int().nonnegative(), p: z.number().min(0).max(1) });

/**
 * The calibration table (resources/entity-calibration.json, made by `npm run calibrate`):
 * the observed rate of right suggestions per origin, per origin and type, per origin, type and
 * length (one word or more), and for the model a step function of its own confidence per type
 * and length (isotonic regression). Each rate is smoothed towards the one above it.
 */
export const CalibrationSchema = z.object({
  fittedOn: z.string(),
  overall: RateSchema,
  groups: z.record(z.string(), RateSchema),
  /** key `type|length`: ascending lower bounds of the model's confidence, with their rates */
  model: z.record(
    z.string(),
    z.array(z.object({ from: z.number().min(0).max(1), p: z.number().min(0).max(1) })),
  ),
});
export type Calibration = z.infer<typeof CalibrationSchema>;

const SHIPPED = CalibrationSchema.parse(table);

/** What the calibrator reads of a suggestion. */
export interface CalibrationInput {
  origin: MentionOrigin;
  type: EntityType;
  text: string;
  modelConfidence?: number;
}

export const lengthOf = (text: string): 'one' | 'more' => (/\s/u.test(text) ? 'more' : 'one');

/** The group keys of a suggestion, most general first. */
export function groupKeys(input: CalibrationInput): string[] {
  const origin = MentionOriginSchema.parse(input.origin);
  return [
    origin,
    `${origin}|${input.type}`,
    `${origin}|${input.type}|${lengthOf(input.text.trim())}`,
  ];
}

/**
 * How likely the analyst finds the suggestion right, from what made it, its type, its length and
 * (for the model) the model's own confidence. A group never seen falls back to the one above.
 */
export function calibratedConfidence(
  input: CalibrationInput,
  calibration: Calibration = SHIPPED,
): number {
  let p = calibration.overall.p;
  for (const key of groupKeys(input)) p = calibration.groups[key]?.p ?? p;
  if (input.origin === 'model' && input.modelConfidence !== undefined) {
    const steps = calibration.model[`${input.type}|${lengthOf(input.text.trim())}`];
    const step = steps?.findLast((s) => s.from <= input.modelConfidence!) ?? steps?.[0];
    if (step !== undefined) p = step.p;
  }
  return Math.round(p * 1000) / 1000;
}
