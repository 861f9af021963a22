import type { RecognizedMention } from './entity-recognizer.ts';

/**
 * The rules' mentions and the statistical model's, each where it is stronger: the rules (with
 * their gazetteers, title and organization patterns) decide where they found a name; the model
 * adds the names they missed, read in context. Sorted by start, never overlapping.
 */
export function combineMentions(
  rules: RecognizedMention[],
  model: RecognizedMention[],
): RecognizedMention[] {
  const out = [...rules];
  for (const mention of model) {
    if (out.some((m) => mention.start < m.end && m.start < mention.end)) continue;
    out.push(mention);
  }
  return out.sort((a, b) => a.start - b.start);
}
