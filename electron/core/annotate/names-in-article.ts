import type { Suggestion } from '../../common/api/contract.ts';
import type { Article } from '../../common/model/article.ts';
import { namesOf, type Entity } from '../../common/model/entity.ts';
import type { EntityId } from '../../common/model/ids.ts';
import { calibratedConfidence } from '../suggest/entity-calibration.ts';
import { isPortfolioAt } from '../suggest/office-portfolios.ts';
import { isTitleWord, opensAddress, titleBefore } from '../suggest/titles.ts';
import { wordKind } from '../suggest/word-knowledge.ts';
import { coresOfName, initials, shortNameOfCountry } from './duplicate-entities.ts';
import { wordsOfName, type RegistryIndex } from './entity-lookup.ts';

/**
 * The people and bodies an article names in full, which a lone word of theirs may stand for:
 * its suggestions, its mentions, two-word names around a lone surname ("Sung Kim" around the
 * "Kim" of "Ambassador Sung Kim") and speakers' surnames in capitals ("AMBASSADOR KIM:").
 */

/** An entity named in full in the article: registered (id) or to be created by an accept. */
export interface Named {
  key: string;
  entityId?: EntityId;
  name: string;
  /** The words of `name` (wordsOfName), looked up for every suggestion. */
  nameWords: string[];
  /**
   * `name` as a variant is compared (duplicate-entities.ts): its initials, its core words (with
   * a company's short name's: "Nordvik" of "Nordvik Shipping").
   */
  initials: string;
  cores: string[];
  type: string;
  /** Its words, lower case, without initials. */
  words: Set<string>;
  /** The titles its full name came after in this article ("ambassador"). */
  titles: Set<string>;
  first: number;
  /**
   * How likely it is that the name is right: the best confidence of the suggestions naming it,
   * 1 where the analyst marked it; 0 for a name only pieced together around a surname.
   */
  confidence: number;
}

export function namedInArticle(
  article: Article,
  suggestions: readonly Suggestion[],
  index: RegistryIndex,
): Map<string, Named> {
  const named = new Map<string, Named>();
  const add = (
    name: string,
    type: string,
    start: number,
    entity: Entity | undefined,
    confidence: number,
  ) => {
    const words = wordsOfName(name);
    if (words.length < 2) return;
    const key = entity?.id ?? `new:${type}:${words.join(' ')}`;
    let item = named.get(key);
    if (item === undefined) {
      item = {
        key,
        ...(entity !== undefined && { entityId: entity.id as EntityId }),
        name: entity?.name ?? name,
        nameWords: entity === undefined ? words : wordsOfName(entity.name),
        initials: initials(entity?.name ?? name),
        cores: coresOfName(entity?.name ?? name),
        type,
        words: new Set(entity === undefined ? words : namesOf(entity).flatMap(wordsOfName)),
        titles: new Set(),
        first: start,
        confidence,
      };
      named.set(key, item);
    }
    item.first = Math.min(item.first, start);
    item.confidence = Math.max(item.confidence, confidence);
    const title = titleBefore(article.text, start);
    if (title !== null) item.titles.add(title);
  };
  for (const s of suggestions) {
    const entity =
      s.entityId !== undefined && s.origin === 'registry'
        ? index.byId.get(s.entityId)
        : index.existing(s.text, s.type);
    // A country named formally is named as analysts name it ("Kingdom of Morocco": Morocco).
    const name = entity === undefined && s.type === 'location' ? shortNameOfCountry(s.text) : null;
    add(name ?? s.text, s.type, s.start, entity, s.confidence);
  }
  for (const mention of article.mentions) {
    const entity = index.byId.get(mention.entityId);
    if (entity !== undefined) add(mention.quote, entity.type, mention.start, entity, 1);
    // "Kim" already accepted as Sung Kim names Sung Kim in this article.
    if (entity !== undefined && wordsOfName(mention.quote).length < 2)
      add(entity.name, entity.type, mention.start, entity, 1);
  }
  for (const [start, occurrence] of fullNamesOfSurnames(article.text, suggestions)) {
    const entity = index.existing(occurrence.name, 'person');
    add(occurrence.name, 'person', start, entity, 0);
  }
  // "Cormier Smith" after "Desirée Cormier Smith" is her, not a second Smith to choose from.
  for (const [key, item] of named) {
    if (item.entityId === undefined && fullNameEndingIn(item.name, item.type, named) !== null)
      named.delete(key);
  }
  return named;
}

/**
 * The one longer name of the article that a name of several words ends in ("Desirée Cormier
 * Smith" for "Cormier Smith"): a double surname is used alone as a single one is.
 */
export function fullNameEndingIn(
  name: string,
  type: string,
  named: Map<string, Named>,
): Named | null {
  if (type !== 'person') return null;
  const tail = wordsOfName(name);
  if (tail.length < 2) return null;
  const ending = tail.join(' ');
  const owners = [...named.values()].filter(
    (item) =>
      item.type === type &&
      item.nameWords.length > tail.length &&
      item.nameWords.slice(-tail.length).join(' ') === ending,
  );
  return owners.length === 1 ? owners[0]! : null;
}

