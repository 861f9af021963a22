import { describe, expect, it } from 'vitest';
import { suggestEvents } from '../../electron/core/suggest/event-candidates.ts';
import { isPastForm } from '../../electron/core/suggest/event-verbs.ts';
import { mentionsIn } from '../support/event-mentions.ts';

/** Sentences written for these tests, unmerged, with their names found as the recognizer would. */
const events = (text: string, names: [string, string][] = []) =>
  suggestEvents(text, '2035-06-11', mentionsIn(text, names), { merge: false });
const first = (text: string, names: [string, string][] = []) => events(text, names)[0];
const names = (list: { text: string }[] | undefined) => (list ?? []).map((p) => p.text);

describe('titles, places and sources as an analyst writes them (issue 16, titles15)', () => {
  it('titles the main clause, not a "whose" clause, and takes no place from it', () => {
    const tenor = first(
      'Tenor Marco Bellandi, whose career began in Parma, will sing Otello at the Royal Opera House on May 3.',
      [
        ['Marco Bellandi', 'person'],
        ['Parma', 'location'],
      ],
    );
    expect(tenor?.title).toBe('Bellandi sings Otello at the Royal Opera House');
    expect(tenor?.location).toBeNull();
  });

  it('takes no place from a relative clause inside the subject', () => {
    const grants = first(
      'Residents whose homes were flooded in Tewkesbury will receive grants from March 3, the council said.',
      [['Tewkesbury', 'location']],
    );
    expect(grants?.title).toBe('Residents receive grants');
    expect(grants?.location).toBeNull();
    // "whose" is no past form of "whoose", as "chose" is of "choose".
    expect(isPastForm('whose')).toBe(false);
    expect(isPastForm('those')).toBe(false);
    expect(isPastForm('rose')).toBe(true);
  });

  it('keeps the brackets inside a name', () => {
    expect(
      first(
        "Uganda's Constitutional Court on Monday annulled the Income Tax (Amendment) Act, which had raised fees on mobile payments.",
        [
          ['Uganda', 'location'],
          ['Constitutional Court', 'organization'],
        ],
      )?.title,
    ).toBe('Constitutional Court annuls the Income Tax (Amendment) Act');
  });

  it('writes what was warned in the present, and "the court" as the court named before', () => {
    const found = events(
      'The Supreme Court in Kampala annulled the levy on Monday. Telecom operator MTN had warned in May that the levy would raise prices. The court had struck down a similar levy in 2031, Justice Ruth Okello noted in her ruling.',
      [
        ['Supreme Court', 'organization'],
        ['Kampala', 'location'],
        ['MTN', 'organization'],
        ['Ruth Okello', 'person'],
      ],
    );
    expect(found.map((e) => e.title)).toContain('MTN warns the levy will raise prices');
    const earlier = found.find((e) => e.title.startsWith('Supreme Court strikes down'));
    expect(names(earlier?.participants)).toEqual(['Supreme Court']);
    expect(names(earlier?.sources)).toContain('Ruth Okello');
  });

  it('makes a closing "X told reporters in Y" the source, with no place', () => {
    const appeal = first(
      'The ministry will appeal the ruling on July 2, Attorney General Paul Mbeki told reporters in Durban.',
      [
        ['Paul Mbeki', 'person'],
        ['Durban', 'location'],
      ],
    );
    expect(appeal?.title).toBe('Ministry appeals the ruling');
    expect(names(appeal?.participants)).toEqual([]);
    expect(names(appeal?.sources)).toContain('Paul Mbeki');
    expect(appeal?.location).toBeNull();
  });

  it('leaves no word that led to a date dangling', () => {
    expect(
      first(
        'Owners of the affected vans will be notified by letter starting next week, the regulator said.',
      )?.title,
    ).toBe('Owners of the affected vans notified by letter');
  });

  it("puts the lead's cases in the present with their subject", () => {
    expect(
      first(
        'Rescue teams pulled 14 miners alive from a flooded gold mine near Carletonville on Tuesday.',
        [['Carletonville', 'location']],
      )?.title,
    ).toBe('Rescue teams pull 14 miners alive from a flooded gold mine near Carletonville');
    expect(
      first(
        'The National Union of Mineworkers said it had warned the company about the pumps in January.',
        [['National Union of Mineworkers', 'organization']],
      )?.title,
    ).toBe('National Union of Mineworkers warns the company about the pumps');
  });
});
