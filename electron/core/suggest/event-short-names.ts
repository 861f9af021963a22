import type { MentionInput } from './event-context.ts';
import { isTitleWord } from './titles.ts';

/**
 * The name a title gives each entity, as the article lets the analyst know it: a person by the
 * short form the article uses ("Hayashi" for "Hayashi Yoshimasa", "Cormier Smith" for "Desirée
 * Cormier Smith", not "Smith", which it never writes alone); a body by the abbreviation it gives
 * in brackets ("Office of Foreign Assets Control (OFAC)").
 */
export function shortNamesOf(text: string, mentions: MentionInput[]): Map<string, string> {
  const people = new Map<string, MentionInput[]>();
  for (const m of mentions) {
    if (m.type === 'person') people.set(m.text, [...(people.get(m.text) ?? []), m]);
  }
  const names = new Map<string, string>();
  for (const [, [m]] of people) {
    if (m === undefined) continue;
    const words = m.text.split(/\s+/);
    // The shortest tail of the name the article writes on its own, else any word of it.
    const tails = words.slice(1).map((_, i) => words.slice(i + 1).join(' '));
    const short = [...tails.reverse(), ...words].find(
      (form) =>
        form !== m.text &&
        !isTitleWord(form) &&
        (people.get(form) ?? []).some((p) => p.end <= m.start || p.start >= m.end),
    );
    if (short !== undefined) names.set(m.text, short);
  }
  for (const m of mentions) {
    if (m.type !== 'organization' || names.has(m.text)) continue;
    const abbreviation = /^\s*\((\p{Lu}{2,6})\)/u.exec(text.slice(m.end, m.end + 12));
    if (abbreviation !== null) names.set(m.text, abbreviation[1]!);
  }
  return names;
}
