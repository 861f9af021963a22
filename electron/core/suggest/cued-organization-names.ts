import { bodyContextPatterns } from './body-context-cues.ts';
import { endsAsCompany } from './company-names.ts';
import { foreignBodyNames } from './foreign-body-names.ts';
import { getGazetteer } from './gazetteer.ts';
import { clubCues } from './sports-clubs.ts';
import { isTitleWord } from './titles.ts';
import { wordKind } from './word-knowledge.ts';

/**
 * The names that the words around them mark as organizations (organization-cues.ts decides what
 * becomes of each): a kind noun before or after a name ("broadcaster Sky", "Rightmove, the
 * property website"), a job "at" or a head "of" a body, shares and lists of companies, bodies
 * named in full ("Confederation of British Industry"), a dateline's outlet, a name ending in a
 * legal form, and a club's cue in a sports story. Each cue is a class of news writing, not a list
 * of names (docs/EVAL.md, "Sixth pass").
 */
/**
 * A name: capitalized words (a period only inside one: "Amazon.com", never a sentence's end),
 * joined by "&", "of" or "de" inside ("Pratt & Whitney"). */
const WORD = String.raw`\p{Lu}(?:[\p{L}\p{N}&'’!-]|\.(?=[\p{L}\p{N}]))*`;
/** Name words on one line: a heading and the sentence under it are no one name. */
export const NAME = String.raw`${WORD}(?:[ \t](?:(?:&|of|de|for)[ \t])?${WORD})*`;
const BODY_CONTEXT = bodyContextPatterns(NAME, WORD);

/** Nouns that say what kind of body the name beside them is: "the charity Oxfam". */
const KIND_NOUNS =
  String.raw`company firm group union conglomerate \p{Ll}*maker manufacturer airline carrier railway retailer supermarket chain broadcaster newspaper paper daily journal magazine publisher agency association federation charity bank lender insurer start-?up club band label studio website platform network operator utility regulator watchdog foundation consultancy outlet brand supplier developer handler trader shipper miner brewer distiller grocer discounter forwarder haulier shipowner sponsor site app service subsidiary architects distributor shipping\sline`.split(
    ' ',
  );
const BODY_KIND = `(?:[Rr]ival|${KIND_NOUNS.join('|')})`;
/** The same nouns capitalized, as they open a sentence: "Insurer Gard said". */
const OPENING_KIND = `(?:${KIND_NOUNS.map((noun) =>
  noun.startsWith('\\p{Ll}*') ? `\\p{Lu}${noun}` : noun[0]!.toUpperCase() + noun.slice(1),
).join('|')})`;

export const OPENING_KIND_WORD = new RegExp(`^${OPENING_KIND}\\s$`, 'u');

/**
 * A kind noun right before a name: "satellite imaging company Keyhole", "broadcaster Sky",
 * "Rival Maersk", "Insurer Gard said"; not a person's own ("his rival Prabowo Subianto").
 */
const KIND_BEFORE = new RegExp(
  String.raw`(?:(?<=(?:^|\n|[.!?]["”’]?\s|\s[-–—]\s))${OPENING_KIND}|(?<![\p{L}\p{N}'’-])(?<!(?:[Hh]is|[Hh]er|[Tt]heir)\s)${BODY_KIND})\s(${NAME})`,
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
 * "IndiGo, the country's largest airline", "Swissmedic, the Swiss regulator,". The noun must end the phrase, so that "Smith, a
 * former bank manager" is no bank.
 */
const KIND_AFTER = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])(${NAME}),\s(?:the|a|an)\s(?:(?:[\p{Ll}\p{N}'’-]+|\p{Lu}\p{Ll}+)\s){0,3}(?!group\b)${BODY_KIND}(?=[,.;:)]|\s(?:that|which|whose|based|owned|controlled|run|used|founded|in|of|for|from|with|and|on|at)\b)`,
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
 * Brisk", "Operators Stagecoach and First Bus will"; each is of that kind.
 */
const KIND_LIST = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])(?:[Rr]ivals|[Cc]ompetitors|[Bb]anks|[Ll]enders|[Rr]etailers|[Ss]upermarkets|[Dd]iscounters|[Gg]rocers|[Bb]rewers|[Aa]irlines|[Cc]armakers|[Ii]nsurers|[Cc]ompanies|[Ff]irms|[Cc]lubs|[Oo]perators|[Cc]arriers|[Ss]hipping\slines|[Bb]roadcasters|[Uu]tilities)\s((?:${NAME},\s)*${NAME},?\s(?:and|or)\s${NAME})`,
  'dgu',
);

/** A campaign named as friends of what it defends: "Friends of the Earth", "Friends of Syria". */
const FRIENDS_OF = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])(Friends\sof\s(?:the\s)?${WORD}(?:\s${WORD})*)(?![\p{L}\p{N}])`,
  'dgu',
);

