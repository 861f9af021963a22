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
  const patterns = patternsOf(registry);
  // Occurrences are looked up by their first word, found in one pass over the text, rather than
  // by scanning the whole text once per name: with 1,000 names, a 125,000-character article
  // took 0.3 s on the main process (docs/PERFORMANCE.md).
  const words = wordStarts(text);
  const claimed = new Uint8Array(text.length);
  const matches: RegistryMatch[] = [];
  for (const pattern of patterns) {
    const nameEndsInWord = WORD_CHAR.test(pattern.name[pattern.name.length - 1] ?? '');
    const head = FIRST_WORD.exec(pattern.name)?.[0];
    let lastEnd = 0;
    for (const start of head === undefined
      ? occurrences(text, pattern.name)
      : (words.get(head) ?? [])) {
      const end = start + pattern.name.length;
      if (start < lastEnd || !text.startsWith(pattern.name, start)) continue;
      lastEnd = end;
      if (WORD_CHAR.test(text[start - 1] ?? '')) continue;
      if (nameEndsInWord && WORD_CHAR.test(text[end] ?? '')) continue;
      if (claimed.subarray(start, end).includes(1)) continue;
      claimed.fill(1, start, end);
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

interface Pattern {
  name: string;
  entityId: string;
  type: EntityType | null;
  score: number;
}

/** The names to look for, longest first; kept while the registry's list is the same. */
const patternCache = new WeakMap<RegistryName[], Pattern[]>();

function patternsOf(registry: RegistryName[]): Pattern[] {
  const cached = patternCache.get(registry);
  if (cached !== undefined) return cached;
  const patterns: Pattern[] = [];
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
  const seen = new Set<string>();
  const unique = patterns.filter((pattern) => {
    const key = `${pattern.name}\u0000${pattern.entityId}`;
    if (seen.has(key) || pattern.name.trim() === '') return false;
    seen.add(key);
    return true;
  });
  patternCache.set(registry, unique);
  return unique;
}

const FIRST_WORD = /^[\p{L}\p{M}\p{N}]+/u;
const WORDS = /[\p{L}\p{M}\p{N}]+/gu;

/** Where each word of the text starts, by word. */
function wordStarts(text: string): Map<string, number[]> {
  const starts = new Map<string, number[]>();
  for (const m of text.matchAll(WORDS)) {
    const list = starts.get(m[0]);
    if (list === undefined) starts.set(m[0], [m.index]);
    else list.push(m.index);
  }
  return starts;
}

/** Where `name` occurs in the text (for a name that does not start with a letter or digit). */
function occurrences(text: string, name: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
    found.push(at);
  }
  return found;
}
