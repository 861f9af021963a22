import { describe, expect, it } from 'vitest';
import { defaultModelPath } from '../../electron/core/suggest/ner-model-path.ts';
import {
  fingerprint,
  trainingExamples,
  trainingRecordOf,
} from '../../scripts/ner/training-examples.ts';

// The rules' findings, the gazetteers and compromise's lexicon are features of the model: a
// change to any of them, to the features or to the training data means `npm run train:ner` no
// longer gives the shipped model (issue 15). Training is deterministic, so equal inputs are
// enough; the check costs one pass of the rules over the training set, not a training.
describe('the shipped recognizer model', () => {
  it('was trained on what the training set reads as today', () => {
    const record = trainingRecordOf(defaultModelPath());
    expect(record, 'the model file records no training inputs').not.toBeNull();
    const examples = trainingExamples(record!.rules);
    expect(examples.length).toBe(record!.sentences);
    expect(
      fingerprint(examples),
      'the features of the training set changed since the model was trained: run `npm run train:ner` and commit resources/ner-model/',
    ).toBe(record!.inputs);
  }, 300_000);
});
