import { withAmpersandNames } from './ampersand-names.ts';
import { withAppositivePeople } from './appositive-people.ts';
import type { MentionOrigin } from './entity-suggestion.ts';
import { withBodiesNamedAlone } from './bodies-named-alone.ts';
import { withBodyAcronyms } from './body-acronyms.ts';
import { withBodiesNamedInFull } from './bodies-named-in-full.ts';
import { withoutEventNameWords } from './event-name-words.ts';
import { withPlaceNamedBodies } from './place-named-bodies.ts';
import { companyShortName, endsAsCompany, withLegalForm } from './company-names.ts';
import type { RecognizedMention } from './entity-recognizer.ts';
import { isImplausible } from './implausible-spans.ts';
import { placeWordsBefore, withPlaceCues } from './place-cues.ts';
import { getGazetteer } from './gazetteer.ts';
import { PLACE_NAME_TAIL } from './place-name-tails.ts';
import { placeByPreposition, withOneTypePerName } from './one-type-per-name.ts';
import { withKindTails } from './name-kind-tails.ts';
import { withHyphenedWords } from './hyphened-words.ts';
import { withOrganizationCues } from './organization-cues.ts';
import { withParticleSurnames } from './particle-surnames.ts';
import { repairByPhrase } from './phrase-repairs.ts';
import {
  followsOccupation,
  personAfterTitles,
  withHyphenedGivenName,
} from './person-span-edges.ts';
import { cleanSpan } from './span-cleanup.ts';
import { isTitleWord, opensAddress } from './titles.ts';
import { wordKind } from './word-knowledge.ts';
import { escapeRegExp } from '../regexp-escape.ts';

/**
 * Two readings of one text, the first preferred: every mention of `primary`, then those of
 * `secondary` that overlap none of them. Sorted by start, never overlapping.
 */
