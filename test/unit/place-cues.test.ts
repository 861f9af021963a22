import { describe, expect, it } from 'vitest';
import type { RecognizedMention } from '../../electron/core/suggest/entity-recognizer.ts';
import { withPlaceCues } from '../../electron/core/suggest/place-cues.ts';

/** Every whole-word occurrence of `name` in `text`, as a person. */
const people = (text: string, name: string): RecognizedMention[] =>
  [...text.matchAll(new RegExp(`\\b${name}\\b`, 'gu'))].map((m) => ({
    start: m.index,
    end: m.index + name.length,
    type: 'person',
    origin: 'model' as const,
  }));

const read = (text: string, mentions: RecognizedMention[]) =>
  withPlaceCues(text, mentions).map((m) => `${text.slice(m.start, m.end)}:${m.type}`);

describe('places that the words before an unknown name give away', () => {
  it('reads a lone unknown word after "in" or "provinces of" as a place, everywhere', () => {
    const text =
      'Cholera reached three provinces of Velmora. The WHO representative in Velmora said so. Velmora needs help.';
    expect(read(text, people(text, 'Velmora'))).toEqual([
      'Velmora:location',
      'Velmora:location',
      'Velmora:location',
    ]);
  });

  it('keeps a person who speaks elsewhere, or whose full name the text gives', () => {
    const text =
      'Trust in Dravek fell. Dravek said he would stay. Faith in Orlan Besk grew; in Besk they trust. The judge in Tarn’s trial ruled. Tarn starred in Tarn: The Series.';
    const mentions = [
      ...people(text, 'Dravek'),
      ...people(text, 'Orlan Besk'),
      ...people(text, 'Besk').slice(1),
      ...people(text, 'Tarn'),
    ].sort((a, b) => a.start - b.start);
    expect(read(text, mentions)).toEqual([
      'Dravek:person',
      'Dravek:person',
      'Orlan Besk:person',
      'Besk:person',
      'Tarn:person',
      'Tarn:person',
      'Tarn:person',
    ]);
  });

  it("reads no place in two rulers' names before their regime", () => {
    const text = 'The Ortega-Murillo regime jailed critics in Austria-Hungary.';
    const start = text.indexOf('Austria');
    const mentions: RecognizedMention[] = [
      { start: 4, end: 18, type: 'location', origin: 'model' as const },
      { start, end: start + 'Austria-Hungary'.length, type: 'location', origin: 'model' as const },
    ];
    expect(read(text, mentions)).toEqual(['Austria-Hungary:location']);
  });
});
