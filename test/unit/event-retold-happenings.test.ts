import { describe, expect, it } from 'vitest';
import { suggestEvents } from '../../electron/core/suggest/event-candidates.ts';
import { mentionsIn } from '../support/event-mentions.ts';

/**
 * One happening told two or three times in an article is one event (issue 16, item 5, branch
 * merge16), on sentences written for these tests.
 */
const events = (text: string, names: [string, string][], published: string) =>
  suggestEvents(text, published, mentionsIn(text, names));

describe('a happening named again by a definite noun is the same event', () => {
  it('merges "joined the walkout", dated by its report a day later, into the walkout', () => {
    const text =
      "Nurses at St Anne's Hospital walked out on Monday over staffing levels. About 900 nurses joined the walkout, union official Tom Reyes said on Tuesday.";
    const found = events(
      text,
      [
        ["St Anne's Hospital", 'organization'],
        ['Tom Reyes', 'person'],
      ],
      '2034-05-10',
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.date?.start).toBe('2034-05-08');
    expect(found[0]?.moreEvidence.map((e) => e.text)).toEqual([
      'About 900 nurses joined the walkout, union official Tom Reyes said on Tuesday.',
    ]);
  });

  it('merges "as the jury returned its verdict" into the verdict', () => {
    const text =
      'A jury in Cardiff on Thursday found Olga Marsh guilty of stealing from a charity. Her family wept in court on Thursday as the jury returned its verdict.';
    const found = events(
      text,
      [
        ['Cardiff', 'location'],
        ['Olga Marsh', 'person'],
      ],
      '2034-05-12',
    );
    expect(found).toHaveLength(1);
  });

  it('merges "a statement announcing the recall" though it names another country', () => {
    const text =
      'Velta Foods recalled 12,000 jars of baby food in Germany on Monday. In a statement on Tuesday announcing the recall, Velta Foods said no illnesses had been reported in Austria.';
    const found = events(
      text,
      [
        ['Velta Foods', 'organization'],
        ['Germany', 'location'],
        ['Austria', 'location'],
      ],
      '2034-05-12',
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.location?.text).toBe('Germany');
  });

  it('merges "The storm, ..., uprooted trees across <a region>" into the storm', () => {
    const text =
      'A storm hit the Brittany coast on Wednesday night. The storm, the strongest to reach France this autumn, uprooted trees across Finistère.';
    const found = events(
      text,
      [
        ['Brittany', 'location'],
        ['France', 'location'],
        ['Finistère', 'location'],
      ],
      '2037-10-29',
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.evidence.text).toBe('A storm hit the Brittany coast on Wednesday night.');
    expect(found[0]?.date?.start).toBe('2037-10-28');
  });

  it('keeps a verdict and a later trial of someone else apart', () => {
    const text =
      'A jury on Thursday found Olga Marsh guilty of fraud. Her brother Ivan Marsh will go on trial in Cardiff on June 2.';
    const found = events(
      text,
      [
        ['Olga Marsh', 'person'],
        ['Ivan Marsh', 'person'],
        ['Cardiff', 'location'],
      ],
      '2034-05-12',
    );
    expect(found).toHaveLength(2);
  });
});

describe('a force of nature that strikes is a happening', () => {
  it.each([
    ['A typhoon with winds of 180 km/h hit the Philippine coast on Sunday.', '2034-09-10'],
    ['Hurricane Lena made landfall near Tampico on Sunday night.', '2034-09-10'],
    [
      'Two storms battered northern Scotland on Sunday, cutting power to 40,000 homes.',
      '2034-09-10',
    ],
  ])('%s', (text, day) => {
    const [event] = events(text, [], '2034-09-12');
    expect(event?.type).toBe('other');
    expect(event?.date?.start).toBe(day);
  });
});

describe('words that only look like a happening', () => {
  it('takes no trigger from a participle that describes a noun ("The rescued members")', () => {
    const text =
      'The rescued members included two children and a teacher, the coastguard said on Sunday.';
    const titles = events(text, [], '2034-09-12').map((e) => e.title);
    expect(titles).not.toContain('Rescued');
  });

  it('still reads "rescued" as the verb it is', () => {
    const [event] = events('Coastguards rescued 14 sailors on Sunday.', [], '2034-09-12');
    expect(event?.date?.start).toBe('2034-09-10');
  });
});

describe('a date that tells which happening is meant dates nothing', () => {
  it('dates "welcomes the decision ... on Monday to uphold the results of the March 23 elections" by Monday', () => {
    const text =
      "The United States welcomes the decision of Guatemala's Constitutional Court on Monday to uphold the results of the March 23 municipal elections.";
    const [event] = events(
      text,
      [
        ['United States', 'location'],
        ['Constitutional Court', 'organization'],
      ],
      '2036-04-10',
    );
    expect(event?.date?.start).toBe('2036-04-07');
  });

  it('keeps that date when the sentence has no other', () => {
    const text = 'Results of the March 23 municipal elections were confirmed by the court.';
    const [event] = events(text, [], '2036-04-10');
    expect(event?.date?.start).toBe('2036-03-23');
  });
});
