import type { Entity } from '../../common/model/entity.ts';
import { namesOf } from '../../common/model/entity.ts';
import { companyShortName } from '../suggest/company-names.ts';
import { getGazetteer } from '../suggest/gazetteer.ts';

/** Words that title a person or office rather than name them. */
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sir',
  'dame',
  'lord',
  'president',
  'vice',
  'prime',
  'minister',
  'secretary',
  'deputy',
  'assistant',
  'under',
  'acting',
  'ambassador',
  'general',
  'gen',
  'admiral',
  'senator',
  'sen',
  'rep',
  'representative',
  'governor',
  'gov',
  'mayor',
  'king',
  'queen',
  'prince',
  'princess',
  'chancellor',
  'foreign',
  'defense',
  'defence',
  'state',
  'special',
  'envoy',
  'chief',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'the',
  'of',
  'for',
]);

function words(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** A person's name without titles or initials: "Secretary Antony J. Blinken" → antony blinken. */
function personCore(name: string): string[] {
  return words(name).filter((word) => word.length > 1 && !TITLES.has(word));
}

/** The letters an acronym of this name would have: "United Arab Emirates" → uae. */
export function initials(name: string): string {
  return words(name)
    .filter((word) => !['of', 'the', 'and', 'for'].includes(word))
    .map((word) => word[0])
    .join('');
}

/** A name written as an acronym, as its initials would be ("U.S." → us), or null. */
export function acronymOf(name: string): string | null {
  return /^[A-Z.]{2,}$/.test(name) ? name.replace(/\./g, '').toLowerCase() : null;
}

/** Heads of a body named either way round: "Department of State", "State Department". */
const HEAD_BEFORE_OF = new Set(['department', 'ministry']);
/** A country's form of state before its name: "Kingdom of Morocco", "State of Israel". */
const FORM_OF_STATE = new Set(['kingdom', 'republic', 'state', 'commonwealth', 'sultanate']);
/** Countries whose formal name is another country's than the short one ("Republic of Korea"). */
const FORMAL_NAME_OF_ANOTHER = new Set(['korea', 'china', 'congo']);

/**
 * A country's short name from its formal one ("Kingdom of Morocco" → "Morocco", "the United
 * States of America" → "United States"), or null for any other name: the name analysts use, and
 * the one "U.S." and "Morocco" are variants of.
 */
export function shortNameOfCountry(name: string): string | null {
  if (/^(?:the\s+)?united\s+states\s+of\s+america$/iu.test(name.trim())) return 'United States';
  const formal = /^(?:the\s+)?(\p{L}+)\s+of\s+(?:the\s+)?(\p{Lu}.*)$/u.exec(name.trim());
  if (formal === null) return null;
  const country = words(formal[2]!);
  return FORM_OF_STATE.has(formal[1]!.toLowerCase()) &&
    !FORMAL_NAME_OF_ANOTHER.has(country.at(-1)!) &&
    getGazetteer().get(country.join(' '))?.type === 'location'
    ? formal[2]!
    : null;
}

/**
 * A name without its small words and "U.S.", a body's head after its field and a country
 * without its form of state: "the U.S. Department of State" and "State Department" → state
 * department, "Kingdom of Morocco" → morocco, "United States of America" → united states.
 */
export function coreOfName(name: string): string {
  let all = words(shortNameOfCountry(name) ?? name);
  while (['the', 'u', 's', 'us'].includes(all[0] ?? '')) all = all.slice(1);
  if (HEAD_BEFORE_OF.has(all[0] ?? '') && all[1] === 'of' && all.length > 2)
    all = [...all.slice(2), all[0]!];
  return all.filter((w) => !['the', 'of', 'u', 's', 'us'].includes(w)).join(' ');
}

/**
 * The cores a later, shorter form of this name may have: its own, and a company's without its
 * trade or legal form ("Nordvik Shipping" is also "Nordvik", "Sequoia Capital" "Sequoia").
 */
export function coresOfName(name: string): string[] {
  const short = companyShortName(name);
  return short === null ? [coreOfName(name)] : [coreOfName(name), coreOfName(short)];
}

/** Why two entities of one type look like the same one, or null. */
export function likeness(a: Entity, b: Entity): string | null {
  if (a.type !== b.type) return null;
  for (const x of namesOf(a)) {
    for (const y of namesOf(b)) {
      if (x.toLowerCase() === y.toLowerCase()) return `both are called “${x}”`;
      if (a.type === 'person') {
        const [cx, cy] = [personCore(x), personCore(y)];
        if (cx.length === 0 || cy.length === 0) continue;
        if (cx.join(' ') === cy.join(' '))
          return `“${x}” and “${y}” differ only by titles or initials`;
        const [shorter, longer] = cx.length <= cy.length ? [cx, cy] : [cy, cx];
        if (shorter.at(-1) === longer.at(-1) && shorter.every((word) => longer.includes(word))) {
          return `“${x}” and “${y}” share the surname ${shorter.at(-1)}`;
        }
      } else {
        const acronym = (short: string, long: string) => acronymOf(short) === initials(long);
        if (acronym(x, y) || acronym(y, x)) return `“${x}” is the acronym of “${y}”`;
        if (coreOfName(x) !== '' && coreOfName(x) === coreOfName(y))
          return `“${x}” and “${y}” differ only by small words`;
      }
    }
  }
  return null;
}

/** Pairs of entities that may be one (i2's "find matching entities"), most mentioned first. */
export function findDuplicates<T extends Entity>(
  entities: T[],
): { entities: [T, T]; reason: string }[] {
  const pairs: { entities: [T, T]; reason: string }[] = [];
  for (let i = 0; i < entities.length; i++) {
    for (let j = i + 1; j < entities.length; j++) {
      const reason = likeness(entities[i]!, entities[j]!);
      if (reason !== null) pairs.push({ entities: [entities[i]!, entities[j]!], reason });
    }
  }
  return pairs;
}
