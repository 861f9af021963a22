import nlp from 'compromise';
import type { BuiltInEventType as EventType } from '../../common/model/event.ts';
import type { TextSpan } from '../dates/sentences.ts';
import type { Trigger } from './event-triggers.ts';

/** A name in the clause, as the title should write it. */
export interface TitleName {
  start: number;
  end: number;
  text: string;
  type: string;
}

export interface TitleInput {
  text: string;
  clause: TextSpan;
  trigger: Trigger | null;
  type: EventType;
  /** Every entity mention inside the clause. */
  mentions: TitleName[];
  /** The event's participants, some possibly named elsewhere in the article. */
  participants: TitleName[];
  location: TitleName | null;
  /** Spans to leave out of the title: sources ("according to ..."), dates. */
  skip: TextSpan[];
  /** The clause's date expressions: an object ends where one starts. */
  dates: TextSpan[];
  /** A person's short name where the article uses one ("Hayashi" for "Hayashi Yoshimasa"). */
  shortNames?: Map<string, string>;
}

export const MAX_TITLE = 80;

type Lexicon = Record<string, string | string[]>;
interface VerbMethods {
  toInfinitive: (word: string, model: unknown, tense: string) => string;
  conjugate: (infinitive: string, model: unknown) => Record<string, string | undefined>;
}
let verbs: { lexicon: Lexicon; model: unknown; methods: VerbMethods } | undefined;

/** compromise's lexicon and verb conjugation, used word by word (no full parse: it is slow). */
function verbKit(): NonNullable<typeof verbs> {
  if (verbs === undefined) {
    const world = (nlp as unknown as { world: () => Record<string, unknown> }).world() as {
      model: { one: { lexicon: Lexicon } };
      methods: { two: { transform: { verb: VerbMethods } } };
    };
    verbs = {
      lexicon: world.model.one.lexicon,
      model: world.model,
      methods: world.methods.two.transform.verb,
    };
  }
  return verbs;
}

const tagCache = new Map<string, string[]>();

function tagsOf(word: string): string[] {
  const key = word.toLowerCase();
  let tags = tagCache.get(key);
  if (tags === undefined) {
    const entry = verbKit().lexicon[key];
    tags = entry === undefined ? [] : typeof entry === 'string' ? entry.split(',') : entry;
    tagCache.set(key, tags);
  }
  return tags;
}

const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Infinitive', 'Participle', 'Verb']);

/** Whether a word is a verb form that can head a clause ("met", "rescued", "will head"). */
/** What moves in a market: nouns though they end in -s ("Acme shares fell", "Shares of Acme"). */
const MARKET_NOUN =
  /^(?:shares|stocks|prices|sales|exports|imports|profits|earnings|revenues|bonds|yields|futures|orders|deliveries)$/i;

function isVerb(word: string, previous = ''): boolean {
  if (MARKET_NOUN.test(word)) return false;
  if (
    /^(?:will|would|to|shall|can|could|may|might|must|did|does|do|i|we|they|you)$/i.test(previous)
  ) {
    return /^[a-z]+(?:-[a-z]+)?$/.test(word) && !DANGLING.test(word);
  }
  if (
    /^(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|of|\d.*)$/i.test(previous)
  ) {
    return false;
  }
  if (!/^[a-z]+(?:-[a-z]+)?$/.test(word)) return false;
  if (/^(?:is|are|was|were|am)$/i.test(previous) && /ing$/.test(word)) return true;
  const tags = tagsOf(word);
  if (tags.some((t) => VERB_TAGS.has(t)) && !tags.includes('Noun')) return true;
  if (/[^e]ed$|[^e]eed$/.test(word) && word.length >= 5 && !/dred$/.test(word)) return true;
  // "Paris left", "she lost": a past form that compromise's lexicon files as an adjective.
  if ((/^\p{Lu}/u.test(previous) || SUBJECT_PRONOUN.test(previous)) && isPastForm(word))
    return true;
  // "chief travels", "Korea fires": an -s form after a noun or a name.
  if (/[^su]s$/.test(word) && previous !== '') {
    const before = tagsOf(previous);
    return /^\p{Lu}/u.test(previous) || (before.includes('Noun') && !before.includes('Adjective'));
  }
  return tags.some((t) => VERB_TAGS.has(t));
}

