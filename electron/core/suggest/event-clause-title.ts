import { objectHeadline, objectWords } from './event-clause-object.ts';
import {
  headBeforeName,
  joinsUnnamed,
  namesIn,
  PARTICIPLE,
  subjectStretch,
  tiedSubject,
} from './event-clause-subject.ts';
import { findVerb } from './event-clause-verb.ts';
import { agentTitle } from './event-passive-agent.ts';
import { DESTINATION } from './event-place.ts';
import { relativeSubject } from './event-relative-clause.ts';
import {
  endsWithName,
  isPlural,
  joinNames,
  nameOf,
  render,
  tidy,
  titleSubjects,
  withoutCutClause,
  type TitleInput,
  type TitleName,
} from './event-title-words.ts';
import {
  AUXILIARY,
  CARRIER,
  DANGLING,
  DETERMINER,
  formsOf,
  isPastForm,
  isVerb,
  LEADING_ADVERBIAL,
  MARKET_NOUN,
  PASSIVE_AUX,
  POSSESSED,
  PREPOSITION,
  SUBJECT_PRONOUN,
  SUBORDINATOR,
  tagsOf,
  wordsOf,
  type Word,
} from './event-verbs.ts';

/** Verbs after which a participle describes the subject ("remains committed"). */
const LINKING =
  /^(?:remain|remains|remained|stay|stays|stayed|seem|seems|seemed|appear|appears|appeared|become|becomes|became)$/i;

/** How the clause reports its event, when it has a subject and a verb for its trigger. */
export interface ClauseReport {
  /** The verb stands in a subordinate clause ("since Putin launched ..."): background. */
  subordinate: boolean;
  tense: 'past' | 'present' | 'future';
}

export function titleWords(input: TitleInput): Word[] {
  return wordsOf(input.text, input.clause).filter(
    (w) => !input.skip.some((s) => w.start >= s.start && w.end <= s.end),
  );
}

/** Verbs that say nothing without their object ("He received", "Treasury and OFAC impose"). */
const NEEDS_OBJECT =
  /^(?:receive|impose|give|grant|hand|award|issue|send|buy|sell|acquire|sign|approve|adopt|announce|unveil|urge|reach|seize|make|take)$/i;

/**
 * Between a body and its person: capitalized title words or a few role words ("Harwell & Price
 * chief executive Priya Raman"): the body only says whose the person is.
 */
