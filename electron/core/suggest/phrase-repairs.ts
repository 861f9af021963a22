import type { RecognizedMention } from './entity-recognizer.ts';
import { getGazetteer } from './gazetteer.ts';
import { ORGANIZATION_WORDS } from './name-chunks.ts';
import { isTitleWord, opensAddress } from './titles.ts';
import { isOfficeWord, wordKind } from './word-knowledge.ts';

/**
 * Mentions set right by the phrase they stand in, whatever found them (rules or model): the
 * portfolio of an office is no name ("Secretary of State Blinken" is Blinken, "Minister of
 * Health" no one), agreements, laws and meetings are no people or places ("the Abraham
 * Accords", "the Oslo Accords"), and a country's prefix or a demonym belongs to the body it
 * names ("U.S. Treasury", "Palestinian Authority"). Also: an agreement's acronym is no body
 * ("JCPOA"), a body's name and the official who follows it are two mentions ("Senior State
 * Department Official Kin Moy"), a greeting is no part of a name ("Thanks Matt"), and a
 * country's official name is one place ("People's Republic of China").
 */

/**
 * Acronyms of agreements and laws that news uses without spelling them out; others are known
 * from the text ("the Joint Comprehensive Plan of Action (JCPOA)").
 */
const DOCUMENT_ACRONYMS = new Set(
  'JCPOA NPT CTBT NAFTA USMCA TPP CPTPP RCEP TTIP GATT INF GDPR CAATSA AGOA'.split(' '),
);
/** A document's acronym named as such: "the JCPOA deal", "the NPT treaty". */
const DOCUMENT_AFTER_ACRONYM = /^\s(?:deal|agreement|accord|treaty|framework)\b/iu;

/** Words that rank an official without being a title of their own ("Senior", "Acting"). */
const RANK_WORD =
  /^(?:senior|acting|deputy|principal|assistant|associate|vice|chief|special|first|under|executive|district|circuit|federal)$/iu;

/** Rank words that open an official's title, never a body's name ("Senior", not "Federal"). */
const LEADING_RANK_WORD = /^(?:senior|acting|deputy|principal|assistant|associate|vice|special)$/iu;

/**
 * A country's official name, which the readers cut at its possessive or its "of": "People's
 * Republic of China", "Democratic Republic of the Congo", "Republic of Korea", "United Kingdom
 * of Great Britain and Northern Ireland".
 */
