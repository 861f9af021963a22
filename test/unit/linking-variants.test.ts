import { describe, expect, it } from 'vitest';
import { articleOf, entity, recognized, registryOf } from '../support/registry-fixtures.ts';
import type { EntitiesFile } from '../../electron/common/model/entity.ts';
import type { EntityId } from '../../electron/common/model/ids.ts';
import type { Suggestion } from '../../electron/common/api/contract.ts';
import { EntityResolver } from '../../electron/core/annotate/entity-lookup.ts';
import { linkSuggestions } from '../../electron/core/annotate/suggestion-links.ts';

/** A suggestion of the `nth` occurrence (from 0) of a word of the text, as a recognizer would. */
function at(text: string, word: string, type: string, nth = 0): Suggestion {
  let start = text.indexOf(word);
  for (let i = 0; i < nth; i++) start = text.indexOf(word, start + 1);
  return recognized(start, word, type);
}

const link = (text: string, registry: EntitiesFile, ...found: Suggestion[]) =>
  linkSuggestions(articleOf(text), found, registry).map((s) => ({
    text: s.text,
    entityId: s.entityId,
    entityName: s.entityName,
    candidates: s.candidates?.map((c) => c.name),
  }));

describe('linking a short form, an acronym or a "U.S." variant to its entity', () => {
  it('files "U.S." and "UAE" under the full names the article gave before', () => {
    const text =
      'The United States and the United Arab Emirates signed. U.S. officials said the UAE agreed.';
    expect(
      link(
        text,
        registryOf(),
        at(text, 'United States', 'location'),
        at(text, 'United Arab Emirates', 'location'),
        at(text, 'U.S.', 'location'),
        at(text, 'UAE', 'location'),
      ),
    ).toEqual([
      { text: 'United States', entityName: undefined, entityId: undefined, candidates: undefined },
      {
        text: 'United Arab Emirates',
        entityName: undefined,
        entityId: undefined,
        candidates: undefined,
      },
      { text: 'U.S.', entityName: 'United States', entityId: undefined, candidates: undefined },
      {
        text: 'UAE',
        entityName: 'United Arab Emirates',
        entityId: undefined,
        candidates: undefined,
      },
    ]);
  });

  it('files them under the one registered entity they are a variant of', () => {
    const registry = registryOf(
      entity('us', 'United States', 'location'),
      entity('dos', 'Department of State', 'organization'),
    );
    const text = 'U.S. Department of State officials flew to the U.S. on Monday.';
    expect(
      link(
        text,
        registry,
        at(text, 'U.S. Department of State', 'organization'),
        at(text, 'U.S.', 'location', 1),
      ),
    ).toEqual([
      {
        text: 'U.S. Department of State',
        entityId: 'dos',
        entityName: 'Department of State',
        candidates: undefined,
      },
      { text: 'U.S.', entityId: 'us', entityName: 'United States', candidates: undefined },
    ]);
  });

  it('joins the later "U.S." form of a name to the first one in the article, never the reverse', () => {
    const text = 'The Department of State spoke. Later the U.S. Department of State wrote.';
    expect(
      link(
        text,
        registryOf(),
        at(text, 'Department of State', 'organization'),
        at(text, 'U.S. Department of State', 'organization'),
      ).map((s) => [s.text, s.entityName]),
    ).toEqual([
      ['Department of State', undefined],
      ['U.S. Department of State', 'Department of State'],
    ]);
  });

  it('asks which is meant when two registered entities have the acronym, and links no other type', () => {
    const registry = registryOf(
      entity('us', 'United States', 'location'),
      entity('usil', 'Upper Silesia', 'location'),
      entity('un', 'United Nations', 'organization'),
    );
    const text = 'US troops left. A UN envoy came.';
    expect(link(text, registry, at(text, 'US', 'location'), at(text, 'UN', 'location'))).toEqual([
      {
        text: 'US',
        entityId: undefined,
        entityName: undefined,
        candidates: ['United States', 'Upper Silesia'],
      },
      { text: 'UN', entityId: undefined, entityName: undefined, candidates: undefined },
    ]);
  });
});

describe('accepting suggestions of several articles at once', () => {
  it('files a variant under the one entity created or registered before it, never guessing', () => {
    const resolver = new EntityResolver(
      registryOf(entity('dos', 'Department of State', 'organization')),
    );
    const states = resolver.resolve('United States', 'location');
    expect(resolver.resolve('U.S.', 'location')).toBe(states);
    expect(resolver.resolve('U.S. Department of State', 'organization').id).toBe('dos');
    resolver.resolve('Upper Silesia', 'location');
    expect(resolver.resolve('US', 'location').name).toBe('US');
  });
});

