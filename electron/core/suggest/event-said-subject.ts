import { clauseTitle, titleWords } from './event-clause-title.ts';
import { nameOf, type TitleInput } from './event-title-words.ts';
import { formsOf, SUBJECT_PRONOUN } from './event-verbs.ts';

/** Who a person is by office: the body before it is what "it" stands for. */
const OFFICE =
  /^(?:executive|spokesman|spokeswoman|spokesperson|director|chief|head|minister|manager|chairman|chairwoman|chair|president|secretary|official|officials|leader|leaders)$/i;

/**
 * The reporting clause's subject as a title writes it, when it names no one ("China's foreign
 * ministry"); for "it" said by an office, the body that holds it ("The hospital trust's chief
 * executive said it had ...": the trust). Undefined when the subject names someone (the
 * speakers stand for the pronoun then) or is no noun phrase.
 */
export function speakerWords(input: TitleInput, pronoun: string): string[] | undefined {
  const { trigger } = input;
  if (trigger === null) return undefined;
  const reported = clauseTitle(titleWords(input), input)?.words ?? [];
  const forms = formsOf(trigger.text.toLowerCase());
  const verbAt = reported.findIndex((w) => w === forms.present || w === forms.base);
  let subject = reported.slice(0, verbAt);
  if (verbAt <= 0 || subject.some((w) => SUBJECT_PRONOUN.test(w))) return undefined;
  // "Astronomers using the James Webb Space Telescope said they": the telescope is no speaker.
  if (
    input.mentions.some(
      (m) =>
        m.type !== 'location' &&
        m.end <= trigger.start &&
        m.start >= input.clause.start &&
        subject.includes(nameOf(m, input)),
    )
  )
    return undefined;
  const owner = subject.findIndex((w) => /['’]s$/.test(w));
  if (/^it$/i.test(pronoun) && owner >= 0 && OFFICE.test(subject.at(-1)!)) {
    subject = [...subject.slice(0, owner), subject[owner]!.replace(/['’]s$/, '')];
  }
  return subject;
}