const pastForms = new Map<string, boolean>();

/** Whether a word is the simple past of some verb ("left" of leave, "lost" of lose). */
function isPastForm(word: string): boolean {
  const key = word.toLowerCase();
  let past = pastForms.get(key);
  if (past === undefined) {
    const kit = verbKit();
    const base = kit.methods.toInfinitive(key, kit.model, 'PastTense');
    past =
      Boolean(base) && base !== key && kit.methods.conjugate(base, kit.model).PastTense === key;
    pastForms.set(key, past);
  }
  return past;
}

const conjugated = new Map<string, { present: string; base: string; participle: string }>();

/** The forms of a verb: "met" → meets / meet / met. */
function formsOf(word: string): { present: string; base: string; participle: string } {
  const key = word.toLowerCase();
  let forms = conjugated.get(key);
  if (forms === undefined) {
    const kit = verbKit();
    const tense = /ing$/.test(key)
      ? 'Gerund'
      : /(?:ed|en)$/.test(key) || tagsOf(key).includes('PastTense') || isPastForm(key)
        ? 'PastTense'
        : 'PresentTense';
    const base = tagsOf(key).includes('Infinitive')
      ? key
      : kit.methods.toInfinitive(key, kit.model, tense) || key;
    const all = kit.methods.conjugate(base, kit.model);
    forms = {
      base,
      present: all.PresentTense ?? `${base}s`,
      participle: all.Participle ?? all.PastTense ?? key,
    };
    conjugated.set(key, forms);
  }
  return forms;
}

interface Word {
  start: number;
  end: number;
  text: string;
}

