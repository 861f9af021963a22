import { compromise } from './compromise-library.ts';
import type { TextSpan } from '../dates/sentences.ts';
import { SCHEDULED_PRESENT } from '../dates/tense.ts';

type Lexicon = Record<string, string | string[]>;
interface VerbMethods {
  toInfinitive: (word: string, model: unknown, tense: string) => string;
  conjugate: (infinitive: string, model: unknown) => Record<string, string | undefined>;
}
let verbs: { lexicon: Lexicon; model: unknown; methods: VerbMethods } | undefined;

/** compromise's lexicon and verb conjugation, used word by word (no full parse: it is slow). */
function verbKit(): NonNullable<typeof verbs> {
  if (verbs === undefined) {
    const world = (compromise() as unknown as { world: () => Record<string, unknown> }).world() as {
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

export function tagsOf(word: string): string[] {
  const key = word.toLowerCase();
  let tags = tagCache.get(key);
  if (tags === undefined) {
    const entry = verbKit().lexicon[key];
    tags = entry === undefined ? [] : typeof entry === 'string' ? entry.split(',') : entry;
    tagCache.set(key, tags);
  }
  return tags;
}

export const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Infinitive', 'Participle', 'Verb']);

/** What moves in a market: nouns though they end in -s ("Acme shares fell", "Shares of Acme"). */
export const MARKET_NOUN =
  /^(?:shares|stocks|prices|sales|exports|imports|profits|earnings|revenues|bonds|yields|futures|orders|deliveries)$/i;

/** Whether a word is a verb form that can head a clause ("met", "rescued", "will head"). */
export function isVerb(word: string, previous = ''): boolean {
  if (MARKET_NOUN.test(word)) return false;
  if (
    /^(?:will|would|to|shall|can|could|may|might|must|did|does|do|not|never|i|we|they|you)$/i.test(
      previous,
    )
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
  // "Paris left", "she lost", "prices hit": a past form that compromise's lexicon files as an
  // adjective or a noun.
  if (
    (/^\p{Lu}/u.test(previous) || SUBJECT_PRONOUN.test(previous) || MARKET_NOUN.test(previous)) &&
    isPastForm(word)
  )
    return true;
  // "chief travels", "Korea fires": an -s form after a noun or a name.
  if (/[^su]s$/.test(word) && previous !== '') {
    const before = tagsOf(previous);
    return /^\p{Lu}/u.test(previous) || (before.includes('Noun') && !before.includes('Adjective'));
  }
  return tags.some((t) => VERB_TAGS.has(t));
}

const pastForms = new Map<string, boolean>();
/** Verbs whose past is their base ("Azul beat Norte 2-1"); the lexicon files them as nouns. */
const SAME_FORM_PAST =
  /^(?:beat|hit|cut|put|shut|quit|spread|cast|cost|hurt|split|bid|upset|shed|burst)$/;

const FUNCTION_WORD = new Set([
  'QuestionWord',
  'Determiner',
  'Pronoun',
  'Preposition',
  'Conjunction',
]);

/** Whether a word is the simple past of some verb ("left" of leave, "lost" of lose). */
export function isPastForm(word: string): boolean {
  const key = word.toLowerCase();
  if (SAME_FORM_PAST.test(key)) return true;
  let past = pastForms.get(key);
  // "whose", "those" are read back to "whoose", "thoose" as "chose" is to "choose".
  if (past === undefined && tagsOf(key).some((t) => FUNCTION_WORD.has(t))) past = false;
  if (past === undefined) {
    const kit = verbKit();
    const base = kit.methods.toInfinitive(key, kit.model, 'PastTense');
    past =
      Boolean(base) && base !== key && kit.methods.conjugate(base, kit.model).PastTense === key;
    pastForms.set(key, past);
  }
  return past;
}

/**
 * Which form of its verb a word is. A base that only looks inflected is its own base: no -s
 * form ends in -ss ("pass", "address"), and "proceed", "heed" are not the past of an -ee verb
 * the way "agreed", "freed" are.
 */
function formOf(key: string): 'Gerund' | 'PastTense' | 'PresentTense' | 'Infinitive' {
  if (/ing$/.test(key)) return 'Gerund';
  if (/ss$/.test(key)) return 'Infinitive';
  // -ceed verbs and one-syllable "feed", "speed" are bases; "agreed", "refereed" are pasts.
  if (/eed$/.test(key) && !tagsOf(key).includes('PastTense')) {
    return /ceed$|^[^aeiouy]*eed$/.test(key) ? 'Infinitive' : 'PastTense';
  }
  return /(?:ed|en)$/.test(key) || tagsOf(key).includes('PastTense') || isPastForm(key)
    ? 'PastTense'
    : 'PresentTense';
}

// "due" stands for the verb of a schedule ("Hearing on the appeal due"), and is never conjugated.
const conjugated = new Map<string, { present: string; base: string; participle: string }>([
  ['due', { present: 'due', base: 'due', participle: 'due' }],
]);

/**
 * Irregular past participles and their verbs, which the conjugation model takes for bases of
 * their own ("had grown" made "growns", "has risen" "risens").
 */
const IRREGULAR_PARTICIPLES = new Map(
  Object.entries({
    arisen: 'arise',
    beaten: 'beat',
    begun: 'begin',
    bitten: 'bite',
    blown: 'blow',
    broken: 'break',
    chosen: 'choose',
    done: 'do',
    drawn: 'draw',
    driven: 'drive',
    drunk: 'drink',
    eaten: 'eat',
    fallen: 'fall',
    flown: 'fly',
    forbidden: 'forbid',
    forgotten: 'forget',
    frozen: 'freeze',
    given: 'give',
    gone: 'go',
    grown: 'grow',
    hidden: 'hide',
    known: 'know',
    mistaken: 'mistake',
    overtaken: 'overtake',
    overthrown: 'overthrow',
    proven: 'prove',
    ridden: 'ride',
    risen: 'rise',
    rung: 'ring',
    seen: 'see',
    shaken: 'shake',
    shown: 'show',
    shrunk: 'shrink',
    sprung: 'spring',
    spoken: 'speak',
    stolen: 'steal',
    sung: 'sing',
    sunk: 'sink',
    sworn: 'swear',
    swum: 'swim',
    taken: 'take',
    thrown: 'throw',
    torn: 'tear',
    undertaken: 'undertake',
    withdrawn: 'withdraw',
    woken: 'wake',
    worn: 'wear',
    written: 'write',
  }),
);

/** The forms of a verb: "met" → meets / meet / met. */
export function formsOf(word: string): { present: string; base: string; participle: string } {
  const key = word.toLowerCase();
  let forms = conjugated.get(key);
  if (forms === undefined) {
    const kit = verbKit();
    const tense = formOf(key);
    // "play" is no past form of "plie" ("plies"), nor "relay" of "relie": no past form ends in a
    // vowel and "y" but "lay".
    const base =
      IRREGULAR_PARTICIPLES.get(key) ??
      (tense === 'Infinitive' ||
      tagsOf(key).includes('Infinitive') ||
      (/[aeiou]y$/.test(key) && key !== 'lay')
        ? key
        : kit.methods.toInfinitive(key, kit.model, tense) || key);
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

export interface Word {
  start: number;
  end: number;
  text: string;
}

export function wordsOf(text: string, span: TextSpan): Word[] {
  const words: Word[] = [];
  // "58,825 votes", "at 9:12 p.m.": a comma or colon between digits is part of the number or
  // the time, not a break in the clause.
  const pattern =
    /[\p{L}\p{N}$](?:[\p{L}\p{N}'’.$%+&/-]|,(?=\d{3}\b)|(?<=\d):(?=\d{2}\b))*[\p{L}\p{N}%]|[\p{L}\p{N}]|[,;:()"“”]/gu;
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
export const AUXILIARY =
  /^(?:will|would|shall|has|have|had|is|are|was|were|be|been|being|also|recently|reportedly|then|already|first|now|just|later|again|jointly|formally|officially|finally|still|to|did|does|do|not|never)$/i;
/** Verbs that only carry another before "to" ("plans to visit", "is set to meet"). */
export const CARRIER =
  /^(?:set|scheduled|expected|due|slated|going|plan|plans|planned|intend|intends|intended|begin|began|started|continue|continued|hopes|hoped|wants|wanted|agreed|decided|tried|sought|seeks|vowed|pledged)$/i;
export const PASSIVE_AUX = /^(?:is|are|was|were|be|been|being)$/i;
/** Words that end the object of a headline: a new clause, a reason, a source. */
export const OBJECT_STOP =
  /^(?:while|whereas|which|who|whom|whose|when|where|after|before|because|as|since|although|though|but|according|said|says|told|amid|despite|following|during|until|under|saying|adding|including|through|together)$/i;
/** Time, place and linking phrases, and a purpose ("To ensure that ..., "), before the subject. */
export const LEADING_ADVERBIAL =
  /^(?:(?:(?:and|but|so|on|in|at|by|from|since|during|until|last|this|next|earlier|later|early|late|also|meanwhile|however|then|after|before|yesterday|today|tomorrow|tonight|finally|additionally|separately|moreover|furthermore|as a result|in addition|at the same time)\b|\p{L}+ing\b|\p{L}{3,}ly(?=,))[^,]{0,60},\s*|to\s+\p{Ll}+\b[^,]{0,120},\s*)+/iu;
export const DANGLING =
  /^(?:a|an|the|and|or|of|in|on|at|to|for|with|by|from|into|its|their|his|her|as|that|than)$/i;
export const DETERMINER = /^(?:the|a|an)$/i;
export const SUBJECT_PRONOUN = /^(?:he|she|they|it|we|i)$/i;
/** A body's own, as its speaker says: "its members", "their pilots". */
export const POSSESSED = /^(?:its|their)$/i;
export const PREPOSITION =
  /^(?:from|in|on|at|after|during|with|for|by|to|of|into|near|off|amid|under|over|across|since|following)$/i;
export const SUBORDINATOR =
  /^(?:after|when|that|as|because|since|while|before|once|until|if|where)$/i;

/**
 * The first verb of a clause that reports something done ("chose", "will offer", "is
 * taking"), for a dated sentence whose words name no known kind of event.
 */
export function firstVerb(
  text: string,
  clause: TextSpan,
): (TextSpan & { scheduled?: boolean }) | null {
  const words = wordsOf(text, clause);
  // "Riverton host Everton on Saturday", "The draw takes place on Monday": a fixture.
  const scheduled = new Set(
    [...text.slice(clause.start, clause.end).matchAll(SCHEDULED_PRESENT)].map(
      (m) => clause.start + m.index,
    ),
  );
  for (let i = 1; i < words.length; i += 1) {
    const w = words[i]!.text;
    const previous = words[i - 1]!.text;
    // "is to run from January 23", "are due to report on May 5": a schedule; any other "to"
    // marks no verb of the clause.
    const toRun = /^to$/i.test(previous) && /^(?:is|are|due)$/i.test(words[i - 2]?.text ?? '');
    if (AUXILIARY.test(w) || (/^(?:to)$/i.test(previous) && !toRun)) continue;
    const done =
      tagsOf(w).includes('PastTense') ||
      /[^e]ed$/.test(w) ||
      /^(?:will|is|are)$/i.test(previous) ||
      // "were battling the blaze on Tuesday", "was presenting the car last week": progressive.
      (/^(?:was|were)$/i.test(previous) && /\p{Ll}{2}ing$/u.test(w)) ||
      toRun ||
      isPastForm(w);
    // "Results are due on April 25", "A verdict is due in June": a schedule with no verb.
    const due =
      /^due$/i.test(w) &&
      /^(?:is|are)$/i.test(previous) &&
      /^(?:on|in|at|by|next|later|this)$/i.test(words[i + 1]?.text ?? '');
    const fixture = scheduled.has(words[i]!.start) || due;
    // "The ship left Laem Chabang": a past form after an article and its noun ("A tanker bound
    // for Bilbao", "the firm owned by X": a participle before "for" or "by" is the noun's).
    const afterNoun =
      i >= 2 &&
      !/^(?:by|for)$/i.test(words[i + 1]?.text ?? '') &&
      DETERMINER.test(words[i - 2]!.text) &&
      /^\p{Ll}+$/u.test(previous) &&
      !tagsOf(previous).includes('Adjective') &&
      /^\p{Ll}+$/u.test(w) &&
      isPastForm(w);
    if (
      ((done && isVerb(w, previous)) || fixture || afterNoun) &&
      !/^(?:been|being|had|born|based|located|known)$/i.test(w) &&
      // "a man named Reyes", but "was named player of the round on Monday".
      !(/^(?:called|named)$/i.test(w) && !/^(?:was|were|be|been)$/i.test(previous))
    )
      return { start: words[i]!.start, end: words[i]!.end, ...(fixture && { scheduled: true }) };
  }
  return null;
}
