import { withBodiesOfThePlace, withOwnersApart, withUnreadUses } from './body-context-cues.ts';
import { withLegalForm } from './company-names.ts';
import { cuedNames, isKnownPlace, NAME, OPENING_KIND_WORD } from './cued-organization-names.ts';
import type { RecognizedMention } from './entity-recognizer.ts';
import { journalNames } from './journal-names.ts';
import { nameInSSpans } from './names-in-s.ts';
import { partyNames } from './party-names.ts';
import { namesClubTown, withClubShortNames, withClubsApartFromPlayers } from './sports-clubs.ts';
import { wordKind } from './word-knowledge.ts';

/**
 * Organizations that the words around a name give away, where the model knows nothing of the
 * name itself: unknown companies without a legal form ("broadcaster Sky", "Rightmove, the
 * property website"), employers after a job ("a fund manager at Nordea"), clubs named after
 * their city in a match report ("a 2-0 win over Werder Bremen"), airlines and utilities named
 * after a place ("Air India", "El Paso Energy") and a body "of the" a place ("National Library
 * of the Netherlands"). Each cue is a class of news writing, not a list of names
 * (docs/EVAL.md, "Sixth pass"); the cues themselves are in cued-organization-names.ts.
 */

/** Stadiums and arenas, places where clubs play: "Stade Velodrome", "Estadio do Dragao". */
const VENUE = /^(?:Stade|Estadio|Stadio|Estadi)\s|\s(?:Stadium|Arena)$/u;

/** Bodies that a place's name opens and that are no place: "Kandilli Observatory". */
const BODY_LAST_WORD =
  /\s(?:Observatory|Institute|Laboratory|Laboratories|University|College|Hospital|Museum|Library|Academy|School)$/u;

/** Words after a place that make it a company's name: "El Paso Energy", "Qatar Airways". */
const PLACE_COMPANY_WORD =
  /^\s(?:Airways|Airlines|Air|Energy|Telecom|Rail|Railways|Steel|Insurance|Electric|Power|Holdings|Express)(?![\p{L}\p{N}])(?!\s\p{Lu})/u;

/**
 * `span` as an organization: in place of what was read on or inside it, or where nothing was.
 * Left alone where a mention crosses its edges or an organization already covers it (but for
 * `widens`, see below).
 */
function asOrganization(
  mentions: RecognizedMention[],
  span: { start: number; end: number },
  widens = false,
): RecognizedMention[] {
  const inside = mentions.filter((m) => span.start < m.end && m.start < span.end);
  // A cue sure of where its name starts widens a shorter organization inside ("Northern Sports"
  // of "(Northern Sports Wire)"); others may have taken in a sentence's first word ("Shares").
  const kept = (m: RecognizedMention) =>
    m.type === 'organization' && (!widens || (m.start === span.start && m.end === span.end));
  if (inside.some((m) => m.start < span.start || m.end > span.end || kept(m))) return mentions;
  return [
    ...mentions.filter((m) => !inside.includes(m)),
    {
      start: span.start,
      end: span.end,
      type: 'organization' as const,
      origin: 'rule:organization-cue' as const,
    },
  ].sort((a, b) => a.start - b.start);
}

/**
 * Whether `name` is a person's full name read as such, a given name the lexicon knows first
 * ("Maria Castellanos"), or the family name of one ("Castellanos").
 */
function isPlayerNamed(text: string, mentions: RecognizedMention[], name: string): boolean {
  return mentions.some((m) => {
    if (m.type !== 'person') return false;
    const words = text.slice(m.start, m.end).split(/\s+/u);
    return (
      words.length > 1 &&
      wordKind(words[0]!) === 'first-name' &&
      (words.join(' ') === name || words.at(-1) === name)
    );
  });
}

