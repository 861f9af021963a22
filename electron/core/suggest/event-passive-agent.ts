import { joinNames, nameOf, render, type TitleInput } from './event-title-words.ts';
import { DETERMINER, type Word } from './event-verbs.ts';

// "X was hosted in Seoul by Y": the agent after "by" leads the title ("Y hosts X in Seoul").

/**
 * The title of a passive clause from its agent: `after` is the object's words, `by` the index
 * of "by" in them, `patient` the subject as written; null when "by" names no one.
 */
export function agentTitle(
  after: Word[],
  by: number,
  patient: string[],
  forms: { base: string; present: string },
  input: TitleInput,
): string[] | null {
  const tail = after.slice(by + 1);
  const named = input.mentions.filter((m) =>
    tail.some((w) => w.start >= m.start && w.start < m.end),
  );
  // "by South Korea's Foreign Minister Park": the minister hosts, not the country.
  const agents = named.some((m) => m.type !== 'location')
    ? named.filter((m) => m.type !== 'location')
    : named;
  if (agents.length === 0) return null;
  let agent = joinNames(agents.map((m) => nameOf(m, input)));
  let plural = agents.length > 1;
  // "sold by the heirs of the shipping magnate Olav Brekke": the heirs sell, not Brekke.
  const of = tail.findIndex((w, i) => /^of$/i.test(w.text) && w.end <= agents[0]!.start && i > 0);
  const head = tail[of - 1];
  if (
    agents.length === 1 &&
    of > 0 &&
    head !== undefined &&
    /^\p{Ll}{3,}$/u.test(head.text) &&
    !DETERMINER.test(head.text)
  ) {
    agent = `${head.text} of ${agent}`;
    plural = /[^s]s$/.test(head.text);
  }
  const written = [...patient];
  if (written.length > 0 && DETERMINER.test(written[0]!)) written[0] = written[0]!.toLowerCase();
  return [
    agent,
    plural ? forms.base : forms.present,
    ...written,
    ...render(after.slice(0, by), input),
  ];
}
