import { describe, expect, it } from 'vitest';
import { at, read } from '../support/model-readings.ts';

describe('bodies named in full (branch ner16)', () => {
  it('reads a ministry whose portfolio is a list as one body, in place of its pieces', () => {
    const text =
      'The Ministry of Local Government, Decentralisation and Rural Development said fees must be published.';
    expect(read(text, [at(text, 'Ministry of Local Government', 'organization')])).toEqual([
      'Ministry of Local Government, Decentralisation and Rural Development:organization',
    ]);
  });

  it('reads "Department for Culture, Media and Sport" whole, the model\'s "Sport" inside it', () => {
    const text = 'A spokesperson for the Department for Culture, Media and Sport said so.';
    expect(
      read(text, [
        at(text, 'Department for Culture', 'organization'),
        at(text, 'Sport', 'organization'),
      ]),
    ).toEqual(['Department for Culture, Media and Sport:organization']);
  });

  it('joins common words before "and" to the body they open, and finds bodies nothing read', () => {
    const text =
      'The Grains Research and Development Corporation paid. Troops from the Southern African Development Community arrived. The book was banned by the Censorship of Publications Board in 1970.';
    expect(
      read(text, [
        at(text, 'Grains Research', 'organization'),
        at(text, 'Development Corporation', 'organization'),
      ]),
    ).toEqual([
      'Grains Research and Development Corporation:organization',
      'Southern African Development Community:organization',
      'Censorship of Publications Board:organization',
    ]);
  });

  it('keeps two bodies joined by "and" or listed apart, and a possessive outside', () => {
    const text =
      "Charities such as the Wikimedia Foundation and Creative Commons. The Croucher Foundation, US National Science Foundation, and Oxfam paid. Saudi Arabia's Civil Defense Authority said.";
    expect(
      read(text, [
        at(text, 'Wikimedia Foundation', 'organization'),
        at(text, 'Creative Commons', 'organization'),
        at(text, 'Croucher Foundation', 'organization'),
        at(text, 'US National Science Foundation', 'organization'),
        at(text, 'Oxfam', 'organization'),
        at(text, 'Saudi Arabia', 'location'),
      ]),
    ).toEqual([
      'Wikimedia Foundation:organization',
      'Creative Commons:organization',
      'Croucher Foundation:organization',
      'US National Science Foundation:organization',
      'Oxfam:organization',
      'Saudi Arabia:location',
      'Civil Defense Authority:organization',
    ]);
  });
});

describe('a portfolio before "Minister" is no body (branch ner16)', () => {
  it('drops the portfolio the model read as a body, and keeps a company before a title', () => {
    const text =
      'Mines and Minerals Development Minister Paul Kabwe spoke. Mineral Resources Minister Gwede Mantashe agreed, and Airbus Chief Executive Guillaume Faury too.';
    expect(
      read(text, [
        at(text, 'Minerals Development', 'organization'),
        at(text, 'Paul Kabwe', 'person'),
        at(text, 'Mineral Resources', 'organization'),
        at(text, 'Gwede Mantashe', 'person'),
        at(text, 'Airbus', 'organization'),
        at(text, 'Guillaume Faury', 'person'),
      ]),
    ).toEqual([
      'Paul Kabwe:person',
      'Gwede Mantashe:person',
      'Airbus:organization',
      'Guillaume Faury:person',
    ]);
  });
});

