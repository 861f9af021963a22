import { describe, expect, it } from 'vitest';
import { suggestEvents } from '../../electron/core/suggest/event-candidates.ts';
import { mentionsIn } from '../support/event-mentions.ts';

/** Sentences written for these tests, unmerged, with their names found as the recognizer would. */
const suggested = (text: string, names: [string, string][] = []) =>
  suggestEvents(text, '2031-03-12', mentionsIn(text, names), { merge: false });

const ACME_BOREL: [string, string][] = [
  ['Acme', 'organization'],
  ['Borel', 'organization'],
];

describe('event candidates: only what the sentence reports (issue 16, sixth pass)', () => {
  it('makes nothing of a plan that hangs on a condition, though it is dated', () => {
    expect(
      suggested(
        'Acme and Borel could sign the deal next week if regulators approve it.',
        ACME_BOREL,
      ),
    ).toEqual([]);
    // The plan itself, dated and unconditional, is still an event.
    expect(suggested('Acme and Borel will sign the deal next week.', ACME_BOREL)).toHaveLength(1);
  });

  it('makes nothing of background: what someone has long done', () => {
    const names: [string, string][] = [
      ['Acme', 'organization'],
      ['Velland', 'location'],
    ];
    expect(
      suggested(
        'Acme, which has long sold beer in Velland, is known for its annual festival.',
        names,
      ),
    ).toEqual([]);
  });

  it('makes nothing of a happening that is only wanted or required ("to travel")', () => {
    expect(
      suggested('Even applying for a visa required the whole team to travel to Herat.', [
        ['Herat', 'location'],
      ]),
    ).toEqual([]);
  });

  it('does not take the happening a clause is timed against for its own', () => {
    expect(
      suggested('Traffic to the Acme website had grown tenfold prior to the attack.', ACME_BOREL),
    ).toEqual([]);
    // A clause with its own subject after "after" is still reported.
    const exchange = suggested(
      'The report comes after Seoul exchanged artillery fire with Pyongyang on Monday.',
      [
        ['Seoul', 'location'],
        ['Pyongyang', 'location'],
      ],
    );
    expect(exchange.map((e) => e.title)).toEqual(['Seoul exchanges artillery fire with Pyongyang']);
  });

  it('does not take what someone made of a happening ("noted what began as") for one', () => {
    expect(
      suggested('The Straits Times noted what began as a few messages to Ahmed.', [
        ['Straits Times', 'organization'],
        ['Ahmed', 'person'],
      ]),
    ).toEqual([]);
  });

  it('makes nothing of an undated scene told in the past progressive', () => {
    expect(
      suggested('Lee was making his final convention appearance, part of a larger farewell tour.', [
        ['Lee', 'person'],
      ]),
    ).toEqual([]);
  });
});
