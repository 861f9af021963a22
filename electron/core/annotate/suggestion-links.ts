import type { LinkCandidate, Suggestion } from '../../common/api/contract.ts';
import type { Article } from '../../common/model/article.ts';
import type { EntitiesFile, Entity } from '../../common/model/entity.ts';
import type { EntityId } from '../../common/model/ids.ts';
import { keepsArticle } from '../suggest/article-names.ts';
import { getGazetteer } from '../suggest/gazetteer.ts';
import { isImplausible } from '../suggest/implausible-spans.ts';
import { placeByPreposition } from '../suggest/one-type-per-name.ts';
import { calibratedConfidence } from '../suggest/entity-calibration.ts';
import { cleanSpan } from '../suggest/span-cleanup.ts';
import { titleBefore, withoutLeadingTitles } from '../suggest/titles.ts';
import { wordKind } from '../suggest/word-knowledge.ts';
import { writtenInCapitals } from '../../common/model/written-in-capitals.ts';
import { acronymOf, coreOfName, shortNameOfCountry } from './duplicate-entities.ts';
import { registryIndex, type RegistryIndex } from './entity-lookup.ts';
import {
  capitalSurnames,
  fullNameEndingIn,
  fullNamesOfSurnames,
  namedInArticle,
  titleCase,
  type Named,
} from './names-in-article.ts';

/**
 * The last word on an article's suggestions before the analyst sees them: clean edges, nothing
 * implausible, and for each the entity an accept would file it under. A single word ("Kim",
 * "Union", "Bureau") joins an entity only when nothing else could claim it:
 *
 * - one entity named in full in the article (by a suggestion or a mention) that the word is
 *   part of, or, where the article names several, the one whose full name came after the same
 *   title ("Ambassador Kim" after "Ambassador Sung Kim");
 * - failing any in the article, the one entity of the registry the word is part of.
 *
 * Otherwise, with two or more that could be meant, the suggestion carries them as `candidates`
 * and no entity: the analyst chooses ("which Kim?"). A full name that is a variant of another
 * ("U.S." of "United States") joins it on the same terms; a generic head word alone ("Office")
 * is only a back-reference, else no suggestion. Pure.
 */
export function linkSuggestions(
  article: Article,
  found: readonly Suggestion[],
  registry: EntitiesFile,
): Suggestion[] {
  const text = article.text;
  const tidy = placesInCapitals(
    text,
    expandSurnames(text, tidySuggestions(article, found, registry)),
  );
  const index = registryIndex(registry);
  const named = namedInArticle(article, tidy, index);
  const capitals = capitalSurnames(text, tidy, named, article);
  // "KIM" read as an acronym's organization is the person's surname in capitals.
  const replaced = new Set(capitals.map((c) => `${c.start}:${c.end}`));
  const withCapitals = [
    ...tidy.filter((s) => !replaced.has(`${s.start}:${s.end}`)),
    ...capitals,
  ].sort((a, b) => a.start - b.start);
  const linked = withCapitals.flatMap((suggestion) => link(text, suggestion, named, index) ?? []);
  return withBracketedAcronyms(text, linked);
}

/**
 * A line that opens with a name in capitals read as an organization ("ANKARA" over a story, as
 * an acronym would be) is the place of that name when the article suggests it as a place too
 * ("in Ankara"): a dateline's, never an organization of that name.
 */
function placesInCapitals(text: string, suggestions: Suggestion[]): Suggestion[] {
  const places = new Set(
    suggestions.filter((s) => s.type === 'location').map((s) => s.text.toLowerCase()),
  );
  return suggestions.map((s) =>
    s.type === 'organization' &&
    writtenInCapitals(s.text) &&
    places.has(s.text.toLowerCase()) &&
    /(?:^|\n)[ \t]*$/u.test(text.slice(Math.max(0, s.start - 8), s.start))
      ? { ...s, type: 'location' }
      : s,
  );
}

/**
 * An acronym the article gives a name in brackets right after it ("the UN Refugee Agency
 * (UNHCR)") is that name's, whatever its letters: there and wherever else it stands, it joins
 * the entity the name joins.
 */
