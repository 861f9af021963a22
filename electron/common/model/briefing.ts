import { z } from 'zod';
import { IsoDateSchema } from './dates.ts';
import { ArticleIdSchema, EntityIdSchema, randomId } from './ids.ts';

export const BRIEFINGS_SCHEMA_VERSION = 1;

const ID_PATTERN = /^[a-z0-9]{12}$/;

export const BriefingIdSchema = z
  .string()
  .regex(ID_PATTERN, 'not a briefing id')
  .brand<'BriefingId'>();
export type BriefingId = z.infer<typeof BriefingIdSchema>;

/** Sections are named within their briefing: short, URL-safe. */
export const SectionIdSchema = z.string().regex(/^[a-z0-9-]{1,40}$/, 'not a section id');

const Heading = z.string().trim().max(300, 'the heading is longer than 300 characters');
const Words = z.string().trim().min(1).max(300);

/**
 * Which part of the notebook a generated section draws on. Every field narrows; an absent field
 * does not. `types` are entity types for actors, profiles and the network (both ends), event
 * types for the timeline and quotes. `from`/`to` keep events whose date range overlaps the window (undated events are left
 * out once a window is set) and articles published inside it.
 */
export const SectionFilterSchema = z
  .object({
    tags: z.array(Words).max(100).optional(),
    articleIds: z.array(ArticleIdSchema).max(10_000).optional(),
    entityIds: z.array(EntityIdSchema).max(10_000).optional(),
    types: z
      .array(z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, 'not a type name'))
      .max(100)
      .optional(),
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
    /** At most this many items (per entity type for key actors). */
    limit: z.number().int().positive().max(10_000).optional(),
  })
  .strict();
export type SectionFilter = z.infer<typeof SectionFilterSchema>;

export const GENERATED_SECTION_KINDS = [
  'actors',
  'timeline',
  'quotes',
  'profiles',
  'network',
  'sources',
] as const;
export type GeneratedSectionKind = (typeof GENERATED_SECTION_KINDS)[number];

/** How many items a section shows when its filter sets no limit. */
export const DEFAULT_LIMITS = { actors: 10, quotes: 20, profiles: 10, network: 40 } as const;

/** A section kind's default limit; undefined where the section shows everything. */
export function defaultLimit(kind: GeneratedSectionKind): number | undefined {
  return kind in DEFAULT_LIMITS ? DEFAULT_LIMITS[kind as keyof typeof DEFAULT_LIMITS] : undefined;
}

export const TextSectionSchema = z
  .object({
    kind: z.literal('text'),
    id: SectionIdSchema,
    heading: Heading,
    /** The analyst's markdown; `[@event:ID]`, `[@entity:ID]`, `[@article:ID]`, `[@quote:ARTICLE:START-END]` cite. */
    markdown: z.string().max(200_000, 'the text is longer than 200,000 characters'),
  })
  .strict();

export const GeneratedSectionSchema = z
  .object({
    kind: z.enum(GENERATED_SECTION_KINDS),
    id: SectionIdSchema,
    heading: Heading,
    filter: SectionFilterSchema.default({}),
  })
  .strict();

export const SectionSchema = z.discriminatedUnion('kind', [
  TextSectionSchema,
  GeneratedSectionSchema,
]);
export type Section = z.infer<typeof SectionSchema>;
export type TextSection = z.infer<typeof TextSectionSchema>;
export type GeneratedSection = z.infer<typeof GeneratedSectionSchema>;

export const BriefingSchema = z
  .object({
    id: BriefingIdSchema,
    title: z.string().trim().min(1, 'the title is empty').max(300),
    author: z.string().trim().max(300).default(''),
    /** The day the briefing is dated (ISO), or none. */
    date: IsoDateSchema.nullable().default(null),
    /** A handling line printed at the top and bottom of every page, e.g. "UNCLASSIFIED". */
    classification: z.string().trim().max(200).default(''),
    /** Narrows every generated section, before each section's own filter (issue 18). */
    filter: SectionFilterSchema.default({}),
    sections: z.array(SectionSchema).max(200),
  })
  .refine(
    (briefing) => new Set(briefing.sections.map((s) => s.id)).size === briefing.sections.length,
    { message: 'two sections have the same id', path: ['sections'] },
  );
export type Briefing = z.infer<typeof BriefingSchema>;

/** briefings.json */
export const BriefingsFileSchema = z.object({
  schemaVersion: z.literal(BRIEFINGS_SCHEMA_VERSION),
  briefings: z.array(BriefingSchema),
  /** The briefing the analyst created or edited last: the Briefing view opens it again. */
  lastEditedBriefingId: BriefingIdSchema.nullable().default(null),
});
export type BriefingsFile = z.infer<typeof BriefingsFileSchema>;

export function emptyBriefingsFile(): BriefingsFile {
  return { schemaVersion: BRIEFINGS_SCHEMA_VERSION, briefings: [], lastEditedBriefingId: null };
}

/**
 * The hint an empty bottom line shows in the editor. Never stored as text: briefings saved before
 * it was a placeholder hold it as their text, which exports treat as empty.
 */
export const BLUF_PLACEHOLDER = 'Summarize the bottom line here.';

const BLUF_HEADING = 'Bottom line up front';

/**
 * The hint an empty text section shows in the editor: the bottom line's (in every briefing,
 * whatever its section's id), or the general one.
 */
export function textPlaceholder(section: Pick<TextSection, 'id' | 'heading'>): string {
  return section.id === 'bluf' || section.heading === BLUF_HEADING
    ? BLUF_PLACEHOLDER
    : 'Write this section in Markdown.';
}

/**
 * The sections every new briefing starts with (and the default briefing has); the "Network"
 * only when the notebook has relations or event links, something to draw.
 */
export function defaultSections(linked = false): Section[] {
  return [
    { kind: 'text', id: 'bluf', heading: BLUF_HEADING, markdown: '' },
    { kind: 'actors', id: 'actors', heading: 'Key actors', filter: {} },
    { kind: 'timeline', id: 'timeline', heading: 'Timeline', filter: {} },
    ...(linked
      ? [{ kind: 'network', id: 'network', heading: 'Network', filter: {} } as const]
      : []),
    { kind: 'sources', id: 'sources', heading: 'Sources', filter: {} },
  ];
}

/** The briefing of the whole notebook, used when none is set up: not stored, never dated. */
export function defaultBriefing(
  notebookTitle: string,
  linked = false,
): Omit<Briefing, 'id'> & { id: null } {
  return {
    id: null,
    title: notebookTitle,
    author: '',
    date: null,
    classification: '',
    filter: {},
    sections: defaultSections(linked),
  };
}

/** A new briefing's title: not the notebook's, which the briefing of the whole notebook has. */
export function newBriefingTitle(taken: readonly string[]): string {
  for (let n = 1; ; n++) {
    const title = n === 1 ? 'Untitled briefing' : `Untitled briefing ${n}`;
    if (!taken.includes(title)) return title;
  }
}

export function newBriefingId(): BriefingId {
  return randomId() as BriefingId;
}

export function newSectionId(): string {
  return randomId();
}

/** A section as the composer sends it: a new one may come without an id (one is given). */
export const SectionInputSchema = z.discriminatedUnion('kind', [
  TextSectionSchema.extend({ id: SectionIdSchema.optional() }),
  GeneratedSectionSchema.extend({ id: SectionIdSchema.optional() }),
]);
export type SectionInput = z.infer<typeof SectionInputSchema>;
