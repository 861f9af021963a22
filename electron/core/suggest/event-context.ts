import { countries } from 'countries-list';
import type { BuiltInEventType as EventType } from '../../common/model/event.ts';
import type { TextSpan } from '../dates/sentences.ts';
import type { Trigger } from './event-triggers.ts';
import { escapeRegExp } from '../regexp-escape.ts';

/** An entity mention, as the entity suggester or the analyst gives it. */
export interface MentionInput {
  start: number;
  end: number;
  text: string;
  type: string;
  entityId?: string;
}

/** A participant with the part the text gives it: host, visitor, speaker, target, or ''. */
export type Participant = MentionInput & { role: string };

/** Words that make what follows "said" a clause, not the speaker's name. */
const SAID_CONTENT =
  /^(?:on|last|this|that|earlier)\b.*\b(?:had|has|have|was|were|would|will|is|are|could)\b/i;

/**
 * "..., Oduor told reporters in Mombasa.", "..., Justice Thande noted in her ruling.": a closing
 * tag, with where or how it was said ("at least 30 violations" after "reported" is no tag).
 */
const CLOSING_SOURCE =
  /,\s*([^,;"“”]{1,60}?)\s+(?:reported|(?:said|says|noted|told (?:reporters|journalists))(?:\s+(?:in|on|at)\s+(?:(?:her|his|its|their|a|an|the)\s+\p{Ll}+|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*))?)\s*[.]?$/u;

/**
 * Who reports rather than takes part: "according to the State Department itinerary", "a senior
 * Pentagon official told reporters", "quoting KCNA", "..., said KCNA" when the clause reports
 * another happening. Returns the spans of those phrases (left out of participants and titles).
 */
export function sourcePhrases(
  text: string,
  span: TextSpan,
  main: Trigger | null,
  mentions: MentionInput[],
): TextSpan[] {
  const body = text.slice(span.start, span.end);
  const phrases: TextSpan[] = [];
  const add = (from: number, to: number): void => {
    phrases.push({ start: span.start + from, end: span.start + to });
  };
  const cue =
    /\b(?:according(?: to)?|quoting|citing|as reported by|reported by|in remarks to|in an interview with)\s+/gi;
  for (let m = cue.exec(body); m !== null; m = cue.exec(body)) {
    add(
      m.index,
      m.index + m[0].length + sourceNameLength(body, m.index + m[0].length, span.start, mentions),
    );
  }
  if (main !== null && main.type !== 'statement') {
    // "X said (that) ...", "..., said X", "X told reporters": the reporter of another happening.
    const before =
      /(?:^|[.,;]\s*)([^,;."“”]{1,80}?)(?:,[^,;]{1,80},)?\s+(?:said|says|told\b[^,;.]*|reported|confirmed)\b(?: that)?/gi;
    for (let m = before.exec(body); m !== null; m = before.exec(body)) {
      if (span.start + m.index + m[0].length <= main.start) add(m.index, m.index + m[0].length);
    }
    // "..., Oduor told reporters in Mombasa.", "..., Justice Thande noted in her ruling.".
    const closing = CLOSING_SOURCE.exec(body);
    if (closing !== null) add(closing.index, body.length);
    const after = /[,"”]\s*(?:said|says|added|told)\s+([^,;."“”]{1,60})/gi;
    for (let m = after.exec(body); m !== null; m = after.exec(body)) {
      // "Raman, who took over in 2024, said on Monday that the club had signed": what was said
      // follows the comma of an aside, no speaker.
      if (!/^\W*(?:said|says)\b/.test(m[0]) || !SAID_CONTENT.test(m[1]!))
        add(m.index, m.index + m[0].length);
    }
  }
  return phrases;
}

/**
 * How far the name of a source runs after "according to": to the end of the first name there
 * and the few lower-case words that follow it ("the State Department itinerary"); without a
 * name, to the next comma.
 */
function sourceNameLength(
  body: string,
  from: number,
  offset: number,
  mentions: MentionInput[],
): number {
  // "according to the threat intelligence company Recorded Future": a name after lower-case
  // words that say what it is.
  const name = mentions.find(
    (m) =>
      m.start - offset >= from &&
      (m.start - offset <= from + 12 ||
        /^(?:\s*(?!(?:in|from|of|at|on|by|for|with|to)\b)\p{Ll}+){1,6}\s+$/u.test(
          body.slice(from, m.start - offset),
        )),
  );
  if (name === undefined) {
    const comma = body.slice(from, from + 80).search(/[,;]/);
    return comma < 0 ? 0 : comma;
  }
  let end = name.end - offset;
  // "Saudi Arabia's Civil Defense Authority": a name that owns the next one.
  for (;;) {
    const owned = mentions.find((m) => m.start - offset > end && m.start - offset <= end + 4);
    if (owned === undefined || !/^(?:['’]s)?\s*$/.test(body.slice(end, owned.start - offset)))
      break;
    end = owned.end - offset;
  }
  const tail =
    /^(?:['’]s)?(?:\s+(?!(?:over|about|at|in|on|to|the|a|an|and|that|have|has|had|was|were|is|are|more|than)\b)[a-z]+){0,3}/.exec(
      body.slice(end),
    );
  const words = tail?.[0] ?? '';
  // Only a tail that a comma or the sentence's end closes is part of the name ("itinerary,").
  if (words !== '' && /^[\s]*(?:[,.;]|$)/.test(body.slice(end + words.length))) end += words.length;
  // "according to Marta Kowalczyk, a researcher at the security firm Northwatch.": an apposition
  // that ends the clause describes the source; the body named in it is the source's too.
  const apposition = /^,\s+(?:a|an|the|its|his|her|their)\s[^,;"“”]*?(?=[.;]?\s*$)/.exec(
    body.slice(end),
  );
  if (apposition !== null) end += apposition[0].length;
  return end - from;
}

const GROUP_BACK_REFERENCE =
  /\b(?:both|the two|the three|the pair of|the pair)\s+(?:[\p{Lu}][\p{L}.]*\s+|senior\s+|top\s+)*(?:officials|ministers|secretaries|leaders|men|women|envoys|delegations|sides|diplomats|presidents|governments|chiefs)\b|^(?:they|the pair|both)\b/iu;
const PLACE_BACK_REFERENCE = /\b(?:there|in both capitals|in both countries|in each capital)\b/i;
const HERE = /\b(?:here|today)\b/i;

/** "both US officials", "the two ministers", "They": the clause names its actors elsewhere. */
export function refersToGroup(clause: string): boolean {
  return GROUP_BACK_REFERENCE.test(clause.trim());
}

const SIDES = /\b(?:both|the two|either)\s+sides\b/i;
const DISPUTE =
  /\b(?:talks|negotiations?|negotiators|dispute|deal|agreement|accord|truce|ceasefire|strike|walkout|lawsuit|case|conflict|war|between)\b/i;

/**
 * The parties a later "both sides" means: two or more people or bodies named in a sentence
 * about talks or a dispute ("SUD-Rail called off the strike after talks with SNCF"); null when
 * the sentence names no such parties.
 */
export function sidesOf(sentence: string, named: MentionInput[]): MentionInput[] | null {
  return named.length >= 2 && DISPUTE.test(sentence) ? named : null;
}

/**
 * Whom a clause's "both officials", "the two sides" stands for. "Both sides" are the parties of
 * talks or a dispute, never merely whoever the last sentence named ("Hudson said the airline had
 * asked the Fair Work Commission to intervene. Burke urged both sides to return to talks": the
 * commission is no side); with no such parties named it stands for no one.
 */
export function groupReferredTo(
  clause: string,
  context: { group: MentionInput[]; sides: MentionInput[] },
): MentionInput[] {
  return SIDES.test(clause) ? context.sides : context.group;
}

/** "there", "in both capitals": the clause's place is named elsewhere. */
export function refersToPlace(clause: string): boolean {
  return PLACE_BACK_REFERENCE.test(clause);
}

/** "here", "today": the dateline's place is the event's when the clause names none. */
export function speaksOfHere(clause: string): boolean {
  return HERE.test(clause);
}

/** A role word after an organization that makes the two a person's title ("the Pentagon chief"). */
const ROLE_AFTER =
  /^['’]?s?\s+(?:chief|head|boss|secretary|minister|director|leader|envoy|commander|chairman|chairwoman|president)\b/i;

/** The title words an office is known by in a person's full title ("Defense Secretary"). */
const OFFICE_WORDS: Record<string, RegExp> = {
  pentagon: /\b(?:defen[cs]e secretary|secretary of defen[cs]e)/,
  'state department': /\b(?:secretary of state|state secretary)/,
  treasury: /\b(?:treasury secretary|secretary of the treasury)/,
  kremlin: /\b(?:russian|russia['’]s)\s+president/,
  'white house': /\b(?:u\.?s\.?|american)\s+president/,
};

/**
 * The person a title phrase refers back to: "the Pentagon chief" after "Defense Secretary Lloyd
 * Austin" is Austin, not the Pentagon. The person named earlier with the office in their title
 * ("Defense Secretary", "Pentagon chief Austin"), else the last person named before, within the
 * few sentences a back-reference reaches. Null when the organization is no title's ("the
 * Pentagon said").
 */
export function titledPerson(
  text: string,
  org: MentionInput,
  sorted: readonly MentionInput[],
): MentionInput | null {
  const role = ROLE_AFTER.exec(text.slice(org.end, org.end + 16));
  if (org.type !== 'organization' || role === null) return null;
  // "Treasury Cabinet Secretary John Mbadi said": the title is that of the person named right
  // after it, not of someone named before.
  const after = org.end + role[0].length;
  const namedAfter = sorted.find(
    (m) =>
      m.type === 'person' &&
      m.start >= after &&
      /^(?:\s+\p{Lu}[\p{L}.'’-]*)*\s+$/u.test(text.slice(after, m.start)),
  );
  if (namedAfter !== undefined) return namedAfter;
  const people = sorted.filter((m) => m.type === 'person' && m.end <= org.start);
  const office = OFFICE_WORDS[org.text.toLowerCase().replace(/^the\s+/, '')];
  // The office right before the name, only capitalized words between ("Defense Secretary Lloyd").
  const titled = people.filter((m) => {
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    const pattern = new RegExp(
      `(?:${escapeRegExp(org.text)}${office === undefined ? '' : `|${office.source}`})((?:\\s+\\p{Lu}[\\p{L}.'’-]*)*\\s*)$`,
      'iu',
    );
    const found = pattern.exec(before);
    return found !== null && /^(?:\s+\p{Lu}[\p{L}.'’-]*)*\s*$/u.test(found[1]!);
  });
  const person = titled[titled.length - 1] ?? people[people.length - 1];
  if (person === undefined) return null;
  // Named as the article last did ("Austin" rather than "Defense Secretary Lloyd Austin").
  const words = person.text.split(/\s+/);
  const last = people.filter((m) => m.text === person.text || words.includes(m.text)).pop()!;
  return org.start - last.end > BACK_REFERENCE_REACH ? null : last;
}

/** A subject that names no one but stands for an organization named before. */
/** Bodies that hold no shares: governments, courts, regulators. */
const PUBLIC_BODY =
  /\b(?:Commission|Ministry|Department|Court|Government|Agency|Council|Parliament|Union|Authority|Regulator|Central Bank|Federal Reserve|Treasury|Congress|Senate)\b/;

const PUBLIC_KIND =
  /^(?:agency|ministry|department|court|council|commission|tribunal|parliament|regulator|union)$/;
const BODY_SUBJECT =
  /(?:^|[\s,])(?:it|the\s+(?:\p{Lu}[\p{L}-]*\s+)?(?:company|firm|maker|manufacturer|group|bank|lender|insurer|carrier|airline|retailer|(agency|ministry|department|court|council|commission|tribunal|parliament|regulator|union)|chipmaker|automaker)(?:['’]s\s+(?:board|shareholders|directors|management))?)\s+(?:\p{Ll}+\s+){0,3}$/iu;

/**
 * Who a subject that names no one stands for: "he" or "she" is the last person who acted in an
 * earlier event of the article (its subject), "it" or "the company" the last organization,
 * within a few sentences; "its shares" those of the last company named. Null when the clause's subject is none of these.
 */
export function subjectBackReference(
  text: string,
  clause: TextSpan,
  trigger: Trigger,
  earlier: readonly { subjects: MentionInput[]; participants: MentionInput[] }[],
  /** The article's mentions in text order: "he" is the last person named, if none acted. */
  named: readonly MentionInput[] = [],
): MentionInput | null {
  const before = text.slice(clause.start, trigger.start);
  // "The Commission fined Qwantix ... Its shares slipped": a listed company, not the body that
  // acted on it, owns the shares.
  if (/\bits\s+(?:shares|stock|share price)\s+(?:\p{Ll}+\s+){0,3}$/iu.test(before)) {
    const owner = earlier
      .flatMap((c) => c.participants)
      .filter((m) => m.type !== 'location' && m.end <= clause.start && !PUBLIC_BODY.test(m.text))
      .pop();
    return owner === undefined || clause.start - owner.end > BACK_REFERENCE_REACH ? null : owner;
  }
  const body = BODY_SUBJECT.exec(before);
  const type = /(?:^|[\s,])(?:he|she)\s+(?:\p{Ll}+\s+){0,3}$/iu.test(before)
    ? 'person'
    : body !== null
      ? 'organization'
      : null;
  if (type === null) return null;
  // "The health ministry in Port Sela began", "The court had suspended": a ministry, a court ...
  // is one the article named as such, not any body that acted last (the WHO, Safaricom).
  const kind = body?.[1]?.toLowerCase();
  const ofKind = (m: MentionInput): boolean =>
    kind === undefined || !PUBLIC_KIND.test(kind) || m.text.toLowerCase().includes(kind);
  const actor =
    earlier
      .flatMap((c) => c.subjects)
      .filter((m) => m.type === type && m.end <= clause.start && ofKind(m))
      .pop() ?? (type === 'person' ? lastPersonBefore(named, clause.start) : undefined);
  return actor === undefined || clause.start - actor.end > BACK_REFERENCE_REACH ? null : actor;
}

/** The last person named before `at`, within reach, found by bisection (long texts). */
function lastPersonBefore(named: readonly MentionInput[], at: number): MentionInput | undefined {
  let low = 0;
  let high = named.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (named[middle]!.start < at) low = middle + 1;
    else high = middle;
  }
  for (let i = low - 1; i >= 0 && named[i]!.start >= at - BACK_REFERENCE_REACH; i -= 1) {
    const m = named[i]!;
    if (m.type === 'person' && m.end <= at) return m;
  }
  return undefined;
}

/** How far back (in characters) a title phrase looks for its person: a few sentences. */
const BACK_REFERENCE_REACH = 1200;

let capitals: Map<string, string> | undefined;

/** Country name → capital, from countries-list (offline). */
function capitalOf(country: string): string | undefined {
  if (capitals === undefined) {
    capitals = new Map();
    for (const c of Object.values(countries)) {
      const capital = c.capital.split(',')[0]?.trim();
      if (capital) capitals.set(c.name.toLowerCase(), capital.toLowerCase());
    }
    capitals.set('south korea', 'seoul');
    capitals.set('north korea', 'pyongyang');
    capitals.set('russia', 'moscow');
    capitals.set('united states', 'washington');
    capitals.set('us', 'washington');
    capitals.set('u.s.', 'washington');
  }
  return capitals.get(country.toLowerCase());
}

/**
 * The place a clause's country points to when the article named that country's capital
 * ("Engagements with Japan's ministers ..." after "their tour of Tokyo and Seoul" → Tokyo).
 */
export function capitalNamed(
  clauseMentions: MentionInput[],
  places: MentionInput[],
  clauseText = '',
): MentionInput | null {
  const countriesNamed = [
    ...clauseMentions.filter((m) => m.type === 'location').map((m) => m.text.replace(/['’]s$/, '')),
    ...countriesOfDemonyms(clauseText),
  ];
  for (const country of countriesNamed) {
    const capital = capitalOf(country);
    if (capital === undefined) continue;
    const named = places.find((p) => p.text.toLowerCase() === capital);
    if (named !== undefined) return named;
  }
  return null;
}

const DEMONYM = /\b((?:(?:North|South|New)\s+)?\p{Lu}\p{Ll}{2,})(?:ese|ean|ian|an|ish|i)\b/gu;

/**
 * The countries a clause's demonyms point to ("Japanese Foreign Minister" → Japan): the
 * country whose name begins with the word less its ending, the nearest in length ("Austrian"
 * is Austria, not Australia). Only used to find a capital the article named.
 */
function countriesOfDemonyms(clauseText: string): string[] {
  const found: string[] = [];
  for (const match of clauseText.matchAll(DEMONYM)) {
    const stem = match[1]!.toLowerCase();
    if (stem.length < 4) continue;
    let best: string | undefined;
    for (const c of Object.values(countries)) {
      const name = c.name.toLowerCase();
      if (name.startsWith(stem) && (best === undefined || name.length < best.length)) best = name;
    }
    if (best !== undefined) found.push(best);
  }
  return found;
}

const HOSTED_BY = /\b(?:hosted|received|welcomed|greeted)\s+(?:in\s+[^,]{1,30}\s+)?by\b/i;

/**
 * The roles the text gives: the speaker of a statement, host and visitor of a visit or a
 * hosted meeting, the target of an attack or a sanction (named after the trigger).
 */
export function withRoles(
  text: string,
  clause: TextSpan,
  trigger: Trigger | null,
  type: EventType,
  participants: MentionInput[],
): Participant[] {
  const body = text.slice(clause.start, clause.end);
  const hostedBy = HOSTED_BY.exec(body);
  const byAt = hostedBy === null ? -1 : clause.start + hostedBy.index + hostedBy[0].length;
  return participants.map((p) => {
    let role = '';
    if (byAt >= 0) role = p.start >= byAt ? 'host' : 'visitor';
    else if (trigger !== null) {
      const before = p.end <= trigger.start;
      if (type === 'statement' && before) role = 'speaker';
      else if (type === 'visit' && before) role = 'visitor';
      else if (/^host/i.test(trigger.text)) role = before ? 'host' : 'visitor';
      else if ((type === 'attack' || type === 'sanction') && !before && p.start < clause.end)
        role = 'target';
    }
    return { ...p, role };
  });
}

/** Each entity (or unlinked name) once, in the order first mentioned. */
export function uniqueMentions<M extends MentionInput>(mentions: M[]): M[] {
  const seen = new Set<string>();
  const unique: M[] = [];
  for (const m of mentions) {
    const key = m.entityId ?? m.text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(m);
  }
  return unique;
}