export function combineMentions(
  primary: RecognizedMention[],
  secondary: RecognizedMention[],
): RecognizedMention[] {
  const out = [...primary];
  for (const mention of secondary) {
    if (out.some((m) => mention.start < m.end && m.start < mention.end)) continue;
    out.push(mention);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * An organization's or place's span without the title words that close it: "Airbus Chief" (of
 * "Airbus Chief Executive Guillaume Faury") is Airbus, "Ohio Solicitor General" the place Ohio. A title after "of" or "the" is part of
 * the name ("Office of the President").
 */
function bodyBeforeTitles(text: string, mention: RecognizedMention): RecognizedMention {
  let end = mention.end;
  // "Treasury Cabinet" of "Treasury Cabinet Secretary John Mbadi": the title goes on after it.
  const titleAfter = isTitleWord(/^\s+(\p{L}+)/u.exec(text.slice(end, end + 20))?.[1] ?? '');
  for (;;) {
    const last = /(\S+)\s+(\S+)$/u.exec(text.slice(mention.start, end));
    const title =
      last !== null &&
      (isTitleWord(last[2]!) ||
        ((end < mention.end || titleAfter) && OFFICE_OPENER.test(last[2]!)));
    if (!title || /^(?:of|the|for)$/iu.test(last[1]!)) break;
    end -= last[2]!.length;
    while (/\s/u.test(text[end - 1] ?? '')) end -= 1;
  }
  if (end === mention.end) return mention;
  // "Ohio Solicitor General": a place, then its officer's title.
  const rest = text.slice(mention.start, end);
  return { ...mention, end, ...(wordKind(rest) === 'place' && { type: 'location' as const }) };
}

/** A day glued to the end of a name: "the Stade Velodrome on Saturday", "at Ashby on Sunday". */
const ON_DAY = /\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;

function withoutDay(text: string, m: RecognizedMention): RecognizedMention {
  const day = ON_DAY.exec(text.slice(m.start, m.end));
  return day === null || day.index === 0 ? m : { ...m, end: m.start + day.index };
}

/**
 * Words that open an office's title before "General", "Secretary" and the like: "Solicitor
 * General", "Cabinet Secretary", "Permanent Secretary".
 */
const OFFICE_OPENER =
  /^(?:Solicitor|Attorney|Surgeon|Inspector|Auditor|Comptroller|Advocate|Lieutenant|Deputy|Cabinet|Permanent|Principal)$/u;

/**
 * Every mention of a company by the short name the story gives it after naming it in full
 * ("Nvidia" after "Nvidia Corp.", "Brookstone" after "Brookstone Building Society"), as an
 * organization: where nothing was found, or where the same words were read as a person or a
 * place, but after "in" (a short name is mostly a word no lexicon knows: companyShortName).
 */
function withShortCompanyNames(text: string, mentions: RecognizedMention[]): RecognizedMention[] {
  const names = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'organization') continue;
    const short = companyShortName(text.slice(m.start, m.end));
    if (short !== null && short.length >= 2 && /^\p{Lu}/u.test(short)) names.add(short);
  }
  if (names.size === 0) return mentions;
  const out = [...mentions];
  for (const name of names) {
    const escaped = escapeRegExp(name);
    for (const match of text.matchAll(
      new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'),
    )) {
      const start = match.index;
      const end = start + name.length;
      const at = out.findIndex((m) => start < m.end && m.start < end);
      if (at === -1)
        out.push({ start, end, type: 'organization', origin: 'rule:organization-cue' });
      else if (
        out[at]!.start === start &&
        out[at]!.end === end &&
        (out[at]!.type === 'person' ||
          (out[at]!.type === 'location' && !placeByPreposition(text, start)))
      )
        out[at] = { ...out[at]!, type: 'organization' };
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The rules' name of a body read whole ("Bank of England", "Medical Journal of Australia": an
 * organization word and a connector) in place of the pieces the model found inside it
 * ("England", "Australia"), and the rules' full name after a title ("Spokesperson Ned Price",
 * rule:title-and-name) in place of the part of it the model read as a person ("Ned"), when no model
 * mention crosses its edges.
 */
function withWholeBodies(
  model: RecognizedMention[],
  rules: RecognizedMention[],
): RecognizedMention[] {
  let out = model;
  for (const rule of rules) {
    const body = rule.type === 'organization' && rule.origin === 'rule:organization-words';
    const titled = rule.type === 'person' && rule.origin === 'rule:title-and-name';
    if (!body && !titled) continue;
    const inside = out.filter((m) => rule.start < m.end && m.start < rule.end);
    if (inside.length === 0 || (titled && inside.some((m) => m.type !== 'person'))) continue;
    const within = inside.every((m) => m.start >= rule.start && m.end <= rule.end);
    const smaller = inside.every((m) => m.end - m.start < rule.end - rule.start);
    if (!within || !smaller) continue;
    out = [...out.filter((m) => !inside.includes(m)), rule].sort((a, b) => a.start - b.start);
  }
  return out;
}

/**
 * Places that the shape of the sentence gives: a dateline's city in capitals at the start of a
 * paragraph ("SANTA CLARA, California, Nov 20 -") and the place of "X-based" ("the Santa
 * Clara-based company"). Found where nothing was, or in place of a person read there.
 */
function withStatedPlaces(text: string, mentions: RecognizedMention[]): RecognizedMention[] {
  const out = [...mentions];
  const places = [
    ...text.matchAll(/(?<=^|\n)\p{Lu}[\p{Lu}'.-]*(?: \p{Lu}[\p{Lu}'.-]*)*(?=, )/gu),
    ...text.matchAll(/(?<=^|\s)\p{Lu}[\p{L}'.]*(?: \p{Lu}[\p{L}'.]*)*(?=-based\b)/gu),
  ];
  for (const match of places) {
    const span = cleanSpan(text, { start: match.index, end: match.index + match[0].length });
    if (span === null || span.end - span.start < 3) continue;
    const at = out.findIndex((m) => span.start < m.end && m.start < span.end);
    // A dateline's city before its date ("CALAMA, April 15 -") is no acronym's organization.
    const dated =
      match[0] === match[0].toUpperCase() &&
      /^,(?: [\p{L}. ]+,)? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d/u.test(
        text.slice(span.end, span.end + 40),
      );
    if (at === -1) out.push({ ...span, type: 'location', origin: 'rule:place-cue' });
    else if (
      (out[at]!.type === 'person' || (dated && out[at]!.type === 'organization')) &&
      out[at]!.start === span.start &&
      out[at]!.end === span.end
    )
      out[at] = { ...out[at]!, type: 'location' };
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Streets and squares: "Brady Street", "Victoria Road", "Tiananmen Square". */
const STREET =
  /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}'’.-]*\s)+(?:Street|Road|Avenue|Boulevard|Lane|Square|Highway)(?![\p{L}\p{N}])/gu;

