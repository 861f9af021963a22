import { z } from 'zod';

export const SOURCES_SCHEMA_VERSION = 1;

/** The Admiralty (NATO) grade of a source's reliability: A completely reliable … F cannot be judged. */
export const RELIABILITY_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export const ReliabilitySchema = z.enum(RELIABILITY_GRADES, {
  error: 'a reliability is a letter from A (completely reliable) to F (cannot be judged)',
});
export type Reliability = z.infer<typeof ReliabilitySchema>;

/** What each grade of a source's reliability means, as the Admiralty system words it. */
export const RELIABILITY_MEANINGS: Readonly<Record<Reliability, string>> = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'reliability cannot be judged',
};

/** The Admiralty grade of a piece of information: 1 confirmed … 6 cannot be judged. */
export const CredibilitySchema = z
  .number({ error: 'a credibility is a number from 1 (confirmed) to 6 (cannot be judged)' })
  .int('a credibility is a whole number from 1 (confirmed) to 6 (cannot be judged)')
  .min(1, 'a credibility is a number from 1 (confirmed) to 6 (cannot be judged)')
  .max(6, 'a credibility is a number from 1 (confirmed) to 6 (cannot be judged)');
export type Credibility = z.infer<typeof CredibilitySchema>;

export const CREDIBILITY_GRADES = [1, 2, 3, 4, 5, 6] as const satisfies readonly Credibility[];

/** What each grade of a piece of information's credibility means, in the Admiralty's words. */
export const CREDIBILITY_MEANINGS: Readonly<Record<Credibility, string>> = {
  1: 'confirmed by other sources',
  2: 'probably true',
  3: 'possibly true',
  4: 'doubtful',
  5: 'improbable',
  6: 'truth cannot be judged',
};

export const SourceIdSchema = z
  .string()
  .regex(/^[a-z0-9]{12}$/, 'not a source id')
  .brand<'SourceId'>();
export type SourceId = z.infer<typeof SourceIdSchema>;

export const SourceNameSchema = z.string().trim().min(1, 'the name is empty').max(200);

/**
 * An outlet: the name articles give it and the other names they use for it (its aliases), and
 * the analyst's grade of its reliability (null until graded).
 */
export const SourceSchema = z.object({
  id: SourceIdSchema,
  name: SourceNameSchema,
  aliases: z.array(SourceNameSchema).default([]),
  reliability: ReliabilitySchema.nullable().default(null),
  notes: z.string().max(100_000).default(''),
});
export type Source = z.infer<typeof SourceSchema>;

/** sources.json: the sources the analyst has graded, renamed or merged (see core/sources). */
export const SourcesFileSchema = z.object({
  schemaVersion: z.literal(SOURCES_SCHEMA_VERSION),
  sources: z.array(SourceSchema),
});
export type SourcesFile = z.infer<typeof SourcesFileSchema>;

export function emptySourcesFile(): SourcesFile {
  return { schemaVersion: SOURCES_SCHEMA_VERSION, sources: [] };
}
