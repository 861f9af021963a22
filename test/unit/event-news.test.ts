import { describe, expect, it } from 'vitest';
import { suggestEvents } from '../../electron/core/suggest/event-candidates.ts';
import { findDates } from '../../electron/core/dates/resolve-date.ts';
import { mentionsIn } from '../support/event-mentions.ts';

/** The events of a text whose names are found as the recognizer would find them. */
const eventsIn = (text: string, published: string, names: [string, string][]) =>
  suggestEvents(text, published, mentionsIn(text, names));

const about = (events: ReturnType<typeof suggestEvents>, words: string) =>
  events.find((e) => e.evidence.text.includes(words));

describe('news events whose verb is of no known kind', () => {
  it('keeps a week-long happening and a dated moment of it apart', () => {
    const text =
      'The first robotics competition was held this week in Washington.\n\n' +
      'A team from Herat was awarded a silver medal in Washington on Tuesday.';
    const events = eventsIn(text, '2017-07-21', [
      ['Washington', 'location'],
      ['Herat', 'location'],
    ]);
    expect(about(events, 'competition was held')?.date).toMatchObject({
      start: '2017-07-17',
      end: '2017-07-23',
    });
    expect(about(events, 'silver medal')?.date).toMatchObject({
      start: '2017-07-18',
      end: '2017-07-18',
    });
  });

  it('reads a past form that the lexicon files as an adjective ("left", "lost") as the verb', () => {
    const text = 'In 2007, Paris left the ship after a confrontation with its management.';
    const [event] = eventsIn(text, '2015-05-07', [['Paris', 'person']]);
    expect(event).toMatchObject({
      title: 'Paris leaves the ship',
      date: { start: '2007-01-01', end: '2007-12-31' },
    });
  });

  it('reads "are due to report on May 5 and 6" as a scheduled happening', () => {
    const text = 'Harwick Oil and Tern Petroleum are due to report on May 5 and 6.';
    const [event] = eventsIn(text, '2026-04-08', [
      ['Harwick Oil', 'organization'],
      ['Tern Petroleum', 'organization'],
    ]);
    expect(event?.title).toBe('Harwick Oil and Tern Petroleum report');
    expect(event?.date).toMatchObject({ start: '2026-05-05', end: '2026-05-06' });
  });

  it('reads a schedule ("is to run from X through Y") past a relative clause', () => {
    const text =
      'The exhibit, which is located in Evansville, Indiana, is to run from January 23 through March 9.';
    const [event] = eventsIn(text, '2014-01-28', [
      ['Evansville', 'location'],
      ['Indiana', 'location'],
    ]);
    expect(event?.title).toBe('Exhibit runs in Evansville');
    expect(event?.date).toMatchObject({ start: '2014-01-23', end: '2014-03-09' });
  });

  it.each([
    [
      'looks past a date that opens the sentence for the subject',
      'On April 12, 1981, Space Shuttle Columbia lifted off from the Kennedy Space Center.',
      'Kennedy Space Center',
      'Space Shuttle Columbia lifts off from the Kennedy Space Center',
      '1981-04-12',
      '1981-04-12',
    ],
    [
      'titles a sentence whose subject is its date by what the date marked',
      'This past week marked the opening night of a Warhol exhibit in Evansville.',
      'Evansville',
      'Opening night of a Warhol exhibit in Evansville',
      '2014-01-20',
      '2014-01-26',
    ],
  ])('%s', (_case, text, place, title, start, end) => {
    const [event] = eventsIn(text, '2014-01-28', [[place, 'location']]);
    expect(event?.title).toBe(title);
    expect(event?.date).toMatchObject({ start, end });
  });
});

