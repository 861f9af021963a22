import { clauseDate } from '../dates/governing-date.ts';
import { findDates } from '../dates/resolve-date.ts';
import type { FoundDate } from '../dates/resolve-date.ts';
import type { DateRange } from '../../common/model/date-range.ts';
import type { PartialIsoDate } from '../../common/model/dates.ts';
import type { BuiltInEventType as EventType } from '../../common/model/event.ts';
import {
  capitalNamed,
  groupReferredTo,
  refersToGroup,
  sidesOf,
  refersToPlace,
  sourcePhrases,
  speaksOfHere,
  subjectBackReference,
  titledPerson,
  uniqueMentions,
  withRoles,
  type MentionInput,
  type Participant,
} from './event-context.ts';
import { mergeHappenings, type FoundCandidate } from './event-merge.ts';
import { findDateline, splitSentences } from '../dates/sentences.ts';
import type { TextSpan } from '../dates/sentences.ts';
import { findTriggers, nonEventReason } from './event-triggers.ts';
import { scoreOf } from './event-score.ts';
import {
  careerOrDuty,
  clausesOf,
  describes,
  eventTrigger,
  forecast,
  hypothetical,
  inside,
  leadingParticiple,
  trailingParticiple,
  openingParticiple,
  quotedSpans,
  refersBack,
  reportsHappening,
  spokenInFirstPerson,
  stateSince,
} from './event-clauses.ts';
import { inAsideElsewhere, isBystander, outsideAsides } from './event-asides.ts';
import { pickLocation, placeActs } from './event-place.ts';
import {
  comparedSince,
  inBackgroundPhrase,
  datedTimingClause,
  inLaterRelativeClause,
  namesOtherHappening,
  RELATIVE_BEFORE,
  whenOfRecord,
  withoutWhichOne,
} from './event-background.ts';
import { verbAfterRelative } from './event-relative-clause.ts';
import { shortNamesOf } from './event-short-names.ts';
import { definiteSubject, pronounObject } from './event-definite-subject.ts';
import { titleOf } from './event-titles.ts';
import { afterLabel, inSilentTurn, readTranscript } from './event-transcripts.ts';
import { straight, type TitleInput } from './event-title-words.ts';
import { formsOf } from './event-verbs.ts';
import { allInAsides, mainClauseVerb, passiveBefore } from './event-main-clause.ts';
import { timeOfDayDate, withoutTimesOfDay } from './event-time-of-day.ts';
import { datedBySaying, statementDate } from './event-speech-date.ts';
import { inSpan } from './spans-within.ts';
import { ownsNoun } from '../dates/possessive-periods.ts';

export type { MentionInput, Participant } from './event-context.ts';

export interface EventCandidate {
  title: string;
  type: EventType;
  /** The sentence that reports the event: `text.slice(start, end) === text`. */
  evidence: { start: number; end: number; text: string };
  /** Other sentences of the article that report the same happening. */
  moreEvidence: { start: number; end: number; text: string }[];
  date: DateRange | null;
  location: MentionInput | null;
  participants: Participant[];
  /** Who reports the event without taking part ("according to the State Department"). */
  sources: MentionInput[];
  /** 0..1: how likely the analyst accepts it. */
  score: number;
}

/** What the sentences read so far say that later ones refer back to. */
interface ArticleContext {
  /** The last people and organizations named together (two or more). */
  group: MentionInput[];
  /** The last parties named to talks or a dispute: whom "both sides" means. */
  sides: MentionInput[];
  /** The last place named. */
  place: MentionInput | null;
  /** The places named in each of the last four sentences. */
  recentPlaces: MentionInput[][];
}

const ACTOR = (m: MentionInput): boolean => m.type === 'person' || m.type === 'organization';