const OFFICIAL_COUNTRY_NAME =
  /(?<![\p{L}\p{N}])(?:(?:Democratic|People['’]s|Islamic|Socialist|Federal|Federative|Arab|Lao|Kyrgyz|Czech|Dominican|Bolivarian|Plurinational|Hashemite|Cooperative|Oriental|Argentine|Italian|French|Hellenic|Slovak|United)\s+)*(?:Republic|Kingdom|Federation|Commonwealth|State|Sultanate|Principality|Grand Duchy)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*(?:\s+and\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*(?![\p{L}-])(?!\s+of\b))?/gu;

/** Portfolio words that are not common English words to wordKind ("Treasury", "Homeland"). */
const PORTFOLIO_WORDS = new Set(
  'state treasury homeland democracy civilian veterans housing transport transportation'.split(' '),
);

/** Words that end the name of an agreement, a law or a meeting: "Accords", "Act", "Summit". */
const DOCUMENT_WORD =
  /^(?:Accords?|Act|Treaty|Agreement|Plan|Declaration|Conventions?|Protocol|Charter|Doctrine|Initiative|Summit)$/u;

/** Words that make what stands before them a body: "Palestinian Authority", "Kurdistan Regional Government". */
const BODY_WORD =
  /^(?:Authority|Government|Council|Ministry|Commission|Agency|Assembly|Parliament|Department|Embassy|Army|Navy|Police|Administration)$/u;

/** Country prefixes that open an agency's name: "U.S. Treasury", "UK Foreign Office". */
const COUNTRY_PREFIX = /^(?:U\.S\.|US|UK|U\.K\.)$/u;
/** Agencies named by one word after a country's prefix. */
const AGENCY_WORD =
  /^(?:Treasury|Congress|Senate|Army|Navy|Marines|Mint|Customs|Embassy|Pentagon|Coast Guard|Air Force)$/u;
/** Newspapers read as places ("The Washington Post"). */
const NEWSPAPER_WORD = /^(?:Post|Times|Journal|Herald|Tribune|Gazette|Telegraph|Chronicle)$/u;

const isPortfolioWord = (word: string): boolean => {
  const bare = word.replace(/,$/u, '');
  return (
    /^(?:and|&)$/u.test(bare) ||
    (/^\p{Lu}/u.test(bare) &&
      (wordKind(bare) === 'common' ||
        isOfficeWord(bare) ||
        PORTFOLIO_WORDS.has(bare.toLowerCase())))
  );
};

/** Words of an office's title and portfolio: capitalized, or the connectors between them. */
const OFFICE_RUN_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|of|for|the|and|&)$/u;

/**
 * Whether `start` follows an office's "of" or "for" ("Secretary of ", "Minister for Trade and
 * "). The last office of the run counts: "Representative for North Korea Ambassador [Sung Kim]"
 * has none of its own, "Cooperation’s Assistant Minister for [Economic ...]" has one.
 */
function followsOffice(text: string, start: number): boolean {
  const line = text
    .slice(Math.max(0, start - 120), start)
    .split('\n')
    .pop()!;
  if (!/\s$/u.test(line)) return false;
  const words = line.split(/[\s,]+/u).filter((word) => word !== '');
  let from = words.length;
  while (from > 0 && OFFICE_RUN_WORD.test(words[from - 1]!)) from -= 1;
  const run = words.slice(from);
  const office = run.findLastIndex((word) => isTitleWord(word) || /^official$/iu.test(word));
  return office !== -1 && run.slice(office + 1).some((word) => word === 'of' || word === 'for');
}

/**
 * Whether the word at `start` is an office's portfolio ("Secretary of [State] Blinken"), not
 * the first name of the name that follows it.
 */
export function isPortfolioAt(text: string, start: number): boolean {
  const word = /^\S+/u.exec(text.slice(start, start + 40))?.[0] ?? '';
  return isPortfolioWord(word) && followsOffice(text, start);
}

/**
 * A mention right after an office's "of"/"for" ("Secretary of [State Blinken]", "Minister of
 * [Health]"): its leading portfolio words cut off, the rest a person; null when nothing is left.
 * A body's name there stays ("Official for the Bureau of ...").
 */
function withoutPortfolio(text: string, mention: RecognizedMention): RecognizedMention | null {
  if (!followsOffice(text, mention.start)) return mention;
  const value = text.slice(mention.start, mention.end);
  const words = [...value.matchAll(/\S+/gu)];
  let cut = 0;
  while (cut < words.length && isPortfolioWord(words[cut]![0])) cut += 1;
  if (cut === 0) return mention;
  if (cut === words.length) return null;
  // "Representative for [North Korea]": a place keeps its name.
  const rest = words.slice(cut).map((word) => wordKind(word[0]));
  if (rest.some((kind) => kind === 'place' || kind === 'demonym')) return mention;
  if (rest.some((kind) => kind === 'common' || kind === 'function')) return null;
  return { ...mention, start: mention.start + words[cut]!.index, type: 'person' };
}

/** "the Abraham Accords", "Lawson Act", "the Paris Agreement": no person, place or body. */
function namesDocument(text: string, mention: RecognizedMention): boolean {
  const value = text.slice(mention.start, mention.end);
  if (DOCUMENT_WORD.test(value.split(/\s+/u).pop()!) || / Plan of Action$/u.test(value))
    return true;
  const next = /^ (\p{Lu}\p{L}+)/u.exec(text.slice(mention.end, mention.end + 16));
  return mention.type !== 'organization' && next !== null && DOCUMENT_WORD.test(next[1]!);
}

/** Papers and tests a body issues, whose names run on from the body's ("Travel Advisory"). */
const ISSUED_WORD =
  /^(?:Advisory|Advisories|Assessment|Examination|Exam|Report|Strategy|Sheet|Statement)$/u;
/** Words of a paper's kind that the lexicon may not call common ("Oral Assessment"). */
const PAPER_KIND_WORD = /^(?:Oral|Written|Annual|Interim|Final|Travel|Country|Fact|Joint)$/u;

/**
 * A body's name run on into a paper it issues: "State Department Travel Advisory for Ukraine"
 * is the State Department, "Foreign Service Oral" (of "Foreign Service Oral Assessment") the
 * Foreign Service; the paper's own words before it ("Travel", "Oral") go with it.
 */
function withoutIssuedPaper(text: string, mention: RecognizedMention): RecognizedMention | null {
  const words = [...text.slice(mention.start, mention.end).matchAll(/\S+/gu)];
  const next = /^ (\p{Lu}\p{L}+)/u.exec(text.slice(mention.end, mention.end + 16));
  let cut = words.findIndex((word, i) => i > 0 && ISSUED_WORD.test(word[0]));
  if (cut === -1 && next !== null && ISSUED_WORD.test(next[1]!)) cut = words.length;
  if (cut === -1) return mention;
  while (
    cut > 0 &&
    (PAPER_KIND_WORD.test(words[cut - 1]![0]) ||
      (wordKind(words[cut - 1]![0]) === 'common' &&
        !ORGANIZATION_WORDS.has(words[cut - 1]![0].toLowerCase())))
  )
    cut -= 1;
  if (cut === 0) return null;
  const last = words[cut - 1]!;
  return { ...mention, end: mention.start + last.index + last[0].length };
}

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
        out[out.length - 1] = {
          start: previous.start,
          end: m.end,
          type: 'organization',
          score: m.score,
        };
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

/**
 * The acronyms that the text gives to agreements and laws ("Joint Comprehensive Plan of Action
 * (JCPOA)"), with those news uses unexplained.
 */
function documentAcronyms(text: string): Set<string> {
  const acronyms = new Set(DOCUMENT_ACRONYMS);
  for (const match of text.matchAll(
    /((?:\p{Lu}[\p{L}-]*\s+(?:(?:of|on|for|and|the)\s+)*)+)\((\p{Lu}{2,})\)/gu,
  )) {
    const name = match[1]!.trim();
    if (DOCUMENT_WORD.test(name.split(/\s+/u).pop()!) || / Plan of Action$/u.test(name))
      acronyms.add(match[2]!);
  }
  return acronyms;
}

/**
 * A body's name with the official who follows it: "Senior State Department Official Kin Moy"
 * is the State Department and Kin Moy, "U.S. District Judge Colm Connolly" and "Senior Bureau
 * Official Moy" are a person after a title (the rank words and a lone body word are no body);
 * "SENIOR STATE DEPARTMENT" (of "SENIOR STATE DEPARTMENT OFFICIAL:") is the department. A
 * title after "of", "the" or "for" belongs to the body ("Office of the Secretary of Defense").
 */
function splitAtTitle(text: string, mention: RecognizedMention): RecognizedMention[] {
  if (mention.type === 'person') return [mention];
  const words = [...text.slice(mention.start, mention.end).matchAll(/\S+/gu)];
  let title = -1;
  let name = -1;
  for (let i = words.length - 2; i >= 1 && title === -1; i -= 1) {
    if (!isTitleWord(words[i]![0]) || /^(?:of|the|for)$/iu.test(words[i - 1]![0])) continue;
    // "Chief Executive Mary Barra": the name comes after the title's own words.
    let j = i + 1;
    while (j < words.length - 1 && (RANK_WORD.test(words[j]![0]) || isTitleWord(words[j]![0])))
      j += 1;
    const next = words[j]![0];
    if (
      /^\p{Lu}/u.test(next) &&
      !ORGANIZATION_WORDS.has(next.toLowerCase()) &&
      !isTitleWord(next) &&
      !RANK_WORD.test(next) &&
      (wordKind(next) !== 'common' || j + 1 < words.length)
    ) {
      title = i;
      name = j;
    }
  }
  let from = 0;
  while (from < words.length - 1 && LEADING_RANK_WORD.test(words[from]![0])) from += 1;
  const at = (i: number) => mention.start + words[i]!.index;
  const body = (end: number): RecognizedMention[] => {
    const kept = words.slice(from, end);
    const isBody =
      kept.length >= 2 && kept.some((word) => ORGANIZATION_WORDS.has(word[0].toLowerCase()));
    if (!isBody) return [];
    const last = words[end - 1]!;
    return [{ ...mention, start: at(from), end: at(end - 1) + last[0].length }];
  };
  if (title === -1) return from === 0 ? [mention] : body(words.length);
  let end = title;
  while (end > from && (RANK_WORD.test(words[end - 1]![0]) || isTitleWord(words[end - 1]![0])))
    end -= 1;
  return [
    ...body(end).map((m) => ({ ...m, type: 'organization' as const })),
    { ...mention, start: at(name), type: 'person' },
  ];
}

/** Word kinds a person's surname can have. */
const NAME_KINDS = new Set(['first-name', 'last-name', 'person', 'unknown']);

/**
 * A body's name run on into a person named without a title between: "Bureau of East Asian and
 * Pacific Affairs Kin Moy" is the bureau and Kin Moy, "U.S. Chamber of Commerce Myron Brillant"
 * the chamber and Myron Brillant. Only two name words after a portfolio or body word ("Affairs",
 * "Commerce", "Bureau"), and no place ("University of California Los Angeles").
 */
function splitBeforePerson(text: string, mention: RecognizedMention): RecognizedMention[] {
  if (mention.type !== 'organization') return [mention];
  const words = [...text.slice(mention.start, mention.end).matchAll(/\S+/gu)];
  if (words.length < 4) return [mention];
  const [given, surname] = words.slice(-2).map((word) => word[0]);
  const bodyEnd = words.at(-3)![0].toLowerCase();
  if (
    !(isOfficeWord(bodyEnd) || ORGANIZATION_WORDS.has(bodyEnd)) ||
    ![given!, surname!].every((word) => /^\p{Lu}\p{Ll}/u.test(word)) ||
    // A given name may be a word too ("Kin"); the surname and the given name are no title.
    !NAME_KINDS.has(wordKind(surname!)) ||
    [given!, surname!].some(
      (word) => isTitleWord(word) || ORGANIZATION_WORDS.has(word.toLowerCase()),
    ) ||
    getGazetteer().has(`${given} ${surname}`.toLowerCase())
  )
    return [mention];
  const person = mention.start + words.at(-2)!.index;
  const body = words.at(-3)!;
  return [
    { ...mention, end: mention.start + body.index + body[0].length },
    { ...mention, start: person, type: 'person' },
  ];
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

/** Words that end a place's own name after another place's ("Mexico City", "Korea Strait"). */
const PLACE_NAME_TAIL =
  /^(?:City|Town|State|County|District|Province|Region|Territory|Island|Islands|Strait|Sea|Ocean|Gulf|Bay|River|Lake|Canal|Coast|Peninsula|Valley|Desert|Basin|Delta|Plain|Plateau|Highlands|Falls|Heights|Hills|Springs|Beach|Harbor|Harbour|Point|Park|Creek|Forest|Airport|Station|Bridge|Dam|Port|Mountains?|Square|Street|Road|Strip|States|North|South|East|West|Northwest|Northeast|Southwest|Southeast)$/u;

/**
 * A place run on into the common words of a name that is no place ("Japan Alliance" of
 * "U.S.-Japan Alliance"): the place alone.
 */
function withoutCommonTail(text: string, mention: RecognizedMention): RecognizedMention {
  // "Kurdistan Regional" of "Kurdistan Regional Government": a body's name goes on.
  if (mention.type !== 'location' || /^\s+\p{Lu}/u.test(text.slice(mention.end, mention.end + 3)))
    return mention;
  const words = [...text.slice(mention.start, mention.end).matchAll(/\S+/gu)];
  for (let kept = words.length - 1; kept >= 1; kept -= 1) {
    const tail = words.slice(kept).map((w) => w[0]);
    if (
      !tail.every(
        (w) =>
          /^\p{Lu}\p{Ll}+$/u.test(w) &&
          wordKind(w) === 'common' &&
          !PLACE_NAME_TAIL.test(w) &&
          !NEWSPAPER_WORD.test(w),
      )
    )
      return mention;
    const last = words[kept - 1]!;
    const place = text.slice(mention.start, mention.start + last.index + last[0].length);
    if (getGazetteer().get(place.toLowerCase())?.type === 'location')
      return { ...mention, end: mention.start + last.index + last[0].length };
  }
  return mention;
}

/** The kind and word of a meeting named for its parties: "Strategic Dialogue", "Economic Talks". */
const MEETING_TAIL =
  /(?: (?:Strategic|Economic|Security|Political|High-Level|Bilateral|Trade|Energy|Defense|Defence|Policy|Partnership|Investment|Commercial))* (?:Dialogue|Talks|Consultations?)$/u;

/**
 * A place run on into the meeting it names ("Algeria Strategic Dialogue" of "U.S.-Algeria
 * Strategic Dialogue"), whose words the lexicon may not know: the place alone.
 */
function withoutMeeting(text: string, mention: RecognizedMention): RecognizedMention {
  if (mention.type !== 'location') return mention;
  const meeting = MEETING_TAIL.exec(text.slice(mention.start, mention.end));
  if (meeting === null || meeting.index === 0) return mention;
  const place = text.slice(mention.start, mention.start + meeting.index);
  return getGazetteer().get(place.toLowerCase())?.type === 'location'
    ? { ...mention, end: mention.start + meeting.index }
    : mention;
}

/**
 * A place run on into a person named after it without a title ("the UAE Embassy to the United
 * States Shaima Gargash"): the place, and the person's two name words.
 */
function splitPlaceBeforePerson(text: string, mention: RecognizedMention): RecognizedMention[] {
  if (mention.type !== 'location') return [mention];
  const words = [...text.slice(mention.start, mention.end).matchAll(/\S+/gu)];
  if (words.length < 3) return [mention];
  const [given, surname] = words.slice(-2).map((word) => word[0]);
  const place = text.slice(
    mention.start,
    mention.start + words.at(-3)!.index + words.at(-3)![0].length,
  );
  if (
    getGazetteer().get(place.toLowerCase())?.type !== 'location' ||
    ![given!, surname!].every(
      (word) =>
        /^\p{Lu}\p{Ll}+$/u.test(word) &&
        NAME_KINDS.has(wordKind(word)) &&
        !isTitleWord(word) &&
        !PLACE_NAME_TAIL.test(word) &&
        getGazetteer().get(word.toLowerCase()) === undefined,
    )
  )
    return [mention];
  return [
    { ...mention, end: mention.start + place.length },
    { ...mention, start: mention.start + words.at(-2)!.index, type: 'person' },
  ];
}

/** Determiners that open a phrase, never a name ("This Administration", "Our Department"). */
const OPENING_DETERMINER = /^(?:This|That|These|Those|Our|Their|His|Her|Its|My|Your|Every|Each)$/u;

/** A country's official name read in pieces ("People" and "Republic of China"): one place. */
function withCountryNames(text: string, mentions: RecognizedMention[]): RecognizedMention[] {
  let out = mentions;
  for (const match of text.matchAll(OFFICIAL_COUNTRY_NAME)) {
    const start = match.index;
    const end = start + match[0].length;
    const inside = out.filter((m) => m.start < end && start < m.end);
    if (inside.length === 0 || inside.some((m) => m.start < start || m.end > end)) continue;
    out = [
      ...out.filter((m) => !inside.includes(m)),
      { start, end, type: 'location' as const, score: inside[0]!.score },
    ].sort((a, b) => a.start - b.start);
  }
  return out;
}

/**
 * A body's name run on into the person named after it ("University of Montreal and Ryan
 * MacDonald"): the body, and the person from the first name on.
 */
function withoutPersonAfterAnd(text: string, mention: RecognizedMention): RecognizedMention[] {
  if (mention.type !== 'organization') return [mention];
  const and = / and (\p{Lu}[\p{L}'’-]+)((?: \p{Lu}[\p{L}'’-]+){1,2})$/u.exec(
    text.slice(mention.start, mention.end),
  );
  if (and === null || wordKind(and[1]!) !== 'first-name') return [mention];
  const personStart = mention.start + and.index + ' and '.length;
  return [
    { ...mention, end: mention.start + and.index },
    { ...mention, start: personStart, type: 'person' },
  ];
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
  return mention.type !== 'organization' && last === 'Day' && mention.end - mention.start > 4;
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
    if (namesDocument(text, mention)) return [];
    const value = text.slice(mention.start, mention.end);
    if (
      acronyms.has(value) ||
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
  const whole = withCountryNames(text, withAmpersandBodies(text, withWholeBodies(text, kept)));
  return withMonthFirstNames(text, withoutTitlePhrases(text, whole)).filter(
    (m) => !namesNothing(text, m),
  );
}
