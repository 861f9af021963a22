import {
  bodyContextPatterns,
  withBodiesOfThePlace,
  withOwnersApart,
  withUnreadUses,
} from './body-context-cues.ts';
import { endsAsCompany, withLegalForm } from './company-names.ts';
import { foreignBodyNames } from './foreign-body-names.ts';
import type { RecognizedMention } from './entity-recognizer.ts';
import { getGazetteer } from './gazetteer.ts';
import {
  clubCues,
  namesClubTown,
  withClubShortNames,
  withClubsApartFromPlayers,
} from './sports-clubs.ts';
import { isTitleWord } from './titles.ts';
import { wordKind } from './word-knowledge.ts';

/**
 * Organizations that the words around a name give away, where the model knows nothing of the
 * name itself: unknown companies without a legal form ("broadcaster Sky", "Rightmove, the
 * property website"), employers after a job ("a fund manager at Nordea"), clubs named after
 * their city in a match report ("a 2-0 win over Werder Bremen"), airlines and utilities named
 * after a place ("Air India", "El Paso Energy") and a body "of the" a place ("National Library
 * of the Netherlands"). Each cue is a class of news writing, not a list of names
 * (docs/EVAL.md, "Sixth pass").
 */

/**
 * A name: capitalized words (a period only inside one: "Amazon.com", never a sentence's end),
 * joined by "&", "of" or "de" inside ("Pratt & Whitney"). */
const WORD = String.raw`\p{Lu}(?:[\p{L}\p{N}&'’!-]|\.(?=[\p{L}\p{N}]))*`;
/** Name words on one line: a heading and the sentence under it are no one name. */
const NAME = String.raw`${WORD}(?:[ \t](?:(?:&|of|de|for)[ \t])?${WORD})*`;
const BODY_CONTEXT = bodyContextPatterns(NAME, WORD);

/** Nouns that say what kind of body the name beside them is: "the charity Oxfam". */
const KIND_NOUNS =
  String.raw`company firm group union conglomerate \p{Ll}*maker manufacturer airline carrier railway retailer supermarket chain broadcaster newspaper paper daily journal magazine publisher agency charity bank lender insurer start-?up club band label studio website platform network operator utility regulator watchdog foundation consultancy outlet brand supplier developer handler trader shipper miner site app service subsidiary architects distributor shipping\sline`.split(
    ' ',
  );
const BODY_KIND = `(?:[Rr]ival|${KIND_NOUNS.join('|')})`;
/** The same nouns capitalized, as they open a sentence: "Insurer Gard said". */
const OPENING_KIND = `(?:${KIND_NOUNS.map((noun) =>
  noun.startsWith('\\p{Ll}*') ? `\\p{Lu}${noun}` : noun[0]!.toUpperCase() + noun.slice(1),
).join('|')})`;

const OPENING_KIND_WORD = new RegExp(`^${OPENING_KIND}\\s$`, 'u');

/**
 * A kind noun right before a name: "satellite imaging company Keyhole", "broadcaster Sky",
 * "Rival Maersk", "Insurer Gard said"; not a person's own ("his rival Prabowo Subianto").
 */
const KIND_BEFORE = new RegExp(
  String.raw`(?:(?<=(?:^|\n|[.!?]["”’]?\s))${OPENING_KIND}|(?<![\p{L}\p{N}'’-])(?<!(?:[Hh]is|[Hh]er|[Tt]heir)\s)${BODY_KIND})\s(${NAME})`,
  'dgu',
);

/**
 * A kind noun, then the name in an apposition: "The ship's insurer, Gard, said", "The developer,
 * Hafren Solar, said" (a determiner or a possessive before the noun, a comma after the name).
 */
