import { clauseTitle, titleWords } from './event-clause-title.ts';
import { speakerWords } from './event-said-subject.ts';
import type { Trigger } from './event-triggers.ts';
import { nameOf, type TitleInput } from './event-title-words.ts';
import { AUXILIARY, isPastForm, isVerb, type Word } from './event-verbs.ts';

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
  /^(?:company|firm|group|retailer|lender|bank|carrier|planemaker|automaker|insurer)$/i;

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
  let at = words.findIndex((w) => w.start >= trigger.start);
  // "said in a statement": the noun is the trigger, the verb before its phrase reports.
  if (!REPORTING_VERB.test(trigger.text)) {
    const verb = words.findIndex((w, i) => i >= at - 4 && i < at && REPORTING_VERB.test(w.text));
    if (verb < 0 || !MANNER_NOUN.test(trigger.text)) return null;
    at = verb;
  }
  if (at <= 0) return null;
  let from = at + 1;
  // Whom it was told: a name or "reporters" right after "told".
  if (/^(?:told|tells)$/i.test(trigger.text)) {
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
    if (manner === null) break;
    from += manner[0].split(' ').length;
  }
  let verb = -1;
  for (let j = from + 1; j < words.length && verb < 0; j += 1) {
    const w = words[j]!.text;
    if (/^[,;:"“”]$/.test(w)) break;
    if (AUXILIARY.test(w)) continue;
    if (/^\p{Ll}/u.test(w) && (isVerb(w, words[j - 1]!.text) || isPastForm(w))) verb = j;
  }
  if (verb < 0 || words.slice(from, verb).some((w) => /^(?:not|never)$/i.test(w.text))) return null;
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
  const company = input.participants.find((p) => p.type === 'organization' && p.end <= start);
  if (
    company !== undefined &&
    COMPANY.test(title[0] ?? '') &&
    /^the$/i.test(words[from]?.text ?? '')
  )
    title.splice(0, 1, nameOf(company, input));
  return { words: title, said: { start, verb: said.trigger! } };
}
