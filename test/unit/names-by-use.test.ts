import { describe, expect, it } from 'vitest';
import { at } from '../support/model-readings.ts';
import { keepsArticle } from '../../electron/core/suggest/article-names.ts';
import type { RecognizedMention } from '../../electron/core/suggest/entity-recognizer.ts';
import { withOrganizationCues } from '../../electron/core/suggest/organization-cues.ts';
import { cleanSpan } from '../../electron/core/suggest/span-cleanup.ts';

const read = (text: string, mentions: RecognizedMention[] = []) =>
  withOrganizationCues(text, mentions).map((m) => `${text.slice(m.start, m.end)}:${m.type}`);

const cleaned = (text: string, words: string) => {
  const start = text.indexOf(words);
  const span = cleanSpan(text, { start, end: start + words.length });
  return span === null ? null : text.slice(span.start, span.end);
};

describe('organizations named by how the text uses them', () => {
  it("reads a firm named in 's whole wherever the text uses it with no noun after it", () => {
    const text =
      "A painting sold for $48 million at Christie's on Thursday, after Sotheby's set a record. Macy's will close 50 stores; Macy's shares fell.";
    expect(
      read(text, [at(text, 'Christie', 'person'), at(text, 'Sotheby', 'organization')]),
    ).toEqual([
      "Christie's:organization",
      "Sotheby's:organization",
      "Macy's:organization",
      "Macy's:organization",
    ]);
    expect(cleaned(text, "Christie's")).toBe("Christie's");
  });

  it("trims a person's possessive, and the 's of a name the text also uses alone", () => {
    const text = "Biden's plan was his own, and the view was Biden's. Kohl said Kohl's will stood.";
    expect(cleaned(text, "Biden's")).toBe('Biden');
    expect(cleaned(text, "Biden's.")).toBe('Biden');
    expect(cleaned(text, "Kohl's")).toBe('Kohl');
    expect(read(text)).toEqual([]);
    expect(
      read("It's on loan, and that's in the contract. What's at stake? There's at least one."),
    ).toEqual([]);
  });

  it('reads parties named by their family in a text about politics, and only there', () => {
    const text =
      'The Social Democrats lost six seats in the election, while the Greens gained. Talks with the opposition Conservatives and the Socialist Left start today. Republicans and Democrats agreed.';
    expect(read(text)).toEqual([
      'Social Democrats:organization',
      'Greens:organization',
      'Conservatives:organization',
      'Socialist Left:organization',
    ]);
    expect(read('He putted well on the Greens at Augusta, the best of the day.')).toEqual([]);
  });

  it('reads a journal a study appears in, with its "The", and no place so', () => {
    const text =
      'The results were published on Wednesday in The Lancet. A second paper in Nature agreed. Writing in Science, they warned. A study in Kenya found the same.';
    expect(read(text)).toEqual([
      'The Lancet:organization',
      'Nature:organization',
      'Science:organization',
    ]);
    const start = text.indexOf('The Lancet');
    expect(keepsArticle(text, { start, end: start + 'The Lancet'.length })).toBe(true);
  });

  it('reads a firm named for two trades whole, and a list of two firms as two', () => {
    const text =
      'Pacific Gas and Electric cut power to 8,000 customers. Maersk and Hapag-Lloyd said they would divert vessels.';
    expect(
      read(text, [
        at(text, 'Pacific Gas', 'organization'),
        at(text, 'Hapag-Lloyd', 'organization'),
      ]),
    ).toEqual([
      'Pacific Gas and Electric:organization',
      'Maersk:organization',
      'Hapag-Lloyd:organization',
    ]);
  });
});

describe('the lead24 cases: a campaign, operators listed, a metropolitan area, a date after a name', () => {
  it('reads "Friends of the Earth" and the operators listed after "Operators" as bodies', () => {
    const text =
      'Friends of the Earth said the plan was weak. Operators Stagecoach and First Bus will replace 400 vehicles.';
    expect(read(text, [at(text, 'Earth', 'location')])).toEqual([
      'Friends of the Earth:organization',
      'Stagecoach:organization',
      'First Bus:organization',
    ]);
  });

  it('keeps "Greater" in a metropolitan area and ends a body before the date after it', async () => {
    const { withPlaceCues } = await import('../../electron/core/suggest/place-cues.ts');
    const text = 'Greater Manchester will ban diesel buses.';
    expect(
      withPlaceCues(text, [at(text, 'Manchester', 'location')]).map((m) =>
        text.slice(m.start, m.end),
      ),
    ).toEqual(['Greater Manchester']);
    expect(
      cleaned(
        'names to the Election Commission of India by March 6.',
        'Election Commission of India by March',
      ),
    ).toBe('Election Commission of India');
  });
});
