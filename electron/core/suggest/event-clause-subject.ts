import type { TitleInput, TitleName } from './event-title-words.ts';
import { DETERMINER, PREPOSITION, SUBJECT_PRONOUN, type Word } from './event-verbs.ts';

// The subject of a clause's title: which stretch of the words before its verb names who acts.

/** Words in -ing that are prepositions, not participles. */
const NOT_PARTICIPLE =
  /^(?:regarding|including|concerning|following|according|excluding|during|pending|notwithstanding)$/i;

/** The names (mentions) that `part` holds. */
export function namesIn(part: Word[], input: TitleInput): TitleName[] {
  return input.mentions.filter((m) => part.some((w) => w.start >= m.start && w.start < m.end));
}

/**
 * Of the words before the verb (after subordinators and relative clauses are set aside), the
 * stretch that is the subject: an apposition's named part, without time words, adverbs, dates
 * and place phrases. `timeSubject`: only time words stood there ("This past week marked ...").
 */
export function subjectStretch(
  before: Word[],
  input: TitleInput,
): { subjectWords: Word[]; timeSubject: boolean } {
  let subjectWords = before;
  // An apposition: keep the last comma-free stretch that names someone.
  const parts: Word[][] = [[]];
  for (const w of subjectWords) {
    if (w.text === ',') parts.push([]);
    else parts[parts.length - 1]!.push(w);
  }
  const names = (part: Word[]): TitleName[] => namesIn(part, input);
  // A stretch of time words ("In 2007, Paris left", "in 1997 and 1998, she was") is no subject.
  const timeOnly = (part: Word[]): boolean =>
    part.every(
      (w) =>
        input.dates.some((d) => w.start >= d.start && w.end <= d.end) ||
        PREPOSITION.test(w.text) ||
        /^(?:and|or|as)$/i.test(w.text),
    );
  // "USI's exhibit, which is located in Evansville, Indiana, is to run": from the relative
  // pronoun on, the parts are the relative clause, not the subject.
  const closed = parts.findIndex(
    (p, i) => i > 0 && /^(?:which|who|whom|whose)$/i.test(p[0]?.text ?? ''),
  );
  // "The tanker, bound for Rotterdam, ran aground": a participle set off by commas describes
  // the noun before it; it is no subject of its own. (Unless the noun names no one and the
  // participle does: "The team, led by Helen Carver, began": Carver leads.)
  const unnamedHead = names(parts[0] ?? []).length === 0;
  const participial = (p: Word[], i: number): boolean =>
    i > 0 &&
    /^\p{Ll}+(?:ed|en|wn|ing)$|^bound$/u.test(p[0]?.text ?? '') &&
    !NOT_PARTICIPLE.test(p[0]!.text) &&
    !(unnamedHead && names(p).some((m) => m.type !== 'location'));
  const kept = (closed > 0 ? parts.slice(0, closed) : parts).filter(
    (p, i) => !timeOnly(p) && !participial(p, i),
  );
  // "This past week marked the opening of ...": the time is the subject, the object the event.
  const timeSubject = subjectWords.length > 0 && kept.length === 0;
  const named = kept.filter((p) => names(p).length > 0);
  // "Ahmed Mohamed, a 14-year-old boy from Irving, Texas, was arrested": the one an apposition
  // describes is the subject, not a place named inside the apposition.
  const described = kept.findIndex(
    (p, i) =>
      names(p).some((m) => m.type !== 'location') &&
      /^(?:a|an|the|its|his|her|their|one)$/i.test(kept[i + 1]?.[0]?.text ?? ''),
  );
  subjectWords =
    (described >= 0 ? kept[described] : named.length > 0 ? named[named.length - 1] : kept[0]) ?? [];
  // "Palmieri previously served": the adverb is no part of the subject.
  while (subjectWords.length > 1 && /^\p{Ll}+ly$/u.test(subjectWords.at(-1)!.text))
    subjectWords = subjectWords.slice(0, -1);
  // "tomorrow he plans to meet": the pronoun is the subject, the date no part of it.
  const onlyHeOrShe = subjectWords.filter(
    (w) => !input.dates.some((d) => w.start >= d.start && w.end <= d.end),
  );
  if (onlyHeOrShe.length === 1 && SUBJECT_PRONOUN.test(onlyHeOrShe[0]!.text))
    subjectWords = onlyHeOrShe;
  // "the Office of Foreign Assets Control today imposed": the subject ends at its name.
  while (
    subjectWords.length > 1 &&
    input.dates.some(
      (d) => subjectWords.at(-1)!.start >= d.start && subjectWords.at(-1)!.end <= d.end,
    )
  ) {
    subjectWords = subjectWords.slice(0, -1);
    // "A state appeals court on Tuesday suspended": the date's preposition goes with it.
    if (subjectWords.length > 1 && /^(?:on|in|at|by|from|since)$/i.test(subjectWords.at(-1)!.text))
      subjectWords = subjectWords.slice(0, -1);
  }
  // A place phrase before the subject ("From South Korea the Pentagon chief").
  while (subjectWords.length > 1 && PREPOSITION.test(subjectWords[0]!.text)) {
    const next = subjectWords.findIndex((w, i) => i > 0 && DETERMINER.test(w.text));
    if (next < 0) break;
    subjectWords = subjectWords.slice(next);
  }
  return { subjectWords, timeSubject };
}

