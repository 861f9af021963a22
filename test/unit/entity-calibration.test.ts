import { describe, expect, it } from 'vitest';
import {
  calibratedConfidence,
  type Calibration,
} from '../../electron/core/suggest/entity-calibration.ts';
import { recognizeEntities } from '../../electron/core/suggest/entity-recognizer.ts';
import { suggestEntities } from '../../electron/core/suggest/suggest-entities.ts';
import { emptySuggestContext } from '../../electron/core/suggest/entity-suggestion.ts';
import { MentionOriginSchema } from '../../electron/common/model/suggestion-origin.ts';
import { fitCalibration, isotonic, reliability } from '../../scripts/ner/calibration-fit.ts';

const TABLE: Calibration = {
  fittedOn: 'test',
  overall: { n: 100, p: 0.8 },
  groups: {
    model: { n: 50, p: 0.85 },
    'model|person': { n: 20, p: 0.7 },
    'rule:title-and-name': { n: 30, p: 0.95 },
  },
  model: {
    'person|more': [
      { from: 0.5, p: 0.4 },
      { from: 0.99, p: 0.9 },
    ],
  },
};

describe('calibrated confidence', () => {
  it('reads the most specific group seen, falling back to the ones above it', () => {
    const at = (origin: 'rule:title-and-name' | 'rule:place-tail', type = 'person' as const) =>
      calibratedConfidence({ origin, type, text: 'Secretary Blinken' }, TABLE);
    expect(at('rule:title-and-name')).toBe(0.95);
    // A rule never seen on dev gold gets the overall rate, not a code.
    expect(at('rule:place-tail')).toBe(0.8);
  });

  it("follows the model's own confidence in steps, per type and length", () => {
    const model = (modelConfidence: number, text = 'Remal Cyclone') =>
      calibratedConfidence({ origin: 'model', type: 'person', text, modelConfidence }, TABLE);
    expect(model(0.9995)).toBe(0.9);
    expect(model(0.7)).toBe(0.4);
    expect(model(0.3)).toBe(0.4);
    // One word: no steps fitted, so the model's rate for people.
    expect(model(0.9995, 'Remal')).toBe(0.7);
  });

  it('gives suggestions a typed origin and a probability, not a code or a certainty', () => {
    const text =
      'Secretary Blinken met Foreign Minister Wang Yi in Beijing. Cyclone Remal hit Bangladesh.';
    const suggestions = suggestEntities(text, emptySuggestContext(), recognizeEntities(text));
    expect(suggestions.length).toBeGreaterThan(2);
    for (const s of suggestions) {
      expect(MentionOriginSchema.safeParse(s.origin).success).toBe(true);
      expect(s.confidence).toBeGreaterThan(0);
      expect(s.confidence).toBeLessThan(1);
    }
  });
});

describe('fitting the calibration', () => {
  it('pools adjacent violators into a non-decreasing step function', () => {
    const steps = isotonic([
      { x: 0.1, y: 0, w: 1 },
      { x: 0.2, y: 1, w: 1 },
      { x: 0.3, y: 0, w: 1 },
      { x: 0.4, y: 1, w: 1 },
    ]);
    expect(steps.map((s) => s.y)).toEqual([0, 0.5, 1]);
    expect(steps.map((s) => s.from)).toEqual([0.1, 0.2, 0.4]);
  });

  it("smooths a small group's rate towards the rate above it", () => {
    const data = [
      ...Array.from({ length: 90 }, (_, i) => ({
        origin: 'rule:gazetteer' as const,
        type: 'location' as const,
        text: 'France',
        right: i < 81,
      })),
      { origin: 'rule:single-word' as const, type: 'person' as const, text: 'Kim', right: false },
    ];
    const table = fitCalibration(data, 'test');
    expect(table.groups['rule:gazetteer']!.p).toBeCloseTo(0.9, 1);
    // One wrong suggestion does not make its rule certain to be wrong.
    const single = table.groups['rule:single-word']!.p;
    expect(single).toBeGreaterThan(0.7);
    expect(single).toBeLessThan(table.overall.p);
  });

  it('measures Brier score and expected calibration error', () => {
    const overconfident = reliability([
      { p: 1, right: true },
      { p: 1, right: false },
    ]);
    expect(overconfident.brier).toBe(0.5);
    expect(overconfident.ece).toBe(0.5);
    const calibrated = reliability([
      { p: 0.5, right: true },
      { p: 0.5, right: false },
    ]);
    expect(calibrated.ece).toBe(0);
    expect(calibrated.brier).toBe(0.25);
  });
});
