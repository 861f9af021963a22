import { withArticleNames } from './article-names.ts';
import type { RecognizedMention } from './entity-recognizer.ts';
import { getGazetteer } from './gazetteer.ts';
import {
  DOCUMENT_AFTER_ACRONYM,
  documentAcronyms,
  namesDesignation,
  namesDocument,
  withoutIssuedPaper,
} from './document-names.ts';
import { isPortfolioBeforeOffice, withoutPortfolio } from './office-portfolios.ts';
import { NEWSPAPER_WORD, withoutCommonTail, withoutMeeting } from './place-name-tails.ts';
import {
  splitAtTitle,
  splitBeforePerson,
  splitPlaceBeforePerson,
  withGivenNameAfterPlace,
  withoutPersonAfterAnd,
} from './run-on-names.ts';
import { opensAddress } from './titles.ts';
import { wordKind } from './word-knowledge.ts';

/**
 * Mentions set right by the phrase they stand in, whatever found them (rules or model): the
 * portfolio of an office is no name ("Secretary of State Blinken" is Blinken, "Minister of
 * Health" no one), agreements, laws and meetings are no people or places ("the Abraham
 * Accords", "the Oslo Accords"), and a country's prefix or a demonym belongs to the body it
 * names ("U.S. Treasury", "Palestinian Authority"). Also: an agreement's acronym is no body
 * ("JCPOA"), a body's name and the official who follows it are two mentions ("Senior State
 * Department Official Kin Moy"), a greeting is no part of a name ("Thanks Matt"), and a
 * country's official name is one place ("People's Republic of China").
 * The steps of each kind live in document-names, office-portfolios, run-on-names and
 * place-name-tails; this module runs them in order.
 */

/**
 * A country's official name, which the readers cut at its possessive or its "of": "People's
 * Republic of China", "Democratic Republic of the Congo", "Republic of Korea", "United Kingdom
 * of Great Britain and Northern Ireland".
 */
