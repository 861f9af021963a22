import type { RecognizedMention } from './entity-recognizer.ts';

/**
 * Firms named by their founders joined by "&" ("Marks & Spencer", "Kirkland & Ellis", "Pratt &
 * Whitney"), whose last name the model reads as a person: a person's name never follows "&" after
 * a word that is no person itself, so the pair is one body. Two people credited with "&"
 * ("Video: Miharris & Acphillips") are each read as a person and stay so.
 */
const BEFORE_AMPERSAND = /(?<![\p{L}\p{N}'’&-])\p{Lu}[\p{L}'’.-]*\s&\s$/u;

export function withAmpersandNames(
  text: string,
  mentions: RecognizedMention[],
): RecognizedMention[] {
  const out: RecognizedMention[] = [];
  for (const m of mentions) {
    const before = BEFORE_AMPERSAND.exec(text.slice(Math.max(0, m.start - 40), m.start));
    if (m.type !== 'person' || before === null) {
      out.push(m);
      continue;
    }
    let start = m.start - before[0].length;
    const previous = out.at(-1);
    // "Marks" read as anything but a person is a word of the firm's name.
    if (previous !== undefined && previous.end > start) {
      if (previous.type === 'person') {
        out.push(m);
        continue;
      }
      out.pop();
      start = Math.min(start, previous.start);
    }
    // The model's confidence in the span goes with it: the calibration reads it.
    out.push({ ...m, start, type: 'organization' });
  }
  return out;
}