/** A full name found around a lone surname: "Sung Kim" around the "Kim" of "Ambassador Sung Kim". */
interface FullName {
  /** Where the surname starts. */
  surname: number;
  end: number;
  name: string;
}

export const titleCase = (word: string) =>
  /^\p{Lu}+$/u.test(word) ? word[0]! + word.slice(1).toLowerCase() : word;

/**
 * Where a word may start a two-word name, with the word, the space after it and the next word
 * ("Sung", " ", "Kim"), found in one pass over the text.
 */
const NAME_PAIR = /(?<![\p{L}\p{N}])(?=(\p{Lu}[\p{L}\p{M}'’-]+)([ \t]+)([\p{L}\p{M}'’-]+))/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;

/**
 * Two-word names in the text ending in the surname of a lone person suggestion ("Sung Kim",
 * "JINMYUNG KIM"), by where they start: the recognizer may have kept the surname alone, and a
 * person named only in the text still counts as named in the article.
 */
export function fullNamesOfSurnames(
  text: string,
  suggestions: readonly Suggestion[],
): Map<number, FullName> {
  const surnames = new Set(
    suggestions
      .filter((s) => s.type === 'person' && /^\p{Lu}[\p{L}\p{M}'’-]+$/u.test(s.text))
      .map((s) => titleCase(s.text)),
  );
  // One pass over the text for all the surnames (a search per surname took 100-600 ms for a
  // 3,000-word article), finding what a search per surname, written as "First (Kim|KIM)", finds:
  // each surname's matches leftmost first and not overlapping.
  const spellings = new Map<string, Set<string>>();
  for (const surname of surnames) {
    for (const spelling of [surname, surname.toUpperCase()]) {
      const of = spellings.get(spelling) ?? new Set<string>();
      spellings.set(spelling, of.add(surname));
    }
  }
  /** Each surname's two-word names: where the name starts, its first word, where it ends. */
  const pairs = new Map<string, { start: number; first: string; end: number }[]>();
  for (const surname of surnames) pairs.set(surname, []);
  if (surnames.size > 0) {
    for (const pair of text.matchAll(NAME_PAIR)) {
      const second = pair.index + pair[1]!.length + pair[2]!.length;
      // The surname is the next word, or its start up to a hyphen or an apostrophe ("Kim-Lee").
      for (let end = second + 2; end <= second + pair[3]!.length; end += 1) {
        LETTER_OR_DIGIT.lastIndex = end;
        if (LETTER_OR_DIGIT.test(text)) continue;
        for (const surname of spellings.get(text.slice(second, end)) ?? []) {
          const found = pairs.get(surname)!;
          if (pair.index < (found.at(-1)?.end ?? 0)) continue;
          found.push({ start: pair.index, first: pair[1]!, end });
        }
      }
    }
  }
  const found = new Map<number, FullName>();
  for (const [surname, surnamePairs] of pairs) {
    for (const { start, first, end } of surnamePairs) {
      const kind = wordKind(first);
      // "Secretary of State Blinken" names Blinken, not "State Blinken".
      // "Thanks Matt", "I'm Matt": a greeting or a clause, no first name.
      if (isTitleWord(first) || opensAddress(first) || kind === 'function' || kind === 'demonym')
        continue;
      if (isPortfolioAt(text, start)) continue;
      const before = text.slice(Math.max(0, start - 3), start);
      if (kind === 'common' && /(?:^|[.!?:]\s*|\n\s*)$/u.test(before)) continue;
      found.set(start, {
        surname: end - surname.length,
        end,
        name: `${titleCase(first)} ${surname}`,
      });
    }
  }
  return found;
}

/**
 * Transcripts print speakers in capitals ("AMBASSADOR KIM:"): the surname of a person named in
 * the article, in capitals where nothing else stands, is that person's suggestion too.
 */
export function capitalSurnames(
  text: string,
  suggestions: readonly Suggestion[],
  named: Map<string, Named>,
  article: Article,
): Suggestion[] {
  const surnames = new Set<string>();
  for (const item of named.values()) {
    if (item.type !== 'person') continue;
    const last =
      item.name
        .split(/\s+/u)
        .at(-1)
        ?.replace(/[^\p{L}-]/gu, '') ?? '';
    if (last.length >= 2) surnames.add(last.toUpperCase());
  }
  const taken = [
    ...suggestions.filter((s) => s.type === 'person' || !/^\p{Lu}+$/u.test(s.text)),
    ...article.mentions,
  ];
  const added: Suggestion[] = [];
  for (const surname of surnames) {
    // Most surnames never stand in capitals: a plain search rules them out (a Unicode pattern
    // per surname cost up to 50 ms for a 3,000-word article).
    if (!text.includes(surname)) continue;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${surname}(?![\\p{L}\\p{N}])`, 'gu');
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + surname.length;
      if (taken.some((t) => t.start < end && start < t.end)) continue;
      added.push({
        start,
        end,
        text: surname,
        type: 'person',
        source: 'recognizer',
        origin: 'rule:surname-again',
        confidence: calibratedConfidence({
          origin: 'rule:surname-again',
          type: 'person',
          text: surname,
        }),
      });
    }
  }
  return added;
}