const OFFICIAL_COUNTRY_NAME =
  /(?<![\p{L}\p{N}])(?:(?:Democratic|People['’]s|Islamic|Socialist|Federal|Federative|Arab|Lao|Kyrgyz|Czech|Dominican|Bolivarian|Plurinational|Hashemite|Cooperative|Oriental|Argentine|Italian|French|Hellenic|Slovak|United)\s+)*(?:Republic|Kingdom|Federation|Commonwealth|State|Sultanate|Principality|Grand Duchy)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*(?:\s+and\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*(?![\p{L}-])(?!\s+of\b))?/gu;

/** Words that make what stands before them a body: "Palestinian Authority", "Kurdistan Regional Government". */
const BODY_WORD =
  /^(?:Authority|Government|Council|Ministry|Commission|Agency|Assembly|Parliament|Department|Embassy|Army|Navy|Police|Administration)$/u;

/** Country prefixes that open an agency's name: "U.S. Treasury", "UK Foreign Office". */
const COUNTRY_PREFIX = /^(?:U\.S\.|US|UK|U\.K\.)$/u;
/** Agencies named by one word after a country's prefix. */
const AGENCY_WORD =
  /^(?:Treasury|Congress|Senate|Army|Navy|Marines|Mint|Customs|Embassy|Pentagon|Coast Guard|Air Force)$/u;

/**
 * Bodies read in pieces or as places: "U.S." + "Treasury", "Palestinian" + "Authority",
 * "Kurdistan Regional" + "Government" (a body word found by nobody), "U.S. Treasury" or "The
 * Washington Post" read as a place.
 */
function withWholeBodies(text: string, mentions: RecognizedMention[]): RecognizedMention[] {
  const out: RecognizedMention[] = [];
  for (const mention of mentions) {
    const value = text.slice(mention.start, mention.end);
    const words = value.split(/\s+/u);
    let m = mention;
    // "US Under Secretary": the country alone is a place.
    if (COUNTRY_PREFIX.test(value)) m = { ...m, type: 'location' };
    if (m.type === 'location' && words.length > 1) {
      const prefixed = COUNTRY_PREFIX.test(words[0]!) && AGENCY_WORD.test(words.slice(1).join(' '));
      const paper = NEWSPAPER_WORD.test(words.at(-1)!) && /The\s$/u.test(text.slice(0, m.start));
      if (prefixed || paper) m = { ...m, type: 'organization' };
    }
    const previous = out.at(-1);
    const gap = previous === undefined ? '' : text.slice(previous.end, m.start);
    if (previous !== undefined && gap === ' ' && previous.type !== 'person') {
      const left = text.slice(previous.start, previous.end);
      const right = text.slice(m.start, m.end);
      const agency =
        COUNTRY_PREFIX.test(left) && (m.type === 'organization' || AGENCY_WORD.test(right));
      const body =
        BODY_WORD.test(right.split(/\s+/u)[0]!) &&
        wordKind(left.split(/\s+/u).at(-1)!) !== 'function';
      if (agency || body) {
        out[out.length - 1] = { ...m, start: previous.start, type: 'organization' };
        continue;
      }
    }
    const bodyAfter = /^ (\p{Lu}\p{L}+)(?![\p{L}\p{N}])/u.exec(text.slice(m.end, m.end + 20));
    if (
      bodyAfter !== null &&
      m.type !== 'person' &&
      BODY_WORD.test(bodyAfter[1]!) &&
      !mentions.some((other) => other.start === m.end + 1)
    ) {
      m = { ...m, end: m.end + bodyAfter[0].length, type: 'organization' };
    }
    out.push(m);
  }
  return out;
}

/** A person's span without the greeting or clause that opens it: "Thanks Matt", "I'm Matt". */
function withoutAddress(text: string, mention: RecognizedMention): RecognizedMention | null {
  if (mention.type !== 'person') return mention;
  const first = /^(\S+)\s+/u.exec(text.slice(mention.start, mention.end));
  if (first === null) return opensAddress(text.slice(mention.start, mention.end)) ? null : mention;
  return opensAddress(first[1]!) ? { ...mention, start: mention.start + first[0].length } : mention;
}

/**
 * Words for a body's members run on after its name ("NATO Allies", "EU Member States"); not
 * "Partners", which ends many a firm's own name ("Kestrel Partners").
 */
const MEMBERS_AFTER_BODY = /\s+(?:Allies|Ally|Members|Member States)$/u;

/** "NATO Allies" is NATO: the members are no part of the body's name. */
function withoutMembers(text: string, mention: RecognizedMention): RecognizedMention {
  if (mention.type !== 'organization') return mention;
  const members = MEMBERS_AFTER_BODY.exec(text.slice(mention.start, mention.end));
  return members === null ? mention : { ...mention, end: mention.end - members[0].length };
}

/** Determiners that open a phrase, never a name ("This Administration", "Our Department"). */
const OPENING_DETERMINER = /^(?:This|That|These|Those|Our|Their|His|Her|Its|My|Your|Every|Each)$/u;

/** A country's official name read in pieces ("People" and "Republic of China"): one place. */
function withCountryNames(text: string, mentions: RecognizedMention[]): RecognizedMention[] {
  let out = mentions;
  for (const match of text.matchAll(OFFICIAL_COUNTRY_NAME)) {
    // "Federation of German Industries", "Federation of Employers": a body of a people or a trade.
    const tail = match[0]
      .split(/\s+of\s+/u)
      .slice(1)
      .join(' ')
      .split(/\s+/u);
    if (tail.some((word) => wordKind(word) === 'demonym') || wordKind(tail.at(-1)!) === 'common')
      continue;
    const start = match.index;
    let end = start + match[0].length;
    // "Republic of Korea Sung Kim": a person's full name after the country is no part of it.
    const person = out.find(
      (m) =>
        m.type === 'person' &&
        m.start > start &&
        m.end === end &&
        /\s/u.test(text.slice(m.start, m.end)),
    );
    if (person !== undefined) end = start + text.slice(start, person.start).trimEnd().length;
    const inside = out.filter((m) => m.start < end && start < m.end);
    if (inside.length === 0 || inside.some((m) => m.start < start || m.end > end)) continue;
    out = [
      ...out.filter((m) => !inside.includes(m)),
      { ...inside[0]!, start, end, type: 'location' as const },
    ].sort((a, b) => a.start - b.start);
  }
  return out;
}

/**
 * A foundation or firm named for two people, read as a person and a body ("Bill" and "Melinda
 * Gates Foundation", "Kirkland" and "Ellis LLP"): one organization.
 */
function withAmpersandBodies(text: string, mentions: RecognizedMention[]): RecognizedMention[] {
  const out: RecognizedMention[] = [];
  for (const m of mentions) {
    const previous = out.at(-1);
    if (
      previous !== undefined &&
      m.type === 'organization' &&
      /^ ?& ?$/u.test(text.slice(previous.end, m.start))
    ) {
      out[out.length - 1] = { ...m, start: previous.start };
      continue;
    }
    out.push(m);
  }
  return out;
}

/**
 * A given name of Korean syllables cut at its hyphen ("Moon Jae" of "Moon Jae-in", "Noh Kyu" of
 * "Noh Kyu-duk"): the name whole.
 */
function withWholeGivenName(text: string, mention: RecognizedMention): RecognizedMention {
  if (
    mention.type !== 'person' ||
    !/\s\p{Lu}\p{Ll}{1,3}$/u.test(text.slice(mention.start, mention.end))
  )
    return mention;
  const syllable = /^-\p{Ll}{1,4}(?![\p{L}\p{N}-])/u.exec(text.slice(mention.end, mention.end + 6));
  return syllable === null ? mention : { ...mention, end: mention.end + syllable[0].length };
}

/**
 * Whether `word` is a country's people or language: compromise knows "Chinese", not
 * "Azerbaijani"; those are a place's name with a demonym's ending ("Azerbaijan" + "i",
 * "Kenya" + "n", "Syria" + "n", "Azerbaijan" + "is").
 */
function isDemonym(word: string): boolean {
  // "Philippines" (the lexicon's plural of "Philippine") is the country the gazetteer knows.
  if (getGazetteer().get(word.toLowerCase())?.type === 'location') return false;
  if (wordKind(word) === 'demonym') return true;
  const stem = /^(\p{Lu}[\p{Ll}-]+?)(?:is?|ns?|ese|ish)$/u.exec(word)?.[1];
  return stem !== undefined && getGazetteer().get(stem.toLowerCase())?.type === 'location';
}

/**
 * No name at all: a demonym read as a body or a place ("North Korean", "North Koreans") or as
 * a person ("Azerbaijani"), and a holiday read as a place or a person ("Groundhog Day",
 * "Buddha Purnima Day").
 */
function namesNothing(text: string, mention: RecognizedMention): boolean {
  const words = text.slice(mention.start, mention.end).split(/\s+/u);
  const last = words.at(-1)!;
  // "Anglo American" is a company: only a compass point may stand before the demonym.
  const demonym =
    isDemonym(last) &&
    words.slice(0, -1).every((word) => /^(?:North|South|East|West)(?:ern)?$/u.test(word));
  // A person's surname may be a demonym ("Bill English"), never the whole name.
  if (demonym && (mention.type !== 'person' || words.length === 1)) return true;
  // "This Administration": a determiner and common words name no one.
  if (
    OPENING_DETERMINER.test(words[0]!) &&
    words.length > 1 &&
    words.slice(1).every((word) => wordKind(word) === 'common')
  )
    return true;
  if (mention.type === 'location' && namesRegionAsModifier(text, mention)) return true;
  return mention.type !== 'organization' && last === 'Day' && mention.end - mention.start > 4;
}

/**
 * A region named in the plural, in the singular before a noun ("our Pacific Island partners",
 * "Solomon Island leaders"): a modifier, no place. A place of its own in the singular ("Rhode
 * Island officials") stays.
 */
function namesRegionAsModifier(text: string, mention: RecognizedMention): boolean {
  const value = text.slice(mention.start, mention.end);
  const gazetteer = getGazetteer();
  return (
    /\s\p{Lu}\p{Ll}+[^s]$/u.test(value) &&
    /^\s+\p{Ll}/u.test(text.slice(mention.end, mention.end + 3)) &&
    gazetteer.get(value.toLowerCase()) === undefined &&
    gazetteer.get(`${value}s`.toLowerCase())?.type === 'location'
  );
}

/**
 * Titles whose last word reads as a name: a rank after the office ("Secretary General",
 * "Director-General", "Attorney General") and "Chargé d’Affaires".
 */
const TITLE_PHRASE =
  /(?<![\p{L}\p{N}])(?:(?:Secretary|Attorney|Surgeon|Director|Inspector|Solicitor|Adjutant|Comptroller|Postmaster|Governor)[\s-]+General|Charg[ée]\s+d['’]\s?Affaires)(?:['’]s)?(?![\p{L}\p{N}])/gu;

/**
 * People read in such a title: "General" of "Director-General’s", "Chargé d’Affaires", "Affaires
 * Palmieri" (of "Chargé d’Affaires Palmieri") is Palmieri, and none where nothing else is left.
 */
function withoutTitlePhrases(text: string, mentions: RecognizedMention[]): RecognizedMention[] {
  const titles = [...text.matchAll(TITLE_PHRASE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  if (titles.length === 0) return mentions;
  return mentions.flatMap((mention) => {
    if (mention.type !== 'person') return [mention];
    const title = titles.find((t) => t.start < mention.end && mention.start < t.end);
    if (title === undefined) return [mention];
    const rest = /^[\s,]*/u.exec(text.slice(title.end, mention.end))![0].length + title.end;
    return rest < mention.end ? [{ ...mention, start: rest }] : [];
  });
}

/**
 * Abbreviated months that are first names too ("Jan Christian Vestre"): before capitalized
 * name words and no day number, a name's first word, not a date.
 */
const MONTH_NAME = /^(?:Jan|Feb|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/u;
/** The capitalized name words after such a month ("Christian Vestre" after "Jan"). */
const NAME_WORDS_AFTER = /^(?: \p{Lu}[\p{Ll}'’-]+)+(?![\p{L}\p{N}])/u;

/**
 * A person's name read without its first name where that is an abbreviated month ("Jan" and
 * "Christian Vestre", or "Jan" and "Vestre"): the name whole, one person.
 */
function withMonthFirstNames(text: string, mentions: RecognizedMention[]): RecognizedMention[] {
  const out: RecognizedMention[] = [];
  let reach = -1;
  for (const mention of mentions) {
    if (mention.start < reach && mention.type === 'person') {
      out[out.length - 1] = { ...out.at(-1)!, end: Math.max(reach, mention.end) };
      continue;
    }
    const value = text.slice(mention.start, mention.end);
    const before = /(?<![\p{L}\p{N}.])(\p{Lu}\p{Ll}{2,3}) $/u.exec(
      text.slice(Math.max(0, mention.start - 6), mention.start),
    );
    const after = NAME_WORDS_AFTER.exec(text.slice(mention.end, mention.end + 60));
    if (mention.type === 'person' && MONTH_NAME.test(value) && after !== null) {
      reach = mention.end + after[0].length;
      out.push({ ...mention, end: reach });
    } else if (mention.type === 'person' && before !== null && MONTH_NAME.test(before[1]!)) {
      const start = mention.start - before[0].length;
      while (out.length > 0 && out.at(-1)!.end > start) out.pop();
      out.push({ ...mention, start });
    } else out.push(mention);
  }
  return out;
}

/** The mentions of `text` (sorted by start, not overlapping) set right by their phrases. */
export function repairByPhrase(text: string, mentions: RecognizedMention[]): RecognizedMention[] {
  const acronyms = documentAcronyms(text);
  const kept = mentions.flatMap((mention) => {
    if (namesDocument(text, mention) || isPortfolioBeforeOffice(text, mention)) return [];
    const value = text.slice(mention.start, mention.end);
    if (
      acronyms.has(value) ||
      namesDesignation(value) ||
      (/^\p{Lu}{2,}$/u.test(value) &&
        DOCUMENT_AFTER_ACRONYM.test(text.slice(mention.end, mention.end + 12)))
    )
      return [];
    const unissued = withoutIssuedPaper(text, mention);
    if (unissued === null) return [];
    const m = withoutPortfolio(
      text,
      withoutMembers(text, withoutCommonTail(text, withoutMeeting(text, unissued))),
    );
    const addressed = m === null ? null : withoutAddress(text, m);
    return addressed === null
      ? []
      : splitAtTitle(text, addressed)
          .flatMap((part) => splitBeforePerson(text, part))
          .flatMap((part) => splitPlaceBeforePerson(text, part))
          .flatMap((part) =>
            withoutPersonAfterAnd(text, part).map((m) => withWholeGivenName(text, m)),
          );
  });
  // After the bodies are whole: "Palestinian" of "Palestinian Authority" is no demonym alone.
  const whole = withArticleNames(
    text,
    withCountryNames(text, withAmpersandBodies(text, withWholeBodies(text, kept))),
  );
  const storms = stormNames(text);
  const repaired = withGivenNameAfterPlace(
    text,
    withMonthFirstNames(text, withoutTitlePhrases(text, whole)),
  );
  const addressed = onlyAddressed(text, repaired);
  return repaired.filter(
    (m) =>
      !namesNothing(text, m) &&
      !(
        m.type === 'person' &&
        (storms.has(text.slice(m.start, m.end).toLowerCase()) ||
          addressed.has(text.slice(m.start, m.end)))
      ),
  );
}

/**
 * A first name said to someone: opening a sentence before what is said to them ("Matt, we
 * have", "Matt."), closing one after a comma or a thanks ("Go ahead, Matt.", "Thanks Josh!"),
 * or between commas after a "you" ("as you alluded to, Matt, will"). Not an apposition ("his
 * wife, Alice, reported"; "Charles, despite his actions, ...").
 */
const OPENING_ADDRESS = /(?:[.!?]["”’]?\s+|\n\s*|[—–]\s*)$/u;
const AFTER_OPENING_ADDRESS =
  /^(?:\s*[.!?—–]|,\s+(?:I|I['’]m|we|we['’]ve|you|let|let['’]s|please|thanks|thank|look|yes|no|sure|so|our|what)\b)/iu;
const CLOSING_ADDRESS = /(?:,|\b(?:Thanks|Thank you),?)\s+$/u;
const AFTER_CLOSING_ADDRESS = /^\s*(?:[.!?—–]|$)/u;

function isAddress(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 12);
  if (OPENING_ADDRESS.test(before) || (start < 60 && before.trim() === ''))
    return AFTER_OPENING_ADDRESS.test(after);
  if (CLOSING_ADDRESS.test(before) && AFTER_CLOSING_ADDRESS.test(after)) return true;
  const clause = before.split(/[.!?]\s/u).at(-1)!;
  return /,\s+$/u.test(before) && /^,/u.test(after) && /\byou\b/iu.test(clause);
}

/** The words of the people's full names marked in `text` ("Sung Kim" gives "Sung" and "Kim"). */
export function wordsOfFullNames(text: string, mentions: RecognizedMention[]): Set<string> {
  return new Set(
    mentions
      .filter((m) => m.type === 'person')
      .flatMap((m) => {
        const words = text.slice(m.start, m.end).split(/\s+/u);
        return words.length > 1 ? words : [];
      }),
  );
}

/**
 * First names the text only ever says to someone ("Matt, we have been clear", "Go ahead,
 * Matt.", "Thank you, Matt"), as a briefing's spokesperson calls on a reporter: no one an
 * analyst can identify, where no full name ends or starts with the word. A first name that
 * does something anywhere in the text ("Matt said") is kept everywhere, and so is one said once
 * (a letter's "Cindy, please forward": its addressee, who takes part).
 */
function onlyAddressed(text: string, mentions: RecognizedMention[]): Set<string> {
  const inFullNames = wordsOfFullNames(text, mentions);
  const out = new Set<string>();
  for (const m of mentions) {
    const value = text.slice(m.start, m.end);
    if (m.type !== 'person' || out.has(value) || inFullNames.has(value)) continue;
    if (!/^\p{Lu}\p{Ll}+$/u.test(value) || wordKind(value) !== 'first-name') continue;
    const uses = [
      ...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}'’-])${value}(?![\\p{L}\\p{N}-])`, 'gu')),
    ];
    if (
      uses.length >= 2 &&
      uses.every((use) => isAddress(text, use.index, use.index + value.length))
    )
      out.add(value);
  }
  return out;
}

/** A storm's name after its kind: "Hurricane Rita", "Typhoon Haiyan", "Storm Ciarán". */
const STORM_NAME =
  /(?<![\p{L}\p{N}])(?:Hurricane|Typhoon|Cyclone|Storm|Tropical Storm|Super Typhoon)\s+(\p{Lu}[\p{L}'’-]+)/gu;

/**
 * The names of storms the text names ("Hurricane Rita"): no person, there or where the name
 * stands alone later ("Rita packed winds of 240 km/h").
 */
function stormNames(text: string): Set<string> {
  return new Set([...text.matchAll(STORM_NAME)].map((m) => m[1]!.toLowerCase()));
}
