import { describe, expect, it } from 'vitest';
import { suggestEvents } from '../../electron/core/suggest/event-candidates.ts';
import { mentionsIn } from '../support/event-mentions.ts';

/** Sentences written for these tests, with their names found as the recognizer would. */
const eventsIn = (text: string, published: string, names: [string, string][] = [], merge = true) =>
  suggestEvents(text, published, mentionsIn(text, names), { merge });

describe('news events: classes seen on held-out news (issue 16, third pass)', () => {
  it('reads a market move with its size as a happening, its shares the company’s', () => {
    const text =
      'Halvard Foods said on Monday it would close its plant in Leeds.\n\n' +
      'Its shares slipped 2% in London.\n\nOil prices jumped 3%.';
    const events = eventsIn(text, '2031-03-12', [
      ['Halvard Foods', 'organization'],
      ['Leeds', 'location'],
      ['London', 'location'],
    ]);
    expect(events.find((e) => e.evidence.text.startsWith('Its shares'))).toMatchObject({
      title: 'Halvard Foods shares slip 2% in London',
      date: null,
    });
    expect(eventsIn('Oil prices jumped 3%.', '2031-03-12')).toMatchObject([
      { title: 'Oil prices jump 3%' },
    ]);
    // No size, no one named: nothing moved that the sentence reports.
    expect(eventsIn('Prices declined to recover.', '2031-03-12')).toEqual([]);
  });

  it('gives the shares to the company named before, not to the public body that acted', () => {
    const text =
      'The European Commission fined Lumo Search 2 billion euros on Thursday.\n\n' +
      'Its shares slipped 2% in Frankfurt.';
    const names: [string, string][] = [
      ['European Commission', 'organization'],
      ['Lumo Search', 'organization'],
      ['Frankfurt', 'location'],
    ];
    // Unmerged: the move goes on about the fine and merges into it.
    const events = eventsIn(text, '2031-03-14', names, false);
    expect(events.find((e) => e.evidence.text.startsWith('Its shares'))?.title).toBe(
      'Lumo Search shares slip 2% in Frankfurt',
    );
  });

  it('reads a half with no year as a half of a match, unless the sentence speaks of money', () => {
    const match = eventsIn(
      'In the second half, Ivo Brandt was booked for a bad foul.',
      '2031-06-19',
      [['Ivo Brandt', 'person']],
    );
    expect(match.every((e) => e.date === null)).toBe(true);
    const [profits] = eventsIn('Profits rose 8% in the second half.', '2031-03-02');
    expect(profits).toMatchObject({
      title: 'Profits rise 8%',
      date: { start: '2030-07-01', end: '2030-12-31' },
    });
  });

  it('dates no happening by "as of", the date of a count', () => {
    const text = 'Rook Security has said that as of March 4, the browser has 277 known flaws.';
    expect(eventsIn(text, '2031-03-08', [['Rook Security', 'organization']])).toEqual([]);
  });

  it('takes no speaker’s telling as a dated event when no word of a known kind reports it', () => {
    const text = 'This week we marked the opening of the new school year with our partners.';
    expect(eventsIn(text, '2031-09-05')).toEqual([]);
  });

  it('titles what "we" did as a headline does', () => {
    expect(
      eventsIn('We have filed our application on the 3rd of March.', '2031-04-06')[0]?.title,
    ).toBe('Application filed');
    expect(
      eventsIn(
        'To make sure that the crimes are recorded, today we have launched a new Harbor Registry.',
        '2031-05-17',
      )[0]?.title,
    ).toBe('New Harbor Registry launched');
  });

  it('keeps a number with a thousands comma whole in a title', () => {
    const [event] = eventsIn('Rebels killed 1,200 people in the town on Monday.', '2031-09-09');
    expect(event?.title).toBe('Rebels kill 1,200 people in the town');
  });
});
