import {
  BUILT_IN_EVENT_TYPES,
  CertaintySchema,
  type Certainty,
} from '../../electron/common/model/event.ts';

/** How the page shows and offers event types, roles and certainties. */

const PALETTE = new Set<string>(BUILT_IN_EVENT_TYPES);

/** The colour class of a type: user-defined types share the neutral one. */
export function eventTypeClass(type: string): string {
  return `evt-${PALETTE.has(type) ? type : 'other'}`;
}

export function eventTypeLabel(type: string): string {
  const words = type.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Built-in types first, then any others in use, without repeats. */
export function orderedEventTypes(used: readonly string[] = []): string[] {
  return [...new Set([...BUILT_IN_EVENT_TYPES, ...used])];
}

/** What the notebook accepts as a type: a lower-case word ("Peace talks" → "peace-talks"). */
export function normalizeEventType(input: string): string {
  return input
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/[^a-z0-9-]/g, '')
    .slice(0, 32);
}

export const ROLES = ['host', 'visitor', 'speaker', 'target'] as const;

export const CERTAINTIES = CertaintySchema.options;

export const CERTAINTY_HINT: Record<Certainty, string> = {
  confirmed: 'Confirmed by independent sources',
  likely: 'Probably happened as described',
  possible: 'May have happened',
  reported: 'Reported, not yet assessed',
};

export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
