import { describe, expect, it } from 'vitest';
import { at, read } from '../support/model-readings.ts';

describe('one-word bodies that speak, never introduced as people (branch ner15)', () => {
  it('reads an unknown word that says something, alone or in a list, as a body', () => {
    const text =
      'Duolingo said lessons had been saved. Cargill and Bunge said shipments would wait.';
    expect(
      read(text, [
        at(text, 'Duolingo', 'person'),
        at(text, 'Cargill', 'person'),
        at(text, 'Bunge', 'person'),
      ]),
    ).toEqual(['Duolingo:organization', 'Cargill:organization', 'Bunge:organization']);
  });

  it('keeps the speaker after a quotation a person', () => {
    const text = '"This is a disaster for pain patients," Mailis said on Thursday.';
    expect(read(text, [at(text, 'Mailis', 'person')])).toEqual(['Mailis:person']);
  });

  it('keeps a person named in full before one word of the name speaks', () => {
    const text = 'Marcus Feld, an analyst, was asked. Feld said customers would ask for credits.';
    expect(read(text, [at(text, 'Marcus Feld', 'person'), at(text, 'Feld', 'person', 1)])).toEqual([
      'Marcus Feld:person',
      'Feld:person',
    ]);
  });
});

describe('bodies named in an apposition after their kind (branch ner15)', () => {
  it('reads the name after "the ship\'s insurer," or "the developer," as a body', () => {
    const text =
      "The ship's insurer, Gard, said divers found no damage. The developer, Hafren Solar, said it would appeal.";
    expect(read(text, [at(text, 'Gard', 'person'), at(text, 'Hafren Solar', 'person')])).toEqual([
      'Gard:organization',
      'Hafren Solar:organization',
    ]);
  });

  it('reads a name after "the tracking site" or "the shipping line" as a body', () => {
    const text =
      'Reports came from the tracking site Downdetector. The ship is run by the shipping line Nordreederei.';
    expect(
      read(text, [at(text, 'Downdetector', 'person'), at(text, 'Nordreederei', 'person')]),
    ).toEqual(['Downdetector:organization', 'Nordreederei:organization']);
  });

  it('reads a two-word name that ends in a trade as a company', () => {
    const text = 'Orders from Halvorsen Cloud and Marrow Data doubled at Nantou Foundry.';
    expect(
      read(text, [
        at(text, 'Halvorsen Cloud', 'person'),
        at(text, 'Marrow Data', 'person'),
        at(text, 'Nantou Foundry', 'person'),
      ]),
    ).toEqual([
      'Halvorsen Cloud:organization',
      'Marrow Data:organization',
      'Nantou Foundry:organization',
    ]);
  });
});

describe('places by the words before them and venues by the noun after (branch ner15)', () => {
  it('reads a lone unknown word after "residents of", "51, of" or "had reached" as a place', () => {
    const text =
      'About 200 residents of Kleonai returned. Gareth Pennington, 51, of Clevedon, admitted it. Refugees had reached Pemba by Friday.';
    expect(
      read(text, [
        at(text, 'Kleonai', 'person'),
        at(text, 'Gareth Pennington', 'person'),
        at(text, 'Clevedon', 'person'),
        at(text, 'Pemba', 'person'),
      ]),
    ).toEqual([
      'Kleonai:location',
      'Gareth Pennington:person',
      'Clevedon:location',
      'Pemba:location',
    ]);
  });

  it('reads a name between "the" and "stadium" as the venue, not its namesake', () => {
    const text = 'Sporting won 2-1 at the Jose Alvalade stadium on Sunday.';
    expect(read(text, [at(text, 'Jose Alvalade', 'person')])).toContain('Jose Alvalade:location');
  });
});

