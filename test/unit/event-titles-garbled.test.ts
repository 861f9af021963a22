import { describe, expect, it } from 'vitest';
import { suggestEvents } from '../../electron/core/suggest/event-candidates.ts';
import { formsOf } from '../../electron/core/suggest/event-verbs.ts';
import { mentionsIn } from '../support/event-mentions.ts';

/** Sentences written for these tests, unmerged, with their names found as the recognizer would. */
const titleOf = (text: string, names: [string, string][] = []): string | undefined =>
  suggestEvents(text, '2031-03-12', mentionsIn(text, names), { merge: false })[0]?.title;

describe('event titles: garbled classes seen on the State Department pages (issue 16, fifth pass)', () => {
  it('keeps a base verb that only looks inflected (-eed, -ss) whole', () => {
    const bases = [
      'proceed',
      'succeed',
      'exceed',
      'feed',
      'heed',
      'need',
      'speed',
      'breed',
      'pass',
      'discuss',
      'address',
      'access',
      'press',
      'stress',
      'guess',
      'cross',
      'dismiss',
      'express',
      'witness',
      'assess',
      'agree',
      'guarantee',
      'free',
      'oversee',
      'stop',
      'plan',
      'admit',
      'commit',
      'buzz',
    ];
    for (const base of bases) expect(formsOf(base).base, base).toBe(base);
    expect(formsOf('proceed').present).toBe('proceeds');
    expect(formsOf('address').present).toBe('addresses');
    const inflected: [string, string][] = [
      ['proceeded', 'proceed'],
      ['agreed', 'agree'],
      ['freed', 'free'],
      ['refereed', 'referee'],
      ['guaranteed', 'guarantee'],
      ['passes', 'pass'],
      ['passed', 'pass'],
      ['stopped', 'stop'],
      ['planned', 'plan'],
      ['fled', 'flee'],
      ['fed', 'feed'],
      ['sped', 'speed'],
      ['seeing', 'see'],
      ['embedded', 'embed'],
      ['addressed', 'address'],
      ['met', 'meet'],
    ];
    for (const [word, base] of inflected) expect(formsOf(word).base, word).toBe(base);
    expect(
      titleOf(
        'Starting with the June 2031 test takers, all candidates will proceed to the Qualification Evaluations Panel on March 20.',
        [['Qualification Evaluations Panel', 'organization']],
      ),
    ).toMatch(/\bproceed to the Qualification Evaluations Panel\b/);
  });

  it('titles the call, not a verb of the "urge X to do Y" it was about', () => {
    expect(
      titleOf(
        'Deputy Secretary of State Wendy Sherman spoke with French Foreign Ministry Secretary General François Delattre today about joint efforts by NATO Allies and other partners to urge Russia to de-escalate and engage in a substantive, reciprocal dialogue on mutual security concerns.',
        [
          ['Wendy Sherman', 'person'],
          ['François Delattre', 'person'],
          ['NATO', 'organization'],
          ['Russia', 'location'],
        ],
      ),
    ).toBe('Sherman speaks with Delattre');
    expect(
      titleOf(
        'Secretary Blinken spoke by phone with Foreign Minister Kuleba on March 3 about efforts to press Moldova to withdraw and engage in talks.',
        [
          ['Blinken', 'person'],
          ['Kuleba', 'person'],
          ['Moldova', 'location'],
        ],
      ),
    ).toBe('Blinken speaks by phone with Kuleba');
    // With no call, the gathering before "to urge" is still the event.
    expect(
      titleOf(
        'The Nordic ministers gathered in Oslo on March 3 to urge Moldova to withdraw and engage in a dialogue.',
        [
          ['Oslo', 'location'],
          ['Moldova', 'location'],
        ],
      ),
    ).toBe('Nordic ministers gather in Oslo');
  });

  it('gives neither the date nor the happening of an opening "Since ..." phrase to the sentence', () => {
    const text =
      'Since the fraudulent August 9, 2030 election, the State Department has designated 155 Belarusian nationals under PP 8015.';
    const events = suggestEvents(
      text,
      '2031-03-12',
      mentionsIn(text, [['State Department', 'organization']]),
      { merge: false },
    );
    expect(events.map((e) => e.title)).not.toContain('State Department holds elections');
    expect(events.map((e) => e.date?.start)).not.toContain('2030-08-09');
  });

  it('ends a long fronted object before a preposition, not inside its phrase', () => {
    expect(
      titleOf(
        'Since the start of the current crisis, we have announced nearly $293 million in additional assistance to those affected by the floods, including more than 186 million announced today.',
      ),
    ).toBe('Nearly $293 million in additional assistance announced');
  });

  it('finds no event in an undated conversation an interviewer reports', () => {
    const text =
      'Wikinews spoke with William Evans, president of the International Brotherhood of Magicians, about the state of magic.';
    const names: [string, string][] = [
      ['Wikinews', 'organization'],
      ['William Evans', 'person'],
      ['International Brotherhood of Magicians', 'organization'],
    ];
    expect(suggestEvents(text, '2031-03-12', mentionsIn(text, names), { merge: false })).toEqual(
      [],
    );
  });

  it('names who acts, not whose they are, and finds the object after a date', () => {
    expect(
      titleOf(
        'Senior Bureau Official for the Bureau of East Asian and Pacific Affairs Kin Moy met on March 10 with senior officials from the East Asia Summit nations.',
        [
          ['Bureau of East Asian and Pacific Affairs', 'organization'],
          ['Kin Moy', 'person'],
          ['East Asia Summit', 'organization'],
        ],
      ),
    ).toBe('Moy meets with senior officials from the East Asia Summit nations');
    expect(
      titleOf(
        'On March 10, the U.S. Department of the Treasury’s Office of Foreign Assets Control designated 16 individuals pursuant to Executive Order 13405.',
        [
          ['U.S. Department of the Treasury', 'organization'],
          ['Office of Foreign Assets Control', 'organization'],
        ],
      ),
    ).toMatch(/^Office of Foreign Assets Control designates 16 individuals\b/);
  });

  it('keeps a date word after the subject out of it, so the title keeps its object', () => {
    expect(
      titleOf(
        'In addition, the U.S. Department of the Treasury’s Office of Foreign Assets Control today imposed sanctions on 16 individuals and 5 entities.',
        [
          ['U.S. Department of the Treasury', 'organization'],
          ['Office of Foreign Assets Control', 'organization'],
        ],
      ),
    ).toBe('Office of Foreign Assets Control imposes sanctions on 16 individuals');
  });

  const none = (text: string, names: [string, string][] = []) =>
    suggestEvents(text, '2031-03-12', mentionsIn(text, names), { merge: false });

  it('finds no event in a speaker’s aside that names no one who met', () => {
    expect(
      none(
        'In fact, I had my counterparts from those countries in Washington three or four months ago for a meeting of this alliance.',
        [['Washington', 'location']],
      ),
    ).toEqual([]);
  });

  it('finds no event in a pleasantry', () => {
    expect(
      none('So the fact that you’re here today at this summit, we very much greatly appreciate.'),
    ).toEqual([]);
  });

  it('finds no event in the cause given after "in response to"', () => {
    expect(
      none(
        'The United States has taken action against dozens of Belarusian officials in response to last month’s forced diversion of a flight and the politically motivated arrest of journalist Raman Pratasevich.',
        [
          ['United States', 'location'],
          ['Raman Pratasevich', 'person'],
        ],
      ).map((e) => e.title),
    ).not.toContain('Arrest');
  });

  it('writes one person named twice in the subject (in a title and alone) in the singular', () => {
    const text =
      'Deputy Secretary of State Wendy Sherman spoke with French Secretary General François Delattre today about the crisis.';
    const span = (name: string, from = 0) => {
      const start = text.indexOf(name, from);
      return { start, end: start + name.length, text: name, type: 'person' as const };
    };
    const mentions = [
      span('Deputy Secretary of State Wendy Sherman'),
      span('Wendy Sherman'),
      span('François Delattre'),
    ];
    expect(suggestEvents(text, '2031-03-12', mentions, { merge: false })[0]?.title).toBe(
      'Sherman speaks with Delattre',
    );
  });
});