function withBracketedAcronyms(text: string, linked: Suggestion[]): Suggestion[] {
  const targets = new Map<string, Suggestion>();
  linked.forEach((s, i) => {
    const name = linked[i - 1];
    if (
      name !== undefined &&
      name.type === s.type &&
      s.type !== 'person' &&
      /^\p{Lu}[\p{Lu}\p{N}&.-]+$/u.test(s.text) &&
      text.slice(name.end, s.start) === ' (' &&
      text[s.end] === ')'
    )
      targets.set(`${s.type}:${s.text}`, name);
  });
  if (targets.size === 0) return linked;
  return linked.map((s) => {
    const name = targets.get(`${s.type}:${s.text}`);
    if (name === undefined) return s;
    const { entityId: _id, candidates: _candidates, ...bare } = s;
    return {
      ...bare,
      ...(name.entityId !== undefined && { entityId: name.entityId }),
      entityName: name.entityName ?? name.text,
    };
  });
}

/** Clean edges, no implausible span, no rejected one, no overlap (the earlier span wins). */
function tidySuggestions(
  article: Article,
  found: readonly Suggestion[],
  registry: EntitiesFile,
): Suggestion[] {
  const text = article.text;
  const rejectedNames = new Set(registry.rejectedNames.map((name) => name.toLowerCase()));
  const rejected = new Set(article.rejectedSpans.map((span) => `${span.start}:${span.end}`));
  const kept: Suggestion[] = [];
  for (const suggestion of found) {
    // A registry name is matched as the analyst wrote it ("The Hague", "'Ndrangheta").
    const cleaned =
      suggestion.source === 'registry'
        ? { start: suggestion.start, end: suggestion.end }
        : cleanSpan(text, suggestion, { keepArticle: keepsArticle(text, suggestion) });
    const span =
      cleaned !== null && suggestion.source !== 'registry' && suggestion.type === 'person'
        ? withoutLeadingTitles(text, cleaned)
        : cleaned;
    if (span === null || isImplausible(text, span, suggestion.type)) continue;
    const value = text.slice(span.start, span.end);
    if (rejectedNames.has(value.toLowerCase()) || rejected.has(`${span.start}:${span.end}`))
      continue;
    const previous = kept.at(-1);
    if (previous !== undefined && span.start < previous.end) continue;
    kept.push({ ...suggestion, ...span, text: value });
  }
  return kept;
}

/** A lone surname that is the end of a full name in the text becomes that name ("Sung Kim"). */
function expandSurnames(text: string, suggestions: Suggestion[]): Suggestion[] {
  const bySurname = new Map(
    [...fullNamesOfSurnames(text, suggestions)].map(([start, name]) => [
      name.surname,
      { start, end: name.end },
    ]),
  );
  return suggestions.map((s, index) => {
    const full = bySurname.get(s.start);
    const previous = suggestions[index - 1];
    if (full === undefined || s.end !== full.end || (previous?.end ?? 0) > full.start) return s;
    return { ...s, start: full.start, text: text.slice(full.start, full.end) };
  });
}

/**
 * A body's generic head word: alone, it is only ever a back-reference ("the Office" after "the
 * Office of Foreign Missions"), never a name in its own right.
 */
const GENERIC_HEADS = new Set(
  'office department bureau ministry union council commission agency embassy'.split(' '),
);

/**
 * The one body a lone generic head word refers back to, null where it is none: the word must
 * follow "the" and end the name ("Department Spokesperson", "Office of the Spokesperson" are
 * other names' words), and the article must have named exactly one such body before it.
 */
function bodyReferredTo(
  text: string,
  suggestion: Suggestion,
  named: Map<string, Named>,
): Named | null {
  if (
    !/(?:^|[^\p{L}])the\s+$/iu.test(text.slice(Math.max(0, suggestion.start - 5), suggestion.start))
  )
    return null;
  if (/^\s*(?:\p{Lu}|of\b|for\b|on\b)/u.test(text.slice(suggestion.end, suggestion.end + 6)))
    return null;
  const word = suggestion.text.toLowerCase();
  const bodies = [...named.values()].filter(
    (item) =>
      item.type === suggestion.type &&
      item.first < suggestion.start &&
      item.nameWords.includes(word),
  );
  return bodies.length === 1 ? bodies[0]! : null;
}

/**
 * The one name of the article this full name is a variant of, as "Possible duplicates" compares
 * them: the name of which it is the acronym, or the first named of those that differ from it
 * only by small words, "U.S." or a company’s trade (so that the later forms join the first, never the reverse).
 */
