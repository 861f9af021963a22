import type { DateRange } from '../../common/model/date-range.ts';
import type { EventCandidate } from './event-candidates.ts';
import type { MentionInput, Participant } from './event-context.ts';
import { titleFromNames } from './event-titles.ts';

/** A candidate as event-candidates.ts finds it, with what merging needs to know. */
export type FoundCandidate = EventCandidate & {
  /** The index of its sentence in the article. */
  sentence: number;
  /** The actors named before its trigger word. */
  subjects: MentionInput[];
  /** Its title was made from its clause's subject and verb (not from names alone). */
  clauseTitled: boolean;
  /** The base of its trigger word ("kill" for "killed"): what kind of happening an `other` is. */
  verb: string;
  /** Its date is the saying's ("has died at 71, her publisher said on Wednesday"): by then. */
  datedBySaying: boolean;
};

/** "The accident", "This attack", "The talks": a sentence that goes on about the last happening. */
const SAME_HAPPENING =
  /^(?:the|this|that|these|those)\s+(?:[\p{L}-]+\s+){0,2}(?:accident|attack|attacks|stampede|collapse|meeting|meetings|talks|visit|trip|tour|summit|strike|strikes|explosion|blast|fire|crash|incident|exchange|broadcasts?|rescue|sanctions|agreement|deal|acquisition|merger|election|vote|referendum|ceremony|announcement|statement|shelling|raid|flood|earthquake|storm|disaster|protests?|launch|decision)\b/iu;

/**
 * Happenings named again by a noun, each with the words that first tell it: "the walkout" after
 * "walked out", "its verdict" after "found ... guilty", "the recall" after "recalled".
 */
const RETOLD: [RegExp, RegExp][] = [
  [
    /strikes?|walkouts?|stoppages?/,
    /\b(?:strik\w*|struck|walk(?:ed|s)? out|walkouts?|stoppages?)\b/i,
  ],
  [/verdict|trial|conviction/, /\b(?:verdict|guilty|convicted|acquitted|trial)\b/i],
  [/recall/, /\brecall\w*/i],
  [/attack|breach|hack/, /\b(?:attack\w*|hack\w*|breach\w*)\b/i],
  [
    /deal|acquisition|merger|takeover/,
    /\b(?:deal|agree[sd]? to (?:buy|acquire|merge)|acquir\w*|merg\w*|takeover|bought)\b/i,
  ],
  [/death|killing/, /\b(?:died|killed|dead|death)\b/i],
  [/count|election|vote|ballot/, /\b(?:count(?:ing|ed)?|election|vot\w*|ballot\w*)\b/i],
  [
    /storm|hurricane|cyclone|typhoon|tornado|blizzard|flood(?:ing|s)?|fire|blaze|wildfire|earthquake|quake|eruption|outage|spill|crash|collision|derailment|explosion|blast/,
    /\b(?:storm|hurricane|cyclone|typhoon|tornado|blizzard|flood\w*|fire|blaze|wildfire|earthquake|quake|eruption|outage|spill|crash\w*|collision|derail\w*|explosion|blast)\b/i,
  ],
];

/** A happening named again as a sentence's subject, or as what its verb takes part in. */
const RETELLINGS = RETOLD.map(([noun, told]) => {
  const named = `(?:the|its|their|this|that)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${noun.source})\\b`;
  return {
    subject: new RegExp(`^${named}`, 'iu'),
    object: new RegExp(
      `\\b(?:joined|joins|returned|returns|announcing|announced|confirmed|covers)\\s+${named}`,
      'iu',
    ),
    told,
  };
});

/**
 * "The verdict came ...", "drivers joined the walkout", "as the jury returned its verdict", "In a
 * statement announcing the recall": `later` names `earlier`'s happening again with a definite noun
 * (its happening as its title and verb tell it, not any word of its sentence: "conceded defeat
 * before the last districts had been counted" is no count).
 */
function retells(
  earlier: FoundCandidate,
  later: FoundCandidate,
  as: 'subject' | 'object',
): boolean {
  return RETELLINGS.some(
    (r) => r[as].test(later.evidence.text) && r.told.test(`${earlier.title} ${earlier.verb}`),
  );
}

