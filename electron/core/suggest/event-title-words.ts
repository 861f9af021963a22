import type { BuiltInEventType as EventType } from '../../common/model/event.ts';
import type { TextSpan } from '../dates/sentences.ts';
import { isArticleName } from './article-names.ts';
import type { DefiniteSubject } from './event-definite-subject.ts';
import type { MentionInput } from './event-context.ts';
import type { Trigger } from './event-triggers.ts';
import { DANGLING, DETERMINER, PREPOSITION, tagsOf, type Word } from './event-verbs.ts';
import { isTitleWord } from './titles.ts';

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
  /** Who only reports the clause ("Halas said she would ..."): whom "she" may stand for. */
  speakers?: TitleName[];
  /** The words of the reporting clause's subject that name no one ("China's foreign ministry
   * said it ..."): whom the pronoun of what was said stands for. */
  saidBy?: string[];
  /** A person's short name where the article uses one ("Hayashi" for "Hayashi Yoshimasa"). */
  shortNames?: Map<string, string>;
  /** Who signs the statement ("Antony J. Blinken, Secretary of State" atop it): its "I". */
  author?: TitleName | null;
  /** The company the article is about (the first it names): whom "the company" stands for. */
  company?: TitleName | null;
  /** The body a subject that names no one stands for ("the exchange": Rosario Grains Exchange). */
  referent?: DefiniteSubject | null;
  /** The one person a "him" or "her" right after the verb stands for ("congratulated her"). */
  objectReferent?: MentionInput | null;
}

export const MAX_TITLE = 80;

