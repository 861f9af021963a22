import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../electron/core/suggest/entity-recognizer.ts';
import { decode } from '../../electron/core/suggest/ner-perceptron.ts';
import {
  loadRecognizerModel,
  taggableSentences,
} from '../../electron/core/suggest/statistical-recognizer.ts';

const gold = join(import.meta.dirname, '../fixtures/gold');

describe('reading with the model, lower-case words left unscored', () => {
  it('tags every token as scoring them all does ("al-Qaida", "de Gaulle", the gold texts)', async () => {
    const model = await loadRecognizerModel();
    if (!('weights' in model)) throw new Error(model.problem);
    const texts = [
      'The attack was claimed by al-Qaida in the Arabian Peninsula. He met de Gaulle and bin Salman.',
      ...readdirSync(gold)
        .filter((name) => /^(?:gum|biz-dev|state-dept)-/u.test(name))
        .map(
          (name) => (JSON.parse(readFileSync(join(gold, name), 'utf8')) as { text: string }).text,
        ),
    ];
    for (const text of texts) {
      for (const sentence of taggableSentences(text, recognizeEntities(text))) {
        const all = decode(sentence.features, sentence.words, model.weights.score);
        const quick = decode(sentence.features, sentence.words, model.weights.score, [], true);
        expect(quick.tags, sentence.words.join(' ')).toEqual(all.tags);
      }
    }
  });
});
