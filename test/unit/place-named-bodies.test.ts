import { describe, expect, it } from 'vitest';
import { at, read } from '../support/model-readings.ts';
import { isImplausible } from '../../electron/core/suggest/implausible-spans.ts';

describe('bodies named by a field and a place, which the model reads as the place (branch persons20)', () => {
  it('reads a field before or after a place as one body, and the place alone elsewhere', () => {
    const text =
      'Statistics Norway said prices rose. New Zealand Rugby confirmed the final. ' +
      'Virgin Australia said it had added flights. Meanwhile Norway grew, as did New Zealand.';
    expect(
      read(text, [
        at(text, 'Norway', 'location'),
        at(text, 'New Zealand', 'location'),
        at(text, 'Virgin Australia', 'person'),
        at(text, 'Norway', 'location', 1),
        at(text, 'New Zealand', 'location', 1),
      ]),
    ).toEqual([
      'Statistics Norway:organization',
      'New Zealand Rugby:organization',
      'Virgin Australia:organization',
      'Norway:location',
      'New Zealand:location',
    ]);
  });

  it('leaves a place that runs on into another name, and a word that is no field', () => {
    const text =
      'Lydia Buchtmann for Food Standards Australia New Zealand spoke. The U.S.-Japan Alliance held.';
    expect(
      read(text, [
        at(text, 'Australia', 'location'),
        at(text, 'New Zealand', 'location'),
        at(text, 'Japan', 'location'),
      ]),
    ).toEqual(['Australia:location', 'New Zealand:location', 'Japan:location']);
  });
});

describe('a disease named after a person, before its drug or its patients', () => {
  it('is no person; the person of that name is', () => {
    const text = "It approved an Alzheimer's drug. Jane Parkinson said Parkinson's team agreed.";
    const span = (words: string, nth = 0) => {
      const m = at(text, words, 'person', nth);
      return { start: m.start, end: m.end };
    };
    expect(isImplausible(text, span('Alzheimer'), 'person')).toBe(true);
    expect(isImplausible(text, span('Parkinson', 1), 'person')).toBe(false);
  });
});

describe("the lead's cases of session 17 (branch persons20)", () => {
  it('keeps a given name written after a hyphen, and no title word as a body', () => {
    const text = 'Deputy chairman Park Min-soo resigned. The Lyon-born painter Ana Ruiz spoke.';
    const deputy = at(text, 'Deputy', 'organization');
    expect(isImplausible(text, deputy, 'organization')).toBe(true);
    expect(read(text, [at(text, 'Park Min', 'person'), at(text, 'Ana Ruiz', 'person')])).toEqual([
      'Park Min-soo:person',
      'Ana Ruiz:person',
    ]);
  });

  it("reads a place's company named with its trade as a body, and a union of workers in full", () => {
    const text =
      "It sold the unit to Japan's Hitomi Microelectronics. The Danish Dock Workers' Union said no.";
    expect(read(text, [at(text, 'Hitomi Microelectronics', 'location')])).toContain(
      'Hitomi Microelectronics:organization',
    );
    expect(read(text, [])).toContain("Danish Dock Workers' Union:organization");
  });
});
