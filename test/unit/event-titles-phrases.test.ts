import { describe, expect, it } from 'vitest';
import { suggestEvents } from '../../electron/core/suggest/event-candidates.ts';
import { mentionsIn } from '../support/event-mentions.ts';

/** Sentences written for these tests, unmerged, with their names found as the recognizer would. */
const events = (text: string, names: [string, string][] = []) =>
  suggestEvents(text, '2038-03-12', mentionsIn(text, names), { merge: false });
const titleOf = (text: string, names: [string, string][] = []) => events(text, names).at(-1);
const names = (event: ReturnType<typeof titleOf>) => event?.participants.map((p) => p.text) ?? [];

describe('event titles: the subject a name only qualifies, times, records (titles18)', () => {
  it('titles by the head noun when a name only says which one ("prices on the exchange")', () => {
    expect(
      titleOf('Copper prices on the London Metal Exchange rose 3.1% on Tuesday.', [
        ['London Metal Exchange', 'organization'],
      ])?.title,
    ).toBe('Copper prices rise 3.1%');
    const walkout = titleOf(
      'Dock workers at the port of Antwerp walked off the job on Monday morning.',
      [['Antwerp', 'location']],
    );
    expect(walkout?.title).toBe('Antwerp dock workers walk off the job');
    expect(walkout?.location?.text).toBe('Antwerp');
    expect(names(walkout)).toEqual([]);
    expect(
      titleOf('A portrait by Gustav Klimt sold for $85 million on Monday.', [
        ['Gustav Klimt', 'person'],
      ])?.title,
    ).toBe('Portrait by Klimt sells for $85 million');
  });

  it('keeps a name that is the subject itself', () => {
    expect(
      titleOf('The London Metal Exchange suspended nickel trading on Tuesday.', [
        ['London Metal Exchange', 'organization'],
      ])?.title,
    ).toBe('London Metal Exchange suspends nickel trading');
    expect(
      titleOf('Foreign Minister Aiko Sato met Tran Van Minh in Hanoi on Monday.', [
        ['Aiko Sato', 'person'],
        ['Tran Van Minh', 'person'],
        ['Hanoi', 'location'],
      ])?.title,
    ).toBe('Sato meets Minh in Hanoi');
  });

  it('gives "they" the speakers a name only qualified, and their verb its agreement', () => {
    const found = titleOf(
      'Astronomers using the James Webb Space Telescope said on Monday they had found water vapour.',
      [['James Webb Space Telescope', 'organization']],
    );
    expect(found?.title).toBe('Astronomers find water vapour');
  });

  it('writes a time of day whole, after the day it follows or alone', () => {
    expect(
      titleOf(
        'Crane drivers in Ghent joined the strike on Monday at about 6 p.m., the union said.',
        [['Ghent', 'location']],
      )?.title,
    ).toBe('Crane drivers in Ghent join the strike at about 6 p.m.');
    expect(titleOf('The crash happened at around 8.15 a.m. on March 3.')?.title).not.toMatch(
      /around$/,
    );
  });

  it("keeps the 's of a body named so, and takes no one named only for a comparison", () => {
    const sale = titleOf(
      "A landscape by Halvard Moen sold for $41 million at Sotheby's on Monday, the most expensive since a Leonardo da Vinci.",
      [
        ['Halvard Moen', 'person'],
        ["Sotheby's", 'organization'],
        ['Leonardo da Vinci', 'person'],
      ],
    );
    expect(sale?.title).toBe("Landscape by Moen sells for $41 million at Sotheby's");
    expect(names(sale)).not.toContain('Leonardo da Vinci');
    expect(
      titleOf("Christie's will hold the sale in London on March 3.", [
        ["Christie's", 'organization'],
        ['London', 'location'],
      ])?.title,
    ).toBe("Christie's holds the sale in London");
  });

  it('titles a passive by the agent\'s head noun ("the heirs of")', () => {
    expect(
      titleOf('The painting was sold on Monday by the heirs of the shipping magnate Olav Brekke.', [
        ['Olav Brekke', 'person'],
      ])?.title,
    ).toBe('Heirs of Brekke sell the painting');
    expect(
      titleOf('The talks were hosted on Monday by Foreign Minister Park Jin in Seoul.', [
        ['Park Jin', 'person'],
        ['Seoul', 'location'],
      ])?.title,
    ).toMatch(/hosts the talks in Seoul$/);
  });

  it("keeps a participle phrase in the subject and the verb's particle and day part whole", () => {
    expect(
      titleOf(
        'A wildfire driven by gale-force winds tore through pine forest near Corinth on Monday.',
        [['Corinth', 'location']],
      )?.title,
    ).toBe('Wildfire driven by gale-force winds tears through pine forest near Corinth');
    expect(
      titleOf('The blaze started on Monday afternoon near the town of Varnavas.', [
        ['Varnavas', 'location'],
      ])?.title,
    ).toBe('Blaze starts near the town of Varnavas');
    const fires = titleOf(
      'Fires in the Evros region burned for a third day on Tuesday, the largest blaze recorded in the European Union.',
      [
        ['Evros', 'location'],
        ['European Union', 'organization'],
      ],
    );
    expect(names(fires)).not.toContain('European Union');
  });
});
