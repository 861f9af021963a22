import { describe, expect, it } from 'vitest';
import { at, read } from '../support/model-readings.ts';
import { recognizeEntities } from '../../electron/core/suggest/entity-recognizer.ts';
import { withAmpersandNames } from '../../electron/core/suggest/ampersand-names.ts';

describe('companies, outlets and tournaments the model reads as people or places (branches persons19, persons20)', () => {
  it('reads a one-word company after a sentence that ends in a capitalized word as a body', () => {
    // "Monday. Maersk": a sentence's last word is no first name introducing the company.
    const text =
      'Waiting times fell, the port said on Monday. Maersk said it would add two vessels. ' +
      'Ingrid Vos said the port was busy. Vos said it would grow.';
    expect(
      read(text, [
        at(text, 'Maersk', 'person'),
        at(text, 'Ingrid Vos', 'person'),
        at(text, 'Vos', 'person', 1),
      ]),
    ).toEqual(['Maersk:organization', 'Ingrid Vos:person', 'Vos:person']);
    // A leader named alone who says "his", and a first name that is a common word ("Pal").
    const union = 'Work would restart on Friday. Salinas said his members had won.';
    expect(read(union, [at(union, 'Salinas', 'person')])).toEqual(['Salinas:person']);
    const minister = 'Defence Minister Pal Jonson told reporters. Jonson said the budget passed.';
    expect(
      read(minister, [at(minister, 'Jonson', 'person'), at(minister, 'Jonson', 'person', 1)]),
    ).toEqual(['Jonson:person', 'Jonson:person']);
  });

  it('reads a hyphened name that acts, never given a first name, as a merged company', () => {
    const text =
      'Chief executive Richard Stewart said Sibanye-Stillwater had suspended operations.';
    expect(
      read(text, [at(text, 'Richard Stewart', 'person'), at(text, 'Sibanye-Stillwater', 'person')]),
    ).toEqual(['Richard Stewart:person', 'Sibanye-Stillwater:organization']);
    const mp = 'Jacob Rees-Mogg spoke first. Rees-Mogg said the vote was lost.';
    expect(
      read(mp, [at(mp, 'Jacob Rees-Mogg', 'person'), at(mp, 'Rees-Mogg', 'person', 1)]),
    ).toEqual(['Jacob Rees-Mogg:person', 'Rees-Mogg:person']);
  });

  it('reads a company after a trade word that opens a sentence or follows a dateline as a body, each time', () => {
    const text =
      'MANCHESTER, England (Northern Desk) - Retailer Brightwell said sales rose 4 percent. ' +
      'Brightwell chief executive Naomi Crake said shoppers had moved. Shares in Brightwell rose.';
    expect(
      read(text, [
        at(text, 'Retailer Brightwell', 'person'),
        at(text, 'Brightwell', 'person', 1),
        at(text, 'Naomi Crake', 'person'),
        at(text, 'Brightwell', 'person', 2),
      ]),
    ).toEqual([
      'MANCHESTER:location',
      'Northern Desk:organization',
      'Brightwell:organization',
      'Brightwell:organization',
      'Naomi Crake:person',
      'Brightwell:organization',
    ]);
    const brewer = 'Freight fell. Brewer Backus and miner Antamina said costs had fallen.';
    expect(read(brewer, [at(brewer, 'Brewer Backus', 'person')])).toContain('Backus:organization');
    const list = 'Stores opened. Discounters Aldi and Lidl opened 30 stores between them.';
    expect(read(list, [])).toEqual(['Aldi:organization', 'Lidl:organization']);
  });

  it("reads a dateline's desk as the outlet's body, never a place, and its outlet after a country as a body", () => {
    const text = 'SEOUL (Asia Markets Desk) - Prices rose.';
    expect(read(text, [at(text, 'SEOUL', 'location'), at(text, 'Asia', 'location')])).toEqual([
      'SEOUL:location',
      'Asia Markets Desk:organization',
    ]);
    // A state named in full keeps its first word: no "Wales" of "New South Wales".
    const state = 'Crowds in New South Wales rose.';
    expect(recognizeEntities(state).map((m) => `${state.slice(m.start, m.end)}:${m.type}`)).toEqual(
      ['New South Wales:location'],
    );
    const outlet = 'LEEDS, England (Harbour Wire) - Prices rose.';
    expect(read(outlet, [])).toEqual(['LEEDS:location', 'Harbour Wire:organization']);
  });

  it('reads no entity in a tournament, a race or a cup, nor in the place that names it (CoNLL MISC)', () => {
    const text =
      'Rivas won the Mexican Open on Saturday and will play the Indian Wells Open. Both Open days sold out. ' +
      'Restrepo won his first Wimbledon title, then rode the Tour de France and watched the FA Cup in Leeds.';
    expect(
      read(text, [
        at(text, 'Rivas', 'person'),
        at(text, 'Mexican Open', 'organization'),
        at(text, 'Indian Wells', 'location'),
        at(text, 'Restrepo', 'person'),
        at(text, 'Wimbledon', 'person'),
        at(text, 'France', 'location'),
        at(text, 'FA Cup', 'organization'),
        at(text, 'Leeds', 'location'),
      ]),
    ).toEqual(['Rivas:person', 'Restrepo:person', 'Leeds:location']);
  });

  it('reads a firm named by founders joined by "&" as one body, and two credited people as people', () => {
    const text = 'Sainsbury rose, and Marks & Spencer raised its dividend.';
    expect(read(text, [at(text, 'Spencer', 'person')])).toEqual(['Marks & Spencer:organization']);
    const credit = 'Video: Miharris & Acphillips.';
    expect(
      read(credit, [at(credit, 'Miharris', 'person'), at(credit, 'Acphillips', 'person')]),
    ).toEqual(['Miharris:person', 'Acphillips:person']);
  });

  it('keeps the model\'s confidence on a firm joined by "&", which the shown confidence is read from', () => {
    const text = 'Marks & Spencer raised its dividend.';
    const [firm] = withAmpersandNames(text, [
      { ...at(text, 'Spencer', 'person'), modelConfidence: 0.83 },
    ]);
    expect(firm).toMatchObject({
      start: 0,
      type: 'organization',
      origin: 'model',
      modelConfidence: 0.83,
    });
  });

  it('reads a body whose name opens on a place as the body, and a centre as a place', () => {
    const text = 'said Ingrid Vos, a spokeswoman for the Port of Rotterdam Authority. It grew.';
    expect(read(text, [at(text, 'Port of Rotterdam Authority', 'location')])).toContain(
      'Port of Rotterdam Authority:organization',
    );
    const center = 'The gala was held at the Lincoln Arts Center on Friday.';
    expect(read(center, [at(center, 'Lincoln Arts Center', 'location')])).toEqual([
      'Lincoln Arts Center:location',
    ]);
  });

  it('reads a name ending in a trade such as "Appliances" or "Tankers" as a company', () => {
    const text =
      'Kestrel Appliances recalled 86,000 cookers. It is owned by Pacific Basin Tankers.';
    expect(
      read(text, [
        at(text, 'Kestrel Appliances', 'person'),
        at(text, 'Pacific Basin Tankers', 'person'),
      ]),
    ).toEqual(['Kestrel Appliances:organization', 'Pacific Basin Tankers:organization']);
  });
});