describe('no name is half a hyphened word (branch ner15)', () => {
  it('reads a person read in half of "Hapag-Lloyd" as the company, and drops half of "Hera-2"', () => {
    const text = 'Hapag-Lloyd said delays would last. The Hera-2 probe entered orbit.';
    expect(read(text, [at(text, 'Lloyd', 'person'), at(text, 'Hera', 'person')])).toEqual([
      'Hapag-Lloyd:organization',
    ]);
  });

  it('keeps a hyphened given name read whole', () => {
    const text = 'Jean-Pierre Raffarin said no.';
    expect(read(text, [at(text, 'Jean-Pierre Raffarin', 'person')])).toEqual([
      'Jean-Pierre Raffarin:person',
    ]);
  });
});

describe('people in an apposition after a post, companies that perform (branch ner15)', () => {
  it('reads the name after "Sporting\'s president," as a person, not the club', () => {
    const text = '"We deserved it," said Sporting\'s president, Frederico Varandas. It rained.';
    expect(
      read(text, [at(text, 'Sporting', 'person'), at(text, 'Frederico Varandas', 'organization')]),
    ).toContain('Frederico Varandas:person');
  });

  it("keeps a body named after a post that is no one's name", () => {
    const text = "The fund's owner, Nordic Capital, said it would sell.";
    expect(read(text, [at(text, 'Nordic Capital', 'organization')])).toEqual([
      'Nordic Capital:organization',
    ]);
  });

  it('reads an opera, a ballet or an orchestra as a body, and a platform "run by" volunteers', () => {
    const text =
      'The Metropolitan Opera named a conductor. Zooniverse, the citizen science platform run by volunteers, said so.';
    expect(
      read(text, [at(text, 'Metropolitan Opera', 'location'), at(text, 'Zooniverse', 'person')]),
    ).toEqual(['Metropolitan Opera:organization', 'Zooniverse:organization']);
  });
});

describe("the lead's cases of session 12 (branch ner15)", () => {
  it('reads a one-word company after "the distributor" and one joined to a bank as bodies', () => {
    const text = 'The distributor Neon bought it. Economists at ANZ and Westpac expected a cut.';
    expect(
      read(text, [
        at(text, 'Neon', 'person'),
        at(text, 'ANZ', 'organization'),
        at(text, 'Westpac', 'person'),
      ]),
    ).toEqual(['Neon:organization', 'ANZ:organization', 'Westpac:organization']);
  });

  it("reads a body's acronym as the body once its full name was given", () => {
    const text = 'Delegations from the Rapid Support Forces met. The RSF sent its adviser.';
    expect(read(text, [at(text, 'Rapid Support Forces', 'organization')])).toEqual([
      'Rapid Support Forces:organization',
      'RSF:organization',
    ]);
  });

  it('leaves a ticker and a place that spell the initials of a body as they were', () => {
    const text =
      'Shares of Kestrel Resources Ltd (ASX: KRL) jumped. The Korea Peace Forum met in Seoul.';
    expect(read(text, [at(text, 'Kestrel Resources Ltd', 'organization')])).not.toContain(
      'KRL:organization',
    );
  });

  it("drops names read inside a festival's, a prize's or a cup's name, not a league's", () => {
    const text =
      'It won at the Cannes Film Festival, which gave its Grand Prix to Marcelo Tavares.';
    expect(
      read(text, [
        at(text, 'Cannes Film', 'location'),
        at(text, 'Grand Prix', 'location'),
        at(text, 'Marcelo Tavares', 'person'),
      ]),
    ).toEqual(['Marcelo Tavares:person']);
    const cup = 'Saracens reached the final of the Champions Cup on Saturday.';
    // A cup is a competition, no body (CoNLL's MISC; branch persons20); a league is a body.
    expect(read(cup, [at(cup, 'Champions Cup', 'organization')])).not.toContain(
      'Champions Cup:organization',
    );
    const league = 'Saracens lead the Premiership Rugby League on points.';
    expect(read(league, [at(league, 'Premiership Rugby League', 'organization')])).toContain(
      'Premiership Rugby League:organization',
    );
  });
});