const KIND_APPOSED = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])(?:[Tt]he|[Ii]ts|[Tt]heir|\p{L}+['’]s)\s(?:[\p{Ll}-]+\s){0,2}(?:${KIND_NOUNS.join('|')}),\s(${NAME})(?=,)`,
  'dgu',
);

/**
 * A name, then an apposition that ends in a kind noun: "Rightmove, the property website,",
 * "IndiGo, the country's largest airline". The noun must end the phrase, so that "Smith, a
 * former bank manager" is no bank.
 */
const KIND_AFTER = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])(${NAME}),\s(?:the|a|an)\s(?:[\p{Ll}\p{N}'’-]+\s){0,3}(?!group\b)${BODY_KIND}(?=[,.;:)]|\s(?:that|which|whose|based|owned|controlled|run|used|founded|in|of|for|from|with|and|on|at)\b)`,
  'dgu',
);

/**
 * A name, then an apposition that names a body ("Gavi, the Vaccine Alliance,", "Acas, the
 * Advisory, Conciliation and Arbitration Service"): the name is that body's short form.
 */
const BODY_NAME_AFTER = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])(${NAME}),\sthe\s(?:\p{Lu}[\p{L}'’-]*\s){1,4}(?:Alliance|Coalition|Agency|Organi[sz]ation|Foundation|Fund|Trust|Association|Federation|Union|Council|Institute|Society|Network|Service|Programme|Program|Commission|Authority)(?=[,.;:)]|\s(?:which|that)\b)`,
  'dgu',
);

/**
 * A company that its shares or a list of its kind or its dealings give away: "shares of
 * Valero", "Valero shares", "companies like Scharffen Berger", "customers such as Nimbus Cloud".
 */
const COMPANY_CUE = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])(?:(?:[Ss]hares|[Ss]tock)\s(?:of|in)|(?:companies|firms|brands|retailers|carmakers|airlines|banks|lenders|rivals|competitors|customers|clients|suppliers|websites|sites|platforms|apps)\s(?:such\sas|like|including))\s(${NAME})`,
  'dgu',
);
const COMPANY_BEFORE_SHARES = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])(${NAME})(?=(?:['’]s)?\s(?:shares|stock)\s(?:rose|fell|jumped|dropped|slid|gained|lost|climbed|sank|surged|tumbled|were|have|had|closed|ended|traded))`,
  'dgu',
);

/**
 * Names listed after a plural kind noun: "rivals Tesco and Aldi", "lenders Halden, Corvo and
 * Brisk"; each is of that kind.
 */
const KIND_LIST = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])(?:rivals|competitors|banks|lenders|retailers|supermarkets|airlines|carmakers|insurers|companies|firms|clubs)\s((?:${NAME},\s)*${NAME},?\s(?:and|or)\s${NAME})`,
  'dgu',
);

/** A body whose name holds "and": "Competition and Markets Authority", "Food and Drug Administration". */
const BODY_WITH_AND = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{L}-]*(?![\p{L}'’])(?:\s${WORD})*\sand\s${WORD}(?:\s${WORD})*\s(?:Authority|Commission|Agency|Board|Council|Office|Service|Department|Ministry|Institute|Association|Committee|Bureau|Administration|Tribunal|Centre|Center|Network|Fund))(?![\p{L}\p{N}])`,
  'dgu',
);

/**
 * A body introduced by the name it goes by: "a group of amateurs called PlanetHunters", "the
 * charity, known as Safe Harbour," "a start-up dubbed Kelpie" (not "a man called Rob").
 */
const KIND_CALLED = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])(?:${BODY_KIND}|group|gang|collective|movement|coalition|campaign|team|network|hackers|rebels|militants|activists)(?:\sof\s[\p{Ll}-]+)?,?\s(?:known\sas|called|named|dubbed|calling\sitself)\s(?:the\s)?(${NAME})`,
  'dgu',
);

/** Nouns for a body that its acronym may follow: "the bureau, known as ABARES". */
const BODY_NOUNS = `(?:${'unit body bureau agency service office regulator union exchange operator authority association board force group council institute commission corporation'
  .split(' ')
  .map((noun) => `[${noun[0]!.toUpperCase()}${noun[0]}]${noun.slice(1)}`)
  .join('|')})`;

/**
 * An acronym given a body in an apposition after the kind of body it is: "The bureau, known as
 * ABARES, cut", "the army's emergency unit, the UME, was ready" (not "a drug known as MDMA").
 */
const ACRONYM_NAMED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${BODY_NOUNS},\s(?:(?:known|referred to) as\s)?(?:the\s)?(\p{Lu}{2,8})(?=[,.;:)]|\s(?:said|says|was|is|has|had|which|who|will)\b)`,
  'dgu',
);

/**
 * A body "of" a people or a place, whatever reading the place gives it: "Federation of German
 * Industries", "Confederation of British Industry", "Diocese of Norwich".
 */