describe("places read as people after a place's words (branch ner16)", () => {
  it('reads a name of two or three words after "flew to" or "the mayors of" as a place', () => {
    const text =
      'Chanda Mulenga flew to Cabo Delgado on Monday. The governor met the mayors of Marawi and Lanao del Sur.';
    expect(
      read(text, [
        at(text, 'Chanda Mulenga', 'person'),
        at(text, 'Cabo Delgado', 'person'),
        at(text, 'Marawi', 'person'),
        at(text, 'Lanao del Sur', 'person'),
      ]),
    ).toEqual([
      'Chanda Mulenga:person',
      'Cabo Delgado:location',
      'Marawi:location',
      'Lanao del Sur:location',
    ]);
  });

  it('reads a given name after "off" or "the coast of" as a place, and both ends of "between X and Y"', () => {
    const text =
      'The tanker was spotted off Brittany. Trucks were attacked on the road between Mueda and Macomia.';
    expect(
      read(text, [
        at(text, 'Brittany', 'person'),
        at(text, 'Mueda', 'person'),
        at(text, 'Macomia', 'person'),
      ]),
    ).toEqual(['Brittany:location', 'Mueda:location', 'Macomia:location']);
  });

  it("keeps a person who is named in full or acts, after a place's words", () => {
    const text =
      "Voters in Maria Santos's district backed her. The minister flew to Nairobi with Maria Santos. Delegates flew to Rhys Kereama's farm.";
    expect(
      read(text, [
        at(text, 'Maria Santos', 'person'),
        at(text, 'Nairobi', 'location'),
        at(text, 'Maria Santos', 'person', 1),
        at(text, 'Rhys Kereama', 'person'),
      ]),
    ).toEqual([
      'Maria Santos:person',
      'Nairobi:location',
      'Maria Santos:person',
      'Rhys Kereama:person',
    ]);
  });
});

describe('"between" alone is no place\'s word (branch ner16)', () => {
  it('keeps people after "the deal between"', () => {
    const text = 'The deal between Aoun and Hariri has brought the two camps together.';
    expect(read(text, [at(text, 'Aoun', 'person'), at(text, 'Hariri', 'person')])).toEqual([
      'Aoun:person',
      'Hariri:person',
    ]);
  });
});

describe('clubs named by their province or city (branch ner16)', () => {
  it('reads a club after "stayed top", "edge", "at home to", and where nothing was read', () => {
    const text =
      'Canterbury stayed top of the league with a 31-17 win over Tasman, and fly-half Rhys Kereama scored 16 points for Canterbury. Wellington lost 20-13 at home to Bay of Plenty, whose coach praised the penalty. Auckland and North Harbour drew 19-19. The final is played in Canterbury.';
    expect(
      read(text, [
        at(text, 'Tasman', 'location'),
        at(text, 'Rhys Kereama', 'person'),
        at(text, 'Wellington', 'location'),
        at(text, 'Bay of Plenty', 'location'),
        at(text, 'North Harbour', 'location'),
        at(text, 'Canterbury', 'location', 2),
      ]),
    ).toEqual([
      'Canterbury:organization',
      'Tasman:organization',
      'Rhys Kereama:person',
      'Canterbury:organization',
      'Wellington:organization',
      'Bay of Plenty:organization',
      'North Harbour:organization',
      'Canterbury:location',
    ]);
  });
});

describe("the lead's cases of session 13 (branch ner16)", () => {
  it('reads a body with a possessive or a place in its name, and an office named for its title', () => {
    const text =
      "The Information Commissioner's Office said it would look. The harvest will fall, the Rosario Board of Trade said. The Office of the Spokesperson said so.";
    expect(
      read(text, [
        at(text, 'Information Commissioner', 'organization'),
        at(text, 'Rosario', 'location'),
        at(text, 'Office', 'organization', 1),
      ]),
    ).toEqual([
      "Information Commissioner's Office:organization",
      'Rosario Board of Trade:organization',
      'Office of the Spokesperson:organization',
    ]);
  });

  it('reads a one-word club that takes a plural verb or is paid, in a sports story', () => {
    const text =
      'Benfica have agreed to sell the midfielder to Manchester City, after Atletico Madrid paid Benfica 127 million euros for the striker. The coach called it the transfer of the season.';
    expect(
      read(text, [
        at(text, 'Benfica', 'person'),
        at(text, 'Manchester City', 'organization'),
        at(text, 'Atletico Madrid', 'organization'),
      ]),
    ).toEqual([
      'Benfica:organization',
      'Manchester City:organization',
      'Atletico Madrid:organization',
      'Benfica:organization',
    ]);
  });
});
