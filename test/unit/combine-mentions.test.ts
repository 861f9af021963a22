import { describe, expect, it } from 'vitest';
import { combineReadings } from '../../electron/core/suggest/combine-mentions.ts';
import type { RecognizedMention } from '../../electron/core/suggest/entity-recognizer.ts';
import type { EntityType, MentionOrigin } from '../../electron/core/suggest/entity-suggestion.ts';

/** A mention of the first `words` in `text` (from `from`). */
function at(
  text: string,
  words: string,
  type: EntityType,
  origin: MentionOrigin = 'model',
  from = 0,
) {
  const start = text.indexOf(words, from);
  return { start, end: start + words.length, type, origin };
}

const read = (text: string, model: RecognizedMention[], rules: RecognizedMention[]) =>
  combineReadings(text, model, rules).map((m) => `${text.slice(m.start, m.end)}:${m.type}`);

describe('combining the model with the rules', () => {
  it('leaves the office and title words that open a person out of the name', () => {
    const text = 'He met Minister for Foreign Affairs Hayashi Yoshimasa.';
    expect(read(text, [at(text, 'Affairs Hayashi Yoshimasa', 'person')], [])).toEqual([
      'Hayashi Yoshimasa:person',
    ]);
  });

  it("takes the rules' full name after a title over the first name the model found", () => {
    const text = 'The below is attributable to Spokesperson Ned Price.';
    expect(
      read(
        text,
        [at(text, 'Ned', 'person')],
        [at(text, 'Ned Price', 'person', 'rule:title-and-name')],
      ),
    ).toEqual(['Ned Price:person']);
  });

  it("reads a dateline's city before its date as a place, not an acronym's organization", () => {
    const text = 'CALAMA, Chile, April 15 - Talks resumed.\n\nNATO, the alliance, met.';
    const model = [at(text, 'CALAMA', 'organization'), at(text, 'NATO', 'organization')];
    expect(read(text, model, [])).toEqual(['CALAMA:location', 'NATO:organization']);
  });

  it("reads a dateline's city and the place of 'X-based' as places", () => {
    const text = 'SANTA CLARA, California, Nov 20 - The Santa Clara-based maker of chips grew.';
    const model = [at(text, 'SANTA CLARA', 'person'), at(text, 'California', 'location')];
    expect(read(text, model, [])).toEqual([
      'SANTA CLARA:location',
      'California:location',
      'Santa Clara:location',
    ]);
  });

  it('reads a surname-first name whole, and its surname alone as the person', () => {
    const text =
      'Xi Jinping met Moon Jae-in. Xi said trade would grow. Moon agreed, and Xi Jinping left. A Cyclone Phailin warning; the Cyclone passed.';
    const model = [
      at(text, 'Xi Jinping', 'person'),
      at(text, 'Moon Jae', 'person'),
      at(text, 'Xi Jinping', 'person', 'model', text.indexOf('and Xi')),
      at(text, 'Cyclone Phailin', 'person'),
    ];
    expect(read(text, model, [])).toEqual([
      'Xi Jinping:person',
      'Moon Jae-in:person',
      'Xi:person',
      'Moon:person',
      'Xi Jinping:person',
      'Cyclone Phailin:person',
    ]);
  });

  it('reads a name that ends in a trade as a company, a street as a place', () => {
    const text =
      'Zenith Biologics must pay, a jury said. Zenith will appeal. The Brady Street bridge is shut; On Victoria Road, traffic.';
    const model = [at(text, 'Zenith Biologics', 'person'), at(text, 'Brady', 'person')];
    expect(read(text, model, [])).toEqual([
      'Zenith Biologics:organization',
      'Zenith:organization',
      'Brady Street:location',
      'Victoria Road:location',
    ]);
  });

  it('reads a lone word as the person the article names by it, not as a place', () => {
    const text =
      'Israel without Netanyahu, said Prime Minister Netanyahu. Michael Jordan flew to Jordan.';
    const model = [
      at(text, 'Israel', 'location'),
      at(text, 'Netanyahu', 'location'),
      at(text, 'Netanyahu', 'person', 'model', text.indexOf('Minister')),
      at(text, 'Michael Jordan', 'person'),
      at(text, 'Jordan', 'location', 'model', text.indexOf('to Jordan')),
    ];
    expect(read(text, model, [])).toEqual([
      'Israel:location',
      'Netanyahu:person',
      'Netanyahu:person',
      'Michael Jordan:person',
      'Jordan:location',
    ]);
  });

  it('reads a given name and a family name as a person where the model read a place', () => {
    const text = 'The president of the region, Cristina Cifuentes, spoke. Marina Heights voted.';
    const model = [
      at(text, 'Cristina Cifuentes', 'location'),
      at(text, 'Marina Heights', 'location'),
    ];
    const rules = [
      at(text, 'Cristina Cifuentes', 'person', 'rule:first-name'),
      at(text, 'Marina Heights', 'person', 'rule:first-name'),
    ];
    // "Heights" ends a place's own name: the place stays.
    expect(read(text, model, rules)).toEqual([
      'Cristina Cifuentes:person',
      'Marina Heights:location',
    ]);
  });
});