const BODY_OF = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])((?:Federation|Confederation|Association|Chamber|Union|Society|Diocese|Archdiocese|Academy|Federal Association)\sof\s(?:the\s)?${NAME})`,
  'dgu',
);

/** Stadiums and arenas, places where clubs play: "Stade Velodrome", "Estadio do Dragao". */
const VENUE = /^(?:Stade|Estadio|Stadio|Estadi)\s|\s(?:Stadium|Arena)$/u;

/** Bodies that a place's name opens and that are no place: "Kandilli Observatory". */
const BODY_LAST_WORD =
  /\s(?:Observatory|Institute|Laboratory|Laboratories|University|College|Hospital|Museum|Library|Academy|School)$/u;

/** The outlet a dateline names in brackets: "OSLO, March 4 (Harbour Wire) -", "WASHINGTON (Capitol Report) -". */
const DATELINE_OUTLET = new RegExp(
  String.raw`(?<=(?:^|\n)[^\n]{0,60}(?:\d|\p{Lu}{2,})\s)\((${NAME})\)(?=\s[-–—])`,
  'dgu',
);

/** A name ending in a legal form or a trade, found nowhere else: "Nordvik Shipping said". */
const COMPANY_NAME = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])(${NAME})`, 'dgu');

/**
 * Jobs whose holder works "at" a body, and studies there: "a professor at King's College
 * London", "studied law at Yale".
 */
const JOB_AT = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])(?:(?:analyst|economist|strategist|professor|lecturer|researcher|scientist|manager|director|head|partner|spokes(?:man|woman|person)|lawyer|engineer|executive|officer|chairman|chairwoman|president|fellow|editor|reporter|correspondent|adviser|advisor|consultant|trader|founder|employee|student)s?\s(?:[\p{Ll}-]+\s){0,4}at|(?:studied|studies|taught|teaches|lectured|enrolled|graduated)\s(?:[\p{Ll}-]+\s){0,2}(?:at|from))\s(?:the\s)?(${NAME})`,
  'dgu',
);

/**
 * Who leads or founded a body, "of" it: "founder of Hack Forums", "head of UN Environment",
 * "president of the Georgetown BID".
 */
const JOB_OF = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])(?:[Cc]o-?founder|[Ff]ounder|president|head|chairman|chairwoman|chief executive|managing director|spokes(?:man|woman|person)|owner)\sof\s(?:the\s)?(${NAME})`,
  'dgu',
);

/** Words after a place that make it a company's name: "El Paso Energy", "Qatar Airways". */
const PLACE_COMPANY_WORD =
  /^\s(?:Airways|Airlines|Air|Energy|Telecom|Rail|Railways|Steel|Insurance|Electric|Power|Holdings|Express)(?![\p{L}\p{N}])(?!\s\p{Lu})/u;

const MONTH_OR_DAY =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;

/** A place a gazetteer or the lexicon knows ("Trinidad & Tobago" as "Trinidad and Tobago"). */
function isKnownPlace(name: string): boolean {
  const key = name.toLowerCase().replace(' & ', ' and ');
  return getGazetteer().get(key)?.type === 'location' || wordKind(name) === 'place';
}

/**
 * The name a cue points at, without the words that only open a sentence or a title ("Then",
 * "Chief"): null when nothing of a name is left.
 */
function nameSpan(
  text: string,
  start: number,
  name: string,
): { start: number; end: number } | null {
  let from = start;
  let rest = name.replace(/['’]s?$/u, '').replace(/[.,]$/u, '');
  for (;;) {
    const first = /^\S+/u.exec(rest)?.[0];
    // "The shares have lost ...": a sentence's opening word alone is no name.
    if (first === undefined || isTitleWord(first) || MONTH_OR_DAY.test(first)) return null;
    const kind = wordKind(first);
    const opening = first === 'The' || kind === 'function' || kind === 'demonym';
    if (opening && /\s/u.test(rest)) {
      const skip = /^\S+\s+/u.exec(rest)![0].length;
      from += skip;
      rest = rest.slice(skip);
      continue;
    }
    if (opening) return null;
    return { start: from, end: from + rest.length };
  }
}

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
    { start: span.start, end: span.end, type: 'organization' as const, score: 0.7 },
  ].sort((a, b) => a.start - b.start);
}

/**
 * A campaign's name: words that name no place before "Alliance" ("Clean Rivers Alliance"); with
 * a place it is a pact between states ("U.S.-Japan Alliance", "Atlantic Alliance").
 */