function variantInArticle(suggestion: Suggestion, named: Map<string, Named>): Named | null {
  if (suggestion.type === 'person') return null;
  const acronym = acronymOf(suggestion.text);
  if (acronym !== null && acronym.length >= 2) {
    const expansions = [...named.values()].filter(
      (item) => item.type === suggestion.type && item.initials === acronym,
    );
    return expansions.length === 1 ? expansions[0]! : null;
  }
  const core = coreOfName(suggestion.text);
  if (core === '') return null;
  const first = [...named.values()]
    .filter((item) => item.type === suggestion.type && item.cores.includes(core))
    .sort((a, b) => a.first - b.first)[0];
  return first === undefined || first.name.toLowerCase() === suggestion.text.toLowerCase()
    ? null
    : first;
}

/** Words that, alone, stand for an organization named in full before ("the Bureau", "the Union"). */
const ORGANIZATION_HEADS = new Set(
  'union bureau department ministry agency council commission committee office court party service fund bank institute university army navy alliance authority board administration coalition federation organization organisation group league assembly parliament'.split(
    ' ',
  ),
);

/** Whether a suggestion is a lone word that could be short for a longer name. */
function isShortForm(suggestion: Suggestion): boolean {
  if (/\s/u.test(suggestion.text)) return false;
  if (suggestion.type === 'person') return true;
  // "Union", "Bureau": a common word standing for the organization named before, or a short
  // form the registry proposed. A lone "Google" is a name in its own right.
  return (
    suggestion.type === 'organization' &&
    (suggestion.origin === 'registry-short-form' ||
      ORGANIZATION_HEADS.has(suggestion.text.toLowerCase()) ||
      wordKind(suggestion.text) === 'common')
  );
}

/**
 * The one body named in full earlier in the article whose first word this lone word is, as
 * stories shorten a club or a company ("Riverton" after "Riverton United", "Harbourline" after
 * "Harbourline Shipping"), however the word was read; null where it is used as the place ("in
 * Riverton"), where a person's name holds it, or where two bodies start with it. A word read as
 * an organization may also be the body's last word ("Guimaraes" after "Vitoria Guimaraes",
 * "Dortmund" after "Borussia Dortmund"); read as a place or a person, a last word is too often
 * the town the body is named for ("Madrid" after "Real Madrid").
 */
function bodyShortenedTo(
  text: string,
  suggestion: Suggestion,
  named: Map<string, Named>,
): Named | null {
  if (!/^\p{Lu}\p{Ll}+$/u.test(suggestion.text)) return null;
  const word = suggestion.text.toLowerCase();
  // "Kenya" after "Kenya Red Cross Society": a place the gazetteer knows stays that place.
  if (
    suggestion.type === 'location' &&
    (placeByPreposition(text, suggestion.start) || getGazetteer().get(word)?.type === 'location')
  )
    return null;
  const items = [...named.values()];
  if (items.some((item) => item.type === 'person' && item.words.has(word))) return null;
  const lastWordToo = suggestion.type === 'organization' && !ORGANIZATION_HEADS.has(word);
  const bodies = items.filter(
    (item) =>
      item.type === 'organization' &&
      item.first < suggestion.start &&
      (item.nameWords[0] === word || (lastWordToo && item.nameWords.at(-1) === word)),
  );
  return bodies.length === 1 ? bodies[0]! : null;
}