/**
 * A street's name is a place, not the person or nothing the words before "Street" were read
 * as ("Brady" of "Brady Street"); a body named for a street ("Downing Street" as the
 * government) stays what it was read as.
 */
function withStreets(text: string, mentions: RecognizedMention[]): RecognizedMention[] {
  let out = mentions;
  for (const match of text.matchAll(STREET)) {
    // "On Victoria Road": words of the sentence before the street's name are not part of it.
    let start = match.index;
    for (const word of match[0].split(' ').slice(0, -1)) {
      if (wordKind(word) !== 'function') break;
      start += word.length + 1;
    }
    const span = cleanSpan(text, { start, end: match.index + match[0].length });
    if (span === null || !/\s/u.test(text.slice(span.start, span.end))) continue;
    const inside = out.filter((m) => span.start < m.end && m.start < span.end);
    if (inside.some((m) => m.type !== 'person' || m.start < span.start || m.end > span.end))
      continue;
    out = [
      ...out.filter((m) => !inside.includes(m)),
      { ...span, type: 'location' as const, origin: 'rule:place-cue' as const },
    ].sort((a, b) => a.start - b.start);
  }
  return out;
}

/** Business titles before a name: the capitalized words before them are the employer. */
const EMPLOYER_TITLE =
  /^ (?:CEO|CFO|COO|CTO|Chief Executive|Chief Financial Officer|Chief Operating Officer|Chairman|Chairwoman|[Cc]o-founder|[Ff]ounder|analyst) $/u;

/**
 * The employer named before a business title and a person ("Meta CEO Mark Zuckerberg",
 * "Wedbush analyst Dan Ives"), where nothing was found: an organization. Common words and
 * demonyms are no employer ("Former CEO", "Chinese analyst").
 */
