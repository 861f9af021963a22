import type { EntityType, RegistryName } from './entity-suggestion.ts';
import { wordKind } from './word-knowledge.ts';

export interface RegistryMatch {
  start: number;
  end: number;
  entityId: string;
  /** null for a user-defined type: the caller decides how to show it */
  type: EntityType | null;
  /** 1 for a full name or alias, lower for a surname or a name part */
  score: number;
}

const KNOWN_TYPES = new Set<string>(['person', 'organization', 'location']);
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The short forms a confirmed name makes likely: a person's surname ("Blinken" from "Antony J.
 * Blinken"), and the capitalized words of four letters or more that are not first names or
 * common words. Precision matters more than recall here: every such form is suggested in every
 * article, so a first name ("Antony") or a word like "State" is never one.
 */
export function shortForms(entry: RegistryName): string[] {
  const words = entry.name.split(/\s+/).filter((w) => w !== '');
  if (words.length < 2) return [];
  const forms = new Set<string>();
  const clean = (w: string): string => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  const last = clean(words[words.length - 1] ?? '');
  if (
    entry.type === 'person' &&
    /^\p{Lu}/u.test(last) &&
    last.length >= 2 &&
    !/^(?:Jr|Sr|II|III|IV)$/u.test(last)
  ) {
    forms.add(last);
  }
  for (const raw of words) {
    const word = clean(raw);
    if (word.length < 4 || !/^\p{Lu}\p{Ll}/u.test(word)) continue;
    const kind = wordKind(word);
    if (kind === 'unknown' || kind === 'last-name') {
      if (entry.type === 'person' || kind === 'unknown') forms.add(word);
    }
  }
  forms.delete(entry.name);
  return [...forms];
}

/**
 * Every occurrence of every registry name and alias, case-sensitive, on word boundaries, with
 * a possessive 's left outside the span. Longer names win over shorter ones they contain.
 */
export function matchRegistry(text: string, registry: RegistryName[]): RegistryMatch[] {
  const patterns: { name: string; entityId: string; type: EntityType | null; score: number }[] = [];
  const fullNames = new Set(registry.map((entry) => entry.name));
  for (const entry of registry) {
    const type = KNOWN_TYPES.has(entry.type) ? (entry.type as EntityType) : null;
    patterns.push({ name: entry.name, entityId: entry.entityId, type, score: 1 });
    for (const form of shortForms(entry)) {
      // A short form that is itself a confirmed name belongs to that entity, not this one.
      if (!fullNames.has(form))
        patterns.push({ name: form, entityId: entry.entityId, type, score: 0.7 });
    }
  }
  patterns.sort((a, b) => b.name.length - a.name.length || b.score - a.score);
  const matches: RegistryMatch[] = [];
  const taken: { start: number; end: number }[] = [];
  const seen = new Set<string>();
  for (const pattern of patterns) {
    const key = `${pattern.name}\u0000${pattern.entityId}`;
    if (seen.has(key) || pattern.name.trim() === '') continue;
    seen.add(key);
    const re = new RegExp(escapeRegExp(pattern.name), 'gu');
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      const before = text[start - 1] ?? '';
      const after = text[end] ?? '';
      const nameEndsInWord = WORD_CHAR.test(pattern.name[pattern.name.length - 1] ?? '');
      if (WORD_CHAR.test(before)) continue;
      if (nameEndsInWord && WORD_CHAR.test(after)) continue;
      if (taken.some((t) => start < t.end && t.start < end)) continue;
      taken.push({ start, end });
      matches.push({
        start,
        end,
        entityId: pattern.entityId,
        type: pattern.type,
        score: pattern.score,
      });
    }
  }
  return matches.sort((a, b) => a.start - b.start);
}