/** A body whose name holds "and": "Competition and Markets Authority", "Food and Drug Administration". */
const BODY_WITH_AND = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{L}-]*(?![\p{L}'’])(?:\s${WORD})*\sand\s${WORD}(?:\s${WORD})*\s(?:Authority|Commission|Agency|Board|Council|Office|Service|Department|Ministry|Institute|Association|Committee|Bureau|Administration|Tribunal|Centre|Center|Network|Fund))(?![\p{L}\p{N}])`,
  'dgu',
);

/**
 * A school, society or ministry "of" two fields joined by "and": "London School of Hygiene and
 * Tropical Medicine", "Department of Energy and Climate Change" (not "University of Oslo and
 * Fram Centre", two bodies: the second half holds no body's word).
 */
const BODY_OF_FIELDS = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])((?:${WORD}\s){0,2}(?:School|Institute|University|College|Faculty|Department|Ministry|Academy|Society|Association)\sof\s${WORD}(?:\s${WORD})*\sand\s(?:(?!(?:University|School|Institute|College|Centre|Center|Council|Ministry|Department)\b)${WORD}\s?)+)(?<!\s)(?![\p{L}\p{N}]|\s\p{Lu})`,
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

/**
 * The outlet a dateline names in brackets: "OSLO, March 4 (Harbour Wire) -", "WASHINGTON (Capitol
 * Report) -", "LEEDS, England (Harbour Wire) -", and its desk, "SEOUL (Asia Markets Desk) -" (the
 * lead's gold keeps a desk as the outlet's body; no place "Asia").
 */
const DATELINE_OUTLET = new RegExp(
  String.raw`(?<=(?:^|\n)[^\n]{0,60}(?:\d|\p{Lu}{2,}|,\s\p{Lu}\p{Ll}+)\s)\((${NAME})\)(?=\s[-–—])`,
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
 * A body named in one word after "the", before what a legislature or a board does with a bill or
 * a vote: "The Sejm passed a bill", "the Riksdag had approved the budget" (the name alone, never
 * "The"; "the Cyclone passed." is a storm's).
 */
const BODY_VOTES = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])[Tt]he\s(\p{Lu}\p{Ll}+)(?=\s(?:(?:has|had|have|will|would|also|narrowly|overwhelmingly)\s)?(?:voted|passed|approved|rejected|adopted|ratified|overturned|endorsed|debated)\s(?:the|a|an|its|their|it|them|this|\d|by|on|to|against|for|unanimously|legislation|laws?|bills?|motions?|budgets?|plans?|amendments?)\b)`,
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

export const MONTH_OR_DAY =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;

/** A place a gazetteer or the lexicon knows ("Trinidad & Tobago" as "Trinidad and Tobago"). */
export function isKnownPlace(name: string): boolean {
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

export interface Cue {
  start: number;
  end: number;
  cue: 'kind' | 'job' | 'head' | 'club';
  /** The cue's name is a whole name as it stands: it widens an organization read inside it. */
  widens?: boolean;
}

/** Names made organizations by a kind noun, a job "at", a head "of", or, in a sports story, a club's cue. */
export function cuedNames(text: string): Cue[] {
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
  // "The House voted", "the Dutch voted": a word the lexicon knows as other than a body's is
  // no body's name.
  add(
    [...text.matchAll(BODY_VOTES)].filter(
      (m) => !isKnownPlace(m[1]!) && /^(?:unknown|organization)$/u.test(wordKind(m[1]!)),
    ),
    'kind',
  );
  add(text.matchAll(COMPANY_CUE), 'kind');
  add(text.matchAll(COMPANY_BEFORE_SHARES), 'kind');
  add(
    [...text.matchAll(ACRONYM_NAMED)].filter((m) => !isKnownPlace(m[1]!)),
    'kind',
  );
  const whole = [
    FRIENDS_OF,
    DATELINE_OUTLET,
    BODY_WITH_AND,
    BODY_OF_FIELDS,
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