/** A place's mention widened over the company word around it: "Air India", "Qatar Airways". */
function placeCompany(text: string, m: RecognizedMention): { start: number; end: number } | null {
  if (m.type !== 'location') return null;
  const start = /(?<![\p{L}\p{N}'’-])Air\s$/u.test(text.slice(Math.max(0, m.start - 5), m.start))
    ? m.start - 4
    : m.start;
  const after = PLACE_COMPANY_WORD.exec(text.slice(m.end, m.end + 12));
  const end = m.end + (after?.[0].length ?? 0);
  return start === m.start && end === m.end ? null : { start, end };
}

/**
 * Organizations the words around the names give away (see above), in place of the places,
 * people or nothing read there; then, in one article, every other mention of a name so cued that
 * was read as a place or a person ("Bremen" after "Werder Bremen goalkeeper").
 */
export function withOrganizationCues(
  text: string,
  mentions: RecognizedMention[],
): RecognizedMention[] {
  let out = withClubsApartFromPlayers(text, mentions);
  // A club's name stays one where it is also its city's: the match report names the club.
  const named = new Set<string>();
  const clubs = new Set<string>();
  // Names in 's, parties and journals are whole as they stand: they widen what was read inside.
  const wholeByUse = [...nameInSSpans(text), ...partyNames(text), ...journalNames(text)].map(
    (span) => ({ ...span, cue: 'kind' as const, widens: true }),
  );
  for (const found of [...cuedNames(text), ...wholeByUse]) {
    // "Analyst Deepa Rao of Kestrel Research": a person read before "of" is no part of the firm.
    const person = out.findLast(
      (m) =>
        m.type === 'person' &&
        m.start >= found.start &&
        m.end < found.end &&
        text.startsWith(' of ', m.end),
    );
    const cue = person === undefined ? found : { ...found, start: person.end + ' of '.length };
    const name = text.slice(cue.start, cue.end);
    // "a researcher at Cambridge": after a job, a known place stays one; "head of Research" is
    // a department's field.
    if (
      (cue.cue === 'job' || cue.cue === 'head') &&
      (isKnownPlace(name) || wordKind(name) === 'common')
    )
      continue;
    // "president of Lombardy": a region has a head too; what was read as a place stays one.
    if (
      cue.cue === 'head' &&
      out.some((m) => m.type === 'location' && m.start === cue.start && m.end === cue.end)
    )
      continue;
    // "the manufacturer Georg Reichenbach": a man who is the firm.
    if (cue.cue === 'kind' && wordKind(name.split(' ')[0]!) === 'first-name' && /\s/u.test(name))
      continue;
    // "Maria Castellanos won", "Varga had reached the final": a player of a sport played alone.
    if (cue.cue === 'club' && isPlayerNamed(text, out, name)) continue;
    // "Insurer Gard" read as one person, "Broadcaster RTBF" as a place: the kind noun is no
    // part of the name.
    out = out.filter(
      (m) =>
        !(
          m.type !== 'organization' &&
          m.end === cue.end &&
          m.start < cue.start &&
          OPENING_KIND_WORD.test(text.slice(m.start, cue.start))
        ),
    );
    // "Warwickshire host Somerset" read as one name: two clubs and the verb between them.
    if (cue.cue === 'club')
      out = out.filter(
        (m) =>
          !(
            m.start <= cue.start &&
            m.end >= cue.end &&
            m.end - m.start > cue.end - cue.start &&
            /\s\p{Ll}+\s/u.test(text.slice(m.start, m.end))
          ),
      );
    const whole = withLegalForm(text, {
      ...cue,
      type: 'organization',
      origin: 'rule:organization-cue',
    });
    out = asOrganization(out, whole, cue.widens);
    (cue.cue === 'club' ? clubs : named).add(name);
  }
  for (const m of [...out]) {
    const company = placeCompany(text, m);
    if (company !== null) out = asOrganization(out, company);
  }
  out = withOwnersApart(text, withBodiesOfThePlace(text, out), isKnownPlace).map((m) =>
    withDomain(text, m),
  );
  if (clubs.size > 0) out = withClubShortNames(text, out);
  out = withBracketedAcronyms(text, out, named);
  out = withUnreadUses(
    text,
    out,
    [...named].filter((name) => !isKnownPlace(name)),
  );
  // "16 points for Canterbury": a club found once is the club where nothing was read, but in
  // its town ("played in Canterbury").
  const read = new Set(out);
  out = withUnreadUses(text, out, clubs).filter(
    (m) => read.has(m) || !namesClubTown(text, m.start),
  );
  out = out.map((m) => {
    const name = text.slice(m.start, m.end);
    return m.type !== 'organization' &&
      ((clubs.has(name) && !namesClubTown(text, m.start)) ||
        (named.has(name) && !isKnownPlace(name)))
      ? { ...m, type: 'organization' as const }
      : m;
  });
  // Last, once every use of a cued name is a body: a list's member may be one by them alone.
  const listed = new Set<string>();
  return withUnreadUses(text, withFellowListMembers(text, out, listed), listed);
}

/** Names listed together: "Viber, Threema and Kakao said", "Saab and Kongsberg". */
const LIST = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])(?:${NAME},\s)*${NAME},?\s(?:and|or)\s${NAME}(?![\p{L}\p{N}])`,
  'gu',
);

/**
 * The names listed with an organization, each a word or two that nothing was read on
 * and that no lexicon knows as a place, a person's or a common word: organizations too ("Viber,
 * Threema and Kakao", where Kakao's shares made it a company). Added to `listed`, so that their
 * other uses follow.
 */
function withFellowListMembers(
  text: string,
  mentions: RecognizedMention[],
  listed: Set<string>,
): RecognizedMention[] {
  let out = mentions;
  for (const list of text.matchAll(LIST)) {
    const members = [...list[0].matchAll(new RegExp(NAME, 'gu'))].map((m) => ({
      start: list.index + m.index,
      end: list.index + m.index + m[0].length,
    }));
    const isBody = (span: { start: number; end: number }) =>
      out.some((m) => m.type === 'organization' && m.start === span.start && m.end === span.end);
    // "Society of Tropical Medicine and Hygiene": a long name's "and" joins no list.
    const short = members.every((span) => !/\s\S+\s/u.test(text.slice(span.start, span.end)));
    if (!short || !members.some(isBody)) continue;
    // "Pacific Gas and Electric", "Florida Power and Light": a body that ends in a common noun,
    // then one word after "and", is one firm named for two trades, no list.
    const [first, second] = members;
    if (
      members.length === 2 &&
      isBody(first!) &&
      wordKind(text.slice(first!.start, first!.end).split(' ').at(-1)!) === 'common' &&
      /^\S+$/u.test(text.slice(second!.start, second!.end)) &&
      !out.some((m) => m.start < second!.end && second!.start < m.end)
    ) {
      out = asOrganization(out, { start: first!.start, end: second!.end }, true);
      continue;
    }
    for (const span of members) {
      const name = text.slice(span.start, span.end);
      if (
        isBody(span) ||
        out.some((m) => m.start < span.end && span.start < m.end) ||
        isKnownPlace(name) ||
        name.split(' ').some((word) => !/^(?:unknown|organization)$/u.test(wordKind(word)))
      )
        continue;
      out = asOrganization(out, span);
      listed.add(name);
    }
  }
  return out;
}

/**
 * A company named by its web address: "Amazon.com Inc." (read as "Amazon"), whole; an
 * observatory, institute or school read as a place is a body ("Kandilli Observatory"), a
 * stadium read as a body a place ("Stade Velodrome"); a name
 * with "&" read as a place ("Pratt & Whitney") is a firm's, unless a gazetteer knows the place
 * ("Trinidad & Tobago"), and so is one the lexicon knows as a body's ("CNN").
 */
function withDomain(text: string, m: RecognizedMention): RecognizedMention {
  if (m.type === 'location') {
    const name = text.slice(m.start, m.end);
    if (BODY_LAST_WORD.test(name)) return { ...m, type: 'organization' };
    // "explained to CNN": a name the lexicon knows as a body's is no place.
    return (name.includes(' & ') && !isKnownPlace(name)) || wordKind(name) === 'organization'
      ? { ...m, type: 'organization' }
      : m;
  }
  if (m.type === 'organization' && VENUE.test(text.slice(m.start, m.end)))
    return { ...m, type: 'location' };
  if (m.type !== 'organization' || !/^\.com(?![\p{L}\p{N}])/u.test(text.slice(m.end, m.end + 5)))
    return m;
  return withLegalForm(text, { ...m, end: m.end + 4 });
}

/**
 * The acronym a text gives a body in brackets after its name ("Greater New Orleans Fair Housing
 * Action Center (GNOFHAC)"), or one a cue made a body ("the union GDL"): that body wherever it
 * stands ("GDL leader Mario Reiss"), not a person or nothing.
 */
function withBracketedAcronyms(
  text: string,
  mentions: RecognizedMention[],
  cued: ReadonlySet<string>,
): RecognizedMention[] {
  const acronyms = new Set([...cued].filter((name) => /^\p{Lu}[\p{Lu}&]{1,7}$/u.test(name)));
  for (const m of mentions) {
    const bracket = /^ \((\p{Lu}[\p{Lu}&]{1,7})\)/u.exec(text.slice(m.end, m.end + 12));
    if (m.type === 'organization' && bracket !== null && !isKnownPlace(bracket[1]!))
      acronyms.add(bracket[1]!);
  }
  let out = mentions;
  for (const acronym of acronyms) {
    for (const match of text.matchAll(
      new RegExp(`(?<![\\p{L}\\p{N}])${acronym.replace('&', '\\&')}(?![\\p{L}\\p{N}])`, 'gu'),
    ))
      out = asOrganization(out, { start: match.index, end: match.index + acronym.length });
  }
  return out;
}
