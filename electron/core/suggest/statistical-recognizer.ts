import type { RecognizedMention } from './entity-recognizer.ts';
import type { EntityType, MentionOrigin } from './entity-suggestion.ts';
import { sentenceFeatures } from './ner-features.ts';
import { loadModelFile } from './ner-model-file.ts';
import { defaultModelPath } from './ner-model-path.ts';
import { decode, tagsToSpans, type NerWeights, type Scorer } from './ner-perceptron.ts';
import { sentenceRanges, tokenizePtb, type NerToken } from './ptb-tokenizer.ts';
import { cleanSpan } from './span-cleanup.ts';

const TYPES: Record<'PER' | 'ORG' | 'LOC', EntityType> = {
  PER: 'person',
  ORG: 'organization',
  LOC: 'location',
};

/** One sentence ready for the tagger. */
export interface TaggableSentence {
  tokens: NerToken[];
  words: string[];
  features: string[][];
}

/**
 * The code each rule's findings carry in the model's features (`B-person@0.85`): the trained
 * weights are keyed by these strings, so they stay as the model was trained with them.
 */
const RULE_FEATURE_CODE: Partial<Record<MentionOrigin, string>> = {
  'rule:gazetteer': '0.9',
  'rule:title-and-name': '0.85',
  'rule:gazetteer-part': '0.8',
  'rule:first-name': '0.8',
  'rule:organization-words': '0.75',
  'rule:place-tail': '0.7',
  'rule:surname-again': '0.7',
  'rule:name-like': '0.6',
  'rule:single-word': '0.5',
};

/** Per token, the rule-based mention it falls in, as `B-person@0.85`, or ''. */
export function ruleTagsOf(tokens: NerToken[], rules: RecognizedMention[]): string[] {
  let k = 0;
  return tokens.map((token) => {
    while (k < rules.length && rules[k]!.end <= token.start) k += 1;
    const rule = rules[k];
    if (rule === undefined || token.end <= rule.start || token.start >= rule.end) return '';
    return `${token.start <= rule.start ? 'B' : 'I'}-${rule.type}@${RULE_FEATURE_CODE[rule.origin]}`;
  });
}

/**
 * The text's sentences with their features (the part of tagging that no weight changes), given
 * what the rules found in the same text (sorted by start, as recognizeEntities returns them).
 */
export function taggableSentences(text: string, rules: RecognizedMention[]): TaggableSentence[] {
  const tokens = tokenizePtb(text);
  const ruleTags = ruleTagsOf(tokens, rules);
  return sentenceRanges(tokens).map(([from, to]) => {
    const slice = tokens.slice(from, to);
    return {
      tokens: slice,
      words: slice.map((t) => t.text),
      features: sentenceFeatures(slice, ruleTags.slice(from, to)),
    };
  });
}

/** The model's mentions in the sentences of `text`, read with `score` (trained plus online weights). */
export function recognizeWithModel(
  text: string,
  score: Scorer,
  sentences: TaggableSentence[],
): RecognizedMention[] {
  const mentions: RecognizedMention[] = [];
  for (const sentence of sentences) {
    for (const span of tagsToSpans(decode(sentence.features, sentence.words, score, [], true))) {
      const cleaned = cleanSpan(text, {
        start: sentence.tokens[span.from]!.start,
        end: sentence.tokens[span.to - 1]!.end,
      });
      if (cleaned === null) continue;
      mentions.push({
        ...cleaned,
        type: TYPES[span.type],
        origin: 'model',
        modelConfidence: span.confidence,
      });
    }
  }
  return mentions;
}

export type ModelState = { weights: NerWeights } | { problem: string };

/**
 * Loads the model, never throwing: a missing or damaged file gives a one-line `problem`, and
 * suggestions then come from the rules alone.
 */
export async function loadRecognizerModel(path = defaultModelPath()): Promise<ModelState> {
  try {
    return { weights: await loadModelFile(path) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return {
        problem: `The entity recognizer's model is missing (${path}); suggestions use the rules only.`,
      };
    }
    const reason = error instanceof Error ? error.message : String(error);
    return {
      problem: `The entity recognizer's model could not be read: ${reason}; suggestions use the rules only.`,
    };
  }
}
