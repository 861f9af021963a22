import { describe, expect, it } from 'vitest';
import { suggestEvents } from '../../electron/core/suggest/event-candidates.ts';
import { mentionsIn } from '../support/event-mentions.ts';

/** Sentences written for these tests, unmerged, with their names found as the recognizer would. */
const events = (text: string, names: [string, string][] = []) =>
  suggestEvents(text, '2038-03-12', mentionsIn(text, names), { merge: false });
const titleOf = (text: string, names: [string, string][] = []) => events(text, names).at(-1);

describe('event titles: who a definite subject is, the happening before a participle (titles17)', () => {
  it('names the body a definite subject stands for, in the title and as a participant', () => {
    const cut = titleOf(
      'The Kenya Tea Board said on Monday that exports slowed. The board cut its export target to 600 million kilograms on Monday.',
      [['Kenya Tea Board', 'organization']],
    );
    expect(cut?.title).toBe('Kenya Tea Board cuts its export target to 600 million kilograms');
    expect(cut?.participants.map((p) => p.text)).toContain('Kenya Tea Board');
    const lowered = titleOf(
      'A diver from the Galway Marine Institute died on Sunday. The institute lowered its flag on Monday.',
      [['Galway Marine Institute', 'organization']],
    );
    expect(lowered?.title).toBe('Galway Marine Institute lowers its flag');
  });

  it('names the body in a coordinated subject, and the longest phrase its name holds', () => {
    const signed = titleOf(
      'The European Space Agency was set up in 1975. The agency and JAXA agreed on Tuesday to share data.',
      [
        ['European Space Agency', 'organization'],
        ['JAXA', 'organization'],
      ],
    );
    expect(signed?.title).toBe('European Space Agency and JAXA agree to share data');
    expect(signed?.participants.map((p) => p.text).sort()).toEqual([
      'European Space Agency',
      'JAXA',
    ]);
    expect(
      titleOf(
        'The Central Bank of Ruritania met on Monday. The central bank raised its deposit rate on Thursday.',
        [['Central Bank of Ruritania', 'organization']],
      )?.title,
    ).toBe('Central Bank of Ruritania raises its deposit rate');
  });

  it('leaves a definite subject alone when no body named before holds its word, or it owns the subject', () => {
    expect(
      titleOf('Halden Motors recalled 4,000 cars on Monday. The exchange fell 2% on Tuesday.', [
        ['Halden Motors', 'organization'],
      ])?.title,
    ).toBe('Exchange falls 2%');
    expect(
      titleOf(
        'The Ministry of Water announced grants on Monday. The ministry’s last scheme closed in May.',
        [['Ministry of Water', 'organization']],
      )?.title,
    ).not.toMatch(/^Ministry of Water closes/);
    // A word of the name that is not its head ("City" of a council).
    expect(
      titleOf(
        'Tarnfield City Council approved the plan on Monday. The city will use a federal grant from June.',
        [['Tarnfield City Council', 'organization']],
      )?.title,
    ).toBe('City uses a federal grant');
  });

  it('titles the happening a participle after a comma follows, not the participle', () => {
    const ambush = titleOf(
      'Gunmen ambushed a bus near Kitgum on Friday, killing three passengers, police said.',
      [['Kitgum', 'location']],
    );
    expect(ambush?.title).toBe('Gunmen ambush a bus near Kitgum');
    expect(
      titleOf('A landslide buried a village in Sindhupalchok on Tuesday, killing 12 people.', [
        ['Sindhupalchok', 'location'],
      ])?.title,
    ).toMatch(/^Landslide buries a village/);
  });

  it('writes an apostrophe inside a word straight, as analysts write titles', () => {
    expect(
      titleOf('Norway’s Equinor shut the Troll field on Monday.', [
        ['Norway', 'location'],
        ['Equinor', 'organization'],
      ])?.title,
    ).not.toContain('’');
    const sent = titleOf('Kerala’s fisheries minister sent two patrol boats to Kollam on Sunday.', [
      ['Kerala', 'location'],
      ['Kollam', 'location'],
    ]);
    expect(sent?.title).toBe("Kerala's fisheries minister sends two patrol boats to Kollam");
  });
});