function withEmployers(text: string, mentions: RecognizedMention[]): RecognizedMention[] {
  const out = [...mentions];
  for (const person of mentions) {
    if (person.type !== 'person') continue;
    const before = text.slice(Math.max(0, person.start - 60), person.start);
    const run =
      /(?:^|[^\p{L}\p{N}&.'’-])((?:\p{Lu}[\p{L}\p{N}&.'’-]*\s)*\p{Lu}[\p{L}\p{N}&.'’-]*)( [\p{L} -]+ )$/u.exec(
        before,
      );
    if (run === null || !EMPLOYER_TITLE.test(run[2]!)) continue;
    const end = person.start - run[2]!.length;
    let start = end - run[1]!.length;
    // "Then Meta CEO ...": words that only open the sentence are not the employer's.
    for (const word of run[1]!.split(' ')) {
      const kind = wordKind(word);
      if (kind !== 'common' && kind !== 'function' && kind !== 'demonym') break;
      start += word.length + 1;
    }
    if (start >= end || out.some((m) => start < m.end && m.start < end)) continue;
    out.push({ start, end, type: 'organization', origin: 'rule:organization-cue' });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Names written surname first ("Xi Jinping", "Moon Jae-in", "Hayashi Yoshimasa"): the surname
 * alone elsewhere in the article ("Xi said", "Moon thanked him") is the person, where nothing
 * else was found. The surname is a first word that the lexicon knows as a surname or
 * not at all (the rules find a Western name's surname, its last word).
 */
function withSurnamesFirst(text: string, mentions: RecognizedMention[]): RecognizedMention[] {
  const out = [...mentions];
  const surnames = new Set<string>();
  for (const m of out) {
    const words = text.slice(m.start, m.end).split(/\s+/u);
    const first = words[0]!;
    if (m.type !== 'person' || words.length < 2 || words.length > 3) continue;
    // "Cyclone Phailin" is a storm: its first word is no one's surname.
    if (isImplausible(text, m, 'person')) continue;
    if (!/^\p{Lu}\p{Ll}+$/u.test(first) || isTitleWord(first) || opensAddress(first)) continue;
    const kind = wordKind(first);
    if (kind === 'unknown' || kind === 'last-name') surnames.add(first);
  }
  for (const surname of surnames) {
    for (const match of text.matchAll(
      new RegExp(`(?<![\\p{L}\\p{N}'’-])${surname}(?![\\p{L}\\p{N}-])`, 'gu'),
    )) {
      const start = match.index;
      const end = start + surname.length;
      if (out.some((m) => start < m.end && m.start < end)) continue;
      // "Xi Jinping" again, unread: the surname alone is not the name.
      if (/^\s+\p{Lu}/u.test(text.slice(end, end + 3))) continue;
      out.push({ start, end, type: 'person', origin: 'rule:surname-again' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A full name read as a place that is a person's: "The United Nations envoy for Sudan, Ramtane
 * Lamamra, said" (an apposition that speaks, or whose surname alone is a person elsewhere:
 * "Lamamra told the council"), where no word of it names a place.
 */
function isPersonReadAsPlace(
  text: string,
  m: RecognizedMention,
  surnames: ReadonlySet<string>,
): boolean {
  const words = text.slice(m.start, m.end).split(/\s+/u);
  if (words.length < 2 || words.length > 3 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)))
    return false;
  if (
    words.some(
      (w) =>
        wordKind(w) !== 'unknown' && wordKind(w) !== 'first-name' && wordKind(w) !== 'last-name',
    )
  )
    return false;
  if (words.some((w) => getGazetteer().get(w.toLowerCase())?.type === 'location')) return false;
  const speaks =
    /,\s$/u.test(text.slice(m.start - 2, m.start)) &&
    /^,\s+(?:said|says|told|added|warned|wrote)\b/u.test(text.slice(m.end, m.end + 12));
  return speaks || surnames.has(words.at(-1)!);
}

/**
 * One reading per name in an article: a lone word read as a place or a body where the article
 * names a person by it ("without Netanyahu" after "Prime Minister Netanyahu", or with a full
 * name ending in it) is that person. Words a gazetteer or the lexicon knows as places or
 * bodies keep their reading ("Jordan", "Washington").
 */
function withPeopleNamedAlike(text: string, mentions: RecognizedMention[]): RecognizedMention[] {
  const people = new Set<string>();
  for (const m of mentions) {
    if (m.type === 'person') people.add(text.slice(m.start, m.end).split(/\s+/u).at(-1)!);
  }
  return mentions.map((m) => {
    const value = text.slice(m.start, m.end);
    if (m.type === 'location' && isPersonReadAsPlace(text, m, people))
      return { ...m, type: 'person' as const };
    if (m.type === 'person' || !people.has(value) || /\s/u.test(value)) return m;
    // "homes in Galicia" is the place, whatever another sentence made of the word.
    if (m.type === 'location' && placeWordsBefore(text, m.start)) return m;
    const kind = wordKind(value);
    return kind === 'unknown' || kind === 'last-name' ? { ...m, type: 'person' as const } : m;
  });
}

/**
 * A given name the lexicon knows and family names it knows as such or not at all ("Melania
 * Trump", "Ennio Morricone", "Cristina Cifuentes"): a person, whatever the words around it made
 * the model read it as ("The president of the region, Cristina Cifuentes," as a place). Not a
 * place's own name ("Marina Heights"), nor a company the gazetteer knows ("Morgan Stanley", which
 * the rules read so).
 */
function isGivenAndFamilyName(value: string): boolean {
  const words = value.split(/\s+/u);
  if (words.length < 2 || words.length > 3 || wordKind(words[0]!) !== 'first-name') return false;
  return words.slice(1).every((word) => {
    const kind = wordKind(word);
    return (
      /^\p{Lu}\p{Ll}/u.test(word) &&
      (kind === 'unknown' || kind === 'last-name') &&
      !PLACE_NAME_TAIL.test(word)
    );
  });
}

/**
 * A person or place whose last word is a company's ("Taiwan's Novatek Microelectronics"); a
 * place's "Line" is a border ("the Blue Line").
 */
const endsAsCompanyNotLine = (text: string, m: RecognizedMention): boolean =>
  endsAsCompany(text.slice(m.start, m.end)) &&
  (m.type === 'person' || !/\sLines?$/u.test(text.slice(m.start, m.end)));

/** The rules that read a person's full name: a known first name, or a gazetteer's person. */
const FULL_NAME_RULES = new Set<MentionOrigin>(['rule:first-name', 'rule:gazetteer-part']);
/** The rules sure of a place or body: a gazetteer's name, or a run with an organization word. */
const SURE_BODY_RULES = new Set<MentionOrigin>([
  'rule:gazetteer',
  'rule:gazetteer-part',
  'rule:organization-words',
]);

/**
 * The model's reading (which already weighs the rules' findings as features) with the places
 * and organizations the rules are sure of where the model found nothing: their gazetteers and
 * organization patterns know names the training data never showed. Of the rules' people only
 * the surest are kept: on news from other outlets the others mistake products, indices and
 * common words for names (docs/EVAL.md, ablation). The rules' people kept: a name after a title
 * ("Secretary Blinken", rule:title-and-name), and a word of a full name found
 * earlier in the article ("Blinken" after "Antony Blinken", rule:surname-again) when the model, too, read that
 * full name as a person: the rules' own full names include products and common words on other
 * outlets' news. A name the rules know as an organization from the gazetteer (rule:gazetteer: a
 * well-known company, "Airbus") is one where the model read the same words as a person.
 */
export function combineReadings(
  text: string,
  model: RecognizedMention[],
  rules: RecognizedMention[],
): RecognizedMention[] {
  const known = new Map(
    rules.filter((r) => r.type === 'organization').map((r) => [`${r.start}:${r.end}`, r]),
  );
  const fullNames = new Set(
    rules
      .filter((r) => r.type === 'person' && FULL_NAME_RULES.has(r.origin))
      .map((r) => `${r.start}:${r.end}`),
  );
  const read = model.flatMap((mention) => {
    const rule = known.get(`${mention.start}:${mention.end}`);
    const m =
      (rule !== undefined &&
        (rule.origin === 'rule:gazetteer' ||
          (rule.origin === 'rule:organization-words' && mention.type === 'location'))) ||
      (mention.type !== 'organization' && endsAsCompanyNotLine(text, mention))
        ? { ...mention, type: 'organization' as const }
        : mention.type !== 'person' &&
            fullNames.has(`${mention.start}:${mention.end}`) &&
            isGivenAndFamilyName(text.slice(mention.start, mention.end))
          ? { ...mention, type: 'person' as const }
          : mention;
    const kept =
      m.type === 'person'
        ? withHyphenedGivenName(text, personAfterTitles(text, m))
        : withLegalForm(text, bodyBeforeTitles(text, m));
    return kept === null ? [] : [kept];
  });
  const nameWords = new Set(
    read
      .filter((m) => m.type === 'person')
      .flatMap((m) => text.slice(m.start, m.end).split(/\s+/u).slice(1)),
  );
  const both = combineMentions(
    withWholeBodies(read, rules),
    rules
      .filter((rule) =>
        rule.type !== 'person'
          ? SURE_BODY_RULES.has(rule.origin)
          : rule.origin === 'rule:title-and-name' ||
            (rule.origin === 'rule:surname-again' &&
              nameWords.has(text.slice(rule.start, rule.end))) ||
            (rule.origin === 'rule:name-like' && followsOccupation(text, rule.start)),
      )
      .map((rule) => withLegalForm(text, rule)),
  );
  // In this order: a step reads what the steps before it found.
  const steps = [
    withHyphenedWords,
    withKindTails,
    withBodiesNamedInFull,
    withParticleSurnames,
    withOrganizationCues,
    withPlaceCues,
    withShortCompanyNames,
    withEmployers,
    withStatedPlaces,
    withStreets,
    withSurnamesFirst,
    withPeopleNamedAlike,
    withBodiesNamedAlone,
    withAmpersandNames,
    withAppositivePeople,
    withPlaceNamedBodies,
    withBodyAcronyms,
    withoutEventNameWords,
  ];
  const combined = steps.reduce((mentions, step) => step(text, mentions), both);
  return withOneTypePerName(
    text,
    repairByPhrase(text, combined).map((m) => withoutDay(text, m)),
  );
}