describe('a body’s generic head word alone ("Office", "Department")', () => {
  const missions = entity('ofm', 'Office of Foreign Missions', 'organization');

  it('is never suggested as part of another name, whatever the registry proposes', () => {
    const text =
      'The Office of the Spokesperson and the Office of the Under Secretary for Management spoke; ' +
      'the Department Spokesperson agreed.';
    const registryShortForm = (nth: number): Suggestion => ({
      ...at(text, 'Office', 'organization', nth),
      source: 'registry',
      origin: 'registry-short-form',
      entityId: 'ofm' as EntityId,
    });
    expect(
      link(
        text,
        registryOf(missions),
        registryShortForm(0),
        registryShortForm(1),
        at(text, 'Department', 'organization'),
      ),
    ).toEqual([]);
  });

  it('refers back to the one such body the article named before it', () => {
    const text = 'The Office of Foreign Missions wrote. The Office said the Office would act.';
    expect(
      link(
        text,
        registryOf(missions),
        at(text, 'Office of Foreign Missions', 'organization'),
        at(text, 'Office', 'organization', 1),
        at(text, 'Office', 'organization', 2),
      ).map((s) => [s.text, s.entityId]),
    ).toEqual([
      ['Office of Foreign Missions', 'ofm'],
      ['Office', 'ofm'],
      ['Office', 'ofm'],
    ]);
  });

  it('is dropped where two such bodies were named, or none yet, even with one in the registry', () => {
    const two =
      'The Office of Foreign Missions and the Office of Sanctions Coordination met. The Office left.';
    expect(
      link(
        two,
        registryOf(missions),
        at(two, 'Office of Foreign Missions', 'organization'),
        at(two, 'Office of Sanctions Coordination', 'organization'),
        at(two, 'Office', 'organization', 2),
      ).map((s) => s.text),
    ).toEqual(['Office of Foreign Missions', 'Office of Sanctions Coordination']);
    const none = 'The Office said it would act.';
    expect(link(none, registryOf(missions), at(none, 'Office', 'organization'))).toEqual([]);
  });
});

describe('a title before a lone surname (issue 15)', () => {
  it('never reads "Affaires" of "Chargé d’Affaires Palmieri" as a first name', () => {
    const text =
      'Francisco Palmieri will serve as Chargé d’Affaires. Chargé d’Affaires Palmieri will stay.';
    expect(
      link(
        text,
        registryOf(),
        at(text, 'Francisco Palmieri', 'person'),
        at(text, 'Palmieri', 'person', 1),
      ).map((s) => [s.text, s.entityName]),
    ).toEqual([
      ['Francisco Palmieri', undefined],
      ['Palmieri', 'Francisco Palmieri'],
    ]);
  });
});

describe('a company named by its trade, then by its first word (issue 15)', () => {
  it('files "Nordvik" under the "Nordvik Shipping" of the article, wherever it stands', () => {
    const text =
      'Nordvik Shipping said. Shares in Nordvik fell. Kestrel rose; Kestrel Minerals sold.';
    expect(
      link(
        text,
        registryOf(),
        at(text, 'Nordvik Shipping', 'organization'),
        at(text, 'Nordvik', 'organization', 1),
        at(text, 'Kestrel', 'organization'),
        at(text, 'Kestrel Minerals', 'organization'),
      ).map((s) => [s.text, s.entityName]),
    ).toEqual([
      ['Nordvik Shipping', undefined],
      ['Nordvik', 'Nordvik Shipping'],
      ['Kestrel', 'Kestrel Minerals'],
      ['Kestrel Minerals', undefined],
    ]);
  });

  it('makes one entity of the two when accepted, but never names the firm by its short form', () => {
    const resolver = new EntityResolver(registryOf(entity('seq', 'Sequoia', 'organization')));
    const nordvik = resolver.resolve('Nordvik Shipping', 'organization');
    expect(resolver.resolve('Nordvik', 'organization')).toBe(nordvik);
    expect(resolver.resolve('Sequoia Capital', 'organization').id).not.toBe('seq');
  });
});

describe('a place’s name in an adjective (issue 15)', () => {
  it('is no place in "Euro-Atlantic" or "trans-Pacific", but is after a plain hyphen', () => {
    const text = 'Georgia seeks a Euro-Atlantic future, trans-Pacific trade and U.S.-Algeria ties.';
    expect(
      link(
        text,
        registryOf(),
        at(text, 'Georgia', 'location'),
        at(text, 'Atlantic', 'location'),
        at(text, 'Pacific', 'location'),
        at(text, 'Algeria', 'location'),
      ).map((s) => s.text),
    ).toEqual(['Georgia', 'Algeria']);
  });
});

