import { describe, expect, it } from 'vitest';
import { suggestEvents } from '../../electron/core/suggest/event-candidates.ts';
import { mentionsIn } from '../support/event-mentions.ts';

/**
 * Participants and titles of the kinds the lead found in exported briefs (issue 16, branch
 * `titles12`), on sentences written for this test: who only stands in an aside, a clause the
 * happening is set against or a thing's name takes no part, and what was said is titled with
 * the one who said it.
 */
const eventsOf = (text: string, names: [string, string][] = []) =>
  suggestEvents(text, '2031-03-12', mentionsIn(text, names), { merge: false }).map((e) => ({
    title: e.title,
    participants: e.participants.map((p) => (p.role === '' ? p.text : `${p.text} (${p.role})`)),
    sources: e.sources.map((p) => p.text),
  }));

describe('who takes part in an event, and its title (issue 16, titles12)', () => {
  it('leaves out a person named in a relative clause about the speaker', () => {
    expect(
      eventsOf(
        'Okonkwo, who replaced Greta Hallin as chairman in 2027, said on Monday that the board had approved the merger.',
        [
          ['Okonkwo', 'person'],
          ['Greta Hallin', 'person'],
        ],
      ),
    ).toEqual([{ title: 'Board approves the merger', participants: [], sources: ['Okonkwo'] }]);
  });

  it('leaves out the agent of a clause the happening is set against', () => {
    const [event] = eventsOf(
      'Pellegrini resigned on Tuesday, three days after the team was beaten in the Northern League Cup by fourth-tier Dunmore Athletic.',
      [
        ['Pellegrini', 'person'],
        ['Northern League', 'organization'],
        ['Dunmore Athletic', 'organization'],
      ],
    );
    expect(event?.participants).toEqual(['Pellegrini']);
  });

  it('leaves out a body named in an apposition that describes someone', () => {
    const [event] = eventsOf(
      'Marta Lindqvist, a former Hammarby defender, was appointed head coach on Thursday.',
      [
        ['Marta Lindqvist', 'person'],
        ['Hammarby', 'organization'],
      ],
    );
    expect(event?.participants).toEqual(['Marta Lindqvist']);
  });

  it('leaves out a name that only qualifies a craft or a cup, and a planet', () => {
    const [launch] = eventsOf(
      'The Japan Aerospace Exploration Agency launched its Kaguya probe to Saturn on Friday.',
      [
        ['Japan Aerospace Exploration Agency', 'organization'],
        ['Kaguya', 'organization'],
        ['Saturn', 'organization'],
      ],
    );
    expect(launch?.participants).toEqual(['Japan Aerospace Exploration Agency']);
    const [final] = eventsOf('Rovers beat Wexford 2-0 in the FA Trophy final on Saturday.', [
      ['Rovers', 'organization'],
      ['Wexford', 'organization'],
      ['FA', 'organization'],
    ]);
    expect(final?.participants).toEqual(['Rovers', 'Wexford']);
  });

  it('titles what was said with the one who said it when the pronoun stands for them', () => {
    expect(
      eventsOf(
        "Brazil's foreign ministry said on Sunday it accepted the ruling but warned against interference.",
        [['Brazil', 'location']],
      ).map((e) => e.title),
    ).toEqual(["Brazil's foreign ministry accepts the ruling"]);
    // "it" said by an office is the body that holds it.
    expect(
      eventsOf(
        "The airline's chief executive said on Friday it had cancelled 300 flights but refused to refund tickets.",
      ).map((e) => e.title),
    ).toEqual(['Airline cancels 300 flights']);
  });

  it('puts a past form that is no participle in the present when the title is a phrase', () => {
    expect(
      eventsOf(
        'Brisco Mining said on Monday that its second-quarter output fell 6% to 40,000 tonnes.',
        [['Brisco Mining', 'organization']],
      ).map((e) => e.title),
    ).toEqual(['Output falls']);
  });
});