const PERSON_OF_BODY =
  /^(?:['’]s)?(?:\s+(?:\p{Lu}[\p{L}.-]*|chief|executive|director|managing|manager|head|chair|chairman|chairwoman|president|vice|deputy|senior|spokesman|spokeswoman|spokesperson|minister|secretary|officer|founder|coach|captain|striker|midfielder|defender|goalkeeper|general|counsel|analyst|economist|researcher))*\s+$/u;

/** A number that counts the subject: "Forty-two cases recorded", "Two boys murdered". */
const COUNT =
  /^(?:\d.*|(?:\p{L}+-)?(?:one|two|three|four|five|six|seven|eight|nine)|ten|eleven|twelve|\p{L}+teen|\p{L}+ty|dozens|scores|hundreds|thousands|millions)$/iu;

/** Reporting verbs whose ", and urged ..." shares their subject. */
const REPORTS = /^(?:said|told|stated|added|noted|announced|warned|reported)$/i;

/** A noun, then the preposition of a place: "deal in neighbouring ", "Police in ". */
const PLACE_OF_NOUN =
  /^(?!(?:in|at|near|from|outside)\s)\S.*\s(?:in|at|near|outside)\s+(?:\p{Ll}+\s+)?$/iu;

export function clauseTitle(
  words: Word[],
  input: TitleInput,
): { words: string[]; report: ClauseReport } | null {
  const { text, clause, trigger } = input;
  if (trigger === null) return null;
  const verbIndex = findVerb(words, trigger);
  if (verbIndex < 0) return null;
  // The subject: from the clause start (after leading time and place phrases) to the verb.
  let auxStart = verbIndex;
  let passive = false;
  for (;;) {
    const before = words[auxStart - 1]?.text ?? '';
    const carrier = CARRIER.test(before) && words[auxStart]?.text.toLowerCase() === 'to';
    if (auxStart === 0 || !(AUXILIARY.test(before) || carrier)) break;
    auxStart -= 1;
    if (PASSIVE_AUX.test(before)) passive = true;
  }
  // "Novak conceded defeat on Sunday and congratulated Halas": the first of two verbs that
  // share a subject leads the title.
  if (/^and$/i.test(words[auxStart - 1]?.text ?? '')) {
    const first = pastVerbBefore(
      words,
      clause.start,
      auxStart - 2,
      (i) => !words.slice(i + 1, auxStart - 1).some((v) => /^[,;:]$/.test(v.text)),
    );
    if (first > 0) {
      const w = words[first]!;
      return clauseTitle(words, { ...input, trigger: { ...trigger, start: w.start, end: w.end } });
    }
  }
  // "Similar fraud at a charity in Gloucester, prosecuted last year, led to ...": a participle
  // set off by commas after its noun is a reduced relative; the verb after it leads the title.
  if (auxStart === verbIndex && words[verbIndex - 1]?.text === ',') {
    const close = words.findIndex((w, i) => i > verbIndex && /^[,;:]$/.test(w.text));
    const next = close > 0 && words[close]!.text === ',' ? words[close + 1] : undefined;
    if (
      next !== undefined &&
      /^\p{Ll}/u.test(next.text) &&
      (tagsOf(next.text).includes('PastTense') || isPastForm(next.text)) &&
      isVerb(next.text, ',')
    )
      return clauseTitle(words, {
        ...input,
        trigger: { ...trigger, start: next.start, end: next.end },
      });
  }
  // "The WHO said on Monday that cases had doubled since March, and urged donors to ...": a
  // verb after ", and" shares the subject of the reporting verb, not the words between.
  let subjectEnd = auxStart;
  if (/^and$/i.test(words[auxStart - 1]?.text ?? '') && words[auxStart - 2]?.text === ',') {
    const first = pastVerbBefore(words, clause.start, auxStart - 2);
    if (first > 0 && REPORTS.test(words[first]!.text)) subjectEnd = first;
  }
  const verb = words[verbIndex]!.text;
  const verbTags = tagsOf(verb);
  if (
    passive &&
    !/(?:ed|en|wn)$/i.test(verb) &&
    !verbTags.includes('PastTense') &&
    !verbTags.includes('Participle')
  )
    passive = false;
  const lead = LEADING_ADVERBIAL.exec(
    text.slice(clause.start, words[subjectEnd]?.start ?? clause.end),
  );
  const subjectFrom = clause.start + (lead?.[0].length ?? 0);
  let subjectWords = words.slice(0, subjectEnd).filter((w) => w.start >= subjectFrom);
  // The subject starts after the last subordinator ("The report comes after North Korea ...").
  const sub = subjectWords.map((w) => SUBORDINATOR.test(w.text)).lastIndexOf(true);
  // A verb of a relative clause acts on the noun before it, or that noun acts.
  const relative = relativeSubject(text, subjectWords);
  // "men and boys who were murdered in 1995 were remembered": a relative clause that closed
  // before our verb describes the subject; the subject is its antecedent.
  const closedRelative = subjectWords.findIndex((w) => /^(?:who|which|whose)$/i.test(w.text));
  // "Nordica, which was founded after the collapse of Estonian Air, flew": a subordinator
  // inside a relative clause set off by commas is that clause's, not our verb's.
  const inAside =
    closedRelative > 0 &&
    subjectWords[closedRelative - 1]!.text === ',' &&
    sub > closedRelative &&
    subjectWords.slice(sub).some((w) => w.text === ',');
  if (relative !== null) subjectWords = relative.subject;
  else if (sub >= 0 && !inAside) subjectWords = subjectWords.slice(sub + 1);
  else if (closedRelative > 0) subjectWords = subjectWords.slice(0, closedRelative);
  const auxWords = words.slice(auxStart, verbIndex).map((w) => w.text.toLowerCase());
  const tense: ClauseReport['tense'] = auxWords.some((w) => /^(?:will|to|shall)$/.test(w))
    ? 'future'
    : auxWords.some((w) => /^(?:is|are|am)$/.test(w))
      ? 'present' // "players are dropped", "is taking"
      : auxWords.some((w) => /^(?:has|have|had|was|were)$/.test(w)) ||
          tagsOf(words[verbIndex]!.text).includes('PastTense') ||
          /ed$/.test(words[verbIndex]!.text) ||
          isPastForm(words[verbIndex]!.text)
        ? 'past'
        : 'present';
  const report: ClauseReport = { subordinate: sub >= 0 || relative !== null, tense };
  const stretch = subjectStretch(subjectWords, input);
  subjectWords = stretch.subjectWords;
  const { timeSubject } = stretch;
  // "said on Monday its members would strike": the saying's date is no part of the subject.
  const dated = (w: Word | undefined): boolean =>
    w !== undefined && input.dates.some((d) => w.start >= d.start && w.end <= d.end);
  while (
    !timeSubject &&
    subjectWords.length > 2 &&
    /^on$/i.test(subjectWords[0]!.text) &&
    dated(subjectWords[1])
  )
    subjectWords = subjectWords.slice(2);
  const names = (part: Word[]): TitleName[] => namesIn(part, input);
  // A verb left in the subject means ours belongs to an embedded clause: no title from it.
  // (An antecedent is a noun phrase, though its head may read as a verb: "a legal battle".)
  if (
    relative === null &&
    subjectWords.some(
      (w, i) =>
        (!input.dates.some((d) => w.start >= d.start && w.end <= d.end) &&
          /^(?:will|would|has|have|had|is|are|was|were|can|could|may|might|must|should)$/i.test(
            w.text,
          )) ||
        (i > 0 &&
          // "The first trains will run": before "will", the subject ends in its noun.
          !(i === subjectWords.length - 1 && auxWords.some((a) => /^(?:will|shall)$/.test(a))) &&
          // "The two clubs meet", "The semi-final draw took place": the noun that ends a subject
          // led by an article stands right before the verb; two verbs in a row are no clause.
          !(
            i === subjectWords.length - 1 &&
            DETERMINER.test(subjectWords[0]!.text) &&
            !isPastForm(w.text) &&
            !/ly$/.test(w.text) &&
            w.end <= words[auxStart]!.start &&
            !words.slice(0, auxStart).some((v) => v.start > w.end)
          ) &&
          // "A state appeals court suspended": a word before the head noun names a kind of it.
          // (Also when a phrase follows the head: "The maiden test flight of Ariane 6 ended"; a
          // passive keeps its whole subject by withPassiveSubject.)
          !(
            (i === subjectWords.length - 2 ||
              (!passive && PREPOSITION.test(subjectWords[i + 2]?.text ?? ''))) &&
            DETERMINER.test(subjectWords[0]!.text) &&
            /^\p{Ll}+$/u.test(subjectWords[i + 1]!.text) &&
            // "The union said it had warned": a pronoun is no head noun.
            !SUBJECT_PRONOUN.test(subjectWords[i + 1]!.text) &&
            !isVerb(subjectWords[i + 1]!.text, w.text)
          ) &&
          isVerb(w.text, subjectWords[i - 1]!.text) &&
          // "A five-judge bench led by Chief Justice Chandrachud ordered": a participle before
          // "by" describes the noun before it; it is no verb of its own.
          !(PARTICIPLE.test(w.text) && /^by$/i.test(subjectWords[i + 1]?.text ?? '')) &&
          !/^\p{Lu}/u.test(w.text) &&
          tagsOf(w.text).some(
            (t) => t === 'PastTense' || t === 'PresentTense' || t === 'Infinitive',
          )),
    )
  )
    return null;
  const subjectNamed = names(subjectWords);
  // "NASA Administrator Charles Bolden": the body qualifies the person who acts.
  const qualifies = (m: TitleName): boolean =>
    subjectNamed.some(
      (p) =>
        p.start > m.end &&
        // "the Bureau of East Asian and Pacific Affairs Kin Moy", "the Treasury’s Office of
        // Foreign Assets Control": the first only says whose the second is.
        (p.type === 'person' ? PERSON_OF_BODY : /^['’]s\s+$/u).test(
          input.text.slice(m.end, p.start),
        ),
    );
  const subjectActors = subjectNamed.filter((m) => m.type !== 'location' && !qualifies(m));
  // "Their visit to Tokyo and Seoul comes after ...": the subject is a happening named by its
  // places, not someone who acts ("Tokyo and Seoul come" is no title).
  const possessor = /^(?:their|his|her|its|our|my)$/i.test(subjectWords[0]?.text ?? '');
  const head = subjectWords[subjectWords.length - 1]?.text ?? '';
  // "Its shares slipped 2%": the company named before owns them ("Acme shares slip 2%").
  const owner = input.participants.find((p) => p.type !== 'location');
  // "The association said its members would strike": the speaker's members.
  const speakers = input.saidBy ?? [];
  const ownedBySpeaker =
    possessor &&
    subjectActors.length === 0 &&
    subjectWords.length === 2 &&
    POSSESSED.test(subjectWords[0]!.text) &&
    speakers.length > 0 &&
    !SUBJECT_PRONOUN.test(speakers[0]!);
  if (possessor && subjectWords.length === 2 && MARKET_NOUN.test(head))
    subjectWords = owner === undefined ? subjectWords.slice(1) : [];
  else if (ownedBySpeaker) subjectWords = subjectWords.slice(1);
  else if (subjectActors.length === 0 && possessor) return null;
  // "U.S. Secretary of State Marsh": the country qualifies the person who acts.
  // "a similar deal in neighbouring Ashford County was abandoned": a place after a noun and its
  // preposition says where that thing is; the noun phrase is the subject, not the place.
  const placeOfNoun = (m: TitleName): boolean =>
    m.type === 'location' &&
    subjectWords.length > 0 &&
    (PLACE_OF_NOUN.test(text.slice(subjectWords[0]!.start, m.start)) ||
      // "A tanker bound for Rotterdam ran aground": the tanker, not the port it was sailing to.
      DESTINATION.test(text.slice(subjectWords[0]!.start, m.start)));
  const subjectNames =
    subjectActors.length > 0 ? subjectActors : subjectNamed.filter((m) => !placeOfNoun(m));
  const group = subjectWords.some((w) => /^(?:both|two|pair|they)$/i.test(w.text));
  let subject: string[];
  let plural: boolean;
  const tied =
    subjectNames.length === 1 && endsWithName(subjectWords, subjectNames[0]!)
      ? headBeforeName(subjectWords, subjectNames[0]!)
      : null;
  const others = input.participants.filter((p) => p.type !== 'location' || p.start < trigger.start);
  let actors = others.filter((p) => !(p.start >= clause.start && p.start > trigger.start));
  // "Halas said she would begin talks": the speaker is who "she" is.
  const pronoun = subjectWords.length === 1 ? subjectWords[0]! : null;
  if (actors.length === 0 && pronoun !== null && /^(?:he|she|it|they)$/i.test(pronoun.text)) {
    const speaker = (input.speakers ?? []).filter(
      (m) => m.type !== 'location' && m.end <= pronoun.start,
    );
    actors = speaker.slice(-1);
  }
  // "both sides" with no one named before is written as it stands in a dated clause ("Since
  // July, both sides have reported ..."); undated, it is no report of its own.
  if (
    ((group && (actors.length > 0 || input.dates.length === 0)) ||
      subjectWords.every((w) => SUBJECT_PRONOUN.test(w.text))) &&
    subjectWords.length > 0
  ) {
    // "China's foreign ministry said it respected the decision": the ministry respects it;
    // "Astronomers using the telescope said they": the astronomers, not the telescope.
    const they = pronoun !== null && /^they$/i.test(pronoun.text);
    if (pronoun !== null && (actors.length === 0 || they) && (input.saidBy?.length ?? 0) > 0) {
      subject = input.saidBy!;
      plural = isPlural(subject, 0);
    } else if (actors.length === 0) {
      if (group) return null;
      const headline = objectHeadline(words, verbIndex, input, passive);
      return headline === null
        ? null
        : { words: headline, report: { subordinate: false, tense: 'past' } };
    } else {
      subject = [joinNames(actors.map((m) => nameOf(m, input)))];
      plural = actors.length > 1;
    }
  } else if (ownedBySpeaker) {
    subject = [...speakers, ...render(subjectWords, input)];
    plural = isPlural(render(subjectWords, input), 0);
  } else if (subjectWords.length === 0 && owner !== undefined && MARKET_NOUN.test(head)) {
    subject = [nameOf(owner, input), head.toLowerCase()];
    plural = true;
  } else if (
    subjectNames.length === 1 &&
    subjectWords.length >= 3 &&
    MARKET_NOUN.test(subjectWords[0]!.text) &&
    /^(?:of|in)$/i.test(subjectWords[1]!.text)
  ) {
    // "Shares of Acme rose": "Acme shares rise".
    subject = [nameOf(subjectNames[0]!, input), subjectWords[0]!.text.toLowerCase()];
    plural = true;
  } else if (tied !== null) {
    // "Copper prices on the London Metal Exchange rose": the prices rise, not the exchange.
    const name = subjectNames[0]!;
    const head = render(tied.head, input);
    subject = tiedSubject(head, tied.tie, nameOf(name, input), name.type);
    const noun = head.filter((w) => !DETERMINER.test(w));
    plural = isPlural(PARTICIPLE.test(noun.at(-1) ?? '') ? noun.slice(0, -1) : noun, 0);
  } else if (
    subjectNames.length >= 2 ||
    (subjectNames.length === 1 &&
      endsWithName(subjectWords, subjectNames[0]!) &&
      !joinsUnnamed(subjectWords, subjectNames[0]!))
  ) {
    const written = titleSubjects(subjectNames.map((m) => nameOf(m, input)));
    subject = [joinNames(written)];
    // Two mentions of one person ("Wendy Sherman" in its title and alone) are one subject.
    plural = written.length > 1;
  } else {
    subject = render(subjectWords, input);
    while (subject.length > 0 && DETERMINER.test(subject[0]!)) subject.shift();
    // "Similar fraud at a charity in Gloucester": a long subject loses its last phrases.
    let phrase = subject.map((w) => PREPOSITION.test(w)).lastIndexOf(true);
    // (Unless the phrase is a conjunct's: "Delegations from the army and the RSF".)
    while (subject.length > 6 && phrase > 1 && !subject.slice(phrase).includes('and')) {
      subject = subject.slice(0, phrase);
      phrase = subject.map((w) => PREPOSITION.test(w)).lastIndexOf(true);
    }
    if (subject.length > (subject.includes('and') ? 8 : 6)) subject = subject.slice(-4);
    plural = isPlural(subject, subjectNames.length);
  }
  subject = tidy(subject);
  if (subject.length === 0 ? !timeSubject : subject.every((w) => SUBJECT_PRONOUN.test(w)))
    return null;
  // The object: the words after the verb up to the end of its phrase, or a date.
  // "sworn in": the particle belongs to the verb.
  const particle = /^sworn$/i.test(verb) && /^in$/i.test(words[verbIndex + 1]?.text ?? '') ? 1 : 0;
  const after = objectWords(words, verbIndex, input, particle, relative !== null);
  const next = words
    .slice(verbIndex + 1)
    .find((w) => !input.dates.some((d) => w.start >= d.start && w.end <= d.end));
  // "the first boat rescued on Friday was turned around": a reduced relative, not the verb.
  if (next !== undefined && PASSIVE_AUX.test(next.text) && after.length === 0) return null;
  if (
    after.length > 0 &&
    /^(?:is|are|was|were|be|been|being|has|have|had|will|would)$/i.test(after[0]!.text)
  )
    return null;
  const forms = formsOf(verb);
  if (forms.base === 'be' || forms.base === 'have') return null;
  const object = withoutCutClause([
    ...render(relative?.object ?? [], input),
    ...render(after, input),
  ]);
  // "Carney congratulated her": the person "her" stands for, when the article says who.
  if (input.objectReferent != null && /^(?:him|her)$/i.test(object[0] ?? ''))
    object.splice(0, 1, nameOf(input.objectReferent, input));
  // "He received", "Boys murdered": a verb with no object it needs, or a passive of many naming
  // no one, no number and no place, tells the analyst nothing: no title, no event.
  const told = object.some((w) => !DANGLING.test(w));
  // "announces where the orbiters will be displayed": a clause is its object.
  const clauseObject = /^(?:where|what|that|how|which|who|whether|when|why)$/i.test(
    words[verbIndex + 1]?.text ?? '',
  );
  if (!told && !clauseObject && !passive && NEEDS_OBJECT.test(forms.base))
    return { words: [], report };
  if (
    !told &&
    passive &&
    plural &&
    relative === null &&
    input.location === null &&
    subjectNamed.length === 0 &&
    actors.length === 0 &&
    !subjectWords.some((w) => COUNT.test(w.text))
  )
    return { words: [], report };
  // "X will be hosted in Seoul by Y", "X, hosted earlier by Y,": Y hosts X in Seoul.
  const by = after.findIndex((w) => w.text.toLowerCase() === 'by');
  // "dropped by about 12%": by how much, not by whom.
  const amount =
    /^(?:[$€£¥]?\d.*|about|nearly|almost|around|roughly|some|more|less|over|up|as|a|an|half|one|two|three|four|five|six|seven|eight|nine|ten)$/i;
  if (by === 0 && /ed$/.test(verb) && !amount.test(after[1]?.text ?? '')) passive = true;
  if (passive && by >= 0) {
    const patient = group ? subject : render(subjectWords, input);
    const agented = agentTitle(after, by, patient, forms, input);
    if (agented !== null) return { words: agented, report };
  }
  if (timeSubject) {
    while (object.length > 0 && DETERMINER.test(object[0]!)) object.shift();
    return object.length > 0 ? { words: object, report } : null;
  }
  // An irregular participle stays as it is ("sworn", not "sworned").
  const participle = /(?:en|wn|rn)$/i.test(verb) ? verb.toLowerCase() : forms.participle;
  // "The United States remains committed to ...": after a linking verb the participle is an
  // adjective, written as it stands; the linking verb is the one put in the present.
  const link = LINKING.test(subject.at(-1) ?? '') && /ed$/i.test(verb);
  if (link) {
    // (Written in the present, it keeps its number: "The United States remains".)
    const written = subject.at(-1)!.toLowerCase();
    const linking = formsOf(written);
    const present = written === linking.base || written === linking.present;
    subject = [
      ...subject.slice(0, -1),
      present ? written : plural ? linking.base : linking.present,
    ];
  }
  const verbWord = link
    ? verb.toLowerCase()
    : passive
      ? participle
      : plural
        ? forms.base
        : forms.present;
  // "Rebels seized and burned the town hall": both verbs in the title's tense.
  const second = object[1] ?? '';
  if (/^and$/i.test(object[0] ?? '') && /^\p{Ll}/u.test(second) && !passive) {
    if (tagsOf(second).includes('PastTense') || isPastForm(second))
      object[1] = plural ? formsOf(second).base : formsOf(second).present;
  }
  // "said it would close the plant": "Acme to close the plant", as headlines write a plan.
  if (auxWords.includes('would')) {
    const not = auxWords.some((w) => /^(?:not|never)$/.test(w)) ? ['not'] : [];
    const planned = passive ? ['to', 'be', forms.participle] : ['to', forms.base];
    return { words: [...subject, ...not, ...planned, ...object], report };
  }
  return { words: [...subject, verbWord, ...object], report };
}

/**
 * The first verb in the past tense among `words` before index `end`, in the clause that starts at
 * `from`, that `also` accepts; -1 when none.
 */
function pastVerbBefore(
  words: Word[],
  from: number,
  end: number,
  also: (index: number) => boolean = () => true,
): number {
  return words.findIndex(
    (w, i) =>
      i > 0 &&
      i < end &&
      w.start >= from &&
      /^\p{Ll}/u.test(w.text) &&
      (tagsOf(w.text).includes('PastTense') || isPastForm(w.text)) &&
      isVerb(w.text, words[i - 1]!.text) &&
      also(i),
  );
}
