import { describe, expect, it } from 'vitest';
import { suggestEvents } from '../../electron/core/suggest/event-candidates.ts';
import { mentionsIn } from '../support/event-mentions.ts';

/** Sentences of State Department pages (public domain), unmerged, with their names. */
const suggested = (text: string, names: [string, string][] = [], published = '2022-06-01') =>
  suggestEvents(text, published, mentionsIn(text, names), { merge: false });
const titlesOf = (text: string, names: [string, string][] = [], published?: string): string[] =>
  suggested(text, names, published).map((e) => e.title);

describe('event candidates: background and back-references (issue 16, seventh pass)', () => {
  it('makes nothing of a career summary, dated or not', () => {
    expect(
      titlesOf(
        'Palmieri previously served as Acting Assistant Secretary of State for Western Hemisphere Affairs from January 2017 to November 2018.',
        [['Palmieri', 'person']],
      ),
    ).toEqual([]);
    expect(
      titlesOf(
        'Ambassador John Nkengasong steps into the role on Monday. He began his career at the U.S. Center for Disease Control and Prevention (CDC) in 1995 as head of the virology lab in Abidjan, Ivory Coast.',
        [
          ['John Nkengasong', 'person'],
          ['U.S. Center for Disease Control and Prevention', 'organization'],
          ['CDC', 'organization'],
          ['Abidjan', 'location'],
        ],
      ).filter((t) => /career/.test(t)),
    ).toEqual([]);
    expect(
      titlesOf('Gonzales has served as Ambassador to Bulgaria since 2019.', [
        ['Gonzales', 'person'],
        ['Bulgaria', 'location'],
      ]),
    ).toEqual([]);
  });

  it('makes nothing of a duty that goes on ("will continue"), but keeps what began before it', () => {
    expect(
      titlesOf(
        'Chargé d’Affaires Palmieri will continue U.S. engagement with Colombia to advance our shared priorities.',
        [
          ['Palmieri', 'person'],
          ['Colombia', 'location'],
        ],
      ),
    ).toEqual([]);
    expect(
      suggested(
        'The broadcasts began on August 10 and South Korea says the broadcasts will continue.',
        [['South Korea', 'location']],
        '2015-08-21',
      ),
    ).toHaveLength(1);
  });

  it('titles a happening a back-reference follows by what was done, and drops one told again', () => {
    const text =
      'This public designation is made under Section 7031(c) of the Department of State, Foreign Operations, and Related Programs Appropriations Act, 2022. Under this authority, designated officials of foreign governments involved in significant corruption and their immediate family members are generally ineligible for entry into the United States. These designations follow the U.S. designation under Section 7031(c) in December 2021 of Gil Castillo’s associate, Carlos Julián Bermeo Casas, a former Colombian prosecutor, for engaging in significant corruption.';
    const events = suggested(text, [
      ['Department of State', 'organization'],
      ['United States', 'location'],
      ['Gil Castillo', 'person'],
      ['Carlos Julián Bermeo Casas', 'person'],
    ]);
    expect(events.map((e) => [e.title, e.date?.start])).toEqual([
      ['Casas designated', '2021-12-01'],
    ]);
    expect(
      titlesOf(
        'They also commended the historic signing of the Abraham Accords in September 2020.',
      ),
    ).toEqual(['Abraham Accords signed']);
  });

  it('gives the signatory of a statement as who congratulates', () => {
    const text =
      'Antony J. Blinken, Secretary of State\n\nI extend my congratulations to Jim O’Brien, who began serving this week after his confirmation by the Senate as the Department’s Head of the Office of Sanctions Coordination with the rank of Ambassador.';
    expect(
      titlesOf(
        text,
        [
          ['Antony J. Blinken', 'person'],
          ['Jim O’Brien', 'person'],
          ['Senate', 'organization'],
        ],
        '2022-04-14',
      ),
    ).toEqual(["Blinken congratulates O'Brien"]);
  });

  it('leaves no "former" before a name whose title it dropped', () => {
    expect(
      titlesOf(
        'The United States is designating former Colombian Senator Luis Alberto Gil Castillo for his involvement in significant corruption.',
        [
          ['United States', 'location'],
          ['Luis Alberto Gil Castillo', 'person'],
        ],
      )[0],
    ).toMatch(/^United States designates Castillo for his involvement/);
  });

  it('takes "the company" for the one the article is about, and keeps a place after an aside', () => {
    const text =
      'OSLO, March 4 (Harbour Wire) - Nordvik Shipping said on Tuesday it would suspend three of its Asia-Europe routes from next month.\n\nThe company will meet its biggest customers, including the retailer Hennes & Mauritz and the furniture maker IKEA, in Gothenburg on March 12 to discuss new schedules.';
    const meeting = suggested(
      text,
      [
        ['OSLO', 'location'],
        ['Harbour Wire', 'organization'],
        ['Nordvik Shipping', 'organization'],
        ['Hennes & Mauritz', 'organization'],
        ['IKEA', 'organization'],
        ['Gothenburg', 'location'],
      ],
      '2031-03-04',
    ).find((e) => e.type === 'meeting');
    expect(meeting?.title).toBe('Nordvik Shipping meets its biggest customers in Gothenburg');
    expect(meeting?.location?.text).toBe('Gothenburg');
  });
});
