import type { BuiltInEventType as EventType } from '../../common/model/event.ts';
import { clauseTitle, titleWords, type ClauseReport } from './event-clause-title.ts';
import {
  fit,
  joinNames,
  nameOf,
  render,
  shortNameOf,
  tidy,
  type TitleInput,
  type TitleName,
} from './event-title-words.ts';
import { DANGLING, formsOf, isVerb, wordsOf } from './event-verbs.ts';

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
