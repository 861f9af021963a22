import type { EntityType, RegistryName } from './entity-suggestion.ts';
import { cleanSpan } from './span-cleanup.ts';
import { isTitleWord, titleBefore } from './titles.ts';
import { wordKind } from './word-knowledge.ts';

export interface RegistryMatch {
  start: number;
  end: number;
  entityId: string;
  /** null for a user-defined type: the caller decides how to show it */
  type: EntityType | null;
  /** a full name or alias, or a short form of one (a surname, a name part) */
  origin: 'registry' | 'registry-short-form';
}

const KNOWN_TYPES = new Set<string>(['person', 'organization', 'location']);
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * The short forms a confirmed name makes likely: a person's surname ("Blinken" from "Antony J.
 * Blinken"), and the capitalized words of four letters or more that are not first names or
 * common words (of a body's name, only its first and last words). Precision matters more than recall here: every such form is suggested in every
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
  // A body goes by its first or last word ("Kestrel" of Kestrel Motors, "Rovers" of Corran
  // Rovers); a word inside is another thing's ("Highway 1" is not the National Highway Traffic
  // Safety Administration).
  const named = words.filter((w) => !/^the$/i.test(w));
  const formWords = entry.type === 'person' ? words : [named[0] ?? '', named.at(-1) ?? ''];
  for (const raw of formWords) {
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
 * Every occurrence of every registry name and alias, case-sensitive (a person's names also in
 * capitals, as transcripts print speakers), on word boundaries, with a possessive 's left outside
 * the span. Longer names win over shorter ones they contain. A short form inside a longer name
 * is no occurrence: the "Union" of "European Union" is not the Soviet Union's, the "Kim" of
 * "Kim Jong Un" not Sung Kim's; after a title ("Ambassador Kim") it is.
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
      if (
        pattern.origin === 'registry-short-form' &&
        (insideLongerName(text, start, end) || isUnsure(text, start, end))
      )
        continue;
      claimed.fill(1, start, end);
      matches.push({
        start,
        end,
        entityId: pattern.entityId,
        type: pattern.type,
        origin: pattern.origin,
      });
    }
  }
  return matches.sort((a, b) => a.start - b.start);
}

interface Pattern {
  name: string;
  entityId: string;
  type: EntityType | null;
  origin: RegistryMatch['origin'];
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
    // A name saved with its punctuation ("Lloyd Austin,") is looked for without it.
    const name = cleanName(entry.name);
    const add = (form: string, origin: Pattern['origin']) => {
      patterns.push({ name: form, entityId: entry.entityId, type, origin });
      if (type === 'person' && form.toUpperCase() !== form)
        patterns.push({ name: form.toUpperCase(), entityId: entry.entityId, type, origin });
    };
    add(name, 'registry');
    for (const form of shortForms({ ...entry, name })) {
      // A short form that is itself a confirmed name belongs to that entity, not this one.
      if (!fullNames.has(form)) add(form, 'registry-short-form');
    }
  }
  // Of two equally long, a full name before a short form.
  patterns.sort(
    (a, b) =>
      b.name.length - a.name.length ||
      Number(a.origin === 'registry-short-form') - Number(b.origin === 'registry-short-form'),
  );
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

/** A registry name without trailing punctuation; a leading one may be its own ("'Ndrangheta"). */
function cleanName(name: string): string {
  const span = cleanSpan(name, { start: 0, end: name.length }, { keepArticle: true });
  return span === null ? '' : name.slice(0, span.end).trim();
}

/** Whether the words at start..end run on from or into other capitalized words of a name. */
function insideLongerName(text: string, start: number, end: number): boolean {
  if (/^[ \t]+\p{Lu}/u.test(text.slice(end, end + 3))) return true;
  const before = /([\p{L}\p{M}\p{N}.]+)[ \t]+$/u.exec(text.slice(Math.max(0, start - 40), start));
  const previous = before?.[1];
  if (previous === undefined || !/^\p{Lu}/u.test(previous) || isTitleWord(previous)) return false;
  // "until Monday. Mkhize said": a word ending a sentence (no initial, "J.") is no part of it.
  if (/\p{Ll}{2}\.$/u.test(previous)) return false;
  // "Yesterday Kim said": a common word capitalized only because the sentence starts with it.
  const atSentenceStart = /(?:^|[.!?:]\s*|\n\s*)$/u.test(text.slice(0, start - before![0].length));
  const kind = wordKind(previous);
  return !(atSentenceStart && (kind === 'common' || kind === 'function'));
}

/**
 * Words that say a name is of another kind than the entity whose short form it is: "the moon
 * Europa" (after "Europa Clipper"), "the town of Austin" (after Lloyd Austin), "the river Derwent".
 */
const OTHER_KIND_BEFORE =
  /(?<![\p{L}\p{N}])(?:[Mm]oon|[Pp]lanet|[Aa]steroid|[Cc]omet|[Rr]iver|[Ll]ake|[Mm]ount|[Ii]sland|(?:town|city|village|port|county|state|province|region|island|district) of)\s+$/u;

/**
 * A short form from another article that is more likely something else here: "the moon Europa", a common word
 * opening a sentence ("Price competition" after Ned Price), or a surname in capitals without a
 * title before it or a colon after it, as transcripts print speakers ("MR PRICE:"), rather than
 * a dateline's city ("AUSTIN, Texas" after Lloyd Austin).
 */
function isUnsure(text: string, start: number, end: number): boolean {
  const form = text.slice(start, end);
  if (OTHER_KIND_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return true;
  const titled = titleBefore(text, start) !== null;
  if (form.toUpperCase() === form && /\p{Lu}{2}/u.test(form))
    return !titled && !/^\s*:/u.test(text.slice(end, end + 3));
  const kind = wordKind(form.toLowerCase());
  const opensSentence = /(?:^|[.!?:]\s+|\n\s*|^["“]|[.!?:]\s+["“])$/u.test(
    text.slice(Math.max(0, start - 4), start),
  );
  return !titled && opensSentence && (kind === 'common' || kind === 'function');
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