function isCampaign(name: string): boolean {
  const words = name.split(/[\s-]+/u);
  return (
    words.length >= 3 &&
    words.at(-1) === 'Alliance' &&
    words.slice(0, -1).every((word) => {
      const kind = wordKind(word);
      return kind !== 'place' && kind !== 'demonym' && !getGazetteer().has(word.toLowerCase());
    })
  );
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

/** A name with "and" whose first half is a body or a place of its own, before a centre's name. */
function isTwoBodies(name: string): boolean {
  const halves = /^(.+?)\s+and\s+(.+\s(?:Centre|Center|Network|Fund))$/u.exec(name);
  return (
    halves !== null &&
    halves[1]!
      .split(/\s+/u)
      .some(
        (word) =>
          isKnownPlace(word.replace(/['’]s$/u, '')) ||
          /^(?:Council|University|Institute|Society|Agency|Authority|Commission|Foundation|Association|Hospital|College|Academy)$/u.test(
            word,
          ),
      )
  );
}

interface Cue {
  start: number;
  end: number;
  cue: 'kind' | 'job' | 'head' | 'club';
  /** The cue's name is a whole name as it stands: it widens an organization read inside it. */
  widens?: boolean;
}

/** Names made organizations by a kind noun, a job "at", a head "of", or, in a sports story, a club's cue. */
function cuedNames(text: string): Cue[] {
  const cued: Cue[] = [];
  const add = (matches: Iterable<RegExpExecArray>, cue: Cue['cue']) => {
    for (const match of matches) {
      const span = nameSpan(text, match.indices![1]![0], match[1]!);
      if (span !== null) cued.push({ ...span, cue });
    }
  };
  add(text.matchAll(KIND_BEFORE), 'kind');
  add(text.matchAll(KIND_AFTER), 'kind');
  add(text.matchAll(KIND_APPOSED), 'kind');
  add(text.matchAll(KIND_CALLED), 'kind');
  // "Australia, Canada, the European Union": a list of members, no apposition.
  add(
    [...text.matchAll(BODY_NAME_AFTER)].filter(
      (m) => getGazetteer().get(m[1]!.toLowerCase())?.type !== 'location',
    ),
    'kind',
  );
  add(text.matchAll(JOB_AT), 'job');
  for (const pattern of BODY_CONTEXT.job) add(text.matchAll(pattern), 'job');
  add(text.matchAll(JOB_OF), 'head');
  add(text.matchAll(COMPANY_CUE), 'kind');
  add(text.matchAll(COMPANY_BEFORE_SHARES), 'kind');
  add(
    [...text.matchAll(ACRONYM_NAMED)].filter((m) => !isKnownPlace(m[1]!)),
    'kind',
  );
  const whole = [
    DATELINE_OUTLET,
    BODY_WITH_AND,
    BODY_OF,
    BODY_CONTEXT.unit,
    BODY_CONTEXT.byLastWord,
  ];
  for (const pattern of whole) {
    for (const match of text.matchAll(pattern)) {
      // A demonym opening the name is a word of it ("European Southern Observatory"); "The" is not.
      const [start, end] = match.indices![1]!;
      // "Saudi Arabia's Civil Defense Authority": the body is named after the possessive.
      const article = /^(?:The|A|An)\s|^.*['’]s\s/u.exec(match[1]!)?.[0].length ?? 0;
      // "Russian Federation" is the country; "Stockholm and Leiden University Medical Center" and
      // "European Research Council and Poland's National Science Centre" are two.
      if (isKnownPlace(text.slice(start + article, end)) || isTwoBodies(match[1]!)) continue;
      cued.push({ start: start + article, end, cue: 'kind', widens: true });
    }
  }
  for (const span of foreignBodyNames(text)) cued.push({ ...span, cue: 'kind', widens: true });
  for (const match of text.matchAll(KIND_LIST)) {
    for (const name of match[1]!.matchAll(new RegExp(NAME, 'gu'))) {
      const span = nameSpan(text, match.indices![1]![0] + name.index, name[0]);
      if (span !== null) cued.push({ ...span, cue: 'kind' });
    }
  }
  for (const match of text.matchAll(COMPANY_NAME)) {
    // "Harbourline Shipping of Singapore": the company's name ends before its place.
    const name = endsAsCompany(match[1]!) ? match[1]! : match[1]!.split(' of ')[0]!;
    const span = endsAsCompany(name) || isCampaign(name) ? nameSpan(text, match.index, name) : null;
    if (span !== null) cued.push({ ...span, cue: 'kind' });
  }
  for (const club of clubCues(text)) {
    const span = club.whole ? club : nameSpan(text, club.start, club.name);
    if (span !== null)
      cued.push({ start: span.start, end: span.end, cue: 'club', widens: club.whole });
  }
  return cued;
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
  for (const found of cuedNames(text)) {
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
    const whole = withLegalForm(text, { ...cue, type: 'organization', score: 0.7 });
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
  return out.map((m) => {
    const name = text.slice(m.start, m.end);
    return m.type !== 'organization' &&
      ((clubs.has(name) && !namesClubTown(text, m.start)) ||
        (named.has(name) && !isKnownPlace(name)))
      ? { ...m, type: 'organization' as const }
      : m;
  });
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
