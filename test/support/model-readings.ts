import { combineReadings } from '../../electron/core/suggest/combine-mentions.ts';
import type { RecognizedMention } from '../../electron/core/suggest/entity-recognizer.ts';
import type { EntityType } from '../../electron/core/suggest/entity-suggestion.ts';

/** The `nth` occurrence (from 0) of `words` in `text`, as the model would read it: `type`. */
export function at(text: string, words: string, type: EntityType, nth = 0): RecognizedMention {
  let start = text.indexOf(words);
  for (let i = 0; i < nth; i++) start = text.indexOf(words, start + 1);
  return { start, end: start + words.length, type, origin: 'model' as const };
}

/** What the rules make of the model's `model` mentions of `text`, as `words:type`. */
export const read = (text: string, model: RecognizedMention[]): string[] =>
  combineReadings(text, model, []).map((m) => `${text.slice(m.start, m.end)}:${m.type}`);
