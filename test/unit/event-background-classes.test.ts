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
});
