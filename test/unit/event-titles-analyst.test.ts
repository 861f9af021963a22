import { describe, expect, it } from 'vitest';
import { suggestEvents } from '../../electron/core/suggest/event-candidates.ts';
import { mentionsIn } from '../support/event-mentions.ts';

/** Sentences written for these tests, unmerged, with their names found as the recognizer would. */
const suggested = (text: string, names: [string, string][] = []) =>
  suggestEvents(text, '2031-03-12', mentionsIn(text, names), { merge: false });
const titlesOf = (text: string, names: [string, string][] = []): string[] =>
  suggested(text, names).map((e) => e.title);

const GOMA: [string, string][] = [['Goma', 'location']];

describe('event titles as an analyst writes them (issue 16, sixth pass)', () => {
  it('names a body without its owner, or by the abbreviation the article gives', () => {
    const long = 'U.S. Department of the Treasury’s Office of Foreign Assets Control';
    expect(
      titlesOf(
        `In addition, the ${long} today imposed sanctions on 16 individuals and five entities.`,
        [[long, 'organization']],
      ),
    ).toEqual(['Office of Foreign Assets Control imposes sanctions on 16 individuals']);
    expect(
      titlesOf(
        'In addition, the U.S. Department of the Treasury’s Office of Foreign Assets Control (OFAC) today designated 16 individuals and five entities.',
        [
          ['U.S. Department of the Treasury', 'organization'],
          ['Office of Foreign Assets Control', 'organization'],
          ['OFAC', 'organization'],
        ],
      ),
    ).toEqual(['OFAC designates 16 individuals and five entities']);
  });

  it('puts both of two coordinated verbs in the present', () => {
    expect(titlesOf('Rebels seized and burned the town hall in Goma on Tuesday.', GOMA)).toEqual([
      'Rebels seize and burn the town hall in Goma',
    ]);
  });

  it('does not take a sentence adverb for the subject', () => {
    expect(titlesOf('Sadly, the fighters killed 12 villagers near Goma on Tuesday.', GOMA)).toEqual(
      ['Fighters kill 12 villagers near Goma'],
    );
    const aside = titlesOf(
      'Unfortunately, the authorities have brought our relationship to this point through repression, culminating in the outrageous forced diversion of the Ryanair flight and the arrest of a journalist.',
      [['Ryanair', 'organization']],
    );
    expect(aside.filter((t) => /^Unfortunately|forces/.test(t))).toEqual([]);
  });

  it('writes a person by the short form the article uses, not a surname it never writes alone', () => {
    const text =
      'Ms. Desirée Cormier Smith arrived in Geneva on Tuesday. Cormier Smith later served in Geneva.';
    expect(
      titlesOf(text, [
        ['Desirée Cormier Smith', 'person'],
        ['Cormier Smith', 'person'],
        ['Geneva', 'location'],
      ])[0],
    ).toBe('Cormier Smith arrives in Geneva');
  });

  it('places an event at a venue in the venue’s city, kept when the title is cut', () => {
    const [event] = suggested(
      'The Secretary and the Prime Minister also discussed the announcement at the Moldova Support Platform in Bucharest on July 15 that the U.S. government plans to program an additional $64.5 million.',
      [
        ['Moldova Support Platform', 'location'],
        ['Bucharest', 'location'],
      ],
    );
    expect(event?.location?.text).toBe('Bucharest');
    expect(event?.title).toBe(
      'Secretary and the Prime Minister discuss the announcement in Bucharest',
    );
  });

  it('titles the happening a reaction is about, with who reacts as its source', () => {
    const [visit] = suggested(
      'The United States welcomes the visit by Israeli Foreign Minister Yair Lapid to the Kingdom of Morocco for the reopening of the Israeli Liaison Office in Rabat.',
      [
        ['United States', 'location'],
        ['Yair Lapid', 'person'],
        ['Kingdom of Morocco', 'location'],
        ['Israeli Liaison Office', 'organization'],
        ['Rabat', 'location'],
      ],
    );
    expect(visit?.title).toBe('Lapid visits the Kingdom of Morocco');
    expect(visit?.type).toBe('visit');
    expect(visit?.participants.map((p) => p.text)).toContain('Yair Lapid');
    expect(visit?.participants.map((p) => p.text)).not.toContain('United States');
    expect(
      titlesOf(
        'The United States condemns the attack by Houthi militants on a commercial ship in the Red Sea on Sunday.',
        [
          ['United States', 'location'],
          ['Houthi', 'organization'],
          ['Red Sea', 'location'],
        ],
      ),
    ).toEqual(['Houthi militants attack a commercial ship in the Red Sea']);
  });

  it('writes the lead’s State Department and wire cases as an analyst would (18:35 UTC)', () => {
    expect(
      titlesOf(
        'Ambassador Rebecca Gonzales was sworn in on Tuesday, May 31 as the Director of the Office of Foreign Missions.',
        [
          ['Rebecca Gonzales', 'person'],
          ['Office of Foreign Missions', 'organization'],
        ],
      ),
    ).toEqual(['Gonzales sworn in as the Director of the Office of Foreign Missions']);
    // The object is a noun phrase whole, without the purpose that follows it.
    expect(
      titlesOf(
        'In Phnom Penh, Assistant Secretary Kritenbrink will meet with Deputy Prime Minister and Foreign Minister Prak Sokhonn and other senior officials to discuss bilateral relations on July 12.',
        [
          ['Phnom Penh', 'location'],
          ['Kritenbrink', 'person'],
          ['Prak Sokhonn', 'person'],
        ],
      ),
    ).toEqual(['Kritenbrink meets with Sokhonn and other senior officials in Phnom Penh']);
    // A place in what was talked about is not where they talked.
    const [call] = suggested(
      'Deputy Secretary Sherman spoke today with Secretary General Stefano Sannino about regional security issues, including Russia’s war in Ukraine.',
      [
        ['Sherman', 'person'],
        ['Stefano Sannino', 'person'],
        ['Russia', 'location'],
        ['Ukraine', 'location'],
      ],
    );
    expect(call?.location).toBeNull();
    expect(call?.title).toBe('Sherman speaks with Sannino about regional security issues');
    expect(
      titlesOf('Shares in Nordvik fell 6 percent in Oslo on Tuesday.', [
        ['Nordvik', 'organization'],
        ['Oslo', 'location'],
      ]),
    ).toEqual(['Nordvik shares fall 6 percent in Oslo']);
  });

  it('takes "he" for the person named before, though that sentence made no event, and writes a body once', () => {
    const text =
      'Ambassador John Nkengasong steps into the role on Monday. He opened a virology lab at the U.S. Center for Disease Control and Prevention (CDC) in Abidjan, Ivory Coast, in 1995.';
    const lab = suggested(text, [
      ['John Nkengasong', 'person'],
      ['U.S. Center for Disease Control and Prevention', 'organization'],
      ['CDC', 'organization'],
      ['Abidjan', 'location'],
      ['Ivory Coast', 'location'],
    ]).find((e) => e.date?.start === '1995-01-01');
    expect(lab?.title).toBe('Nkengasong opens a virology lab at the CDC in Abidjan');
    expect(lab?.participants.map((p) => p.text)).toContain('John Nkengasong');
  });
});