/**
 * Event candidates, one per reported happening:
 * - a sentence (or a clause of one) with a trigger word is a candidate when it has a date, or,
 *   undated, when it reports a happening (not a mere "said") with someone or somewhere named;
 * - greetings, thanks, questions, boilerplate and hypotheticals are never candidates, and
 *   triggers and dates inside quotations do not count;
 * - the lead sentence of a dispatch takes the date of its dateline when it gives none itself;
 * - participants are the people and organizations of the clause, less those who only report it
 *   ("according to ...", "... told reporters"), plus those a back-reference points to ("both US
 *   officials"); the place is the one the clause names ("in", "at", "to"), else the one it
 *   refers back to ("there"), else a capital named earlier of a country it names, else the
 *   dateline's for "here", "today" and statements;
 * - candidates that report one happening are merged into one (event-merge.ts), unless `merge`
 *   is false.
 */
export function suggestEvents(
  text: string,
  published: PartialIsoDate | null,
  mentions: MentionInput[],
  {
    merge = true,
    dates = findDates(text, published),
  }: {
    merge?: boolean;
    /** The text's dates, when the caller has read them (the suggestions' worker). */
    dates?: FoundDate[];
  } = {},
): EventCandidate[] {
  const dateline = findDateline(text);
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const datelinePlace =
    dateline === null
      ? null
      : (sorted.find((m) => m.type === 'location' && inside(m, dateline)) ?? null);
  const context: ArticleContext = { group: [], sides: [], place: null, recentPlaces: [] };
  const shortNames = shortNamesOf(text, sorted);
  // Not the outlet of a dateline ("OSLO, March 4 (Harbour Wire) -").
  const company =
    sorted.find(
      (m) => m.type === 'organization' && (dateline === null || m.start >= dateline.end),
    ) ?? null;
  // "Antony J. Blinken, Secretary of State" on the first line: who signs the statement.
  // Only a name that opens the text can sign it (one search, not a slice per mention: long-line).
  const opening = text.search(/\S/u);
  const author =
    sorted.find(
      (m) =>
        m.type === 'person' &&
        m.start === opening &&
        /^,[^\n]*\n/.test(text.slice(m.end, text.indexOf('\n', m.end) + 1)),
    ) ?? null;
  const transcript = readTranscript(text);
  const found: FoundCandidate[] = [];
  splitSentences(text).forEach((sentence, index) => {
    const firstOfSentence = found.length;
    // The evidence leaves out a speaker's label or a dateline that opens the sentence; a
    // dateline's dates still count.
    let evidenceStart = afterLabel(transcript, text, sentence);
    let datelineDates: FoundDate[] = [];
    if (dateline !== null && dateline.end > sentence.start && dateline.end < sentence.end) {
      evidenceStart = dateline.end;
      datelineDates = inSpan(dates, { start: sentence.start, end: dateline.end });
    }
    const evidence: TextSpan = { start: evidenceStart, end: sentence.end };
    const inSentence = inSpan(sorted, evidence);
    const sentenceText = text.slice(evidence.start, evidence.end);
    const quotes = quotedSpans(text, evidence);
    const quoted = (span: TextSpan): boolean => quotes.some((q) => inside(span, q));
    const datesHere = inSpan(dates, evidence).filter(
      (d) => !quoted(d) && !inSentence.some((m) => inside(d, m)),
    );
    const mainDates = datesHere.filter((d) => !datedTimingClause(text, evidence, d));
    const timeOfDay = timeOfDayDate(text, evidence, published, mainDates, found);
    const ownDates = timeOfDay === null ? datesHere : [timeOfDay];
    // "as of March 4, 2011, IE6 has 277 vulnerabilities": the date of a count, not of a happening.
    const opener = openingParticiple(text, evidence);
    const happeningDates = withoutWhichOne(text, ownDates).filter(
      (d) =>
        !/\bas of\s+$/i.test(text.slice(Math.max(0, d.start - 8), d.start)) &&
        !inBackgroundPhrase(text, evidence, d) &&
        !comparedSince(text, evidence, d, ownDates) &&
        !datedTimingClause(text, evidence, d) &&
        !(opener !== null && inside(d, opener)) &&
        // "Last year's drought pushed prices up, the institute said on Monday": a period that
        // opens the sentence names its subject; another date dates it ("won the most seats in
        // Sunday's election" is dated by the election).
        !(
          ownsNoun(text, d) &&
          text.slice(evidence.start, d.start).trim() === '' &&
          ownDates.some((o) => o !== d)
        ),
    );
    const isLead = index === 0 || datelineDates.length > 0;
    if (nonEventReason(sentenceText) === null && !inSilentTurn(transcript, evidence)) {
      for (const clause of clausesOf(text, evidence, inSentence, ownDates)) {
        const clauseTriggers = findTriggers(text, clause.start, clause.end).filter(
          (t) =>
            !quoted(t) &&
            !leadingParticiple(text, clause, t) &&
            !trailingParticiple(text, clause, t) &&
            !(opener !== null && inside(t, opener)) &&
            !inBackgroundPhrase(text, clause, t) &&
            !namesOtherHappening(text, clause, t) &&
            !whenOfRecord(text, t, ownDates, happeningDates),
        );
        const triggers = outsideAsides(text, clause, clauseTriggers);
        // A dated clause whose only trigger words report it ("X did Y on Monday, the company
        // said"): its own first verb is the happening.
        // So is one whose trigger words all stand in a relative clause ("upheld the fine,
        // ending a legal battle that began in 2019": the ruling, not the battle's start).
        // (when the main clause has a date of its own).
        const pronouns = triggers.map((t) => {
          const from = Math.max(clause.start, t.start - 30);
          const found = RELATIVE_BEFORE.exec(text.slice(from, t.start));
          return found === null ? -1 : from + found.index;
        });
        const background =
          (triggers.length > 0 &&
            pronouns.every((at) => at >= 0) &&
            happeningDates.some((d) => d.start >= clause.start && d.end <= pronouns[0]!)) ||
          // "The group, which attacked two clinics in 2032, claimed responsibility on Monday".
          (allInAsides(text, clause, triggers) &&
            happeningDates.some((d) => !allInAsides(text, clause, [d])));
        // "men and boys who were murdered in 1995 were remembered on Sunday": the main verb
        // after the relative clause is the happening.
        const firstOfClause =
          happeningDates.length > 0 && (triggers.every((t) => t.weak) || background)
            ? mainClauseVerb(text, clause, happeningDates)
            : null;
        // "Passengers whose trains were cancelled ... will be refunded, X said": so is a first
        // verb in a relative clause when the only triggers report it.
        const relativeVerb =
          triggers.length > 0 && pronouns.every((at) => at >= 0)
            ? triggers[triggers.length - 1]!
            : firstOfClause !== null &&
                RELATIVE_BEFORE.test(
                  text.slice(Math.max(clause.start, firstOfClause.start - 30), firstOfClause.start),
                )
              ? firstOfClause
              : null;
        const main = relativeVerb === null ? null : verbAfterRelative(text, clause, relativeVerb);
        const first = main ?? firstOfClause;
        const verb = first !== null && !quoted(first) ? first : null;
        const reported =
          verb !== null &&
          (main !== null ||
            triggers.every((t) => t.start > verb.end) ||
            allInAsides(text, clause, triggers));
        const trigger =
          (reported ? null : eventTrigger(text, triggers)) ??
          (verb && { ...verb, text: text.slice(verb.start, verb.end), type: 'other' as const });
        if (trigger === null) continue;
        const clauseText = text.slice(clause.start, clause.end);
        // "will meet ... on the plan, which we launched earlier this year": a plan's past date.
        const future = /\b(?:will|shall)\b/i.test(text.slice(clause.start, trigger.start));
        const timed = happeningDates.filter(
          (d) =>
            !(
              future &&
              published !== null &&
              d.range.end <= published &&
              inLaterRelativeClause(text, trigger, d)
            ),
        );
        const date =
          timed.length === 0
            ? isLead
              ? (datelineDates[datelineDates.length - 1] ?? null)
              : null
            : clauseDate(text, timed, clause, evidence, trigger);
        const clauseMentions = inSentence.filter((m) => inside(m, clause) && !quoted(m));
        const sources = sourcePhrases(text, clause, trigger, clauseMentions);
        // "Raman, who took over from Martin Cole, said": no source is named in the aside.
        const isSource = (m: MentionInput): boolean =>
          sources.some((s) => inside(m, s)) && !isBystander(text, clause, trigger, m);
        // "the Pentagon chief" is the person the article named with that title, not the Pentagon.
        const named = clauseMentions
          .filter((m) => !isSource(m))
          .map((m) => titledPerson(text, m, sorted) ?? m);
        // People and organizations, and places that act (named before the verb, not after "in").
        let actors = uniqueMentions(
          named.filter(
            (m) =>
              (ACTOR(m) || placeActs(text, m, trigger)) && !isBystander(text, clause, trigger, m),
          ),
        );
        const subjects = actors.filter((m) => m.end <= trigger.start);
        if (refersToGroup(clauseText))
          actors = uniqueMentions([...groupReferredTo(clauseText, context), ...actors]);
        // Not a place of an aside or of the clause the happening is set against ("after ... fell
        // ill in Munich", "Nystrom, whose career began in Malmo, will sing").
        const placed = named.filter((m) => !inAsideElsewhere(text, clause, trigger, m));
        const location =
          pickLocation(text, placed, trigger) ??
          (refersToPlace(clauseText) && !/\b(?:both|each|every)\b/i.test(clauseText)
            ? context.place
            : null) ??
          (DIPLOMATIC.has(trigger.type)
            ? capitalNamed(named, context.recentPlaces.flat(), clauseText)
            : null) ??
          // A statement is made where the dispatch is filed only in its lead: later in the
          // article others speak elsewhere ("Health Minister Ankrah said ...", under GENEVA).
          ((speaksOfHere(clauseText) || (trigger.type === 'statement' && isLead)) &&
          happeningDates.length > 0
            ? datelinePlace
            : null);
        const type: EventType = trigger.type;
        // "he plans to meet", "the company shipped", "the exchange cut": who the article named
        // before takes part, though the clause names no one (that makes no undated clause an event).
        const referent = definiteSubject(text, clause, sorted);
        const pronounOf =
          referent?.body ??
          (subjects.length === 0
            ? subjectBackReference(text, clause, trigger, found, sorted)
            : null);
        const objectReferent = pronounObject(text, clause, trigger, subjects, sorted);
        const participants = withRoles(
          text,
          clause,
          trigger,
          type,
          pronounOf === null ? actors : uniqueMentions([pronounOf, ...actors]),
        );
        const titleInput: TitleInput = {
          text,
          clause,
          trigger,
          type,
          mentions: named,
          participants,
          location,
          skip: sources,
          speakers: clauseMentions.filter(isSource),
          dates: withoutTimesOfDay(text, ownDates),
          shortNames,
          author,
          company,
          referent,
          objectReferent,
        };
        const { title, report, said } = titleOf(titleInput);
        const saidUntil = said?.start ?? null;
        const reportedDate = statementDate(text, clause, evidence, said, happeningDates, date);
        // The title is what was said: who said it is its source, unless the words are theirs
        // to carry out ("Halas said she would begin talks").
        // "Halas said she would begin talks": the speaker the title names does it.
        const doers: Participant[] = uniqueMentions(
          clauseMentions.filter(
            (m) =>
              isSource(m) &&
              ACTOR(m) &&
              (title.startsWith(straight(m.text).split(/\s+/).pop()!) ||
                title.startsWith(straight(m.text))) &&
              // "said its members would strike": the body's own people act for it.
              /\b(?:he|she|it|they|(?:its|their)\s+\p{Ll}+)\s+(?:would|will)\b/iu.test(
                text.slice(m.end, clause.end),
              ),
          ),
        ).map((m) => ({ ...m, role: '' }));
        // "Austin and I reaffirmed in our meeting with ...": the signatory the title names met.
        if (
          author !== null &&
          title.startsWith(straight(author.text).split(/\s+/).pop()!) &&
          /\b(?:I|[Ww]e)\b/.test(text.slice(clause.start, trigger.start)) &&
          !participants.some((p) => p.start === author.start)
        )
          doers.push({ ...author, role: '' });
        const speakers =
          saidUntil === null
            ? []
            : participants.filter(
                (p) =>
                  p.start >= clause.start &&
                  p.end <= saidUntil &&
                  !title.includes(straight(p.text).split(/\s+/).pop()!),
              );
        const pseudo = triggers.length === 0;
        // With no word of a known kind, a speaker's "This week we marked ..." is no report.
        const reports =
          (date !== null &&
            (!pseudo ||
              ((report !== null || passiveBefore(text, clause, trigger)) &&
                !spokenInFirstPerson(text, clause, trigger)))) ||
          (report !== null &&
            !report.subordinate &&
            (type !== 'other' || report.tense !== 'present') &&
            reportsHappening(text, clause, trigger, actors, location));
        if (
          !reports ||
          hypothetical(clauseText, date, trigger.start - clause.start) ||
          forecast(clauseText) ||
          describes(text, trigger) ||
          careerOrDuty(text, clause, trigger) ||
          stateSince(text, clause) ||
          // Undated: what the article reported, told again; dated, an earlier happening.
          (date === null && refersBack(text, clause, trigger))
        )
          continue;
        // "I had my counterparts in Washington ... for a meeting": a speaker's aside whose
        // title could only be the bare noun ("Meeting in Washington"), naming no one who met.
        const recalled = /\b(?:I|[Ww]e)\b/.test(text.slice(clause.start, trigger.start));
        if (report === null && actors.length === 0 && recalled) continue;
        // A speaker on a call previews and comments: undated, only what someone named does.
        if (transcript !== null && date === null && subjects.length === 0) continue;
        // "It says that between 1992 and 2014 ...", "But instead sold me two books": a title
        // whose subject is still a pronoun or a conjunction, with no one named, tells nothing.
        if (UNRESOLVED_SUBJECT.test(title) && participants.length + doers.length === 0) continue;
        if (title === '') continue;
        found.push({
          title,
          type,
          evidence: { ...evidence, text: sentenceText },
          moreEvidence: [],
          date: reportedDate?.range ?? null,
          location,
          // (Whom "her" stands for takes part, spoken to or of: no subject, no speaker.)
          participants: uniqueMentions<Participant>([
            ...participants.filter((p) => !speakers.includes(p)),
            ...doers,
            ...(objectReferent === null ? [] : [{ ...objectReferent, role: '' }]),
          ]),
          sources: uniqueMentions([
            ...clauseMentions.filter((m) => isSource(m) && !doers.some((d) => d.start === m.start)),
            ...speakers,
          ]),
          score: scoreOf(date !== null, trigger, participants.length),
          datedBySaying: datedBySaying(text, trigger, reportedDate),
          sentence: index,
          subjects,
          clauseTitled: report !== null,
          verb: formsOf(trigger.text.split(/\s+/)[0]!).base,
        });
      }
    }
    // The group later sentences call "both officials": those who acted together last.
    const here = found.slice(firstOfSentence);
    const acted = uniqueMentions(here.flatMap((c) => c.subjects.filter(ACTOR)));
    const named = uniqueMentions(inSentence.filter(ACTOR));
    if (acted.length >= 2) context.group = acted;
    else if (here.length === 0 && named.length >= 2) context.group = named;
    context.sides = sidesOf(text.slice(evidence.start, evidence.end), named) ?? context.sides;
    const placesHere = inSentence.filter((m) => m.type === 'location');
    if (placesHere.length > 0) context.place = placesHere[placesHere.length - 1]!;
    context.recentPlaces = [...context.recentPlaces.slice(-3), placesHere];
  });
  // Unmerged, each candidate keeps its own sentence: what a selection of that sentence reports.
  return (merge ? mergeHappenings(found, shortNames) : found).map(
    ({
      sentence: _sentence,
      subjects: _subjects,
      clauseTitled: _titled,
      verb: _verb,
      datedBySaying: _datedBySaying,
      ...candidate
    }) => candidate,
  );
}

const DIPLOMATIC = new Set<EventType>(['meeting', 'talks', 'visit']);

/** A title's first word that names no one: a pronoun the article never resolved, a conjunction. */
const UNRESOLVED_SUBJECT = /^(?:it|this|that|these|those|they|we|i|you|but|and|which|so)\b/i;
