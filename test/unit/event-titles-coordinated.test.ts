import { describe, expect, it } from 'vitest';
import { suggestEvents } from '../../electron/core/suggest/event-candidates.ts';
import { mentionsIn } from '../support/event-mentions.ts';

/** Sentences written for these tests, unmerged, with their names found as the recognizer would. */
const all = (text: string, names: [string, string][] = []) =>
  suggestEvents(text, '2031-03-12', mentionsIn(text, names), { merge: false });
const first = (text: string, names: [string, string][] = []) => all(text, names)[0];

describe('event titles of coordinated verbs, reported happenings and cut objects (issue 16, titles19)', () => {
  it('gives the second of two verbs the subject they share, though a clock time stands between', () => {
    const launch = first(
      'The probe lifted off from the Kourou spaceport at 9:12 p.m. local time and released its lander an hour later.',
      [['Kourou', 'location']],
    );
    expect(launch?.title).toBe('Probe lifts off from the Kourou spaceport');
  });

  it('ends a told object before a "that"-clause cut ahead of its verb by a quotation', () => {
    const told = first(
      'Governor Ilse Brandt told a news conference in Graz that the central bank would "stay patient" through the spring.',
      [
        ['Ilse Brandt', 'person'],
        ['Graz', 'location'],
      ],
    );
    expect(told?.title).toBe('Brandt tells a news conference in Graz');
  });

  it('titles a body led by someone by the body, with what it ordered', () => {
    expect(
      first(
        'A three-judge panel led by Judge Mira Oduya ordered the Harlow Water Company to publish its leak figures on Tuesday.',
        [
          ['Mira Oduya', 'person'],
          ['Harlow Water Company', 'organization'],
        ],
      )?.title,
    ).toBe('Three-judge panel led by Oduya orders the Harlow Water Company');
  });

  it('keeps a subject whose head noun has a phrase after it, and takes no place something failed to reach', () => {
    const flight = first(
      'The first test flight of the Vesta 2 in May 2029 had ended with its capsule failing to return to Earth.',
      [['Earth', 'location']],
    );
    expect(flight?.title).toBe('First test flight ends with its capsule failing');
    expect(flight?.location).toBeNull();
  });

  it('titles what a speaker said a body had done, not that a statement was made', () => {
    expect(
      first('Leila Moraes said on Friday the club had rejected a higher offer from Arsenal.', [
        ['Leila Moraes', 'person'],
        ['Arsenal', 'organization'],
      ])?.title,
    ).toBe('Club rejects a higher offer from Arsenal');
  });

  it('ends the object before a second verb phrase of the same subject', () => {
    expect(
      first(
        "Peru's Trade Ministry said on Saturday it firmly opposed the decision and would take measures to protect its firms.",
        [['Trade Ministry', 'organization']],
      )?.title,
    ).toBe('Trade Ministry opposes the decision');
  });

  it('ends what was said before a second "that"-clause', () => {
    expect(
      first(
        'Chief executive Aino Laine said the outage began late on Monday and that the company had shut its servers.',
        [['Aino Laine', 'person']],
      )?.title,
    ).toBe('Outage begins');
  });

  it('cuts a share ("more of") together with what it is a share of', () => {
    expect(
      first(
        "The Belgian government said on Friday it would require licences for exports of more of Solvane's coating machines to India.",
        [
          ['Solvane', 'organization'],
          ['India', 'location'],
        ],
      )?.title,
    ).toBe('Belgian government to require licences for exports to India');
  });
});
