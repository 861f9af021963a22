import { describe, expect, it } from 'vitest';
import { suggestEvents } from '../../electron/core/suggest/event-candidates.ts';
import { mentionsIn } from '../support/event-mentions.ts';

/** Sentences written for these tests, unmerged, with their names found as the recognizer would. */
const eventsIn = (text: string, published: string, names: [string, string][] = []) =>
  suggestEvents(text, published, mentionsIn(text, names), { merge: false });
const titleOf = (text: string, names: [string, string][] = []): string | undefined =>
  eventsIn(text, '2031-03-12', names)[0]?.title;

describe('event titles: garbled classes seen across the gold (issue 16, fourth pass)', () => {
  it('titles a verb in a relative clause by what it does to the noun before it', () => {
    expect(
      titleOf(
        'The award is funded from the fiscal year 2031 budget, which Congress passed in January after a delay.',
        [['Congress', 'organization']],
      ),
    ).toBe('Congress passes the budget');
    expect(
      titleOf('The campaign was dominated by rising food prices, which jumped 11% last month.'),
    ).toBe('Rising food prices jump 11%');
    expect(
      titleOf('The court upheld the fine on Thursday, ending a legal battle that began in 2019.'),
    ).toMatch(/^(?:Court upholds the fine|Legal battle begins)$/);
    expect(
      titleOf(
        'Boeing Co, whose 737 MAX production has been capped by the Federal Aviation Administration since January, has not booked a large order.',
        [
          ['Boeing Co', 'organization'],
          ['Federal Aviation Administration', 'organization'],
        ],
      ),
    ).toBe("Federal Aviation Administration caps Boeing Co's 737 MAX production");
  });

  it('puts a past verb after a word that may be an adjective in the present', () => {
    expect(
      titleOf("Dock workers at Durban's container terminal walked out on Monday.", [
        ['Durban', 'location'],
      ]),
    ).toBe("Dock workers at Durban's container terminal walk out");
  });

  it('keeps the speaker when what was said has no doer of its own, only a thing', () => {
    expect(
      titleOf('The union’s leader, Jorge Salinas, said the blockade would stay until Friday.', [
        ['Jorge Salinas', 'person'],
      ]),
    ).toMatch(/^Salinas says the blockade will stay\b/);
    expect(
      titleOf('Cargill and Bunge said some shipments from Rosario would slip into March.', [
        ['Cargill', 'organization'],
        ['Bunge', 'organization'],
        ['Rosario', 'location'],
      ]),
    ).toBe('Cargill and Bunge say some shipments from Rosario will slip into March');
    // A body's or a named doer's plan is still titled by it.
    expect(
      titleOf('Its leader, Tom Okafor, said the council would publish the names.', [
        ['Tom Okafor', 'person'],
      ]),
    ).toBe('Council to publish the names');
  });

  it('titles what was said, with the speaker as its source, unless it is denied', () => {
    const [hire] = eventsIn(
      'Harlan’s chief executive, Dana Whitfield, said the company would hire 800 engineers this year.',
      '2031-03-10',
      [
        ['Harlan', 'organization'],
        ['Dana Whitfield', 'person'],
      ],
    );
    expect(hire).toMatchObject({ title: 'Harlan to hire 800 engineers' });
    expect(hire!.sources.map((s) => s.text)).toEqual(['Dana Whitfield']);
    expect(hire!.participants.map((p) => p.text)).toEqual(['Harlan']);
    expect(
      titleOf(
        'The United Nations said last week that more than 400,000 people had fled their homes since October.',
        [['United Nations', 'organization']],
      ),
    ).toBe('More than 400,000 people flee their homes');
    const [walked] = eventsIn(
      'Whitmore told LA Weekly that on October 6 Montalvo walked into the station.',
      '2031-03-10',
      [
        ['Whitmore', 'person'],
        ['LA Weekly', 'organization'],
        ['Montalvo', 'person'],
      ],
    );
    expect(walked).toMatchObject({ title: 'Montalvo walks into the station' });
    expect(walked!.participants.map((p) => p.text)).toEqual(['Montalvo']);
    // A denial is what the speaker says, not a happening.
    expect(
      titleOf('Sargsyan said on Wednesday that Yerevan would not sign any deal this year.', [
        ['Sargsyan', 'person'],
        ['Yerevan', 'location'],
      ]),
    ).toBe('Yerevan not to sign any deal');
    // "she" is the speaker, who will do it: she takes part.
    const [talks] = eventsIn(
      'Alliance leader Mira Halas said she would begin talks with smaller parties this week.',
      '2031-03-10',
      [['Mira Halas', 'person']],
    );
    expect(talks).toMatchObject({ title: 'Halas to begin talks with smaller parties' });
    expect(talks!.participants.map((p) => p.text)).toEqual(['Mira Halas']);
    expect(talks!.sources).toEqual([]);
  });

  it('makes the verb agree with the head noun, not with the last word of its phrase', () => {
    expect(titleOf('Groups on humanitarian access met again on Monday.')).toBe(
      'Groups on humanitarian access meet again',
    );
    expect(titleOf('The head of the ministries resigned on Monday.')).toBe(
      'Head of the ministries resigns',
    );
  });

  it('writes a past form in the present, and an amount after "by" is no agent', () => {
    expect(titleOf('Net income rose to $412 million in the three months to March 31.')).toBe(
      'Net income rises to $412 million',
    );
    expect(titleOf('Prices have dropped by about 12% since the start of the year.')).toBe(
      'Prices drop by about 12%',
    );
    expect(titleOf('The bill was rejected by parliament on Monday.')).toBe(
      'Bill rejected by parliament',
    );
  });

  it('leads with the first of two verbs that share a subject', () => {
    expect(
      titleOf('Novak conceded defeat late on Sunday and congratulated Halas.', [
        ['Novak', 'person'],
        ['Halas', 'person'],
      ]),
    ).toBe('Novak concedes defeat');
    expect(
      titleOf('Matos opened the scoring in the 14th minute and headed the winner.', [
        ['Matos', 'person'],
      ]),
    ).toBe('Matos opens the scoring in the 14th minute');
  });

  it('writes a dateline’s place in capitals as a name', () => {
    const text =
      'SANTA ELENA, June 14 (Dossier Wire) - The United Nations said it would send a team on Tuesday.';
    expect(
      titleOf(text, [
        ['SANTA ELENA', 'location'],
        ['United Nations', 'organization'],
      ]),
    ).toBe('United Nations to send a team in Santa Elena');
  });
});

