// What `npm run train:ner` learns from: each sentence of the training files with its features
// (the rules' findings among them) and gold tags, and a fingerprint of all of it. The model file
// records the fingerprint it was trained on, so a change to the features, the rules, the
// gazetteers or the data that would train a different model is caught without retraining
// (test/unit/ner-model-reproducible.test.ts).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { recognizeEntities } from '../../electron/core/suggest/entity-recognizer.ts';
import { sentenceFeatures } from '../../electron/core/suggest/ner-features.ts';
import type { ModelTraining } from '../../electron/core/suggest/ner-model-file.ts';
import { tokenizePtb } from '../../electron/core/suggest/ptb-tokenizer.ts';
import { ruleTagsOf } from '../../electron/core/suggest/statistical-recognizer.ts';
import { projectTags, readCorpus, rebuild } from './corpus.ts';

export const TRAIN_FILES = ['uner_en_ewt.train.jsonl', 'gum_open.train.jsonl'];

export interface Example {
  words: string[];
  features: string[][];
  gold: number[];
}

/** The training sentences, re-tokenized by the app's tokenizer; `rules`: the rules' tags as features. */
export function trainingExamples(rules: boolean): Example[] {
  const out: Example[] = [];
  for (const file of TRAIN_FILES) {
    for (const line of readCorpus(file)) {
      const { text, spans } = rebuild([line]);
      const tokens = tokenizePtb(text);
      if (tokens.length === 0) continue;
      out.push({
        words: tokens.map((t) => t.text),
        features: sentenceFeatures(
          tokens,
          ruleTagsOf(tokens, rules ? recognizeEntities(text) : []),
        ),
        gold: projectTags(tokens, spans),
      });
    }
  }
  return out;
}

/** sha256 of every word, feature and gold tag, in order: equal inputs train equal models. */
export function fingerprint(examples: Example[]): string {
  const hash = createHash('sha256');
  for (const { words, features, gold } of examples) {
    hash.update(JSON.stringify([words, features, gold]));
    hash.update('\n');
  }
  return hash.digest('hex');
}

/** The training record of a model file, or null when it has none. */
export function trainingRecordOf(modelPath: string): ModelTraining | null {
  const model = JSON.parse(gunzipSync(readFileSync(modelPath)).toString('utf8')) as {
    training?: ModelTraining;
  };
  return model.training ?? null;
}
