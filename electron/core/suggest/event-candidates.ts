import { findDates } from '../dates/resolve-date.ts';
import type { FoundDate } from '../dates/resolve-date.ts';
import type { DateRange } from '../model/date-range.ts';
import type { PartialIsoDate } from '../model/dates.ts';
import type { BuiltInEventType as EventType } from '../model/event.ts';
import { findDateline, splitSentences } from './event-sentences.ts';
import type { TextSpan } from './event-sentences.ts';
import { findTriggers, isStrongType, mainTrigger } from './event-triggers.ts';
import type { Trigger } from './event-triggers.ts';

/** An entity mention, as the entity suggester or the analyst gives it. */
export interface MentionInput {
  start: number;
  end: number;
  text: string;
  type: string;
  entityId?: string;
}

export interface EventCandidate {
  title: string;
  type: EventType;
  /** The sentence that reports the event: `text.slice(start, end) === text`. */
  evidence: { start: number; end: number; text: string };
  date: DateRange | null;
  location: MentionInput | null;
  participants: MentionInput[];
  /** 0..1: how likely the analyst accepts it. */
  score: number;
}

/**
 * Event candidates, one per reported happening:
 * - a sentence with a date expression and at least one entity mention is a candidate;
 * - the lead sentence of a dispatch takes the date of its dateline when it gives none itself
 *   ("WASHINGTON (... 16th March, 2021) Blinken and Austin embark ...");
 * - a sentence without a date is a candidate when a strong trigger (meeting, visit, talks,
 *   agreement, sanction, attack, election; not a mere statement) has at least two people or
 *   organizations around it, outside a quotation: the analyst keeps undated events too;
 * - a sentence that joins two happenings (", while ...", "; ...") with their own triggers and
 *   actors gives one candidate per clause, each with the whole sentence as evidence;
 * - of several dates in a sentence, the one nearest the main trigger word is the event's.
 */
export function suggestEvents(
  text: string,
  published: PartialIsoDate | null,
  mentions: MentionInput[],
  /** The text's dates, when the caller has read them (ReadingPool). */
  dates: FoundDate[] = findDates(text, published),
): EventCandidate[] {
  const dateline = findDateline(text);
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const candidates: EventCandidate[] = [];
  const sentences = splitSentences(text);
  // Looked up once, not per clause: a long text has thousands of statements.
  const datelinePlace =
    dateline === null
      ? null
      : (inSpan(sorted, dateline).find((m) => m.type === 'location') ?? null);
  sentences.forEach((sentence, index) => {
    // The evidence leaves out a dateline that opens the sentence; its dates still count.
    let evidenceStart = sentence.start;
    let datelineDates: FoundDate[] = [];
    if (dateline !== null && dateline.end > sentence.start && dateline.end < sentence.end) {
      evidenceStart = dateline.end;
      datelineDates = inSpan(dates, { start: sentence.start, end: dateline.end });
    }
    const evidence: TextSpan = { start: evidenceStart, end: sentence.end };
    const inSentence = inSpan(sorted, evidence);
    if (inSentence.length === 0) return;
    const ownDates = inSpan(dates, evidence);
    const isLead = index === 0 || datelineDates.length > 0;
    const sentenceDates = ownDates.length > 0 ? ownDates : isLead ? datelineDates.slice(-1) : [];
    const quoted = quotedShare(text, evidence) > 0.5;
    const actors = uniqueMentions(
      inSentence.filter((m) => m.type === 'person' || m.type === 'organization'),
    ).length;
    const quotes = new QuoteCursor(text, evidence.start);
    for (const clause of clausesOf(text, evidence, inSentence)) {
      const triggers = findTriggers(text, clause.start, clause.end).filter(
        (t) => !quotes.insideAt(t.start),
      );
      const trigger = mainTrigger(triggers);
      const clauseMentions = inSpan(inSentence, clause);
      const participants = uniqueMentions(
        clauseMentions.filter((m) => m.type === 'person' || m.type === 'organization'),
      );
      const type: EventType = trigger?.type ?? 'other';
      const date = pickDate(sentenceDates, trigger, clause);
      if (date === null) {
        if (quoted || !isStrongType(type) || actors < 2) continue;
      }
      const location = pickLocation(text, clauseMentions, trigger, datelinePlace, type);
      candidates.push({
        title: titleOf(participants, trigger, type, location, text.slice(clause.start, clause.end)),
        type,
        evidence: { ...evidence, text: text.slice(evidence.start, evidence.end) },
        date: date?.range ?? null,
        location,
        participants,
        score: scoreOf(date !== null, type, participants.length, quoted),
      });
    }
  });
  return candidates;
}

