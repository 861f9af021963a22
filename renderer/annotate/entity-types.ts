/** Entity types as the page shows them: label, palette class, and the key that marks them. */

const PALETTE = new Set(['person', 'organization', 'location', 'event']);

export const BUILT_IN_TYPES = ['person', 'organization', 'location'] as const;

const KEYS: Record<string, string> = { person: 'P', organization: 'O', location: 'L' };

/** The palette class of a type: user types share the neutral "other" colour. */
export function paletteOf(type: string): string {
  return PALETTE.has(type) ? type : 'other';
}

export function typeLabel(type: string): string {
  const words = type.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The single key that marks a selection as this type, if it has one. */
export function typeKey(type: string): string | undefined {
  return KEYS[type];
}

/** The built-in types first, then the analyst's own, without repeats. */
export function orderedTypes(known: readonly string[] | undefined): string[] {
  return [...new Set([...BUILT_IN_TYPES, ...(known ?? [])])];
}

/** What the notebook accepts as a type name: a lower-case word (letters, digits, dashes). */
export const TYPE_NAME = /^[a-z][a-z0-9-]{0,31}$/;

/** A type name from what the analyst typed ("Weapon system" → "weapon-system"). */
export function normalizeTypeName(input: string): string {
  return input
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/[^a-z0-9-]/g, '');
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}
