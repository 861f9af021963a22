import { describe, expect, it } from 'vitest';
import { suggestEvents } from '../../electron/core/suggest/event-candidates.ts';
import { mentionsIn } from '../support/event-mentions.ts';

/**
 * Statements of what will happen, progressive forms, passives no verb list names, "is due", a
 * year of a noun and two happenings of one day (issue 16, branch dates14: the kinds of the news-dates14 dev gold),
 * on sentences written for these tests; each fails without its fix (but the guards: what was
 * said of the past, a vote announced for a day, a saying that is not the main verb, "a man
 * named", "could have been worse", "signed an agreement in 2029"). The statement-dating rule
 * is the lead's (branch clause15): a dated happening to come is dated by its own date.
 */
const events = (text: string, names: [string, string][], published: string) =>
  suggestEvents(text, published, mentionsIn(text, names));
const dated = (text: string, names: [string, string][], published: string) =>
  events(text, names, published).map((e) => [e.evidence.text, e.date && e.date.start]);

// 2035-03-21 is a Wednesday.
describe("the statement-dating rule (the lead's; FORMAT.md dates the Tokyo talks by their own days)", () => {
  it.each([
    ['The ministry said on Friday that talks would resume on March 30.', '2035-03-30'],
    ['On Friday, the ministry said the vote would be held on May 3.', '2035-05-03'],
    ['The minister told reporters on Thursday that the plant would close in June.', '2035-06-01'],
  ])("a dated happening to come is dated by its own date, not the saying's: %s", (text, iso) => {
    expect(dated(text, [['Norland', 'organization']], '2035-03-21')).toEqual([[text, iso]]);
  });

  it.each([
    [
      'Norland said on Monday that it would appeal against the ban that its captain was given on Saturday.',
      '2035-03-19',
    ],
    [
      'Ana Sousa said on Tuesday that the flood barrier would stay closed until Thursday.',
      '2035-03-20',
    ],
    [
      'Ana Sousa said on Monday that Norland would cut 900 jobs by the end of next year.',
      '2035-03-19',
    ],
    ['Ana Sousa said on Monday that many farms would not break even this year.', '2035-03-19'],
  ])('a happening with no date, a state or a deadline is dated by the saying: %s', (text, iso) => {
    expect(
      dated(
        text,
        [
          ['Norland', 'organization'],
          ['Ana Sousa', 'person'],
        ],
        '2035-03-21',
      ),
    ).toEqual([[text, iso]]);
  });

  it.each([
    'Ana Sousa said the flood barrier would stay closed until at least Thursday.',
    'Ana Sousa said the government would bring a new bill before the end of June.',
    'Ana Sousa told analysts the group would open a new factory by the end of next year.',
  ])('a state or a deadline said with no day of its own is undated: %s', (text) => {
    const [event] = events(text, [['Ana Sousa', 'person']], '2035-03-21');
    expect([event?.evidence.text, event?.date]).toEqual([text, null]);
  });

  it('a happening announced for a day, with no day of the saying, keeps that day', () => {
    const text = 'Ana Sousa said the vote would be held on May 3.';
    expect(dated(text, [['Ana Sousa', 'person']], '2035-03-21')).toEqual([[text, '2035-05-03']]);
  });

  it('a saying that is not the main verb leaves the main verb its date', () => {
    const text = 'Oil fell 4 percent on Tuesday after Norland said it would raise output in May.';
    expect(dated(text, [['Norland', 'organization']], '2035-03-21')).toEqual([
      [text, '2035-03-20'],
    ]);
  });

  it('while what was said of the past keeps its own date', () => {
    const text = 'Officials said on Tuesday that 300 homes had lost power on Sunday.';
    expect(dated(text, [], '2035-03-21')).toEqual([[text, '2035-03-18']]);
  });
});

describe('a progressive form reports a happening', () => {
  it('dated by the day it names, backwards in the past', () => {
    const text = 'Firefighters were tackling a blaze at a warehouse in Leith on Tuesday.';
    expect(dated(text, [['Leith', 'location']], '2035-03-21')).toEqual([[text, '2035-03-20']]);
  });

  it('"was presenting ... last week when": the main clause\'s verb, the week before', () => {
    const text =
      'The mayor, Ines Barros, was presenting her budget in Braga last week when the lights went out.';
    const [event] = events(
      text,
      [
        ['Ines Barros', 'person'],
        ['Braga', 'location'],
      ],
      '2035-03-21',
    );
    expect(event?.date).toMatchObject({ start: '2035-03-12', end: '2035-03-18' });
    // The happening is what she was doing, not the "when" clause's ("Lights go out").
    expect(event?.title).toBe('Barros presents her budget in Braga');
  });
});

describe('a passive with "named" after its auxiliary is a happening', () => {
  it("past an aside's own date", () => {
    const text = 'Lena Ortiz, who joined the club in 2031, was named captain on Monday.';
    expect(dated(text, [['Lena Ortiz', 'person']], '2035-03-21')).toEqual([[text, '2035-03-19']]);
  });

  it('while "a man named Reyes" is still no verb', () => {
    expect(events('A man named Reyes lived in the house in 2031.', [], '2035-03-21')).toEqual([]);
  });
});

describe('"is due" with a date is a schedule', () => {
  it.each([
    ['The verdict is due on May 3.', 'Verdict due', '2035-05-03'],
    ['A hearing on the appeal is due in June.', 'Hearing on the appeal due', '2035-06-01'],
  ])('%s', (text, title, iso) => {
    const [event] = events(text, [], '2035-03-21');
    expect([event?.title, event?.date?.start]).toEqual([title, iso]);
  });
});

describe('two happenings of no known kind told the same day with two verbs', () => {
  it('a recall and the fall of the shares stay two events', () => {
    const text =
      'Norland Motors is recalling 9,000 vans because of a faulty brake, the company said on Wednesday. Norland Motors shares fell 3 percent on Wednesday.';
    expect(events(text, [['Norland Motors', 'organization']], '2035-03-21')).toHaveLength(2);
  });
});

describe('what a thing struck down "would have" done', () => {
  it('does not make the sentence a hypothetical', () => {
    const text =
      'The High Court on Friday struck down a law that would have taxed mobile payments.';
    expect(dated(text, [['High Court', 'organization']], '2035-03-21')).toEqual([
      [text, '2035-03-16'],
    ]);
  });

  it('while "could have been worse" still is one', () => {
    expect(events('The fire could have been much worse on Monday.', [], '2035-03-21')).toEqual([]);
  });
});

describe('a year that tells which thing is meant', () => {
  it('dates no happening ("under a 2029 agreement")', () => {
    const text =
      'The probe carries a camera built with the Lumen Institute under a 2029 agreement.';
    expect(events(text, [['Lumen Institute', 'organization']], '2035-03-21')).toEqual([]);
  });

  it('while "signed an agreement in 2029" is still dated', () => {
    const text = 'The two countries signed an agreement in 2029.';
    expect(dated(text, [], '2035-03-21')).toEqual([[text, '2029-01-01']]);
  });
});