/**
 * The clauses of a sentence that each report their own happening: split at ", while", ",
 * whereas" and ";" when both sides have a strong trigger and an entity; otherwise the sentence.
 */
function clausesOf(text: string, sentence: TextSpan, mentions: MentionInput[]): TextSpan[] {
  const body = text.slice(sentence.start, sentence.end);
  const pattern = /,\s+(?:while|whereas)\s+|;\s+/g;
  const cuts: number[] = [];
  for (let m = pattern.exec(body); m !== null; m = pattern.exec(body)) {
    cuts.push(sentence.start + m.index);
  }
  if (cuts.length === 0) return [sentence];
  const parts: TextSpan[] = [];
  let start = sentence.start;
  for (const cut of cuts) {
    parts.push({ start, end: cut });
    start = cut + 1;
  }
  parts.push({ start, end: sentence.end });
  const eventful = parts.every((part) => {
    const trigger = mainTrigger(findTriggers(text, part.start, part.end));
    const actors = inSpan(mentions, part).length > 0;
    return trigger !== null && isStrongType(trigger.type) && actors;
  });
  return eventful ? parts : [sentence];
}

/**
 * The items of a list sorted by start that lie within a span, found by bisection: a lookup per
 * sentence or clause costs what it finds, not the length of the list (issue 22).
 */
function inSpan<T extends TextSpan>(sorted: readonly T[], span: TextSpan): T[] {
  let i = firstStartingAt(sorted, span.start);
  const found: T[] = [];
  for (; i < sorted.length && sorted[i]!.start < span.end; i += 1) {
    if (sorted[i]!.end <= span.end) found.push(sorted[i]!);
  }
  return found;
}

/** The index of the first item whose start is at or after `at`, in a list sorted by start. */
function firstStartingAt(sorted: readonly TextSpan[], at: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]!.start < at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The date nearest the trigger, the earliest of equals; dates never overlap, so it is the last
 * one that ends before the trigger, the first that overlaps it or the first after it.
 */
function pickDate(dates: FoundDate[], trigger: Trigger | null, clause: TextSpan): FoundDate | null {
  if (dates.length === 0) return null;
  const inClause = inSpan(dates, clause);
  const pool = inClause.length > 0 ? inClause : dates;
  if (trigger === null) return pool[0]!;
  const distance = (d: FoundDate): number =>
    d.end <= trigger.start ? trigger.start - d.end : Math.max(0, d.start - trigger.end);
  let before = firstStartingAt(pool, trigger.start);
  while (before > 0 && pool[before - 1]!.end > trigger.start) before -= 1;
  const near = [pool[before - 1], pool[before], pool[firstStartingAt(pool, trigger.end)]];
  return near.reduce<FoundDate | null>(
    (best, d) => (d !== undefined && (best === null || distance(d) < distance(best)) ? d : best),
    null,
  );
}

const LOCATION_CUE =
  /\b(?:in|at|to|into|inside|near|outside)\s+(?:the\s+)?(?:capital\s+|city\s+of\s+)?$/i;

/**
 * Where it happened: a place introduced by "in", "at", "to" (nearest the trigger); failing that,
 * for a statement, the dateline's place (where the words were said).
 */
function pickLocation(
  text: string,
  mentions: MentionInput[],
  trigger: Trigger | null,
  datelinePlace: MentionInput | null,
  type: EventType,
): MentionInput | null {
  const cued = mentions.filter(
    (m) =>
      m.type === 'location' && LOCATION_CUE.test(text.slice(Math.max(0, m.start - 30), m.start)),
  );
  if (cued.length > 0) {
    if (trigger === null) return cued[0]!;
    const at = trigger.start;
    return cued.reduce((best, m) =>
      Math.abs(m.start - at) < Math.abs(best.start - at) ? m : best,
    );
  }
  return type === 'statement' ? datelinePlace : null;
}

function uniqueMentions(mentions: MentionInput[]): MentionInput[] {
  const seen = new Set<string>();
  const unique: MentionInput[] = [];
  for (const m of mentions) {
    const key = m.entityId ?? m.text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(m);
  }
  return unique;
}

