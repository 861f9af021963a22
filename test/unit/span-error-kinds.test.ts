import { describe, expect, it } from 'vitest';
import type { RecognizedMention } from '../../electron/core/suggest/entity-recognizer.ts';
import { errorKinds } from '../../scripts/ner/span-scores.ts';

// The ablation's --errors table (docs/EVAL.md) tells type errors from boundary errors, spurious
// suggestions and names missed altogether: each wrong suggestion and each missed name counted once.
describe('errorKinds', () => {
  const text = 'Anna Berg met Acme Corp in Oslo and Paris on Monday.';
  const at = (word: string, type: RecognizedMention['type']) => {
    const start = text.indexOf(word);
    return { start, end: start + word.length, type };
  };
  const gold = [
    at('Anna Berg', 'person'),
    at('Acme Corp', 'organization'),
    at('Oslo', 'location'),
    at('Paris', 'location'),
  ];
  const suggest = (): RecognizedMention[] =>
    [
      at('Anna Berg', 'person'), // right
      at('Acme', 'organization'), // wrong bounds
      at('Oslo', 'organization'), // wrong type
      at('Monday', 'person'), // spurious
    ].map((m) => ({ ...m, origin: 'model' as const }));

  it('counts each wrong suggestion under its own type and each untouched gold name under its type', () => {
    const kinds = errorKinds([{ doc: 'd', text, spans: gold }], suggest);
    expect(kinds.person).toEqual({ wrongType: 0, wrongBounds: 0, spurious: 1, unseen: 0 });
    expect(kinds.organization).toEqual({ wrongType: 1, wrongBounds: 1, spurious: 0, unseen: 0 });
    expect(kinds.location).toEqual({ wrongType: 0, wrongBounds: 0, spurious: 0, unseen: 1 });
  });
});
