import { describe, expect, it } from 'vitest';
import { suggestEvents } from '../../electron/core/suggest/event-candidates.ts';
import { mentionsIn } from '../support/event-mentions.ts';

/**
 * Classes of the eleventh pass (issue 16): possibilities inside statements, relative clauses
 * before the main verb, and a verb after ", and" that shares a report's subject and time.
 * Sentences written for the tests; the article is of Wednesday 12 March 2031.
 */
const PUBLISHED = '2031-03-12';
const eventsOf = (text: string, names: [string, string][] = []) =>
  suggestEvents(text, PUBLISHED, mentionsIn(text, names), { merge: false });
const titlesOf = (text: string, names: [string, string][] = []): string[] =>
  eventsOf(text, names).map((e) => e.title);

describe('possibilities and forecasts are no events, even when someone reports them', () => {
  it('drops "could" and a hedged "would" after a reporting verb', () => {
    expect(
      titlesOf('Coach Lina Berg said Tomas Ek could make his debut against Ostby on Saturday.', [
        ['Lina Berg', 'person'],
        ['Tomas Ek', 'person'],
      ]),
    ).toEqual([]);
    expect(
      titlesOf('Analysts at Fenwick said that prices could reach $90 if the strike lasted.', [
        ['Fenwick', 'organization'],
      ]),
    ).toEqual([]);
    expect(
      titlesOf(
        'Their economist, Ida Brun, said the bank would probably raise rates again in the second half of the year.',
        [['Ida Brun', 'person']],
      ),
    ).toEqual([]);
    expect(titlesOf('Ticket sales could reach 400,000 next season.')).toEqual([]);
  });

  it('keeps what a company says it will do, and a modal in a clause of its own', () => {
    expect(
      titlesOf('Tarn Airways said on Tuesday it would drop four routes in January.', [
        ['Tarn Airways', 'organization'],
      ]),
    ).toHaveLength(1);
    expect(
      titlesOf(
        'The Reserve Bank raised its rate on Thursday and signalled that more could follow.',
        [['Reserve Bank', 'organization']],
      ),
    ).toHaveLength(1);
  });
});

describe('a verb after ", and" shares the report’s subject and time', () => {
  it('dates "urged" by the report, not by the figure reported between', () => {
    const [event] = eventsOf(
      'The World Health Organization said on Monday that measles cases had doubled since January, and urged donors to fund a vaccination drive.',
      [['World Health Organization', 'organization']],
    );
    expect(event?.title).toMatch(/^World Health Organization urges donors/);
    expect(event?.date).toMatchObject({ start: '2031-03-10', end: '2031-03-10' });
  });
});

describe('relative clauses', () => {
  it('takes the main verb after a relative clause with a verb of its own', () => {
    const [jailed] = eventsOf(
      'A former bursar who stole 2.1 million pounds from a school was jailed for five years on Tuesday.',
    );
    expect(jailed?.title).toBe('Former bursar jailed for five years');
    expect(jailed?.date).toMatchObject({ start: '2031-03-11' });
    const [remembered] = eventsOf(
      'More than 800 men and boys who were killed in Halvik in 1995 were remembered on Sunday.',
      [['Halvik', 'location']],
    );
    expect(remembered?.title).toMatch(/^More than 800 men and boys remembered/);
    expect(remembered?.date).toMatchObject({ start: '2031-03-09' });
  });

  it('titles a happening told in a relative clause by its noun, not by the next verb', () => {
    expect(titlesOf('Two volunteers who were injured on Tuesday remain in hospital.')).toEqual([
      'Two volunteers injured',
    ]);
  });

  it('does not date the happening by a participle aside', () => {
    const [event] = eventsOf('The painting, stolen in 1990, was returned to the museum on Friday.');
    expect(event?.date).toMatchObject({ start: '2031-03-07' });
    const [fraud] = eventsOf(
      'Similar fraud at a hospice in Brackley, prosecuted last year, led to a four-year sentence.',
      [['Brackley', 'location']],
    );
    expect(fraud?.title).toMatch(/^Similar fraud at a hospice leads to a four-year sentence/);
  });
});

describe('titles a person would keep', () => {
  it('keeps the noun phrase, not the place that qualifies it, as the subject', () => {
    expect(
      titlesOf(
        'In 2018 a similar scheme in neighbouring Marlow County was abandoned after protests.',
        [['Marlow County', 'location']],
      ),
    ).toEqual(['Similar scheme in neighbouring Marlow County abandoned']);
  });

  it('titles a market move by what moved, not by its cause', () => {
    expect(
      titlesOf(
        "Copper prices hit a two-year high on Wednesday after Chile's largest mine halted production because of a strike.",
        [['Chile', 'location']],
      ),
    ).toEqual(['Copper prices hit a two-year high']);
  });
});
