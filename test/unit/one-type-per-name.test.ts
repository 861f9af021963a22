import { describe, expect, it } from 'vitest';
import { combineReadings } from '../../electron/core/suggest/combine-mentions.ts';
import { withOneTypePerName } from '../../electron/core/suggest/one-type-per-name.ts';
import type { RecognizedMention } from '../../electron/core/suggest/entity-recognizer.ts';
import type { EntityType } from '../../electron/core/suggest/entity-suggestion.ts';

function at(text: string, words: string, type: EntityType, from = 0): RecognizedMention {
  const start = text.indexOf(words, from);
  return { start, end: start + words.length, type, origin: 'model' as const };
}

const read = (text: string, model: RecognizedMention[]) =>
  combineReadings(text, model, []).map((m) => `${text.slice(m.start, m.end)}:${m.type}`);
const unify = (text: string, mentions: RecognizedMention[]) =>
  withOneTypePerName(text, mentions).map((m) => `${text.slice(m.start, m.end)}:${m.type}`);

describe('one name, one type in an article', () => {
  it('gives a name read as two types the type most of its mentions have', () => {
    const text =
      'Ardwyn cut 40 jobs on Monday. Ardwyn said sales fell. Later, Ardwyn added that its plant would stay open.';
    const model = [
      at(text, 'Ardwyn', 'organization'),
      at(text, 'Ardwyn', 'person', 20),
      at(text, 'Ardwyn', 'organization', 60),
    ];
    expect(unify(text, model)).toEqual([
      'Ardwyn:organization',
      'Ardwyn:organization',
      'Ardwyn:organization',
    ]);
  });

  it('reads a surname as the person whose full name ends in it, but a place after "in" stays', () => {
    const text = 'Kwame Asante signed on Monday. Asante, 24, scored twice. He grew up in Asante.';
    const model = [
      at(text, 'Kwame Asante', 'person'),
      at(text, 'Asante', 'location', 20),
      at(text, 'Asante', 'location', text.indexOf('in Asante')),
    ];
    expect(unify(text, model)).toEqual(['Kwame Asante:person', 'Asante:person', 'Asante:location']);
  });

  it('leaves a name read once as each type as it was read (a tie)', () => {
    const text = 'Jordan spoke. Talks were held in Amman, Jordan.';
    const model = [
      at(text, 'Jordan', 'person'),
      at(text, 'Amman', 'location'),
      at(text, 'Jordan', 'location', 20),
    ];
    expect(unify(text, model)).toEqual(['Jordan:person', 'Amman:location', 'Jordan:location']);
  });

  it('reads savings banks, mutuals and building societies as lenders, and their short names too', () => {
    const text =
      'The collapse of Halden Savings hit savers. Pennine Mutual paid a fine. Brookstone Building Society, based in Harrogate, said Brookstone would repay fees.';
    const model = [
      at(text, 'Halden Savings', 'person'),
      at(text, 'Pennine Mutual', 'person'),
      at(text, 'Brookstone Building Society', 'location'),
      at(text, 'Harrogate', 'location'),
      at(text, 'Brookstone', 'location', 100),
    ];
    expect(read(text, model)).toEqual([
      'Halden Savings:organization',
      'Pennine Mutual:organization',
      'Brookstone Building Society:organization',
      'Harrogate:location',
      'Brookstone:organization',
    ]);
  });
});
