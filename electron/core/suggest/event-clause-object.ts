import { timeOfDayEnd } from './event-time-of-day.ts';
import { render, type TitleInput } from './event-title-words.ts';
import {
  DANGLING,
  DETERMINER,
  formsOf,
  isPastForm,
  isVerb,
  OBJECT_STOP,
  PREPOSITION,
  tagsOf,
  type Word,
} from './event-verbs.ts';

// The object of a clause's verb, for its title: the words after the verb up to the end of its
// phrase, and the headline a clause whose subject is only a pronoun makes of its object.

/** Verbs that ask someone to do something: "urged donors to fund ...". */
const ASKS = /^(?:urge|ask|encourage|invite|press|appeal|implore)(?:s|d|ed)?$/i;
/** Verbs whose "as" gives the role taken: "sworn in as the Director of ...". */
const ROLE_VERB =
  /^(?:sworn|serve[sd]?|appointed|named|elected|re-elected|confirmed|installed|nominated)$/i;

/**
 * The words after `words[verbIndex]` that a title keeps as its object: up to the end of the
 * phrase, a purpose, a second verb phrase or a date. `particle` words ("sworn in") belong to the
 * verb; `relative`: the verb stands in a relative clause, which the main verb closes.
 */
export function objectWords(
  words: Word[],
  verbIndex: number,
  input: TitleInput,
  particle: number,
  relative: boolean,
): Word[] {
  const verb = words[verbIndex]!.text;
  const after: Word[] = [];
  const inName = (w: Word | undefined): boolean =>
    w !== undefined && input.mentions.some((m) => w.start >= m.start && w.start < m.end);
  const dated = (w: Word | undefined): boolean =>
    w !== undefined && input.dates.some((d) => w.start >= d.start && w.end <= d.end);
  const rest = words.slice(verbIndex + 1);
  // "on Monday afternoon": the part of the day goes with its date.
  const inDate = (w: Word): boolean =>
    dated(w) ||
    (/^(?:morning|afternoon|evening|night)$/i.test(w.text) && dated(rest[rest.indexOf(w) - 1]));
  for (const [i, w] of rest.entries()) {
    // A list of names goes on past its commas ("Spain, Guatemala, and Costa Rica").
    const listComma =
      w.text === ',' &&
      inName(rest[i - 1]) &&
      (inName(rest[i + 1]) || (rest[i + 1]?.text === 'and' && inName(rest[i + 2])));
    // "sworn in on May 31 as the Director of ...": the role is the object.
    const role = /^as$/i.test(w.text) && ROLE_VERB.test(verb) && after.length <= particle;
    // "sworn in on Tuesday, May 31 as ...": a comma between the parts of a date.
    const previous = rest[i - 1];
    if (
      w.text === ',' &&
      after.length === particle &&
      previous !== undefined &&
      input.dates.some((d) => previous.start >= d.start && previous.end <= d.end)
    )
      continue;
    // "tore through the hills": a particle of the verb, not a clause of its own.
    const particleOf = after.length === 0 && /^through$/i.test(w.text);
    if (
      !listComma &&
      !role &&
      !particleOf &&
      (/^[,;:"“”]$/.test(w.text) || OBJECT_STOP.test(w.text))
    )
      break;
    // "volunteers who were injured on Tuesday remain in hospital": the main clause's verb ends
    // the relative clause's words.
    if (
      relative &&
      after.length === particle &&
      previous !== undefined &&
      /^\p{Ll}/u.test(w.text) &&
      tagsOf(w.text).some((t) => /^(?:PresentTense|PastTense|Infinitive)$/.test(t)) &&
      isVerb(w.text, 'they')
    )
      break;
    // "to discuss bilateral relations": a purpose, not the object.
    // "urged donors to fund a campaign": the verb's own complement is no purpose.
    // "met face to face", "called for the mine to stay closed": no purpose either.
    if (
      /^to$/i.test(w.text) &&
      isVerb(rest[i + 1]?.text ?? '', 'to') &&
      after.length > 0 &&
      !ASKS.test(verb) &&
      rest[i + 1]!.text.toLowerCase() !== previous?.text.toLowerCase() &&
      !/^for$/i.test(after[0]!.text)
    )
      break;
    // "... and headed the winner", "opposed the decision and would take measures": a second
    // verb phrase of the same subject ("said the attack began ... and that ...": a second report).
    const following = rest[i + 1]?.text ?? '';
    if (
      /^and$/i.test(w.text) &&
      ((after.length > 0 &&
        /^\p{Ll}/u.test(following) &&
        (isPastForm(following) || /^(?:would|will|could|should|might|may)$/.test(following))) ||
        following === 'that')
    )
      break;
    if (inDate(w)) {
      if (after.length === 0) continue;
      // "conceded defeat late on Sunday": "late" goes with the date.
      while (
        after.length > particle &&
        /^(?:late|early|earlier|later|on|in|at)$/i.test(after[after.length - 1]?.text ?? '')
      )
        after.pop();
      // "met on June 24 with senior officials": the object follows the date.
      if (after.length === particle) continue;
      // "joined the strike on Monday at about 6 p.m.": the time goes on after the day.
      const next = rest.slice(i).find((v) => !inDate(v));
      const from = next?.start ?? input.text.length;
      const until = timeOfDayEnd(input.text, from);
      after.push(...rest.slice(i).filter((v) => v.start >= from && v.end <= until));
      break;
    }
    after.push(w);
    if (after.length >= 16) break;
  }
  return after;
}

/**
 * "we launched a new observatory": "New observatory launched", as headlines say it, when the
 * subject is only a pronoun that names no one; null when the object says nothing.
 */
export function objectHeadline(
  words: Word[],
  verbIndex: number,
  input: TitleInput,
  passive: boolean,
): string[] | null {
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
  // "our application on the 3rd of March": the words that led to the date go with it.
  while (object.length > 0 && DANGLING.test(object[object.length - 1]!)) object.pop();
  const addressee = [...object];
  while (object.length > 0 && DETERMINER.test(object[0]!)) object.shift();
  if (object.length === 0) return null;
  // "I offer my congratulations to ...", "I congratulate ...": "Congratulations to ...".
  const possessive = /^(?:my|our|his|her|their|its)$/i.test(object[0]!);
  if (possessive && /^(?:offer|extend|express|send|convey|give)/i.test(words[verbIndex]!.text))
    return object.slice(1);
  // "we have submitted our application": "Application submitted".
  if (possessive) object.shift();
  if (object.length === 0) return null;
  if (/^congratulate/i.test(words[verbIndex]!.text)) return ['Congratulations', 'to', ...addressee];
  const participle = formsOf(words[verbIndex]!.text).participle;
  // "she was tasked with ...": "Tasked with ...", not "With ... tasked".
  if (passive) return [participle, ...done.filter((w) => !/^[,;:]$/.test(w))];
  // "nearly $293 million in additional assistance to those affected by ...": a long object
  // ends before its last whole prepositional phrase, not in the middle of one.
  let kept = object.slice(0, 8);
  if (object.length > kept.length) {
    const cut = kept.map((w) => PREPOSITION.test(w)).lastIndexOf(true);
    if (cut > 0) kept = kept.slice(0, cut);
  }
  return [...kept, participle];
}
