import type { MentionInput } from '../../electron/core/suggest/event-candidates.ts';

/** Every whole-word occurrence of each name, as the recognizer would give it, in text order. */
export function mentionsIn(text: string, names: [string, string][]): MentionInput[] {
  const found: MentionInput[] = [];
  for (const [name, type] of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const taken = found.some((m) => m.start <= at && at < m.end);
      const word = !/\w/.test(text[at - 1] ?? ' ') && !/\w/.test(text[at + name.length] ?? ' ');
      if (!taken && word) found.push({ start: at, end: at + name.length, text: name, type });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