/** "U.S. Department of the Treasury’s " before a name of three words or more. */
const OWNER = /^.*['’]s\s+(?=\p{Lu}\S*(?:\s+\S+){2,}$)/u;

/**
 * How a name is written in a title: a person by the surname ("Blinken"), unless it is
 * hyphenated; a body without its owner ("Office of Foreign Assets Control", not "U.S.
 * Department of the Treasury’s Office of Foreign Assets Control", which leaves no room for what
 * it did).
 */
export function shortNameOf(name: TitleName): string {
  // "the State Department" loses its article in a title; "The Hague" keeps it.
  const named = isArticleName(name.text) ? name.text : name.text.replace(/^the\s+/i, '');
  // "Argentina's" loses its possessive; "Christie's" and "McDonald's" are named so.
  const text =
    /^\p{Lu}\p{Ll}+['’]s$/u.test(named) && name.type === 'organization'
      ? named
      : named.replace(/['’]s$/, '');
  if (name.type !== 'person') return text.replace(OWNER, '');
  const parts = text.split(/\s+/);
  const last = parts[parts.length - 1]!;
  // "Amy Pope announces", not "Pope announces": a surname that is also an office reads as one.
  if (
    parts.length <= 1 ||
    last.includes('-') ||
    /^(?:Jr|Sr|II|III)\.?$/.test(last) ||
    isTitleWord(last)
  )
    return text;
  // "Femke de Jong": "De Jong", not "Jong"; "Ursula von der Leyen": "Von der Leyen".
  let from = parts.length - 1;
  while (from > 1 && SURNAME_PARTICLE.test(parts[from - 1]!)) from -= 1;
  if (from === parts.length - 1) return last;
  const surname = parts.slice(from).join(' ');
  return surname.charAt(0).toUpperCase() + surname.slice(1);
}

/** Lower-case words that open a surname ("de Jong", "van der Berg", "da Silva"). */
const SURNAME_PARTICLE = /^(?:de|van|von|der|den|da|di|du|dos|das|del|della|le|la|ter|ten|bin|al)$/;

export function nameOf(name: TitleName, input: TitleInput): string {
  return input.shortNames?.get(name.text) ?? shortNameOf(name);
}

/** A dateline's place in capitals ("SANTA ELENA") as a title writes it; "USSR" stays. */
export function placeName(name: string): string {
  if (!/^[\p{Lu}' -]{4,}$/u.test(name) || (name.match(/[AEIOUY]/g) ?? []).length < 2) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s'-])(\p{Ll})/gu, (_, b: string, c: string) => b + c.toUpperCase());
}

/** "Defense Minister Aiko Sato": the title before a name is not the title's business. */
export function endsWithName(words: Word[], name: TitleName): boolean {
  const last = words[words.length - 1];
  return last !== undefined && last.start >= name.start && last.end <= name.end + 2;
}

/** Characters the names of a title's subject may take before only the first is written. */
const LONG_SUBJECT = 40;

/** Two long names leave no room for what they did: the first is written, and the object kept. */
export function titleSubjects(names: string[]): string[] {
  const unique = [...new Set(names)];
  return joinNames(unique).length > LONG_SUBJECT ? unique.slice(0, 1) : unique;
}

export function joinNames(names: string[]): string {
  const unique = [...new Set(names)];
  if (unique.length <= 1) return unique.join('');
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]!}`;
}

/** Words of a span with each entity mention written as its short name and dates left out. */
export function render(words: Word[], input: TitleInput): string[] {
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
    // "senior officials from the East Asia Summit (EAS) nations": a bracketed abbreviation
    // restates the words before it; a title writes them once.
    if (
      word.text === '(' &&
      /^\p{Lu}{2,6}$/u.test(words[i + 1]?.text ?? '') &&
      words[i + 2]?.text === ')'
    ) {
      i += 3;
      continue;
    }
    const mention = input.mentions.find((m) => word.start >= m.start && word.start < m.end);
    if (mention !== undefined) {
      const possessive = /^['’]s\b/.test(input.text.slice(mention.end, mention.end + 2));
      if (mention.type === 'person') dropTitleBefore(out, named);
      const name = nameOf(mention, input) + (possessive ? '’s' : '');
      // "the Center for Disease Control and Prevention (CDC)": written once, as "CDC".
      if (out.filter((w) => !/^[()]$/.test(w)).at(-1) !== name) out.push(name);
      named.add(out.length - 1);
      while (i < words.length && words[i]!.start < mention.end) i += 1;
      continue;
    }
    // "a £42 million plan": the currency sign before an amount is part of it (a "$" already is).
    const before = input.text.charAt(word.start - 1);
    // "6 p.m.": the abbreviation keeps its last dot.
    const dot = /^[ap]\.m$/i.test(word.text) && input.text.charAt(word.end) === '.' ? '.' : '';
    out.push((/^\d/.test(word.text) && /\p{Sc}/u.test(before) ? before : '') + word.text + dot);
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
  // "former Colombian Senator Gil Castillo": no "former" left before the name alone.
  if (out.length > 0 && TITLE_MODIFIER.test(out[out.length - 1]!)) {
    out.pop();
    if (out.length > 0 && DETERMINER.test(out[out.length - 1]!)) out.pop();
  }
}

const TITLE_MODIFIER = /^(?:former|then|late|ex|outgoing|incoming|deposed|ousted)$/i;

export function tidy(words: string[]): string[] {
  const list = words.filter(
    (w, i) => !/^["“”]$/.test(w) && (!/^[()]$/.test(w) || inName(words, i)),
  );
  // "notified by mail starting" (its date left out): the word that led to the date goes too.
  const dangles = (w: string): boolean =>
    DANGLING.test(w) ||
    /^[,;:]$/.test(w) ||
    /^(?:it|they|he|she|we|which|who|whose|starting|beginning|effective|until|through)$/i.test(w);
  while (list.length > 0 && dangles(list[list.length - 1]!)) list.pop();
  while (list.length > 0 && /^[,;:]$/.test(list[0]!)) list.shift();
  return list;
}

/** A bracket inside a name: "Finance (Amendment) Act", "(No. 2)" between capitals. */
function inName(words: string[], i: number): boolean {
  const open = words[i] === '(' ? i : words.lastIndexOf('(', i);
  const close = words.indexOf(')', open);
  if (open < 0 || close < 0 || close - open > 4 || (i !== open && i !== close)) return false;
  const capital = (w: string | undefined): boolean => /^\p{Lu}/u.test(w ?? '');
  return capital(words[open - 1]) && capital(words[open + 1]) && capital(words[close + 1]);
}

function sentenceOf(words: string[]): string {
  return words
    .join(' ')
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .replace(/\s+([,;:%])/g, '$1')
    .replace(/\s+’s\b/g, '’s')
    .replace(APOSTROPHE, "'");
}

/** A typographic apostrophe inside a word ("Argentina’s", "O’Brien"): titles write it straight. */
const APOSTROPHE = /(?<=\p{L})’(?=\p{L})/gu;

/** A name as a title writes it, to find it in one. */
export function straight(name: string): string {
  return name.replace(APOSTROPHE, "'");
}

function capitalize(title: string): string {
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/**
 * Keep a title under MAX_TITLE characters, cutting at a word that does not dangle; `keep` (the
 * place) ends it whatever is cut.
 */
/** Words that stand for a share of something named after them ("more of", "some of"). */
const QUANTITY = /^(?:more|most|some|all|many|much|part|several|none|each|both|half)$/i;

export function fit(words: string[], keep: string[] = []): string {
  let list = tidy(words);
  while (list.length > 2 && sentenceOf([...list, ...keep]).length > MAX_TITLE) {
    // Drop the last prepositional phrase whole, rather than leave half of one.
    const cut = list
      .map((w) => PREPOSITION.test(w) || /^(?:and|or|but)$/i.test(w))
      .lastIndexOf(true);
    const shareOf = cut > 2 && /^of$/i.test(list[cut]!);
    list = tidy(cut > 2 ? list.slice(0, cut) : list.slice(0, -1));
    // "exports of more of ASML's machines": a share cut from what it is a share of says
    // nothing ("exports of more"); its own phrase goes too.
    if (shareOf && list.length > 4 && QUANTITY.test(list.at(-1)!) && /^of$/i.test(list.at(-2)!))
      list = tidy(list.slice(0, -2));
  }
  return capitalize(sentenceOf([...list, ...keep]));
}

const HEAD_ENDS = /^(?:of|on|for|in|at|with|to|from|about|over|against|between|under|near)$/i;

export function isPlural(subject: string[], names: number): boolean {
  // The head noun stands before a phrase that qualifies it ("Groups on humanitarian access").
  // So does a participle and its agent ("Wildfire driven by gale-force winds").
  const qualified = subject.findIndex(
    (w, i) =>
      i > 0 &&
      (HEAD_ENDS.test(w) || (/^by$/i.test(subject[i + 1] ?? '') && /(?:ed|en|wn)$/.test(w))),
  );
  const headAt = (qualified > 0 ? qualified : subject.length) - 1;
  const head = subject[headAt] ?? '';
  const ahead = subject.slice(0, headAt + 1);
  if (names >= 2 || ahead.some((w) => /^(?:and|both)$/i.test(w))) return true;
  if (
    /^(?:officials|people|police|(?:gun|police|fisher|fire|chair|business|sales)?(?:wo)?men|children|forces|troops)$/i.test(
      head,
    )
  )
    return true;
  // A capital makes a name ("Acme Holdings"), except on the first word of a sentence ("Profits
  // rose").
  if (/^\p{Lu}/u.test(head) && headAt > 0) return false;
  const tags = tagsOf(head);
  if (tags.includes('Plural')) return true;
  if (tags.includes('Singular')) return false;
  return /[^s]s$/.test(head);
}

/** The words a clause cut before its main verb ends on. */
const AUXILIARY_END =
  /^(?:would|will|could|should|may|might|can|must|shall|had|has|have|was|were|is|are|be)$/i;

/**
 * A title's object without a clause cut before its verb ("told a news conference that the bank
 * would "stay cautious"": the quotation stops the object, and "that the bank would" says nothing).
 */
export function withoutCutClause(object: string[]): string[] {
  if (!AUXILIARY_END.test(object.at(-1) ?? '')) return object;
  const that = object.lastIndexOf('that');
  const kept = object.slice(0, that > 0 ? that : -1);
  while (kept.length > 0 && DANGLING.test(kept.at(-1)!)) kept.pop();
  return kept;
}