describe('a dateline’s place in capitals (issue 15)', () => {
  it('is filed under its name in normal case, never an acronym', () => {
    const text = 'OSLO, March 4 (Harbour Wire) - Shares fell in Oslo.\nUAE, a partner, agreed.';
    expect(
      link(
        text,
        registryOf(),
        at(text, 'OSLO', 'location'),
        at(text, 'Oslo', 'location'),
        at(text, 'UAE', 'location'),
      ).map((s) => [s.text, s.entityName]),
    ).toEqual([
      ['OSLO', 'Oslo'],
      ['Oslo', undefined],
      ['UAE', undefined],
    ]);
  });

  it('is known by a dash or a colon after it too, never by a word joined with a hyphen', () => {
    for (const head of ['MADRID — ', 'MADRID - ', 'MADRID – ', 'MADRID: ', 'Sport\nMADRID — '])
      expect(
        link(`${head}Shares fell in Madrid.`, registryOf(), at(`${head}x`, 'MADRID', 'location')),
      ).toMatchObject([{ text: 'MADRID', entityName: 'Madrid' }]);
    // Wherever it stands, a place in capitals the article also writes in normal case joins it.
    const sydney = 'Flights resumed.\nSYDNEY\nUnions in Sydney agreed. UAE and SYDNEYSIDE fell.';
    expect(
      link(
        sydney,
        registryOf(),
        at(sydney, 'SYDNEY', 'location'),
        at(sydney, 'Sydney', 'location'),
        at(sydney, 'UAE', 'location'),
      ).map((s) => [s.text, s.entityName]),
    ).toEqual([
      ['SYDNEY', 'Sydney'],
      ['Sydney', undefined],
      ['UAE', undefined],
    ]);
    // Read as an acronym's organization, it is still the place the story names.
    const ankara = 'Mining dispute\nANKARA\nThe ministry in Ankara said exports rose.';
    expect(
      linkSuggestions(
        articleOf(ankara),
        [at(ankara, 'ANKARA', 'organization'), at(ankara, 'Ankara', 'location')],
        registryOf(),
      ).map((s) => `${s.text} ${s.type} → ${s.entityName ?? s.text}`),
    ).toEqual(['ANKARA location → Ankara', 'Ankara location → Ankara']);
    const text = 'MADRID-BASED lenders fell.';
    expect(link(text, registryOf(), at(text, 'MADRID', 'location'))).toMatchObject([
      { text: 'MADRID', entityName: undefined },
    ]);
  });
});

describe('variants an eighth look at a brief found (issue 15)', () => {
  it('files an acronym given in brackets under the name before it, whatever its letters', () => {
    const text = 'The Harbour Safety Board (MSA) opened an inquiry. On Monday the MSA said more.';
    expect(
      link(
        text,
        registryOf(),
        at(text, 'Harbour Safety Board', 'organization'),
        at(text, 'MSA', 'organization'),
        at(text, 'MSA', 'organization', 1),
      ).map((s) => `${s.text} → ${s.entityName ?? s.text}`),
    ).toEqual([
      'Harbour Safety Board → Harbour Safety Board',
      'MSA → Harbour Safety Board',
      'MSA → Harbour Safety Board',
    ]);
  });

  it('files "X Department" under "Department of X", and a country under its formal name', () => {
    const registry = registryOf(
      entity('no', 'Norway', 'location'),
      entity('dhs', 'Department of Homeland Security', 'organization'),
    );
    const text =
      'The Kingdom of Norway and the Homeland Security Department signed. The Department of Commerce and the Commerce Department agreed.';
    expect(
      link(
        text,
        registry,
        at(text, 'Kingdom of Norway', 'location'),
        at(text, 'Homeland Security Department', 'organization'),
        at(text, 'Department of Commerce', 'organization'),
        at(text, 'Commerce Department', 'organization'),
      ).map((s) => `${s.text} → ${s.entityName ?? s.text}`),
    ).toEqual([
      'Kingdom of Norway → Norway',
      'Homeland Security Department → Department of Homeland Security',
      'Department of Commerce → Department of Commerce',
      'Commerce Department → Department of Commerce',
    ]);
  });

  it('names a country by its short name whichever form the article gives first', () => {
    const text =
      'The State of Israel and the Kingdom of Morocco signed. Morocco hosted. The United States of America welcomed it; the U.S. will help, as the United States said.';
    const linked = link(
      text,
      registryOf(),
      at(text, 'State of Israel', 'location'),
      at(text, 'Kingdom of Morocco', 'location'),
      at(text, 'Morocco', 'location', 1),
      at(text, 'United States of America', 'location'),
      at(text, 'U.S.', 'location'),
      at(text, 'United States', 'location', 1),
    );
    expect(linked.map((s) => `${s.text} → ${s.entityName ?? s.text}`)).toEqual([
      'State of Israel → Israel',
      'Kingdom of Morocco → Morocco',
      'Morocco → Morocco',
      'United States of America → United States',
      'U.S. → United States',
      'United States → United States',
    ]);
  });
});
