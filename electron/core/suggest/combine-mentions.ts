import type { RecognizedMention } from './entity-recognizer.ts';

/**
 * Two readings of one text, the first preferred: every mention of `primary`, then those of
 * `secondary` that overlap none of them. Sorted by start, never overlapping.
 */
export function combineMentions(
  primary: RecognizedMention[],
  secondary: RecognizedMention[],
): RecognizedMention[] {
  const out = [...primary];
  for (const mention of secondary) {
    if (out.some((m) => mention.start < m.end && m.start < mention.end)) continue;
    out.push(mention);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The model's reading (which already weighs the rules' findings as features) with the places
 * and organizations the rules are sure of where the model found nothing: their gazetteers and
 * organization patterns know names the training data never showed. Of the rules' people only
 * the surest are kept: on news from other outlets the others mistake products, indices and
 * common words for names (docs/EVAL.md, ablation).
 */
/**
 * The rules' people kept: a name after a title ("Secretary Blinken", 0.85; scores as in
 * entity-recognizer.ts), and a word of a full name found earlier in the article ("Blinken"
 * after "Antony Blinken", 0.7) when the model, too, read that full name as a person: the rules'
 * own full names include products and common words on other outlets' news.
 */
export function combineReadings(
  text: string,
  model: RecognizedMention[],
  rules: RecognizedMention[],
): RecognizedMention[] {
  const nameWords = new Set(
    model
      .filter((m) => m.type === 'person')
      .flatMap((m) => text.slice(m.start, m.end).split(/\s+/u).slice(1)),
  );
  return combineMentions(
    model,
    rules.filter((rule) =>
      rule.type !== 'person'
        ? rule.score >= 0.75
        : rule.score === 0.85 ||
          (rule.score === 0.7 && nameWords.has(text.slice(rule.start, rule.end))),
    ),
  );
}