function wordsOf(text: string, span: TextSpan): Word[] {
  const words: Word[] = [];
  const pattern = /[\p{L}\p{N}$][\p{L}\p{N}'’.$%+&/-]*[\p{L}\p{N}%]|[\p{L}\p{N}]|[,;:()"“”]/gu;
  const slice = text.slice(span.start, span.end);
  for (let m = pattern.exec(slice); m !== null; m = pattern.exec(slice)) {
    words.push({
      start: span.start + m.index,
      end: span.start + m.index + m[0].length,
      text: m[0],
    });
  }
  return words;
}

/** Auxiliaries and adverbs between a subject and its verb: dropped from a headline. */
const AUXILIARY =
  /^(?:will|would|shall|has|have|had|is|are|was|were|be|been|being|also|recently|reportedly|then|already|first|now|just|later|again|jointly|formally|officially|finally|still|to|did|does|do|not|never)$/i;
/** Verbs that only carry another before "to" ("plans to visit", "is set to meet"). */
const CARRIER =
  /^(?:set|scheduled|expected|due|slated|going|plan|plans|planned|intend|intends|intended|begin|began|started|continue|continued|hopes|hoped|wants|wanted|agreed|decided|tried|sought|seeks|vowed|pledged)$/i;
const PASSIVE_AUX = /^(?:is|are|was|were|be|been|being)$/i;
/** Words that end the object of a headline: a new clause, a reason, a source. */
const OBJECT_STOP =
  /^(?:while|whereas|which|who|whom|whose|when|where|after|before|because|as|since|although|though|but|according|said|says|told|amid|despite|following|during|until|under|saying|adding|including|through|together)$/i;
const LEADING_ADVERBIAL =
  /^(?:(?:(?:and|but|so|on|in|at|by|from|since|during|until|last|this|next|earlier|later|early|late|also|meanwhile|however|then|after|before|yesterday|today|tomorrow|tonight|finally|additionally|separately|moreover|furthermore|as a result|in addition|at the same time)\b|\p{L}+ing\b)[^,]{0,60},\s*)+/iu;
const DANGLING =
  /^(?:a|an|the|and|or|of|in|on|at|to|for|with|by|from|into|its|their|his|her|as|that|than)$/i;
const DETERMINER = /^(?:the|a|an)$/i;
const SUBJECT_PRONOUN = /^(?:he|she|they|it|we|i)$/i;

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

/** How a name is written in a title: a person by the surname ("Blinken"), unless it is hyphenated. */
export function shortNameOf(name: TitleName): string {
  const text = name.text.replace(/^the\s+/i, '').replace(/['’]s$/, '');
  if (name.type !== 'person') return text;
  const parts = text.split(/\s+/);
  const last = parts[parts.length - 1]!;
  if (parts.length <= 1 || last.includes('-') || /^(?:Jr|Sr|II|III)\.?$/.test(last)) return text;
  return last;
}

function nameOf(name: TitleName, input: TitleInput): string {
  return input.shortNames?.get(name.text) ?? shortNameOf(name);
}

/** "Defense Minister Aiko Sato": the title before a name is not the title's business. */
function endsWithName(words: Word[], name: TitleName): boolean {
  const last = words[words.length - 1];
  return last !== undefined && last.start >= name.start && last.end <= name.end + 2;
}

function joinNames(names: string[]): string {
  const unique = [...new Set(names)];
  if (unique.length <= 1) return unique.join('');
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]!}`;
}

/** Words of a span with each entity mention written as its short name and dates left out. */
function render(words: Word[], input: TitleInput): string[] {
  const out: string[] = [];
  const named = new Set<number>();
  const left = [...input.skip, ...input.dates];
  let i = 0;
  while (i < words.length) {
    const word = words[i]!;
    if (left.some((s) => word.start >= s.start && word.end <= s.end)) {
      i += 1;
      continue;
    }
    const mention = input.mentions.find((m) => word.start >= m.start && word.start < m.end);
    if (mention !== undefined) {
      const possessive = /^['’]s\b/.test(input.text.slice(mention.end, mention.end + 2));
      if (mention.type === 'person') dropTitleBefore(out, named);
      out.push(nameOf(mention, input) + (possessive ? '’s' : ''));
      named.add(out.length - 1);
      while (i < words.length && words[i]!.start < mention.end) i += 1;
      continue;
    }
    out.push(word.text);
    i += 1;
  }
  return out;
}

/** "Japanese Minister for Foreign Affairs Hayashi" → "Hayashi": a person's title, dropped. */
function dropTitleBefore(out: string[], named: Set<number>): void {
  let cut = out.length;
  while (
    cut > 0 &&
    !named.has(cut - 1) &&
    /^(?:\p{Lu}[\p{L}.’'-]*|for|of|and)$/u.test(out[cut - 1]!)
  )
    cut -= 1;
  while (cut < out.length && /^(?:for|of|and)$/.test(out[cut]!)) cut += 1;
  if (cut < out.length && /^\p{Lu}/u.test(out[cut]!)) out.splice(cut);
}

function tidy(words: string[]): string[] {
  const list = words.filter((w) => !/^[()"“”]$/.test(w));
  const dangles = (w: string): boolean =>
    DANGLING.test(w) || /^[,;:]$/.test(w) || /^(?:it|they|he|she|we|which|who|whose)$/i.test(w);
  while (list.length > 0 && dangles(list[list.length - 1]!)) list.pop();
  while (list.length > 0 && /^[,;:]$/.test(list[0]!)) list.shift();
  return list;
}

function sentenceOf(words: string[]): string {
  return words
    .join(' ')
    .replace(/\s+([,;:%])/g, '$1')
    .replace(/\s+’s\b/g, '’s');
}

function capitalize(title: string): string {
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/** Keep a title under MAX_TITLE characters, cutting at a word that does not dangle. */
function fit(words: string[]): string {
  let list = tidy(words);
  while (list.length > 2 && sentenceOf(list).length > MAX_TITLE) {
    // Drop the last prepositional phrase whole, rather than leave half of one.
    const cut = list
      .map((w) => PREPOSITION.test(w) || /^(?:and|or|but)$/i.test(w))
      .lastIndexOf(true);
    list = tidy(cut > 2 ? list.slice(0, cut) : list.slice(0, -1));
  }
  return capitalize(sentenceOf(list));
}

function isPlural(subject: string[], names: number): boolean {
  if (names >= 2 || subject.some((w) => /^(?:and|both)$/i.test(w))) return true;
  const head = subject[subject.length - 1] ?? '';
  if (/^(?:officials|people|police|men|women|children|fishermen|forces|troops)$/i.test(head))
    return true;
  const tags = tagsOf(head);
  if (tags.includes('Plural')) return true;
  if (tags.includes('Singular') || /^\p{Lu}/u.test(head)) return false;
  return /[^s]s$/.test(head);
}

/**
 * The event's title as an analyst writes it: subject, verb in the present tense, object, place
 * ("Blinken and Austin meet Motegi and Kishi in Tokyo", "Pentagon chief travels to India"),
 * made from the clause's own words; at most MAX_TITLE characters. With it, how the clause
 * reports the event: null when it has no subject and verb for its trigger (it only names it).
 */
export function titleOf(input: TitleInput): { title: string; report: ClauseReport | null } {
  const clause = clauseTitle(titleWords(input), input);
  let title = clause?.words ?? namedTitle(input);
  const place = input.location;
  if (place !== null) {
    const name = nameOf(place, input);
    if (!title.join(' ').includes(name)) title = [...tidy(title), 'in', name];
  }
  return { title: fit(title), report: clause?.report ?? null };
}

/**
 * The first verb of a clause that reports something done ("chose", "will offer", "is
 * taking"), for a dated sentence whose words name no known kind of event.
 */
export function firstVerb(text: string, clause: TextSpan): TextSpan | null {
  const words = wordsOf(text, clause);
  for (let i = 1; i < words.length; i += 1) {
    const w = words[i]!.text;
    const previous = words[i - 1]!.text;
    // "is to run from January 23", "are due to report on May 5": a schedule; any other "to"
    // marks no verb of the clause.
    const scheduled = /^to$/i.test(previous) && /^(?:is|are|due)$/i.test(words[i - 2]?.text ?? '');
    if (AUXILIARY.test(w) || (/^(?:to)$/i.test(previous) && !scheduled)) continue;
    const done =
      tagsOf(w).includes('PastTense') ||
      /[^e]ed$/.test(w) ||
      /^(?:will|is|are)$/i.test(previous) ||
      scheduled ||
      isPastForm(w);
    if (
      done &&
      isVerb(w, previous) &&
      !/^(?:been|being|had|born|based|located|known|called|named)$/i.test(w)
    )
      return { start: words[i]!.start, end: words[i]!.end };
  }
  return null;
}

/** How the clause reports its event, when it has a subject and a verb for its trigger. */
export interface ClauseReport {
  /** The verb stands in a subordinate clause ("since Putin launched ..."): background. */
  subordinate: boolean;
  tense: 'past' | 'present' | 'future';
}

function titleWords(input: TitleInput): Word[] {
  return wordsOf(input.text, input.clause).filter(
    (w) => !input.skip.some((s) => w.start >= s.start && w.end <= s.end),
  );
}

const PREPOSITION =
  /^(?:from|in|on|at|after|during|with|for|by|to|of|into|near|off|amid|under|over|across|since|following)$/i;
const SUBORDINATOR = /^(?:after|when|that|as|because|since|while|before|once|until|if|where)$/i;

/** The index of the clause's verb for the trigger: the trigger itself, or the verb governing it. */
function findVerb(words: Word[], trigger: Trigger): number {
  const at = words.findIndex((w) => w.start >= trigger.start);
  if (at < 0) return -1;
  const previous = (i: number): string => (i > 0 ? words[i - 1]!.text : '');
  const progressive = (i: number): boolean => /^(?:is|are|was|were)$/i.test(previous(i));
  const finite = (i: number): boolean => {
    const w = words[i]!.text;
    return (
      isVerb(w, previous(i)) &&
      !AUXILIARY.test(w) &&
      (!/ing$/.test(w) || progressive(i)) &&
      previous(i).toLowerCase() !== 'to' &&
      !(CARRIER.test(w) && words[i + 1]?.text.toLowerCase() === 'to')
    );
  };
  if (isVerb(words[at]!.text, previous(at)) && (!/ing$/.test(words[at]!.text) || progressive(at)))
    return at;
  // A noun or a participle ("a virtual summit", "killing 107") governed by an earlier verb ...
  for (let i = at - 1; i >= Math.max(0, at - 12); i -= 1) if (finite(i)) return i;
  // ... or the subject of a later one ("The first referendum is to be held").
  for (let i = at + 1; i < Math.min(words.length, at + 6); i += 1) {
    if (/^[,;:]$/.test(words[i]!.text)) break;
    if (finite(i)) return i;
  }
  return -1;
}

function clauseTitle(
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
    text.slice(clause.start, words[auxStart]?.start ?? clause.end),
  );
  const subjectFrom = clause.start + (lead?.[0].length ?? 0);
  let subjectWords = words.slice(0, auxStart).filter((w) => w.start >= subjectFrom);
  // The subject starts after the last subordinator ("The report comes after North Korea ...").
  const sub = subjectWords.map((w) => SUBORDINATOR.test(w.text)).lastIndexOf(true);
  if (sub >= 0) subjectWords = subjectWords.slice(sub + 1);
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
  const report: ClauseReport = { subordinate: sub >= 0, tense };
  // An apposition: keep the last comma-free stretch that names someone.
  const parts: Word[][] = [[]];
  for (const w of subjectWords) {
    if (w.text === ',') parts.push([]);
    else parts[parts.length - 1]!.push(w);
  }
  const names = (part: Word[]): TitleName[] =>
    input.mentions.filter((m) => part.some((w) => w.start >= m.start && w.start < m.end));
  // A stretch of time words ("In 2007, Paris left", "in 1997 and 1998, she was") is no subject.
  const timeOnly = (part: Word[]): boolean =>
    part.every(
      (w) =>
        input.dates.some((d) => w.start >= d.start && w.end <= d.end) ||
        PREPOSITION.test(w.text) ||
        /^(?:and|or)$/i.test(w.text),
    );
  // "USI's exhibit, which is located in Evansville, Indiana, is to run": from the relative
  // pronoun on, the parts are the relative clause, not the subject.
  const relative = parts.findIndex(
    (p, i) => i > 0 && /^(?:which|who|whom|whose)$/i.test(p[0]?.text ?? ''),
  );
  const kept = (relative > 0 ? parts.slice(0, relative) : parts).filter((p) => !timeOnly(p));
  // "This past week marked the opening of ...": the time is the subject, the object the event.
  const timeSubject = subjectWords.length > 0 && kept.length === 0;
  const named = kept.filter((p) => names(p).length > 0);
  subjectWords = (named.length > 0 ? named[named.length - 1] : kept[0]) ?? [];
  // "tomorrow he plans to meet": the pronoun is the subject, the date no part of it.
  const onlyHeOrShe = subjectWords.filter(
    (w) => !input.dates.some((d) => w.start >= d.start && w.end <= d.end),
  );
  if (onlyHeOrShe.length === 1 && /^(?:he|she)$/i.test(onlyHeOrShe[0]!.text))
    subjectWords = onlyHeOrShe;
  // A place phrase before the subject ("From South Korea the Pentagon chief").
  while (subjectWords.length > 1 && PREPOSITION.test(subjectWords[0]!.text)) {
    const next = subjectWords.findIndex((w, i) => i > 0 && DETERMINER.test(w.text));
    if (next < 0) break;
    subjectWords = subjectWords.slice(next);
  }
  // A verb left in the subject means ours belongs to an embedded clause: no title from it.
  if (
    subjectWords.some(
      (w, i) =>
        (!input.dates.some((d) => w.start >= d.start && w.end <= d.end) &&
          /^(?:will|would|has|have|had|is|are|was|were|can|could|may|might|must|should)$/i.test(
            w.text,
          )) ||
        (isVerb(w.text, subjectWords[i - 1]?.text ?? '') &&
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
        p.type === 'person' &&
        p.start > m.end &&
        /^(?:['’]s)?(?:\s+\p{Lu}[\p{L}.-]*)+\s+$/u.test(input.text.slice(m.end, p.start)),
    );
  const subjectActors = subjectNamed.filter((m) => m.type !== 'location' && !qualifies(m));
  // "Their visit to Tokyo and Seoul comes after ...": the subject is a happening named by its
  // places, not someone who acts ("Tokyo and Seoul come" is no title).
  if (
    subjectActors.length === 0 &&
    /^(?:their|his|her|its|our|my)$/i.test(subjectWords[0]?.text ?? '')
  )
    return null;
  // "U.S. Secretary of State Marsh": the country qualifies the person who acts.
  const subjectNames = subjectActors.length > 0 ? subjectActors : subjectNamed;
  const group = subjectWords.some((w) => /^(?:both|two|pair|they)$/i.test(w.text));
  let subject: string[];
  let plural: boolean;
  const others = input.participants.filter((p) => p.type !== 'location' || p.start < trigger.start);
  const actors = others.filter((p) => !(p.start >= clause.start && p.start > trigger.start));
  // "both sides" with no one named before is written as it stands in a dated clause ("Since
  // July, both sides have reported ..."); undated, it is no report of its own.
  if (
    ((group && (actors.length > 0 || input.dates.length === 0)) ||
      subjectWords.every((w) => SUBJECT_PRONOUN.test(w.text))) &&
    subjectWords.length > 0
  ) {
    if (actors.length === 0) {
      // "we launched a new observatory": "New observatory launched", as headlines say it.
      // The object ends where a date starts ("the rest by the end of fiscal 2027").
      const tail = words.slice(verbIndex + 1);
      const dated = tail.findIndex((w) =>
        input.dates.some((d) => w.start >= d.start && w.end <= d.end),
      );
      const done = render(dated < 0 ? tail : tail.slice(0, dated), input);
      const object: string[] = [];
      for (const w of done) {
        if (/^[,;:"“”]$/.test(w) || OBJECT_STOP.test(w)) break;
        object.push(w);
      }
      const addressee = [...object];
      while (object.length > 0 && DETERMINER.test(object[0]!)) object.shift();
      if (object.length === 0 || group) return null;
      const report: ClauseReport = { subordinate: false, tense: 'past' };
      // "I offer my congratulations to ...", "I congratulate ...": "Congratulations to ...".
      if (/^(?:my|our|his|her|their|its)$/i.test(object[0]!))
        return { words: object.slice(1), report };
      if (/^congratulate/i.test(words[verbIndex]!.text))
        return { words: ['Congratulations', 'to', ...addressee], report };
      const participle = formsOf(words[verbIndex]!.text).participle;
      // "she was tasked with ...": "Tasked with ...", not "With ... tasked".
      if (passive)
        return { words: [participle, ...done.filter((w) => !/^[,;:]$/.test(w))], report };
      return { words: [...object.slice(0, 8), participle], report };
    }
    subject = [joinNames(actors.map((m) => nameOf(m, input)))];
    plural = actors.length > 1;
  } else if (
    subjectNames.length === 1 &&
    subjectWords.length >= 3 &&
    MARKET_NOUN.test(subjectWords[0]!.text) &&
    /^of$/i.test(subjectWords[1]!.text)
  ) {
    // "Shares of Acme rose": "Acme shares rise".
    subject = [nameOf(subjectNames[0]!, input), subjectWords[0]!.text.toLowerCase()];
    plural = true;
  } else if (
    subjectNames.length >= 2 ||
    (subjectNames.length === 1 && endsWithName(subjectWords, subjectNames[0]!))
  ) {
    subject = [joinNames(subjectNames.map((m) => nameOf(m, input)))];
    plural = subjectNames.length > 1;
  } else {
    subject = render(subjectWords, input);
    while (subject.length > 0 && DETERMINER.test(subject[0]!)) subject.shift();
    if (subject.length > 6) subject = subject.slice(-4);
    plural = isPlural(subject, subjectNames.length);
  }
  subject = tidy(subject);
  if (subject.length === 0 ? !timeSubject : subject.every((w) => SUBJECT_PRONOUN.test(w)))
    return null;
  // The object: the words after the verb up to the end of its phrase, or a date.
  const after: Word[] = [];
  const inName = (w: Word | undefined): boolean =>
    w !== undefined && input.mentions.some((m) => w.start >= m.start && w.start < m.end);
  const rest = words.slice(verbIndex + 1);
  for (const [i, w] of rest.entries()) {
    // A list of names goes on past its commas ("Spain, Guatemala, and Costa Rica").
    const listComma =
      w.text === ',' &&
      inName(rest[i - 1]) &&
      (inName(rest[i + 1]) || (rest[i + 1]?.text === 'and' && inName(rest[i + 2])));
    if (!listComma && (/^[,;:"“”]$/.test(w.text) || OBJECT_STOP.test(w.text))) break;
    if (input.dates.some((d) => w.start >= d.start && w.end <= d.end)) {
      if (after.length === 0) continue;
      break;
    }
    after.push(w);
    if (after.length >= 12) break;
  }
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
  const object = render(after, input);
  // "X will be hosted in Seoul by Y", "X, hosted earlier by Y,": Y hosts X in Seoul.
  const by = after.findIndex((w) => w.text.toLowerCase() === 'by');
  if (by === 0 && /ed$/.test(verb)) passive = true;
  if (passive && by >= 0) {
    const named = names(after.slice(by + 1));
    // "by South Korea's Foreign Minister Park": the minister hosts, not the country.
    const agents = named.some((m) => m.type !== 'location')
      ? named.filter((m) => m.type !== 'location')
      : named;
    if (agents.length > 0) {
      const verbWord = agents.length > 1 ? forms.base : forms.present;
      const agent = joinNames(agents.map((m) => nameOf(m, input)));
      const patient = group ? subject : render(subjectWords, input);
      if (patient.length > 0 && DETERMINER.test(patient[0]!))
        patient[0] = patient[0]!.toLowerCase();
      return { words: [agent, verbWord, ...patient, ...render(after.slice(0, by), input)], report };
    }
  }
  if (timeSubject) {
    while (object.length > 0 && DETERMINER.test(object[0]!)) object.shift();
    return object.length > 0 ? { words: object, report } : null;
  }
  const verbWord = passive ? forms.participle : plural ? forms.base : forms.present;
  return { words: [...subject, verbWord, ...object], report };
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
  const first = subjects.length > 1 ? verb[0]! : formsOf(verb[0]!).present;
  const words = [joinNames(subjects.map(shortName)), first, ...verb.slice(1)];
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
  const words = wordsOf(input.text, input.clause);
  const at = trigger === null ? -1 : words.findIndex((w) => w.start >= trigger.start);
  if (at >= 0) {
    let from = at;
    while (
      from > 0 &&
      from > at - 3 &&
      !/^[,;:]$/.test(words[from - 1]!.text) &&
      !isVerb(words[from - 1]!.text) &&
      !DANGLING.test(words[from - 1]!.text)
    )
      from -= 1;
    const phrase = render(words.slice(from, at + 1), input);
    if (phrase.length > 0) return phrase;
  }
  const noun = trigger?.text.toLowerCase() ?? '';
  return [noun === '' ? 'Event' : noun];
}