function names(mentions: MentionInput[]): string {
  const list = mentions.slice(0, 3).map((m) => m.text);
  if (list.length <= 1) return list.join('');
  return `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

const TYPE_NOUN: Record<EventType, string> = {
  meeting: 'Meeting',
  visit: 'Visit',
  talks: 'Talks',
  statement: 'Statement',
  agreement: 'Agreement',
  sanction: 'Sanctions',
  attack: 'Attack',
  election: 'Election',
  other: 'Event',
};

/** Base forms of trigger verbs, which take an -s after one subject ("Reeker meets Rama"). */
const BASE_VERB =
  /^(?:attack|kill|bomb|invade|assault|sanction|designate|blacklist|sign|vote|meet|host|negotiate|discuss|visit|travel|tour|arrive|embark|depart|say|announce|head|fly)$/;

/** "Reeker meets Rama" for one subject, "Blinken and Austin travel" for several. */
function verbAfter(subjects: MentionInput[], trigger: Trigger): string {
  const [verb = '', ...rest] = trigger.text.toLowerCase().split(' ');
  if (subjects.length !== 1 || !BASE_VERB.test(verb)) return trigger.text.toLowerCase();
  const inflected =
    verb === 'fly' ? 'flies' : /(?:ss|sh|ch|x)$/.test(verb) ? `${verb}es` : `${verb}s`;
  return [inflected, ...rest].join(' ');
}

/** The clause's opening words, for an event that has neither actors nor a trigger to name it. */
function openingWords(clause: string): string {
  const words = clause
    .trim()
    .replace(/[.;:,]+$/, '')
    .split(/\s+/);
  return words.length <= 10 ? words.join(' ') : `${words.slice(0, 10).join(' ')}…`;
}

/** "Blinken and Austin embark ...", "Reeker meets Rama in Tirana", kept under 100 characters. */
function titleOf(
  participants: MentionInput[],
  trigger: Trigger | null,
  type: EventType,
  location: MentionInput | null,
  clause: string,
): string {
  const before = participants.filter((m) => trigger === null || m.end <= trigger.start);
  const after = participants.filter((m) => trigger !== null && m.start >= trigger.end);
  let title: string;
  if (trigger !== null && before.length > 0) {
    title = `${names(before)} ${verbAfter(before, trigger)}`;
    if (after.length > 0) title += ` ${names(after)}`;
  } else if (participants.length === 0 && location === null && type === 'other') {
    title = openingWords(clause);
  } else {
    title = TYPE_NOUN[type];
    if (participants.length > 0) title += ` with ${names(participants)}`;
  }
  if (location !== null && !participants.includes(location)) title += ` in ${location.text}`;
  return title.length <= 100 ? title : `${title.slice(0, 99).trimEnd()}…`;
}

function scoreOf(dated: boolean, type: EventType, participants: number, quoted: boolean): number {
  let score = 0.3;
  if (dated) score += 0.3;
  if (isStrongType(type)) score += 0.2;
  score += 0.1 * Math.min(2, participants);
  if (quoted) score -= 0.2;
  return Math.round(Math.max(0, Math.min(1, score)) * 100) / 100;
}

/** The share of a sentence's characters that are inside double quotes. */
function quotedShare(text: string, span: TextSpan): number {
  let inside = 0;
  let open = false;
  for (let i = span.start; i < span.end; i += 1) {
    const ch = text[i];
    if (ch === '"') open = !open;
    else if (ch === '“') open = true;
    else if (ch === '”') open = false;
    else if (open) inside += 1;
  }
  return inside / Math.max(1, span.end - span.start);
}

/**
 * Whether a point of a sentence is inside double quotes, read forward from the sentence's start:
 * each character once for all the sentence's triggers, which come in text order.
 */
class QuoteCursor {
  private open = false;
  private at: number;

  constructor(
    private readonly text: string,
    private readonly start: number,
  ) {
    this.at = start;
  }

  insideAt(index: number): boolean {
    if (index < this.at) {
      this.at = this.start;
      this.open = false;
    }
    for (; this.at < index; this.at += 1) {
      const ch = this.text[this.at];
      if (ch === '"') this.open = !this.open;
      else if (ch === '“') this.open = true;
      else if (ch === '”') this.open = false;
    }
    return this.open;
  }
}
