import type { Section } from '../../../electron/core/api/contract.ts';

/**
 * The renderer's copy of the core's section kinds, default limits and default sections
 * (electron/core/model/briefing.ts; the renderer may import only types from electron/).
 */
export const GENERATED_KINDS = ['actors', 'timeline', 'quotes', 'profiles', 'sources'] as const;
export type GeneratedKind = (typeof GENERATED_KINDS)[number];

/** How many items a section shows when its filter sets no limit (assemble.ts, DEFAULT_LIMITS). */
export const DEFAULT_LIMITS: Partial<Record<GeneratedKind, number>> = {
  actors: 10,
  quotes: 20,
  profiles: 10,
};

export const BLUF_PLACEHOLDER = 'Summarize the bottom line here.';

export function defaultSections(): Section[] {
  return [
    { kind: 'text', id: 'bluf', heading: 'Bottom line up front', markdown: BLUF_PLACEHOLDER },
    { kind: 'actors', id: 'actors', heading: 'Key actors', filter: {} },
    { kind: 'timeline', id: 'timeline', heading: 'Timeline', filter: {} },
    { kind: 'sources', id: 'sources', heading: 'Sources', filter: {} },
  ];
}
