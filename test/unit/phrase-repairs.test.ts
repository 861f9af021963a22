import { describe, expect, it } from 'vitest';
import { combineReadings } from '../../electron/core/suggest/combine-mentions.ts';
import {
  recognizeEntities,
  type RecognizedMention,
} from '../../electron/core/suggest/entity-recognizer.ts';
import type { EntityType } from '../../electron/core/suggest/entity-suggestion.ts';
import { isPortfolioAt, repairByPhrase } from '../../electron/core/suggest/phrase-repairs.ts';

/** A mention of the first `words` in `text` after `from`. */
function at(text: string, words: string, type: EntityType, from = 0): RecognizedMention {
  const start = text.indexOf(words, from);
  return { start, end: start + words.length, type, score: 0.9 };
}

const repaired = (text: string, mentions: RecognizedMention[]) =>
  repairByPhrase(text, mentions).map((m) => `${text.slice(m.start, m.end)}:${m.type}`);

describe("mentions set right by the phrase they stand in (the analyst's exported brief)", () => {
  it("cuts an office's portfolio off the name after it, and drops a portfolio alone", () => {
    const text =
      'Dear Secretary of State Blinken, and Secretary of Energy Nadia Farouk. Minister of Health and Prevention Omar Said spoke.';
    expect(
      repaired(text, [
        at(text, 'State Blinken', 'person'),
        at(text, 'Energy Nadia Farouk', 'organization'),
        at(text, 'Health', 'person'),
        at(text, 'Omar Said', 'person'),
      ]),
    ).toEqual(['Blinken:person', 'Nadia Farouk:person', 'Omar Said:person']);
  });

  it('drops the portfolios of a long office title, but keeps a body named there', () => {
    const text =
      'Under Secretary of State for Civilian Security, Democracy, and Human Rights Uzra Zeya met the Senior Official for the Bureau of African Affairs and the Ministry of Foreign Affairs’s Assistant Minister for Economic and Trade Affairs.';
    expect(
      repaired(text, [
        at(text, 'Democracy', 'person'),
        at(text, 'Human', 'person'),
        at(text, 'Bureau of African Affairs', 'organization'),
        at(text, 'Economic and Trade Affairs', 'organization'),
      ]),
    ).toEqual(['Bureau of African Affairs:organization']);
  });

  it('keeps a full name and a country after an office', () => {
    const text =
      'Secretary of State Antony Blinken met Prime Minister of Japan Fumio Kishida and the Representative for North Korea Ambassador Sung Kim.';
    const mentions = [
      at(text, 'Antony Blinken', 'person'),
      at(text, 'Japan', 'location'),
      at(text, 'Fumio Kishida', 'person'),
      at(text, 'North Korea', 'location'),
      at(text, 'Sung Kim', 'person'),
    ];
    expect(repairByPhrase(text, mentions)).toEqual(mentions);
  });

  it('reads no person or place in the name of an agreement, a law or a summit', () => {
    const text =
      'The Abraham Accords and the Oslo Accords, the Lawson Act and the Camp David Summit were discussed with Ruth Lawson.';
    expect(
      repaired(text, [
        at(text, 'Abraham', 'person'),
        at(text, 'Oslo', 'location'),
        at(text, 'Lawson Act', 'person'),
        at(text, 'David Summit', 'person'),
        at(text, 'Ruth Lawson', 'person'),
      ]),
    ).toEqual(['Ruth Lawson:person']);
  });

  it("joins a country's prefix or a demonym to the body it names", () => {
    const text =
      'The U.S. Treasury, the Palestinian Authority, the Kurdistan Regional Government and The Washington Post.';
    expect(
      repaired(text, [
        at(text, 'U.S.', 'location'),
        at(text, 'Treasury', 'organization'),
        at(text, 'Palestinian', 'organization'),
        at(text, 'Authority', 'organization'),
        at(text, 'Kurdistan Regional', 'location'),
        at(text, 'Washington Post', 'location'),
      ]),
    ).toEqual([
      'U.S. Treasury:organization',
      'Palestinian Authority:organization',
      'Kurdistan Regional Government:organization',
      'Washington Post:organization',
    ]);
  });

  it('keeps a country before a title and a person before "Administration"', () => {
    const text = 'U.S. Senator John Cornyn praised the Biden Administration.';
    const mentions = [
      at(text, 'U.S.', 'location'),
      at(text, 'John Cornyn', 'person'),
      at(text, 'Biden', 'person'),
    ];
    expect(repairByPhrase(text, mentions)).toEqual(mentions);
  });

  it('tells a portfolio from a first name after an office', () => {
    const text = 'Secretary of State Blinken met Secretary Grace Park.';
    expect(isPortfolioAt(text, text.indexOf('State'))).toBe(true);
    expect(isPortfolioAt(text, text.indexOf('Grace'))).toBe(false);
  });
});

describe('a company named by its trade, then by its first word', () => {
  it('finds "Kestrel" after "Kestrel Minerals", but never "General" after "General Motors"', () => {
    const text =
      'Kestrel Minerals halted work. General Motors and Alaska Airlines declined to comment. Kestrel said talks would go on.';
    const model = [
      at(text, 'Kestrel Minerals', 'location'),
      at(text, 'General Motors', 'organization'),
      at(text, 'Alaska Airlines', 'organization'),
      at(text, 'Kestrel', 'person', 20),
    ];
    expect(
      combineReadings(text, model, recognizeEntities(text)).map(
        (m) => `${text.slice(m.start, m.end)}:${m.type}`,
      ),
    ).toEqual([
      'Kestrel Minerals:organization',
      'General Motors:organization',
      'Alaska Airlines:organization',
      'Kestrel:organization',
    ]);
  });

  it('reads a joint plan of action as no body, and a lone "US" as a place', () => {
    const text =
      'The Joint Comprehensive Plan of Action was signed. US Under Secretary Zeya spoke.';
    expect(
      repaired(text, [
        at(text, 'Joint Comprehensive Plan of Action', 'organization'),
        at(text, 'US', 'organization'),
        at(text, 'Zeya', 'person'),
      ]),
    ).toEqual(['US:location', 'Zeya:person']);
  });
});
