import { clauseTitle, titleWords } from './event-clause-title.ts';
import { speakerWords } from './event-said-subject.ts';
import type { Trigger } from './event-triggers.ts';
import { isPlural, nameOf, render, type TitleInput } from './event-title-words.ts';
import {
  AUXILIARY,
  formsOf,
  isPastForm,
  isVerb,
  POSSESSED,
  PREPOSITION,
  SUBORDINATOR,
  type Word,
} from './event-verbs.ts';

// A statement's title from what was said: "Whitfield said the company would hire 800 engineers"
// is titled "Harlan to hire 800 engineers", its speaker only the source.

/** The pronoun that opens what was said, standing for the speaker. */
export const SAID_PRONOUN = /^(?:it|they|he|she)$/i;
export const REPORTING_VERB = /^(?:said|says|told|tells|stated|states|added|adds|noted|notes)$/i;
/** Who is told, and when, between a reporting verb and what was said. */
export const BEFORE_SAID = /^(?:that|on|last|this|late|early)$/i;
/** How something was said: "in a statement", "on its website", "in an interview". */
const MANNER_NOUN =
  /^(?:statement|interview|post|letter|filing|website|release|video|speech|briefing|note|message|email)$/;
const MANNER = new RegExp(
  `^(?:in|on|via|through)\\s+(?:a|an|its|his|her|their|the)\\s+(?:\\p{Ll}+\\s+)?(?:${MANNER_NOUN.source.slice(4, -2)})\\b`,
  'u',
);
const TOLD = /^(?:reporters|journalists|analysts|investors|lawmakers|him|her|them|us)$/i;
const COMPANY =
  /^(?:company|firm|group|retailer|lender|bank|carrier|planemaker|automaker|insurer|club)$/i;

/**
 * "Whitfield said the company would hire 800 engineers": the event is what was said ("Harlan to
 * hire 800 engineers"), its speaker only the source; a denial ("would not sign") or words with
 * no verb of their own leave the statement as the event.
 */
