import { describe, expect, it } from 'vitest';
import { suggestEvents } from '../../electron/core/suggest/event-candidates.ts';
import { mentionsIn } from '../support/event-mentions.ts';

/** Sentences written for these tests, unmerged, with their names found as the recognizer would. */
const first = (text: string, names: [string, string][] = []) =>
  suggestEvents(text, '2031-03-12', mentionsIn(text, names), { merge: false })[0];

describe('event titles, participants and places as an analyst writes them (issue 16, titles13)', () => {
  it('takes no place, subject or participant from a destination or a participle set off by commas', () => {
    const tanker = first('The tanker, bound for Rotterdam, ran aground near Vigo on Monday.', [
      ['Rotterdam', 'location'],
      ['Vigo', 'location'],
    ]);
    expect(tanker?.title).toBe('Tanker runs aground near Vigo');
    expect(tanker?.location?.text).toBe('Vigo');
    const bound = first('A freighter bound for Gdynia ran aground on Monday.', [
      ['Gdynia', 'location'],
    ]);
    expect(bound?.title).toBe('Freighter bound for Gdynia runs aground');
    expect(bound?.location).toBeNull();
    expect(bound?.participants.map((p) => p.text)).toEqual([]);
    // The body the participle describes leads, not the person in the participle.
    expect(
      first(
        'The opposition Civic Union, led by former finance minister Petra Lind, won regional elections in April.',
        [
          ['Civic Union', 'organization'],
          ['Petra Lind', 'person'],
        ],
      )?.title,
    ).toBe('Civic Union wins regional elections');
  });

  it('takes no place from the clause a happening is set against', () => {
    const tour = first(
      'The band Grey Owls cancelled its tour on Friday after its singer fell ill in Munich.',
      [
        ['Grey Owls', 'organization'],
        ['Munich', 'location'],
      ],
    );
    expect(tour?.title).toBe('Grey Owls cancels its tour');
    expect(tour?.location).toBeNull();
  });
});