describe('news sentences that report no happening', () => {
  it.each([
    [
      'a cited headline',
      '"MP calls for probe into misplaced documents" — Edmonton Sun, August 16, 2008',
    ],
    [
      'the end of a quotation',
      'Other shells fell near Panmunjom and posts 250 and 251 ", said KCNA.',
    ],
    [
      'words reported',
      'Whitmore stated to LA Weekly that the alleged crime involved five hard drives.',
    ],
    [
      'background in the past perfect',
      'Traffic to the Scientology website had already surged 18-fold.',
    ],
    ['a state reached', 'All museums have received Polaroids from the Warhol Foundation.'],
    ['a description', 'Today’s announcement is an affront to the workers of NASA.'],
    [
      'a present passive',
      'In the demonstration, players are dropped down a secret elevator in Gotham.',
    ],
  ])('%s', (_case, text) => {
    const names: [string, string][] = [
      ['KCNA', 'organization'],
      ['Panmunjom', 'location'],
      ['Whitmore', 'person'],
      ['LA Weekly', 'organization'],
      ['Scientology', 'organization'],
      ['Warhol Foundation', 'organization'],
      ['NASA', 'organization'],
      ['Gotham', 'location'],
    ];
    expect(eventsIn(text, '2015-08-21', names)).toEqual([]);
  });

  it('keeps a threat made as a statement, and a title with a weekday in it is no date', () => {
    const text =
      'North Korea stated it would attack any loudspeakers.\n\n' +
      'The neologism inspired a cartoon by Saturday Morning Breakfast Cereal artist Zach Weiner.';
    const events = eventsIn(text, '2015-08-21', [
      ['North Korea', 'location'],
      ['Zach Weiner', 'person'],
    ]);
    expect(about(events, 'stated it would')?.type).toBe('statement');
    expect(findDates(text, '2015-08-21')).toEqual([]);
  });
});

describe('a title phrase that refers back to a person', () => {
  const text =
    'Defense Secretary Owen Price met Kenji Mori in Tokyo on Tuesday.\n\n' +
    'South Korean Defense Minister Park Min-jun hosted Price in Seoul on Wednesday.\n\n' +
    'From South Korea the Pentagon chief travels to India, a Pentagon spokesperson said.\n\n' +
    'The Pentagon announced a new budget on Thursday.';
  const events = eventsIn(text, '2021-03-18', [
    ['Owen Price', 'person'],
    ['Price', 'person'],
    ['Kenji Mori', 'person'],
    ['Tokyo', 'location'],
    ['Park Min-jun', 'person'],
    ['Seoul', 'location'],
    ['South Korea', 'location'],
    ['Pentagon', 'organization'],
    ['India', 'location'],
  ]);

  it('makes "the Pentagon chief" the Defense Secretary named before, and the spokesperson a source', () => {
    const india = about(events, 'travels to India')!;
    expect(india.title).toBe('Pentagon chief travels to India');
    expect(india.participants.map((p) => p.text)).toEqual(['Price']);
    expect(india.sources.map((s) => s.text)).toEqual(['Pentagon']);
  });

  it('leaves the Pentagon itself where it acts', () => {
    expect(about(events, 'new budget')?.participants.map((p) => p.text)).toEqual(['Pentagon']);
  });
});

describe('a title whose subject is a pronoun', () => {
  it('ends the object where the date starts', () => {
    const text = 'It will deliver the remaining stations by the end of fiscal 2027, Acme said.';
    const [event] = eventsIn(text, '2026-03-10', [['Acme', 'organization']]);
    expect(event?.title).toBe('Remaining stations delivered');
  });
});

describe('two happenings in one sentence, and who "he" is', () => {
  const text =
    'Yesterday Ahmed Mohamed visited Google in California — and tomorrow he plans to meet diplomats at the United Nations in New York.';
  const events = eventsIn(text, '2015-09-22', [
    ['Ahmed Mohamed', 'person'],
    ['Google', 'organization'],
    ['California', 'location'],
    ['United Nations', 'organization'],
    ['New York', 'location'],
  ]);

  it('splits at "— and" and dates each part', () => {
    expect(events.map((e) => [e.date?.start, e.date?.end])).toEqual([
      ['2015-09-21', '2015-09-21'],
      ['2015-09-23', '2015-09-23'],
    ]);
  });

  it('makes the subject "he" the person who acted before', () => {
    expect(events[1]!.participants.map((p) => p.text)).toContain('Ahmed Mohamed');
    expect(events[1]!.title).toMatch(/^Mohamed meets diplomats/);
  });

  it('takes no undated happening told in the first person for a reported one', () => {
    const told = 'Last year I had a banner. We discussed the plan with Acme.';
    expect(eventsIn(told, '2007-10-03', [['Acme', 'organization']])).toEqual([]);
  });
});

