import { describe, expect, it } from 'vitest';
import { suggestEvents } from '../../electron/core/suggest/event-candidates.ts';
import { titleFromNames } from '../../electron/core/suggest/event-titles.ts';
import { mentionsIn } from '../support/event-mentions.ts';

/** Title classes an analyst would not keep (issue 16, tenth pass), on sentences written here. */
const titlesOf = (text: string, names: [string, string][] = []): string[] =>
  suggestEvents(text, '2031-03-12', mentionsIn(text, names), { merge: false }).map((e) => e.title);

describe('event titles an analyst can keep (issue 16, tenth pass)', () => {
  it('gives no title from a verb that lacks the object it needs', () => {
    expect(titlesOf('On Tuesday, Mara Lint received.', [['Mara Lint', 'person']])).toEqual([]);
    expect(
      titlesOf('Harlan Voss said the parcel he received on Monday was empty.', [
        ['Harlan Voss', 'person'],
      ]),
    ).toEqual([]);
    // With its object the verb stays.
    expect(
      titlesOf('On Tuesday, Mara Lint received the Ostrava prize.', [['Mara Lint', 'person']]),
    ).toEqual(['Lint receives the Ostrava prize']);
    // A clause may be the object.
    expect(
      titlesOf('On Tuesday, Mara Lint announced where the new museum will stand.', [
        ['Mara Lint', 'person'],
      ]),
    ).toHaveLength(1);
  });

  it('keeps the object of two long subjects by writing the first', () => {
    const agriculture = 'U.S. Department of Agriculture';
    const fema = 'Federal Emergency Management Agency';
    expect(
      titlesOf(
        `The ${agriculture} and the ${fema} on Tuesday imposed new limits on grain exports to Varnia.`,
        [
          [agriculture, 'organization'],
          [fema, 'organization'],
          ['Varnia', 'location'],
        ],
      ),
    ).toEqual(['U.S. Department of Agriculture imposes new limits on grain exports to Varnia']);
    // A title made from the names of merged sentences keeps its object the same way.
    const name = (text: string, start: number) => ({ text, start, end: start + text.length });
    const treasury = name('U.S. Department of the Treasury', 0);
    const ofac = name('Office of Foreign Assets Control', 40);
    const bank = name('Varnian Trade Bank', 90);
    expect(
      titleFromNames(
        'sanction',
        [treasury, ofac].map((m) => ({ ...m, type: 'organization' })),
        [treasury, ofac, bank].map((m) => ({ ...m, type: 'organization' })),
        null,
      ),
    ).toBe('U.S. Department of the Treasury imposes sanctions on Varnian Trade Bank');
    // Two short subjects are both written.
    expect(
      titlesOf('Acme and Birch on Tuesday signed a supply deal.', [
        ['Acme', 'organization'],
        ['Birch', 'organization'],
      ]),
    ).toEqual(['Acme and Birch sign a supply deal']);
  });

  it('drops a passive that names no one, no number and no place', () => {
    expect(titlesOf('Boys were murdered on Saturday.')).toEqual([]);
    expect(
      titlesOf('Two boys were murdered in Kessel on Saturday, police said.', [
        ['Kessel', 'location'],
      ]),
    ).toEqual(['Two boys murdered in Kessel']);
    expect(titlesOf('Forty-two cases were recorded on Saturday.')).toEqual([
      'Forty-two cases recorded',
    ]);
  });

  it('writes the subject and its verb after ", and", not the object alone', () => {
    expect(
      titlesOf(
        'The World Food Programme said on Thursday that cholera cases in Dunmore had tripled since May, and urged donors in Oslo to fund a water programme.',
        [
          ['World Food Programme', 'organization'],
          ['Dunmore', 'location'],
          ['Oslo', 'location'],
        ],
      ),
    ).toContain('World Food Programme urges donors in Oslo to fund a water programme');
  });
});