/** The parts of a game that a match report narrates. */
const PART_OF_A_GAME =
  /\b(?:the (?:match|game)|(?:first|second) half|the scoring|(?:\d+(?:st|nd|rd|th)|injury|extra) (?:minute|time)|penalty spot|kick-off)\b/i;

/** Verbs that carry a happening on past its first date. */
const GOES_ON =
  /\b(?:continu\w*|resum\w*|go(?:es)? on|went on|last(?:s|ed)?|run(?:s)?|ran|extend\w*|drag\w*)\b/i;

/** The key an entity is known by: its registry id, else its words. */
export function entityKey(m: MentionInput): string {
  return m.entityId ?? m.text.toLowerCase().replace(/['’]s$/, '');
}

/** One entity under two mentions: the same id or words, or a name and a word of it ("Blinken"). */
export function sameEntity(a: MentionInput, b: MentionInput): boolean {
  if (a.entityId !== undefined && b.entityId !== undefined) return a.entityId === b.entityId;
  const x = entityKey(a);
  const y = entityKey(b);
  if (x === y) return true;
  const words = (s: string): string[] => s.split(/\s+/);
  return (
    a.type === b.type &&
    (words(x).includes(y) || words(y).includes(x)) &&
    Math.min(x.length, y.length) >= 4
  );
}

function sharesSomeone(a: FoundCandidate, b: FoundCandidate): boolean {
  return b.participants.some((p) => a.participants.some((q) => sameEntity(p, q)));
}

/** Everyone `later` names took part in `earlier` ("They also discussed ..." after a meeting). */
function sameCast(earlier: FoundCandidate, later: FoundCandidate): boolean {
  const people = later.participants.filter((p) => p.type === 'person');
  return (
    people.length > 0 && people.every((p) => earlier.participants.some((q) => sameEntity(p, q)))
  );
}

/** What a readout says the people of a meeting did there (a new meeting is a new happening). */
const READOUT_TYPES = new Set(['talks', 'statement', 'agreement']);

function samePlace(a: FoundCandidate, b: FoundCandidate): boolean {
  return (
    a.location !== null && b.location !== null && entityKey(a.location) === entityKey(b.location)
  );
}

function placesDiffer(a: FoundCandidate, b: FoundCandidate): boolean {
  return (
    a.location !== null && b.location !== null && entityKey(a.location) !== entityKey(b.location)
  );
}

/** One range holds the other (within an article the same happening is dated alike). */
function datesAgree(a: DateRange | null, b: DateRange | null): boolean {
  if (a === null || b === null) return true;
  return (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end);
}

/** Two statements whose speakers are named and differ: a union's answer and a minister's appeal. */
function differentSpeakers(earlier: FoundCandidate, later: FoundCandidate): boolean {
  return (
    earlier.type === 'statement' &&
    later.type === 'statement' &&
    earlier.subjects.length > 0 &&
    later.subjects.length > 0 &&
    !later.subjects.some((p) => earlier.subjects.some((q) => sameEntity(p, q)))
  );
}

/** The verbs by which one party answers what another did: an act of its own. */
const REACTION =
  /\b(?:welcom|condemn|prais|critici[sz]|hail|applaud|denounc|deplor|congratulat)(?:e|es|ed|ing|s)?\b/i;

/**
 * "Adeng said her government would hold elections in December. The African Union welcomed the
 * vote": someone named who had no part in the earlier happening answers it; two happenings.
 */
function reactsTo(earlier: FoundCandidate, later: FoundCandidate): boolean {
  const first = later.subjects[0];
  if (first === undefined) return false;
  const rest = later.evidence.text.slice(first.end - later.evidence.start);
  const own = [...earlier.participants, ...earlier.subjects, ...earlier.sources];
  return (
    REACTION.test(rest.slice(0, 60)) &&
    !later.subjects.some((p) => own.some((q) => sameEntity(p, q)))
  );
}

/** One of the two is dated by its saying only, and the other's date falls on or before it. */
function toldBy(a: FoundCandidate, b: FoundCandidate): boolean {
  const [said, own] = a.datedBySaying ? [a, b] : [b, a];
  return (
    said.datedBySaying &&
    !own.datedBySaying &&
    said.date !== null &&
    own.date !== null &&
    own.date.end <= said.date.end
  );
}

/**
 * Whether `later` reports the happening `earlier` reported:
 * - it opens with a definite mention of a happening ("The accident ...") in one of the next
 *   three sentences;
 * - it is an undated meeting, talks or statement of the people of an earlier meeting (a readout);
 * - or both are of one type, dated alike (or one undated), in places that do not differ, and
 *   either share a participant or place, or stand in adjacent sentences with at most one dated.
 */
function sameHappening(earlier: FoundCandidate, later: FoundCandidate): boolean {
  const gap = later.sentence - earlier.sentence;
  if (gap === 0 || reactsTo(earlier, later)) return false;
  // An election's results told seat by seat ("Chu was elected with 84,121 votes") are the
  // article's dated election, wherever each seat lies.
  if (earlier.type === 'election' && later.type === 'election' && later.date === null)
    return earlier.date !== null;
  // A match told minute by minute ("Belgium started the game ...", "England opened the
  // scoring") is the dated match, not a happening of its own.
  if (later.date === null && earlier.date !== null && PART_OF_A_GAME.test(later.evidence.text))
    return true;
  // Named again within three sentences, the same happening whatever place the later sentence
  // gives (a detail's); as what a verb takes part in, whatever day (the day it was reported)
  // unless before it; as the subject, on a day that agrees ("The deal is expected to close in the
  // fourth quarter" is a later happening).
  if (gap <= 3) {
    const after =
      later.date === null || earlier.date === null || later.date.start >= earlier.date.start;
    if (after && retells(earlier, later, 'object')) return true;
    if (datesAgree(earlier.date, later.date) && retells(earlier, later, 'subject')) return true;
  }
  // "voted on Tuesday to open ..." and then "The Storting approved the plan by 88 votes to 81":
  // the tally tells the vote again.
  if (
    gap <= 3 &&
    earlier.verb === 'vote' &&
    datesAgree(earlier.date, later.date) &&
    /\b\d+\s+votes?\s+to\s+\d+\b/i.test(later.evidence.text)
  )
    return true;
  // "has died at 71, her publisher said on Wednesday" and then "She died on Monday": told with
  // one verb of the same people, the happening the saying dates and the one dated on or before
  // it are one (whatever place an aside lent either).
  if (
    gap <= 3 &&
    later.verb === earlier.verb &&
    toldBy(earlier, later) &&
    sharesSomeone(earlier, later)
  )
    return true;
  if (placesDiffer(earlier, later)) return false;
  if (differentSpeakers(earlier, later)) return false;
  const agree = datesAgree(earlier.date, later.date);
  // "The talks are expected to continue through February" goes on about the talks; "The deal is
  // expected to close in the fourth quarter", dated apart from the deal, is a later happening.
  if (
    gap <= 3 &&
    SAME_HAPPENING.test(later.evidence.text) &&
    (agree || GOES_ON.test(later.evidence.text))
  )
    return true;
  if (!agree) return false;
  // A readout goes on about its meeting: undated sentences by the same people.
  if (
    later.date === null &&
    (earlier.type === 'meeting' || earlier.type === 'talks') &&
    READOUT_TYPES.has(later.type) &&
    sameCast(earlier, later)
  )
    return true;
  if (earlier.type !== later.type) return false;
  const bothDated = earlier.date !== null && later.date !== null;
  const sameDay =
    bothDated && earlier.date!.start === later.date!.start && earlier.date!.end === later.date!.end;
  // A verb of no known kind says nothing of what happened: a week's competition and a medal
  // awarded on its Tuesday are two happenings, however much they share.
  // Nor are a recall and the fall of the company's shares that day, told with two verbs.
  const alike = later.type !== 'other' || (sameDay && later.verb === earlier.verb);
  if (bothDated && alike && (sharesSomeone(earlier, later) || samePlace(earlier, later)))
    return true;
  const someoneMissing = earlier.participants.length === 0 || later.participants.length === 0;
  // Incidents of one day in one article are one happening; meetings need a shared name. Two
  // happenings of no known kind are one only when told with one verb: an earthquake and the
  // rescue that followed it the same day, or a recall and the fall of the shares, are two.
  const incident = later.type === 'attack' || later.type === 'other';
  const sameKind = later.type !== 'other' || later.verb === earlier.verb;
  // (A day: two things done "last month" or "in April" are not one happening for that.)
  const oneDay = sameDay && later.date!.start === later.date!.end;
  if (oneDay && gap <= 8 && sameKind && (incident || someoneMissing)) return true;
  // "The company shipped its first accelerators ... Shares of Veltrix rose 6%": a market's move
  // is a happening of its own beside what the company did, unless told with the same verb.
  if (MARKET_MOVE.test(later.verb) !== MARKET_MOVE.test(earlier.verb)) return false;
  // An undated sentence goes on about the one before ("Revenue climbed 9%"); a dated one told
  // with another verb after an undated one is a happening of its own ("Spain and France offered
  // help." and "Many of the same villages were damaged in the earthquake of September 2023").
  return (
    gap === 1 &&
    !bothDated &&
    (sameKind || later.date === null) &&
    (sharesSomeone(earlier, later) || later.subjects.length === 0)
  );
}

/** The verbs of a market's move (their bases), as event-triggers.ts finds them. */
const MARKET_MOVE =
  /^(?:rise|fall|jump|drop|plunge|surge|climb|slide|slump|soar|tumble|rally|gain|slip|dip|sink|ease|rebound|edge|decline|weaken|strengthen)$/;

/**
 * One happening, one event: candidates of an article that report the same happening become one,
 * whose evidence is the first dated sentence (else the first), with the other sentences as
 * more evidence, the participants of all, and a date and place from whichever gives them.
 */
/** How many earlier happenings a candidate is compared with (an article rarely has more). */
const MERGE_WINDOW = 64;

export function mergeHappenings(
  found: FoundCandidate[],
  shortNames: Map<string, string>,
): FoundCandidate[] {
  const groups: FoundCandidate[][] = [];
  for (const candidate of found) {
    let group: FoundCandidate[] | undefined;
    // The latest groups first, and only so many: a long text's merging stays linear (issue 22).
    for (let i = groups.length - 1; i >= Math.max(0, groups.length - MERGE_WINDOW); i -= 1) {
      if (groups[i]!.some((member) => sameHappening(member, candidate))) {
        group = groups[i];
        break;
      }
    }
    if (group === undefined) groups.push([candidate]);
    else group.push(candidate);
  }
  return groups.map((group) => (group.length === 1 ? group[0]! : merged(group, shortNames)));
}

function merged(group: FoundCandidate[], shortNames: Map<string, string>): FoundCandidate {
  // A date of its own before one its saying gave.
  const main =
    group.find((c) => c.date !== null && !c.datedBySaying) ??
    group.find((c) => c.date !== null) ??
    group[0]!;
  const seen = new Set<string>();
  const participants: Participant[] = [];
  // Those who act in the earlier sentences first: they are the title's subjects.
  for (const c of group) {
    for (const p of c.participants) {
      const key = entityKey(p);
      if (!seen.has(key)) {
        seen.add(key);
        participants.push(p);
      }
    }
  }
  const location = main.location;
  const evidence = [main.evidence, ...group.filter((c) => c !== main).map((c) => c.evidence)];
  const unique = evidence.filter(
    (e, i) => evidence.findIndex((f) => f.start === e.start && f.end === e.end) === i,
  );
  let title = main.title;
  if (!main.clauseTitled) {
    const subjects = group.find((c) => c.subjects.length > 0)?.subjects ?? [];
    title = titleFromNames(main.type, subjects, main.participants, location, shortNames) ?? title;
  }
  return {
    ...main,
    title,
    location,
    participants,
    moreEvidence: unique.slice(1),
    sources: group.flatMap((c) => c.sources),
    score: Math.max(...group.map((c) => c.score)),
  };
}
