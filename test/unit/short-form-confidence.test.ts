import { describe, expect, it } from 'vitest';
import { articleOf, entity, recognized, registryOf } from '../support/registry-fixtures.ts';
import type { Suggestion } from '../../electron/common/api/contract.ts';
import type { EntityId } from '../../electron/common/model/ids.ts';
import { linkSuggestions } from '../../electron/core/annotate/suggestion-links.ts';
import { calibratedConfidence } from '../../electron/core/suggest/entity-calibration.ts';

const TEXT = 'Carlos Alcaraz beat Jannik Sinner on Sunday. Sinner had beaten him in Paris.';
const at = (word: string, from = 0) => TEXT.indexOf(word, from);

/** The recognizer's suggestion of `word` with this confidence. */
function suggested(word: string, confidence: number, from = 0): Suggestion {
  return { ...recognized(at(word, from), word, 'person'), confidence };
}

/** How often a registered person's short form is right: what "Sinner" gets once he is filed. */
const SHORT_FORM = calibratedConfidence({
  origin: 'registry-short-form',
  type: 'person',
  text: 'Sinner',
});

describe('the confidence of a short form that joins a name the article gives in full', () => {
  it('is the full name’s, so Accept all files "Sinner" with "Jannik Sinner" in one go', () => {
    const full = Math.min(0.85, SHORT_FORM);
    const linked = linkSuggestions(
      articleOf(TEXT),
      [suggested('Jannik Sinner', full), suggested('Sinner', 0.74, 40)],
      registryOf(),
    );
    const sinner = linked.find((s) => s.text === 'Sinner')!;
    expect(sinner.entityName).toBe('Jannik Sinner');
    expect(sinner.confidence).toBe(full);
  });

  it('never falls below its own, when the full name is less sure than the short form', () => {
    const linked = linkSuggestions(
      articleOf(TEXT),
      [suggested('Jannik Sinner', 0.5), suggested('Sinner', 0.74, 40)],
      registryOf(),
    );
    expect(linked.find((s) => s.text === 'Sinner')!.confidence).toBe(0.74);
  });

  it('after a full name the analyst marked, is a registered short form’s rate, never certainty', () => {
    const article = {
      ...articleOf(TEXT),
      mentions: [
        {
          id: 'm1',
          entityId: 'sinner' as EntityId,
          start: at('Jannik Sinner'),
          end: at('Jannik Sinner') + 'Jannik Sinner'.length,
          quote: 'Jannik Sinner',
        },
      ],
    } as never;
    const [sinner] = linkSuggestions(
      article,
      [suggested('Sinner', 0.5, 40)],
      registryOf(entity('sinner', 'Jannik Sinner')),
    );
    expect(sinner).toMatchObject({ entityId: 'sinner', entityName: 'Jannik Sinner' });
    expect(sinner!.confidence).toBe(Math.max(0.5, SHORT_FORM));
    expect(SHORT_FORM).toBeLessThan(1);
  });
});
