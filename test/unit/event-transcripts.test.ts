import { describe, expect, it } from 'vitest';
import { suggestEvents } from '../../electron/core/suggest/event-candidates.ts';
import { nonEventReason } from '../../electron/core/suggest/event-triggers.ts';
import { mentionsIn } from '../support/event-mentions.ts';

/** A call transcript written for this test, in the style of a department's press briefings. */
const CALL = [
  'Rosa Varga, Department Spokesperson',
  '',
  'MS VARGA: Thanks very much and good morning, everyone. Thank you for joining today’s call. Very pleased to have with us today Assistant Secretary for Ocean Affairs Tomas Brandt. He will preview the Secretary’s travel to Lisbon and Accra. This call is on the record, and after the assistant secretary offers some opening remarks, he will have a few minutes to answer questions.',
  '',
  'So with that I will turn it over to Assistant Secretary Brandt.',
  '',
  'MR BRANDT: Great. Thank you so much, Rosa. Nice to be with you today.',
  '',
  'Secretary Ellison will travel to Lisbon and Accra from June 3rd to June 6th.',
  '',
  'In Lisbon, Secretary Ellison will meet Prime Minister Duarte on June 4.',
  '',
  'MS VARGA: Terrific. Let’s go to the line of Omar Haddad of the Daily Ledger.',
  '',
  'QUESTION: Thanks for doing this. Last year Secretary Ellison signed a fisheries pact with Ghana in Accra. Will she sign another one?',
  '',
  'MR BRANDT: As I mentioned previously on this call, we’ll be discussing fisheries in Accra as well. There’s a lot to discuss.',
  '',
  'MS VARGA: We have time for a final question. We’ll go to the line of Ines Moreau.',
  '',
  'QUESTION: Last month the minister visited Lisbon; what came of it?',
  '',
  'MR BRANDT: I appreciate the question. I’ll stop there.',
  '',
  'MS VARGA: Thank you very much, everyone. That concludes today’s call.',
].join('\n');

const NAMES: [string, string][] = [
  ['Rosa Varga', 'person'],
  ['Tomas Brandt', 'person'],
  ['Brandt', 'person'],
  ['Ellison', 'person'],
  ['Duarte', 'person'],
  ['Omar Haddad', 'person'],
  ['Ines Moreau', 'person'],
  ['Daily Ledger', 'organization'],
  ['Lisbon', 'location'],
  ['Accra', 'location'],
  ['Ghana', 'location'],
];

describe('transcripts of calls and briefings', () => {
  const events = suggestEvents(CALL, '2031-05-28', mentionsIn(CALL, NAMES));

  it('suggests the happenings the speakers report, and nothing else', () => {
    expect(events.map((e) => e.evidence.text)).toEqual([
      'Secretary Ellison will travel to Lisbon and Accra from June 3rd to June 6th.',
      'In Lisbon, Secretary Ellison will meet Prime Minister Duarte on June 4.',
    ]);
    expect(events[1]).toMatchObject({ date: { start: '2031-06-04', end: '2031-06-04' } });
  });

  it('reads no pleasantry, no talk about the call and no reporter’s question as an event', () => {
    for (const sentence of [
      'Very pleased to have with us today Assistant Secretary for Ocean Affairs Tomas Brandt.',
      'We’re very glad to have the special envoy with us on the line today to tell you more.',
      'We are joined today by the deputy minister.',
      'I appreciate the opportunity to speak with you today about our response.',
      'As I mentioned previously on this call, we’ll be discussing fisheries in Accra as well.',
      'So with that I will turn it over to Assistant Secretary Brandt.',
      'Let’s go to the line of Omar Haddad of the Daily Ledger.',
      'He will have a few minutes to answer questions.',
      'That concludes today’s call.',
    ]) {
      expect(nonEventReason(sentence), sentence).not.toBeNull();
    }
    const question = 'Last year Secretary Ellison signed a fisheries pact with Ghana in Accra.';
    expect(events.some((e) => e.evidence.text.includes(question))).toBe(false);
  });

  it('still reads a dated happening that opens with a word a call also uses', () => {
    expect(nonEventReason('We will take steps against the smugglers on Monday.')).toBeNull();
    expect(nonEventReason('The Secretary is pleased to welcome Minister Duarte on June 4.')).toBe(
      null,
    );
  });

  it('leaves the speaker’s label out of a turn’s event: its title and its evidence', () => {
    const briefing = [
      'MS VARGA: Good afternoon. We have one item at the top.',
      '',
      'QUESTION: Can you say more about the talks?',
      '',
      'MR BRANDT: Secretary Ellison met Prime Minister Duarte in Lisbon on Tuesday.',
    ].join('\n');
    const [met, ...rest] = suggestEvents(briefing, '2031-05-28', mentionsIn(briefing, NAMES));
    expect(rest).toEqual([]);
    expect(met!.evidence.text).toBe(
      'Secretary Ellison met Prime Minister Duarte in Lisbon on Tuesday.',
    );
    expect(met!.title).not.toMatch(/BRANDT/);
    expect(met!.title).toMatch(/^Ellison meets Duarte/);
  });

  it('is no transcript without speakers’ labels: an undated happening with no subject stays', () => {
    const text = 'Fishermen rescued 40 sailors off the coast of Accra.';
    expect(suggestEvents(text, '2031-05-28', mentionsIn(text, NAMES))).toHaveLength(1);
  });
});