/** The suggestion with the entity it would join, or null where it should not be offered. */
function link(
  text: string,
  suggestion: Suggestion,
  named: Map<string, Named>,
  index: RegistryIndex,
): Suggestion | null {
  const {
    entityId: _entityId,
    entityName: _entityName,
    candidates: _candidates,
    ...bare
  } = suggestion;
  const to = (target: { entityId?: EntityId; name: string }): Suggestion => ({
    ...bare,
    ...(target.entityId !== undefined && { entityId: target.entityId }),
    entityName: target.name,
  });
  if (suggestion.type !== 'person' && GENERIC_HEADS.has(suggestion.text.toLowerCase())) {
    const body = bodyReferredTo(text, suggestion, named);
    return body === null ? null : to(body);
  }
  const whole = bodyShortenedTo(text, suggestion, named);
  if (whole !== null) return { ...to(whole), type: 'organization' };
  const exact = index.named(suggestion.text, suggestion.type);
  if (!isShortForm(suggestion)) {
    // A full name: its registered entity, the name it is a variant of ("U.S." of "United
    // States"), or a new one of its own name.
    const entity =
      suggestion.source === 'registry' && suggestion.entityId !== undefined
        ? index.byId.get(suggestion.entityId)
        : index.existing(suggestion.text, suggestion.type);
    if (entity !== undefined) return to({ entityId: entity.id as EntityId, name: entity.name });
    const variant = variantInArticle(suggestion, named);
    if (variant !== null) return to(variant);
    const variants = index.variants(suggestion.text, suggestion.type);
    if (variants.length === 1)
      return to({ entityId: variants[0]!.id as EntityId, name: variants[0]!.name });
    if (variants.length > 1) return { ...bare, candidates: variants.map(candidateOfEntity) };
    const owner = fullNameEndingIn(suggestion.text, suggestion.type, named);
    if (owner !== null) return to(owner);
    const country = suggestion.type === 'location' ? shortNameOfCountry(suggestion.text) : null;
    return country === null ? inNormalCase(text, bare) : to({ name: country });
  }
  const word = suggestion.text.toLowerCase();
  // A short form is as likely right as the full name it joins, up to how often a registered
  // name's short form is: "Sinner" after "Jannik Sinner" goes in with it under Accept all,
  // instead of rising above the threshold only once the full name is accepted.
  const toNamed = (item: Named): Suggestion => {
    const asShortForm = calibratedConfidence({
      origin: 'registry-short-form',
      type: suggestion.type,
      text: suggestion.text,
    });
    const confidence = Math.max(suggestion.confidence, Math.min(item.confidence, asShortForm));
    return { ...to(item), confidence };
  };
  const inArticle = [...named.values()]
    .filter((item) => item.type === suggestion.type && item.words.has(word))
    .sort((a, b) => a.first - b.first);
  if (inArticle.length === 1) return toNamed(inArticle[0]!);
  if (inArticle.length > 1) {
    const title = titleBefore(text, suggestion.start);
    const titled = title === null ? [] : inArticle.filter((item) => item.titles.has(title));
    if (titled.length === 1) return toNamed(titled[0]!);
    return { ...bare, candidates: inArticle.map(candidateOf) };
  }
  // Nothing in the article: an entity that goes by exactly this word, else the one registered
  // entity the word is part of.
  if (exact.length === 1) return to({ entityId: exact[0]!.id as EntityId, name: exact[0]!.name });
  const registered = exact.length > 1 ? exact : index.containing(word, suggestion.type);
  if (registered.length === 1) {
    return to({ entityId: registered[0]!.id as EntityId, name: registered[0]!.name });
  }
  if (registered.length > 1) return { ...bare, candidates: registered.map(candidateOfEntity) };
  return inNormalCase(text, bare);
}

/**
 * A dateline's place: at the start of a line, before a comma, the outlet, a dash or a colon
 * ("OSLO, March 4", "MADRID — Real Madrid ..."); never an acronym ("UAE", "U.S.").
 */
const isDateline = (text: string, suggestion: Suggestion): boolean =>
  /^\p{Lu}{4,}$|^\p{Lu}+(?:[ -]\p{Lu}+)+$/u.test(suggestion.text) &&
  /(?:^|\n)[ \t]*$/u.test(text.slice(Math.max(0, suggestion.start - 8), suggestion.start)) &&
  /^[ \t]*(?:[,(:]|[-–—][ \t])/u.test(text.slice(suggestion.end, suggestion.end + 3));

/**
 * A person named only in capitals (the speaker label "MR BRILLIANT:") or a place in capitals
 * that is a dateline's ("OSLO, March 4") or that the article also writes in normal case
 * ("SYDNEY" and "in Sydney") becomes an entity named in normal case ("Brilliant", "Oslo",
 * "Sydney"), the name the rest of the article and the registry use.
 */
function inNormalCase(text: string, suggestion: Suggestion): Suggestion {
  if (!/^\p{Lu}[\p{Lu}\s'’.-]+$/u.test(suggestion.text)) return suggestion;
  const name = suggestion.text.split(/\s+/u).map(titleCase).join(' ');
  if (
    suggestion.type === 'person' ||
    (suggestion.type === 'location' && (isDateline(text, suggestion) || writesAlso(text, name)))
  )
    return { ...suggestion, entityName: name };
  return suggestion;
}

/** Whether the text has this name as a whole word or words, in this case. */
function writesAlso(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    if (
      !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') &&
      !/[\p{L}\p{N}]/u.test(text[at + name.length] ?? '')
    )
      return true;
  }
  return false;
}

function candidateOf(item: Named): LinkCandidate {
  return { ...(item.entityId !== undefined && { entityId: item.entityId }), name: item.name };
}

function candidateOfEntity(entity: Entity): LinkCandidate {
  return { entityId: entity.id as EntityId, name: entity.name };
}