export function reportedTitle(
  input: TitleInput,
): { words: string[]; said: { start: number; verb: Trigger } } | null {
  const { trigger } = input;
  if (trigger === null) return null;
  const words = titleWords(input);
  const at = reportingVerbAt(words, input);
  if (at <= 0) return null;
  const from = saidStart(words, at, input);
  let verb = -1;
  for (let j = from + 1; j < words.length && verb < 0; j += 1) {
    const w = words[j]!.text;
    if (/^[,;:"“”]$/.test(w)) break;
    if (AUXILIARY.test(w)) continue;
    if (/^\p{Ll}/u.test(w) && (isVerb(w, words[j - 1]!.text) || isPastForm(w))) verb = j;
  }
  if (verb < 0 || words.slice(from, verb).some((w) => /^(?:not|never)$/i.test(w.text))) return null;
  const subject = words.slice(from, verb);
  if (subject.some((w) => /^(?:would|will)$/i.test(w.text)) && !actsOnItsOwn(subject, input))
    return null;
  const start = words[from]!.start;
  const said: TitleInput = {
    ...input,
    clause: { start, end: input.clause.end },
    trigger: { ...trigger, start: words[verb]!.start, end: words[verb]!.end },
    saidBy: speakerWords(input, words[from]!.text),
  };
  const title = clauseTitle(titleWords(said), said)?.words;
  if (title === undefined) return null;
  // "the company would hire": the company the article named.
  // (A body that only qualifies the speaker is no participant: "Palmeiras president Pereira".)
  const company =
    input.participants.find((p) => p.type === 'organization' && p.end <= start) ??
    [...input.mentions, ...(input.speakers ?? [])].find(
      (m) => m.type === 'organization' && m.end <= start,
    );
  if (
    company !== undefined &&
    COMPANY.test(title[0] ?? '') &&
    /^the$/i.test(words[from]?.text ?? '')
  )
    title.splice(0, 1, nameOf(company, input));
  return { words: title, said: { start, verb: said.trigger! } };
}

/**
 * Bodies whose plans are news of their own, besides companies (COMPANY): "Council to publish the
 * names of landlords".
 */
const BODY =
  /^(?:government|council|union|airline|operator|ministry|department|agency|authority|regulator|board|court|commission|committee|federation|association|party|army|military|police|force|club|team|league|city|county|state|school|university|hospital|charity|administration|cabinet|parliament|assembly|senate|congress)$/i;

/**
 * Whether what will happen, as it was said, has a doer of its own to title it by: the speaker's pronoun ("it would
 * hire"), a name ("Moscow would extend"), or a body ("the council would publish"). Not a thing
 * ("the blockade would stay", "some shipments from Rosario would slip into March", "the lanes
 * would cut journey times"): "Blockade to stay" drops who said it and what it hangs on, so the
 * speaker says it instead ("Salinas says the blockade will stay until ...").
 */
function actsOnItsOwn(subject: Word[], input: TitleInput): boolean {
  const phrase = subject.filter((w) => !AUXILIARY.test(w.text));
  // "some shipments from Rosario": the head comes before the phrase's first preposition.
  const cut = phrase.findIndex((w, i) => i > 0 && PREPOSITION.test(w.text));
  const head = (cut < 0 ? phrase : phrase.slice(0, cut)).at(-1);
  if (head === undefined) return false;
  if (phrase.length === 1 && SAID_PRONOUN.test(head.text)) return true;
  // "The association said its members would strike": the speaker's own people.
  if (phrase.length === 2 && POSSESSED.test(phrase[0]!.text)) return true;
  if (input.mentions.some((m) => head.start >= m.start && head.end <= m.end)) return true;
  return COMPANY.test(head.text) || BODY.test(head.text);
}

/** The index of the verb that reports what was said ("said", or "said" before "in a statement"). */
function reportingVerbAt(words: Word[], input: TitleInput): number {
  const { trigger } = input;
  if (trigger === null) return -1;
  const at = words.findIndex((w) => w.start >= trigger.start);
  if (REPORTING_VERB.test(trigger.text)) return at;
  // "said in a statement": the noun is the trigger, the verb before its phrase reports.
  const verb = words.findIndex((w, i) => i >= at - 4 && i < at && REPORTING_VERB.test(w.text));
  return verb >= 0 && MANNER_NOUN.test(trigger.text) ? verb : -1;
}

/** Where what was said starts: after whom it was told, when, "that" and how it was said. */
function saidStart(words: Word[], at: number, input: TitleInput): number {
  let from = at + 1;
  // Whom it was told: a name or "reporters" right after "told".
  if (/^(?:told|tells)$/i.test(words[at]!.text)) {
    // "told the BBC": the article goes with the name.
    if (/^the$/i.test(words[from]?.text ?? '')) from += 1;
    const next = words[from];
    const told = next && input.mentions.find((m) => next.start >= m.start && next.end <= m.end);
    if (told !== undefined)
      while (words[from] !== undefined && words[from]!.start < told.end) from += 1;
    else if (next !== undefined && TOLD.test(next.text)) from += 1;
  }
  const dated = (w: Word | undefined): boolean =>
    w !== undefined && input.dates.some((d) => w.start >= d.start && w.end <= d.end);
  for (;;) {
    while (from < words.length && (BEFORE_SAID.test(words[from]!.text) || dated(words[from])))
      from += 1;
    // "said in a statement on Monday that": how it was said, before what was said.
    const manner = MANNER.exec(
      words
        .slice(from, from + 4)
        .map((w) => w.text)
        .join(' '),
    );
    if (manner === null) return from;
    from += manner[0].split(' ').length;
  }
}

/** Words of what was said put back in the present, as a title writes them. */
const BACKSHIFTED: Record<string, string> = { was: 'is', were: 'are', would: 'will' };

/**
 * "Solheim told reporters on Monday that further increases were possible": when what was said
 * has no title of its own (a verb "be", a possessive subject), the speaker says it ("Solheim
 * says further increases are possible"), rather than "Solheim tells reporters" with what was
 * said dropped. `clauseWords` is the reporting clause's title ("Solheim tells reporters").
 */
export function saysTitle(input: TitleInput, clauseWords: string[]): string[] | null {
  const words = titleWords(input);
  const at = reportingVerbAt(words, input);
  if (at <= 0) return null;
  const forms = formsOf(words[at]!.text);
  const verb = clauseWords.findIndex((w) => w === forms.present || w === forms.base);
  const told = /^(?:told|tells)$/i.test(words[at]!.text);
  // '"...," said Whitfield': the speaker after the verb, a quotation before it; no content here.
  const next = words[at + 1];
  const inverted =
    !told &&
    next !== undefined &&
    input.mentions.some((m) => next.start >= m.start && next.end <= m.end);
  if (verb <= 0 || inverted) return null;
  let from = saidStart(words, at, input);
  // "told the diocesan synod that": whom it was told, up to "that".
  const that = words.findIndex((w, i) => i >= from && i <= from + 5 && /^that$/i.test(w.text));
  if (told && that > from && !words.slice(from, that).some((w) => /^[,;:]$/.test(w.text)))
    from = that + 1;
  const said: Word[] = [];
  const dated = (w: Word): boolean => input.dates.some((d) => w.start >= d.start && w.end <= d.end);
  // What was said ends at a comma: an aside or a second clause is no part of a title.
  const rest = words.slice(from);
  for (const [i, w] of rest.entries()) {
    if (/^[,;:"“”]$/.test(w.text)) break;
    // "work would start in March 2031 and the first tenants could move": what was said ends
    // with its date when "and" opens a second clause after it.
    const after = rest.slice(i).find((v) => !dated(v));
    if (dated(w) && said.length > 0 && /^and$/i.test(after?.text ?? '')) break;
    said.push(w);
  }
  return saidContent(render(said, input), clauseWords, verb, forms);
}

/** "Solheim tells reporters" and what was said: "Solheim says further increases are possible". */
function saidContent(
  rendered: string[],
  clauseWords: string[],
  verb: number,
  forms: { base: string },
): string[] | null {
  // "play the semi-final on [March 14] at Elland Park": a preposition left before another,
  // its date cut away, goes.
  const content = rendered.filter(
    (w, i) => w !== '.' && !(PREPOSITION.test(w) && PREPOSITION.test(rendered[i + 1] ?? '')),
  );
  // "rain was unlikely before" (a date cut away): the dangling word goes too.
  while (
    content.length > 0 &&
    (PREPOSITION.test(content.at(-1)!) || SUBORDINATOR.test(content.at(-1)!))
  )
    content.pop();
  const verbs = content
    .slice(1)
    .some((w, i) => /^\p{Ll}/u.test(w) && (isVerb(w, content[i]!) || isPastForm(w)));
  if (!verbs || PREPOSITION.test(content[0] ?? 'in')) return null;
  const says = clauseWords[verb] === forms.base ? 'say' : 'says';
  return [...clauseWords.slice(0, verb), says, ...inPresent(content)];
}

/** "his bowlers had lost": "his bowlers have lost"; "were possible": "are possible". */
function inPresent(content: string[]): string[] {
  const shifted = content.findIndex((w) => /^(?:was|were|would|had)$/i.test(w));
  if (shifted <= 0) return content;
  const word =
    BACKSHIFTED[content[shifted]!] ?? (isPlural(content.slice(0, shifted), 0) ? 'have' : 'has');
  return content.map((w, i) => (i === shifted ? word : w));
}

/** Verbs whose "that" opens what was said, in a title's present tense. */
const SAYS_THAT = /^(?:says|say|warns|warn|notes|note|adds|add|states|state|announces|announce)$/i;

/**
 * "Safaricom warns that the tax would cut its revenue": what was said after "that" is written
 * in the present, without the "that" ("Safaricom warns the tax will cut its revenue").
 */
export function saidInPresent(title: string[]): string[] {
  const at = title.findIndex((w, i) => SAYS_THAT.test(w) && /^that$/i.test(title[i + 1] ?? ''));
  if (at <= 0) return title;
  return [...title.slice(0, at + 1), ...inPresent(title.slice(at + 2))];
}
