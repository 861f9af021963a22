import type { BuiltInEventType as EventType } from '../../common/model/event.ts';
import { clauseTitle, titleWords, type ClauseReport } from './event-clause-title.ts';
import { passiveAuxiliary } from './event-main-clause.ts';
import { withReferent } from './event-definite-subject.ts';
import { nounSubjectTitle } from './event-noun-subject-title.ts';
import { withOpeningQuote } from './event-quote-title.ts';
import {
  BEFORE_SAID,
  REPORTING_VERB,
  reportedTitle,
  SAID_PRONOUN,
  saidInPresent,
  saysTitle,
} from './event-reported-title.ts';
import type { Trigger } from './event-triggers.ts';
import {
  fit,
  isPlural,
  joinNames,
  titleSubjects,
  nameOf,
  placeName,
  render,
  shortNameOf,
  straight,
  type TitleInput,
  type TitleName,
} from './event-title-words.ts';
import {
  DANGLING,
  DETERMINER,
  formsOf,
  isPastForm,
  isVerb,
  OBJECT_STOP,
  POSSESSED,
  PREPOSITION,
  SUBJECT_PRONOUN,
  wordsOf,
  type Word,
} from './event-verbs.ts';

const TYPE_VERB: Record<EventType, string> = {
  meeting: 'meet',
  visit: 'visit',
  talks: 'hold talks with',
  statement: 'make a statement',
  agreement: 'sign an agreement with',
  sanction: 'impose sanctions on',
  attack: 'attack',
  election: 'hold elections',
  other: '',
};

/**
 * The event's title as an analyst writes it: subject, verb in the present tense, object, place
 * ("Blinken and Austin meet Motegi and Kishi in Tokyo", "Pentagon chief travels to India"),
 * made from the clause's own words; at most MAX_TITLE characters. With it, how the clause
 * reports the event: null when it has no subject and verb for its trigger (it only names it).
 */