describe('event dates and candidates: classes seen on unseen news (issue 16, fourth pass)', () => {
  it('dates what was said by its own date, not by the day it was said', () => {
    const [fled] = eventsIn(
      'The United Nations said last week that more than 400,000 people had fled their homes since October.',
      '2031-01-20',
      [['United Nations', 'organization']],
    );
    expect(fled!.date).toMatchObject({ start: '2030-10-01', end: '2031-01-20' });
  });

  it('takes the main clause’s verb, not a relative clause’s, as the happening', () => {
    const [ruling] = eventsIn(
      'The top court on Thursday upheld a fine against Veltrix, ending a legal battle that began in 2019.',
      '2031-03-14',
      [['Veltrix', 'organization']],
    );
    expect(ruling).toMatchObject({
      title: 'Top court upholds a fine against Veltrix',
      date: { start: '2031-03-13', end: '2031-03-13' },
    });
  });

  it('reads a verb whose past is its base ("beat", "cut") as a happening', () => {
    const [match] = eventsIn(
      'Estrela Azul beat rivals Porto Norte 2-1 on Sunday to go top of the league.',
      '2031-10-06',
      [
        ['Estrela Azul', 'organization'],
        ['Porto Norte', 'organization'],
      ],
    );
    expect(match).toMatchObject({
      title: 'Estrela Azul beats rivals Porto Norte 2-1',
      date: { start: '2031-10-05', end: '2031-10-05' },
    });
  });
});

describe('one happening, one event: details of a dated happening (issue 16, fourth pass)', () => {
  it('makes an election’s seat-by-seat results evidence of the dated election', () => {
    const text =
      'Voters in Norland elected a new parliament on Sunday.\n\n' +
      'Ana Ruiz was elected with 84,121 votes.\n\nIn the eastern district, Tom Berg was re-elected with 60,760 votes in Ostby.';
    const events = suggestEvents(
      text,
      '2031-09-09',
      mentionsIn(text, [
        ['Norland', 'location'],
        ['Ana Ruiz', 'person'],
        ['Tom Berg', 'person'],
        ['Ostby', 'location'],
      ]),
    );
    expect(events).toHaveLength(1);
    expect(events[0]!.date).toMatchObject({ start: '2031-09-07' });
    expect(events[0]!.moreEvidence).toHaveLength(2);
  });

  it('makes a match told minute by minute evidence of the dated match', () => {
    const text =
      'Sweden beat South Korea 1-0 on Monday.\n\nKorea substituted Park in the 28th minute.\n\n' +
      'Then Sweden opened the scoring from the penalty spot.\n\nThe match ended with Sweden winning three points.';
    const events = suggestEvents(
      text,
      '2031-06-19',
      mentionsIn(text, [
        ['Sweden', 'location'],
        ['South Korea', 'location'],
        ['Korea', 'location'],
        ['Park', 'person'],
      ]),
    );
    expect(events.map((e) => e.date?.start ?? null)).toEqual(['2031-06-16']);
  });
});
