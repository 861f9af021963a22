import { describe, expect, it } from 'vitest';
import { suggestEvents } from '../../electron/core/suggest/event-candidates.ts';
import { formsOf } from '../../electron/core/suggest/event-verbs.ts';
import { mentionsIn } from '../support/event-mentions.ts';

/** Sentences written for these tests, unmerged, with their names found as the recognizer would. */
const first = (text: string, names: [string, string][] = []) =>
  suggestEvents(text, '2031-03-12', mentionsIn(text, names), { merge: false })[0];

describe('event titles, participants and places as an analyst writes them (issue 16, titles13)', () => {
  it('titles a passive by whom it was done to, never by its participle alone', () => {
    expect(
      first(
        'A former finance director of a Bristol housing charity was jailed for four years on Wednesday.',
      )?.title,
    ).toBe('Former finance director of a Bristol housing charity jailed');
    expect(
      first('Telford, who had worked for the charity since 2011, was dismissed in March 2029.', [
        ['Telford', 'person'],
      ])?.title,
    ).toBe('Telford dismissed');
    expect(first('A hearing to recover the money will be held in January.')?.title).toBe(
      'Hearing to recover the money to be held',
    );
  });

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

  it('says what a quotation before its speaker says, not only that someone spoke', () => {
    expect(
      first('"We will not stop until the mine is safe," Anna Reiss said on Tuesday.', [
        ['Anna Reiss', 'person'],
      ])?.title,
    ).toBe('Reiss says "We will not stop until the mine is safe"');
    const told = first(
      '"We are close to a deal. The rest is detail," Reiss told reporters in Leeds on Monday.',
      [
        ['Reiss', 'person'],
        ['Leeds', 'location'],
      ],
    );
    expect(told?.title).toBe('Reiss tells reporters "We are close to a deal" in Leeds');
    const long = first(
      '"We have won what we came for and we will hold the company to every line of this agreement," union leader Claire Ribera told reporters in Lyon on Wednesday.',
      [
        ['Claire Ribera', 'person'],
        ['Lyon', 'location'],
      ],
    );
    expect(long?.title).toMatch(
      /^Ribera tells reporters "We have won what we came for .*…" in Lyon$/,
    );
    expect(long?.title.length).toBeLessThanOrEqual(80);
  });

  it('reads what was said past how it was said ("said in a statement on Monday that")', () => {
    expect(
      first('Kelmar Foods said in a statement on Monday that it had closed two of its bakeries.', [
        ['Kelmar Foods', 'organization'],
      ])?.title,
    ).toBe('Kelmar Foods closes two of its bakeries');
    expect(
      first('The port authority said on its website on Friday that it had reopened the lock.')
        ?.title,
    ).toBe('Port authority reopens the lock');
  });

  it('puts an irregular participle in the present a headline writes ("had grown": "grows")', () => {
    const present: [string, string][] = [
      ['grown', 'grows'],
      ['risen', 'rises'],
      ['fallen', 'falls'],
      ['begun', 'begins'],
      ['shaken', 'shakes'],
      ['taken', 'takes'],
      ['withdrawn', 'withdraws'],
      ['sworn', 'swears'],
    ];
    for (const [participle, verb] of present) expect(formsOf(participle).present).toBe(verb);
    expect(formsOf('grown').participle).toBe('grown');
  });

  it('takes "the two sides" for the parties to the talks named before', () => {
    const text =
      'The dock union Unite on Wednesday called off a strike after talks with Harbourline ended in a pay deal. The two sides signed the agreement in Leeds on Tuesday night.';
    const [, signed] = suggestEvents(
      text,
      '2031-03-12',
      mentionsIn(text, [
        ['Unite', 'organization'],
        ['Harbourline', 'organization'],
        ['Leeds', 'location'],
      ]),
      { merge: false },
    );
    expect(signed?.title).toBe('Unite and Harbourline sign the agreement in Leeds');
    expect(signed?.participants.map((p) => p.text)).toEqual(['Unite', 'Harbourline']);
  });
});