export function titleOf(input: TitleInput): {
  title: string;
  report: ClauseReport | null;
  /** What was said and its verb, when the title is what was said, not that it was said. */
  said: { start: number; verb: Trigger } | null;
} {
  const main = verbBeforeParticiple(input);
  if (main !== null) {
    const retold = titleOf({ ...input, trigger: { ...input.trigger!, ...main } });
    if (retold.title.includes(' ')) return retold;
  }
  const clause = clauseTitle(titleWords(input), input);
  // "China's foreign ministry said it respected the decision but warned ...": a verb whose
  // subject is the pronoun of what was said is titled from the report.
  // (The speaker's words may be a source phrase the title leaves out: "Brazil's ministry said".)
  const words = wordsOf(input.text, input.clause);
  const reporting =
    clause === null && input.trigger !== null && !REPORTING_VERB.test(input.trigger.text)
      ? words.find(
          (w, i) =>
            w.end <= input.trigger!.start &&
            /^\p{Ll}/u.test(w.text) &&
            REPORTING_VERB.test(w.text) &&
            saidOpening(
              words
                .slice(i + 1)
                .find(
                  (v) =>
                    !BEFORE_SAID.test(v.text) &&
                    !input.dates.some((d) => v.start >= d.start && v.end <= d.end),
                )?.text ?? '',
            ),
        )
      : undefined;
  if (reporting !== undefined) {
    const retold = titleOf({
      ...input,
      trigger: { ...input.trigger!, ...reporting },
      skip: input.skip.filter((s) => !(s.start <= reporting.start && reporting.end <= s.end)),
    });
    if (retold.said !== null) return retold;
  }
  const said =
    (clause === null ? null : (reportedTitle(input) ?? reactionTitle(input))) ??
    namedHappeningTitle(input);
  let title =
    spokenTitle(input) ??
    said?.words ??
    (clause === null ? null : saysTitle(input, clause.words)) ??
    clause?.words ??
    namedTitle(input);
  title = withOpeningQuote(title, input) ?? title;
  title = withPassiveSubject(title, input) ?? title;
  title = saidInPresent(title);
  // A clause that tells nothing an analyst could keep ("He received") has no title.
  if (title.length === 0) return { title: '', report: clause?.report ?? null, said: null };
  // "The company will meet its biggest customers": the company the article is about ("The
  // company's board approved": "Halvard Systems board approves", as a headline writes it).
  if (
    input.company != null &&
    /^company(?:['’]s)?$/i.test(title[0] ?? '') &&
    /^\s*the\s+company\b/i.test(input.text.slice(input.clause.start, input.clause.end))
  )
    title = [nameOf(input.company, input), ...title.slice(1)];
  title = withReferent(title, input);
  const place = input.location;
  // The place is kept whole when the title is cut to length: the phrases before it go first
  // ("discuss the announcement at the Moldova Support Platform in Bucharest": "... in Bucharest").
  let keep: string[] = [];
  if (place !== null) {
    const name = placeName(nameOf(place, input));
    const at = title.findIndex((w) => w === name || w === nameOf(place, input));
    if (at < 0 && !title.join(' ').includes(name)) keep = ['in', name];
    else if (at > 0 && !fit(title).includes(straight(title[at]!))) {
      const from = PREPOSITION.test(title[at - 1]!) ? at - 1 : at;
      keep = title.slice(from, at + 1);
      title = title.slice(0, from);
    }
  }
  return { title: fit(title, keep), report: clause?.report ?? null, said: said?.said ?? null };
}

/** What was said opens with the speaker's pronoun or own ("its members"), or a body ("the club had rejected an offer"). */
const saidOpening = (word: string): boolean =>
  SAID_PRONOUN.test(word) || POSSESSED.test(word) || /^the$/i.test(word);

/**
 * "Gunmen ambushed a convoy ... on Saturday, killing two drivers": a participle after a comma
 * tells what the main clause's happening did; the title is that happening ("Gunmen ambush a
 * convoy ..."), not the participle ("Killing"). The main verb is the clause's first past form.
 */
function verbBeforeParticiple(
  input: TitleInput,
): { start: number; end: number; text: string } | null {
  const { trigger } = input;
  if (trigger === null || !/^\p{Ll}+ing$/u.test(trigger.text)) return null;
  const words = wordsOf(input.text, input.clause);
  const at = words.findIndex((w) => w.start >= trigger.start);
  if (at < 2 || words[at - 1]!.text !== ',') return null;
  const verb = words
    .slice(1, at - 1)
    .find((w) => /^\p{Ll}+$/u.test(w.text) && isPastForm(w.text) && !REPORTING_VERB.test(w.text));
  return verb === undefined ? null : { start: verb.start, end: verb.end, text: verb.text };
}

/**
 * "A former finance director of a Bristol charity was jailed on Wednesday" would be titled by
 * its participle alone ("Jailed"): a passive's title names who it was done to, as a headline
 * does ("Former finance director of a Bristol charity jailed", "Hearing to recover the money to
 * be held"). The subject is the clause's words before the auxiliary, up to an aside's comma.
 */
function withPassiveSubject(title: string[], input: TitleInput): string[] | null {
  const { trigger, text, clause } = input;
  if (title.length !== 1 || trigger === null) return null;
  const auxiliary = passiveAuxiliary(text, clause, trigger);
  if (auxiliary === null) return null;
  const before = text.slice(clause.start, trigger.start);
  const subject = before
    .slice(0, auxiliary.index)
    .split(',')[0]!
    .trim()
    .split(/\s+/)
    .filter((word, i) => word !== '' && !(i === 0 && DETERMINER.test(word)));
  if (subject.length === 0 || subject.length > 10) return null;
  subject[0] = subject[0]!.charAt(0).toUpperCase() + subject[0]!.slice(1);
  const future = /^will be$/i.test(auxiliary[1]!) ? ['to', 'be'] : [];
  return [...subject, ...future, title[0]!.toLowerCase()];
}

const REACTION =
  /^(?:welcom|condemn|applaud|prais|hail|deplor|denounc|salut|commend|criticiz|criticis)\p{L}*$/iu;
/** What links the happening reacted to with its place or target: dropped from the title. */
const LINK = /^(?:to|on|against|with)$/i;

/**
 * "The United States welcomes the visit by Yair Lapid to the Kingdom of Morocco": the event is
 * the happening reacted to ("Lapid visits the Kingdom of Morocco"); who reacts is its source.
 */
function reactionTitle(
  input: TitleInput,
): { words: string[]; said: { start: number; verb: Trigger } } | null {
  const { trigger } = input;
  if (trigger === null) return null;
  const words = titleWords(input);
  const at = words.findIndex((w) => w.start >= trigger.start);
  const noun = words[at]?.text.toLowerCase() ?? '';
  if (
    at < 2 ||
    !REACTION.test(words[at - 2]!.text) ||
    !/^(?:the|a|an)$/i.test(words[at - 1]!.text) ||
    formsOf(noun).base !== noun ||
    words[at + 1]?.text.toLowerCase() !== 'by'
  )
    return null;
  // The agent: the first name after "by", with only its title's words before it.
  const agent = input.mentions.find(
    (m) =>
      m.type !== 'location' &&
      m.start > words[at + 1]!.end &&
      /^(?:\s+\p{Lu}[\p{L}.’'-]*)*\s+$/u.test(input.text.slice(words[at + 1]!.end, m.start)),
  );
  if (agent === undefined) return null;
  let from = words.findIndex((w) => w.start >= agent.end);
  if (from < 0) return null;
  // "by Houthi militants on a ship": the agent's noun goes with its name.
  const subject = [nameOf(agent, input)];
  while (from < words.length && subject.length < 3 && /^\p{Ll}+$/u.test(words[from]!.text)) {
    if (LINK.test(words[from]!.text) || PREPOSITION.test(words[from]!.text)) break;
    subject.push(words[from]!.text);
    from += 1;
  }
  if (LINK.test(words[from]?.text ?? '')) from += 1;
  const rest: Word[] = [];
  for (const w of words.slice(from)) {
    if (/^[,;:"“”]$/.test(w.text) || OBJECT_STOP.test(w.text) || /^for$/i.test(w.text)) break;
    rest.push(w);
  }
  return {
    words: [
      ...subject,
      isPlural(subject, 1) ? noun : formsOf(noun).present,
      ...render(rest, input),
    ],
    said: { start: words[at - 1]!.start, verb: trigger },
  };
}

/** What the author of a statement extends, and the verb a title gives it. */
const EXTENDED: Record<string, string[]> = {
  congratulations: ['congratulates'],
  condolences: ['offers', 'condolences', 'to'],
};

/**
 * "I extend my congratulations to Jim O’Brien": a statement's signatory speaks ("Blinken
 * congratulates O’Brien"), not a bare "Congratulations to O’Brien".
 */
function spokenTitle(input: TitleInput): string[] | null {
  const { author, trigger } = input;
  if (author == null || trigger === null) return null;
  const words = titleWords(input);
  const at = words.findIndex((w) => w.start >= trigger.start);
  if (/^(?:our|my)$/i.test(words[at - 1]?.text ?? '')) {
    const met = ourMeetingTitle(input, words, at, author);
    if (met !== null) return met;
  }
  const verb = EXTENDED[words[at]?.text.toLowerCase() ?? ''];
  if (
    verb === undefined ||
    !/^(?:my|our)$/i.test(words[at - 1]?.text ?? '') ||
    !/^(?:I|we)$/i.test(words[at - 3]?.text ?? '') ||
    !/^to$/i.test(words[at + 1]?.text ?? '')
  )
    return null;
  const object: Word[] = [];
  for (const w of words.slice(at + 2)) {
    if (/^[,;:"“”]$/.test(w.text) || OBJECT_STOP.test(w.text) || PREPOSITION.test(w.text)) break;
    object.push(w);
  }
  return [nameOf(author, input), ...verb, ...render(object, input)];
}

/**
 * "As Secretary Austin and I reaffirmed in our meeting with Foreign Minister Hayashi and
 * Minister of Defense Kishi last month": the signatory and those named with "I" met them
 * ("Blinken and Austin meet Hayashi and Kishi"); what they said there is no title.
 */
function ourMeetingTitle(
  input: TitleInput,
  words: Word[],
  at: number,
  author: NonNullable<TitleInput['author']>,
): string[] | null {
  const speaker = words.findIndex((w, i) => i < at && /^(?:I|we)$/.test(w.text));
  if (!/^meetings?$/i.test(words[at]!.text) || speaker < 0) return null;
  if (!/^with$/i.test(words[at + 1]?.text ?? '')) return null;
  const withI = input.mentions.filter(
    (m) => m.type === 'person' && m.start >= input.clause.start && m.end <= words[speaker]!.start,
  );
  const object: Word[] = [];
  for (const w of words.slice(at + 2)) {
    const dated = input.dates.some((d) => w.start >= d.start && w.end <= d.end);
    if (dated || /^[,;:"“”]$/.test(w.text) || OBJECT_STOP.test(w.text)) break;
    object.push(w);
  }
  if (object.length === 0) return null;
  const subject = joinNames([author, ...withI].map((m) => nameOf(m, input)));
  return [subject, 'meet', ...render(object, input)];
}

/** What names an earlier happening as its antecedent ("These designations follow the ..."). */
const FOLLOWS = /^(?:follows?|followed|after)$/i;

/** The participle of a happening's noun: "signing" → "signed", "designation" → "designated". */
function participleOf(noun: string): string | null {
  const word = noun.toLowerCase();
  if (/^\p{Ll}{3,}ing$/u.test(word)) return formsOf(word).participle;
  if (/^\p{Ll}{3,}ation$/u.test(word)) return formsOf(`${word.slice(0, -3)}e`).participle;
  return null;
}

/**
 * "These designations follow the U.S. designation ... in December 2021 of Gil Castillo’s
 * associate, Carlos Julián Bermeo Casas", "commended the historic signing of the Abraham
 * Accords": the happening a noun names is the event, titled by what it was done to ("Bermeo
 * Casas designated", "Abraham Accords signed"), not by the words that refer back to it.
 */
function namedHappeningTitle(
  input: TitleInput,
): { words: string[]; said: { start: number; verb: Trigger } } | null {
  const { trigger } = input;
  if (trigger === null) return null;
  const words = titleWords(input);
  const link = words.findIndex(
    (w, i) =>
      (REACTION.test(w.text) || FOLLOWS.test(w.text)) && DETERMINER.test(words[i + 1]?.text ?? ''),
  );
  if (link < 0) return null;
  // The noun within three words of the determiner ("the historic signing", "the U.S. designation").
  const noun = words.slice(link + 2, link + 5).findIndex((w) => participleOf(w.text) !== null);
  if (noun < 0) return null;
  const at = link + 2 + noun;
  // "of" what it was done to, after the noun's own qualifiers ("under Section 7031(c) in ...").
  const of = words.findIndex((w, i) => i > at && i <= at + 12 && /^of$/i.test(w.text));
  if (of < 0 || words.slice(at + 1, of).some((w) => /^[,;:]$/.test(w.text))) return null;
  const object: Word[] = [];
  for (const w of words.slice(of + 1)) {
    if (/^[,;:"“”]$/.test(w.text) || OBJECT_STOP.test(w.text) || PREPOSITION.test(w.text)) break;
    object.push(w);
  }
  // "Gil Castillo’s associate, Carlos Julián Bermeo Casas": the name in apposition.
  const end = object.at(-1)?.end ?? words[of]!.end;
  const apposed = input.mentions.find(
    (m) => m.type === 'person' && m.start > end && /^\s*,\s*$/.test(input.text.slice(end, m.start)),
  );
  const what = apposed !== undefined ? [nameOf(apposed, input)] : render(object, input);
  const named = what.filter((w) => !DETERMINER.test(w));
  if (named.length === 0) return null;
  return {
    words: [...named, participleOf(words[at]!.text)!],
    said: { start: words[at]!.start, verb: trigger },
  };
}

/** "Blinken and Austin meet Motegi and Kishi": a title from who did it, to whom, and the type. */
export function titleFromNames(
  type: EventType,
  subjects: TitleName[],
  objects: TitleName[],
  location: TitleName | null,
  shortNames?: Map<string, string>,
): string | null {
  const shortName = (m: TitleName): string => shortNames?.get(m.text) ?? shortNameOf(m);
  if (subjects.length === 0 || TYPE_VERB[type] === '') return null;
  const verb = TYPE_VERB[type].split(' ');
  const names = titleSubjects(subjects.map(shortName));
  const first = names.length > 1 ? verb[0]! : formsOf(verb[0]!).present;
  const words = [joinNames(names), first, ...verb.slice(1)];
  const others = objects.filter((o) => !subjects.some((s) => shortName(s) === shortName(o)));
  if (others.length > 0) words.push(joinNames(others.map(shortName)));
  else if (verb.length > 1 && DANGLING.test(verb[verb.length - 1]!)) words.pop();
  if (location !== null) words.push('in', shortName(location));
  return fit(words);
}

/** A title from the names when the clause gives no usable subject and verb. */
function namedTitle(input: TitleInput): string[] {
  const actors = input.participants.filter((p) => p.type !== 'location');
  const { trigger } = input;
  if (actors.length > 0 && TYPE_VERB[input.type] !== '') {
    const before = actors.filter((p) => trigger === null || p.start < trigger.start);
    // "A ransomware attack shut down the systems of Vale General Hospital": a noun trigger with
    // its own verb does the act; the names after it are its objects (the target), not its doers.
    const led = before.length === 0 ? ledByNoun(input) : null;
    if (led !== null) return led;
    const subject = before.length > 0 ? before : actors;
    const title = titleFromNames(
      input.type,
      subject,
      actors.filter((p) => !subject.includes(p)),
      null,
    );
    if (title !== null) return title.split(' ');
  }
  // Neither subject nor actors: the trigger's noun phrase ("Stampede near Mecca").
  const { words, at, from } = triggerPhrase(input);
  if (at >= 0) {
    // "the parcel he received": a relative clause with no pronoun names no happening.
    if (at > 0 && SUBJECT_PRONOUN.test(words[at - 1]?.text ?? '')) return [];
    const led = nounSubjectTitle(input, words, from, at);
    if (led !== null) return led;
    const phrase = render(words.slice(from, at + 1), input);
    // "Net profit rose": a past form that is no participle is put in the present ("rises"),
    // as a headline writes it; "Discovery retired" stays a passive.
    const last = phrase.at(-1) ?? '';
    const forms = formsOf(last);
    if (
      phrase.length > 1 &&
      /^\p{Ll}+$/u.test(last) &&
      isPastForm(last) &&
      forms.participle !== last
    )
      phrase[phrase.length - 1] = isPlural(phrase.slice(0, -1), 0) ? forms.base : forms.present;
    if (phrase.length > 0) return phrase;
  }
  const noun = trigger?.text.toLowerCase() ?? '';
  return [noun === '' ? 'Event' : noun];
}

/** The clause's words, the trigger's index in them and where its noun phrase starts. */
function triggerPhrase(input: TitleInput): { words: Word[]; at: number; from: number } {
  const words = wordsOf(input.text, input.clause);
  const { trigger } = input;
  const at = trigger === null ? -1 : words.findIndex((w) => w.start >= trigger.start);
  let from = at;
  while (
    from > 0 &&
    from > at - 3 &&
    !/^[,;:]$/.test(words[from - 1]!.text) &&
    !isVerb(words[from - 1]!.text) &&
    !DANGLING.test(words[from - 1]!.text)
  )
    from -= 1;
  return { words, at, from };
}

/** The title read from the verb after a noun trigger, when the noun is its subject. */
function ledByNoun(input: TitleInput): string[] | null {
  const { words, at, from } = triggerPhrase(input);
  return at < 0 ? null : nounSubjectTitle(input, words, from, at);
}