describe('titles from the clause', () => {
  it.each([
    [
      'NASA Administrator Charles Bolden announced the plan on Tuesday.',
      [
        ['NASA', 'organization'],
        ['Charles Bolden', 'person'],
      ],
      'Bolden announces the plan',
    ],
    [
      'The first FIRST Global robotics competition was held this week in Washington.',
      [
        ['FIRST', 'organization'],
        ['Washington', 'location'],
      ],
      'First FIRST Global robotics competition held in Washington',
    ],
    ['In 1995, at age seventeen, she was told to leave.', [], 'Told to leave'],
    [
      'Since July, both sides have reported at least 30 violations along the border.',
      [],
      'Both sides report at least 30 violations along the border',
    ],
    [
      'Shares of Acme Robotics rose 6% in after-hours trading.',
      [['Acme Robotics', 'organization']],
      'Acme Robotics shares rise 6% in after-hours trading',
    ],
    [
      'The Navy awarded Acme Robotics a $2 billion contract on Monday, the company said.',
      [
        ['Navy', 'organization'],
        ['Acme Robotics', 'organization'],
      ],
      'Navy awards Acme Robotics a $2 billion contract',
    ],
    [
      'Acme Robotics shares fell 11% on Wednesday.',
      [['Acme Robotics', 'organization']],
      'Acme Robotics shares fall 11%',
    ],
  ] as [string, [string, string][], string][])('%s', (text, names, title) => {
    const [event] = eventsIn(text, '2011-04-13', names);
    expect(event?.title).toBe(title);
  });
});

describe('a subject that stands for a company named before', () => {
  it('makes "the company" and "it" the organization that acted last', () => {
    const text =
      'Acme Robotics reported record sales on Tuesday.\n\n' +
      'The company shipped its first drones in the third quarter.\n\n' +
      'It will open a plant in Dresden next month.';
    const events = eventsIn(text, '2026-10-22', [
      ['Acme Robotics', 'organization'],
      ['Dresden', 'location'],
    ]);
    expect(events.map((e) => e.participants.map((p) => p.text))).toEqual([
      ['Acme Robotics'],
      ['Acme Robotics'],
      ['Acme Robotics'],
    ]);
    expect(about(events, 'first drones')?.date).toMatchObject({
      start: '2026-07-01',
      end: '2026-09-30',
    });
    expect(about(events, 'Dresden')?.title).toBe('Acme Robotics opens a plant in Dresden');
  });
});

describe('a closing relative clause with a date of its own', () => {
  it('is a second happening, titled by the noun it tells of', () => {
    const text =
      'The European Union imposed sanctions on three officials in October over the detention of a journalist, who was released on November 20.';
    const events = eventsIn(text, '2026-11-27', [['European Union', 'organization']]);
    expect(events.map((e) => [e.title, e.date?.start, e.date?.end])).toEqual([
      ['European Union imposes sanctions on three officials', '2026-10-01', '2026-10-31'],
      ['Journalist released', '2026-11-20', '2026-11-20'],
    ]);
  });
});

describe('dates that qualify a thing rather than the happening', () => {
  it('dates "reported third-quarter revenue on Wednesday" by the Wednesday', () => {
    const text = 'Acme Robotics reported third-quarter revenue of $4.2 billion on Wednesday.';
    const [event] = eventsIn(text, '2026-10-22', [['Acme Robotics', 'organization']]);
    expect(event?.date).toMatchObject({ start: '2026-10-21', end: '2026-10-21' });
  });

  it('splits no relative clause off a main clause whose only date names a thing', () => {
    const text =
      'The award is funded from the fiscal year 2026 budget, which Congress passed in January.';
    const events = eventsIn(text, '2026-03-10', [['Congress', 'organization']]);
    expect(events.map((e) => [e.date?.start, e.date?.end])).toEqual([['2026-01-01', '2026-01-31']]);
  });

  it('suggests no undated "the two officials agreed" when no one was named before', () => {
    const text = 'The two officials agreed to speed up deliveries to Lithuania.';
    expect(eventsIn(text, '2026-05-14', [['Lithuania', 'location']])).toEqual([]);
  });
});

describe('a later sentence about the same happening', () => {
  it('is a new event when dated apart, unless its verb carries the happening on', () => {
    const deal =
      'Acme Robotics agreed on Monday to buy Beta Systems for $900 million.\n\n' +
      'The deal is expected to close in the fourth quarter.';
    const names: [string, string][] = [
      ['Acme Robotics', 'organization'],
      ['Beta Systems', 'organization'],
      ['Iran', 'location'],
      ['EU', 'organization'],
      ['Vienna', 'location'],
    ];
    expect(eventsIn(deal, '2026-09-15', names).map((e) => e.date?.start)).toEqual([
      '2026-09-14',
      '2026-10-01',
    ]);
    const talks =
      'Iran and the EU resumed talks in Vienna on Monday.\n\n' +
      'The talks are expected to continue through February.';
    const [event, ...rest] = eventsIn(talks, '2022-01-14', names);
    expect(rest).toEqual([]);
    expect(event?.moreEvidence.map((e) => e.text)).toEqual([
      'The talks are expected to continue through February.',
    ]);
  });
});
