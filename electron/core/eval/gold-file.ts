import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { DossierError, describe } from '../../common/errors.ts';
import { IsoDateSchema } from '../../common/model/dates.ts';
import { EntityTypeSchema } from '../suggest/entity-suggestion.ts';

/** The gold annotation format (docs/EVAL.md, "Gold file format"). */
const QuotedSpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().min(1),
});
export type QuotedSpan = z.infer<typeof QuotedSpanSchema>;

export const GoldEntitySchema = z.object({
  name: z.string().min(1),
  type: EntityTypeSchema,
  mentions: z.array(QuotedSpanSchema),
});
export type GoldEntity = z.infer<typeof GoldEntitySchema>;

export const GoldEventSchema = z.object({
  title: z.string().min(1),
  date_text: z.string().nullable(),
  date_start: IsoDateSchema.nullable(),
  date_end: IsoDateSchema.nullable(),
  location: z.string().nullable(),
  participants: z.array(z.string()),
  evidence: QuotedSpanSchema,
});
export type GoldEvent = z.infer<typeof GoldEventSchema>;

export const GoldFileSchema = z.object({
  id: z.string().min(1),
  source: z.string(),
  license: z.string(),
  published: IsoDateSchema,
  text: z.string(),
  entities: z.array(GoldEntitySchema),
  events: z.array(GoldEventSchema),
});
export type GoldFile = z.infer<typeof GoldFileSchema>;

/**
 * Validates a parsed gold file. Beyond the schema, every quoted span must be exactly what the
 * text holds at its offsets: a gold file whose offsets drifted would silently score wrong, so
 * it is refused with the file, the place in the file and both strings.
 */
export function parseGoldFile(data: unknown, file: string): GoldFile {
  const parsed = GoldFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined ? '' : issue.path.join('.') + ': ';
    throw new DossierError(
      'invalid-input',
      `${file}: not a gold file: ${where}${issue?.message ?? ''}`,
      file,
    );
  }
  const gold = parsed.data;
  const check = (span: QuotedSpan, where: string): void => {
    const actual = gold.text.slice(span.start, span.end);
    if (span.end <= span.start || span.end > gold.text.length || actual !== span.text) {
      throw new DossierError(
        'invalid-input',
        `${file}: ${where} [${span.start}, ${span.end}) quotes ${JSON.stringify(span.text)} ` +
          `but the text there is ${JSON.stringify(actual)}`,
        file,
      );
    }
  };
  gold.entities.forEach((entity, i) =>
    entity.mentions.forEach((mention, j) =>
      check(mention, `entities[${i}] (${entity.name}) mentions[${j}]`),
    ),
  );
  gold.events.forEach((event, i) =>
    check(event.evidence, `events[${i}] (${event.title}) evidence`),
  );
  return gold;
}

/**
 * Cross-references FORMAT.md asks for but scoring does not need (event locations and
 * participants name entities of the file). Reported, not refused, so that a gold file from
 * elsewhere with a loose reference still scores.
 */
export function goldFileWarnings(gold: GoldFile): string[] {
  const names = new Set(gold.entities.map((entity) => entity.name));
  const warnings: string[] = [];
  gold.events.forEach((event, i) => {
    for (const name of [event.location, ...event.participants]) {
      if (name !== null && !names.has(name)) {
        warnings.push(
          `events[${i}] (${event.title}) names ${JSON.stringify(name)}, no entity of the file`,
        );
      }
    }
  });
  return warnings;
}

export async function loadGoldFile(path: string): Promise<GoldFile> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    throw new DossierError('io', `${path}: cannot read: ${describe(error)}`, path);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    throw new DossierError('invalid-input', `${path}: not JSON: ${describe(error)}`, path);
  }
  return parseGoldFile(data, path);
}