/** Prepositions that tie a name to the noun before it: "prices on the exchange", "a portrait by",
 * "astronomers using the telescope". */
const TIED_BY = /^(?:on|at|by|with|using)$/i;

/** A participle before "by" ("led by", "written by"): the name acts, as in "X, led by Y". */
export const PARTICIPLE = /^(?:\p{Ll}+(?:ed|en|wn)|led|run|made|built|held|won|set|backed)$/u;

/**
 * "Copper prices on the London Metal Exchange", "A portrait by Gustav Klimt", "Dock workers at
 * the port of Antwerp": a name in a phrase after the subject's head noun only says which; the
 * head noun acts. The words before that phrase (the head) and the preposition; null when the
 * name is the subject itself.
 */
export function headBeforeName(
  subjectWords: Word[],
  name: TitleName,
): { head: Word[]; tie: string } | null {
  const at = subjectWords.findIndex((w) => w.start >= name.start);
  let i = at - 1;
  // Between the preposition and the name: articles, "port of", "Norwegian painter".
  while (i > 0 && at - i <= 4 && !TIED_BY.test(subjectWords[i]!.text)) {
    if (/^(?:and|or|,)$/i.test(subjectWords[i]!.text)) return null;
    i -= 1;
  }
  const noun = subjectWords[i - 1];
  if (i <= 0 || !TIED_BY.test(subjectWords[i]!.text) || noun === undefined) return null;
  // (A sentence's first word has its capital: "Astronomers using the telescope".)
  const common = i === 1 ? /^\p{Lu}?\p{Ll}+$/u : /^\p{Ll}+$/u;
  if (!common.test(noun.text) || DETERMINER.test(noun.text) || PREPOSITION.test(noun.text))
    return null;
  if (SUBJECT_PRONOUN.test(noun.text) || /^(?:and|or)$/i.test(noun.text)) return null;
  if (PARTICIPLE.test(noun.text.toLowerCase())) {
    // "A five-judge bench led by Chief Justice Chandrachud ordered": the bench, led by him.
    const owner = subjectWords[i - 2];
    if (
      owner === undefined ||
      !/^\p{Ll}[\p{Ll}-]+$/u.test(owner.text) ||
      DETERMINER.test(owner.text)
    )
      return null;
  }
  return { head: subjectWords.slice(0, i), tie: subjectWords[i]!.text.toLowerCase() };
}

/**
 * The subject as a title writes it from its head and the name tied to it: "Antwerp dock
 * workers", "CERN physicists" (people at a place or body), "Portrait by Klimt", "Talks with the
 * union", else the head alone ("Copper prices").
 */
export function tiedSubject(head: string[], tie: string, name: string, type: string): string[] {
  const words = head.filter((w, i) => !(i === 0 && DETERMINER.test(w)));
  if (words.length > 3) return words;
  const lower = words.map((w, i) => (i === 0 && /^\p{Lu}\p{Ll}+$/u.test(w) ? w.toLowerCase() : w));
  if (type === 'location' || tie === 'at') return [name, ...lower];
  return tie === 'by' || tie === 'with' ? [...words, tie, name] : words;
}

/**
 * "Officials from the council and Police Scotland", "Delegations from Sudan's army and the Rapid
 * Support Forces": a name joined by "and" to a noun phrase that names no one is one of two
 * subjects; the title keeps the whole phrase, not the name alone.
 */
export function joinsUnnamed(subjectWords: Word[], name: TitleName): boolean {
  const at = subjectWords.findIndex((w) => w.start >= name.start);
  let and = at - 1;
  if (and > 0 && DETERMINER.test(subjectWords[and]!.text)) and -= 1;
  const before = subjectWords[and - 1];
  return (
    and > 0 &&
    /^and$/i.test(subjectWords[and]!.text) &&
    before !== undefined &&
    /^\p{Ll}+$/u.test(before.text) &&
    !SUBJECT_PRONOUN.test(before.text)
  );
}
