import { describe, expect, it } from 'vitest';
import { datesInSentence, governingDate } from '../../electron/core/dates/governing-date.ts';
import { findDates } from '../../electron/core/dates/resolve-date.ts';

/** The words of the date that governs `verb` (its first occurrence) in the one-sentence text. */
function governing(text: string, verb: string | null, published = '2021-03-16'): string | null {
  const dates = findDates(text, published);
  const at = verb === null ? -1 : text.indexOf(verb);
  if (verb !== null) expect(at, verb).toBeGreaterThanOrEqual(0);
  const span = verb === null ? null : { start: at, end: at + verb.length };
  return governingDate(text, dates, { start: 0, end: text.length }, span)?.range.text ?? null;
}

describe('governingDate', () => {
  const sentence = 'On Monday, the minister said the talks held on March 3 were useful.';

  it('dates a reported happening by its own clause and the report by the main clause', () => {
    expect(governing(sentence, 'talks')).toBe('March 3');
    expect(governing(sentence, 'held')).toBe('March 3');
    expect(governing(sentence, 'said')).toBe('Monday');
  });

  it('takes the main clause date without a verb', () => {
    expect(governing(sentence, null)).toBe('Monday');
  });

  it('dates a report at the end of the sentence by its own words', () => {
    const text = 'The talks were held on March 3, the minister said on Monday.';
    expect(governing(text, 'talks')).toBe('March 3');
    expect(governing(text, 'said')).toBe('Monday');
  });

  it('takes the nearest date of the verb clause, not the first of the sentence', () => {
    const text = 'After the vote on March 1, the president signed the law on March 10.';
    expect(governing(text, 'signed')).toBe('March 10');
    expect(governing(text, 'vote')).toBe('March 1');
  });

  it('gives a reported happening without a date of its own the date of its report', () => {
    expect(governing('On Monday, the ministry said talks were held.', 'talks')).toBe('Monday');
  });

  it('keeps an undated "recently" happening undated', () => {
    const text = 'On Monday, the ministry said the two had recently met in Geneva.';
    expect(governing(text, 'met')).toBeNull();
    expect(governing(text, 'said')).toBe('Monday');
  });

  it('marks exactly one governing date among the sentence dates', () => {
    const dates = findDates(sentence, '2021-03-16');
    const at = sentence.indexOf('held');
    const marked = datesInSentence(
      sentence,
      dates,
      { start: 0, end: sentence.length },
      { start: at, end: at + 4 },
    );
    expect(marked.map((d) => [d.range.text, d.governs])).toEqual([
      ['Monday', false],
      ['March 3', true],
    ]);
  });

  it('never cuts a clause inside a date', () => {
    expect(governing('They met on March 3, 2021, in Geneva.', 'met')).toBe('March 3, 2021');
  });

  it('gives null for a sentence without a date', () => {
    expect(governing('The talks were useful.', 'talks')).toBeNull();
  });
});

describe('governingDate with two happenings in one sentence', () => {
  it('dates each verb by the date of its own clause', () => {
    const text =
      'Yesterday Mohamed received VIP attention at Google — and tomorrow he plans to meet dignitaries at the United Nations.';
    expect(governing(text, 'received', '2015-09-22')).toBe('Yesterday');
    expect(governing(text, 'meet', '2015-09-22')).toBe('tomorrow');
  });

  it('dates a reported plan by the report when the plan has no date', () => {
    const text = 'Samsung said on Tuesday it would invest in a plant.';
    expect(governing(text, 'invest', '2024-05-02')).toBe('Tuesday');
  });
});

describe('governingDate and years that name a thing', () => {
  it('prefers the time of the happening to the year in a name', () => {
    const text =
      'Yesterday, day five of the 2018 FIFA World Cup, Sweden defeated South Korea 1 – 0.';
    expect(governing(text, 'defeated', '2018-06-19')).toBe('Yesterday');
    const other =
      'On Thursday, with 110 days until the start of the 2014 Winter Paralympics, Wikinews interviewed Simon Ličen.';
    expect(governing(other, 'interviewed', '2013-11-16')).toBe('Thursday');
  });

  it('takes the time of the happening, not the day that names a fiscal year', () => {
    const text =
      'Finance Minister Grace Wanjiru will present the budget for the fiscal year beginning July 1 to parliament next week.';
    expect(governing(text, 'present', '2026-06-26')).toBe('next week');
  });

  it('takes such a year when the sentence has no other date', () => {
    expect(governing('In a 2003 interview, he compared the two.', 'compared', '2012-03-15')).toBe(
      '2003',
    );
  });
});

describe('governingDate and a denied happening', () => {
  it('dates the statement, not what it says will not happen', () => {
    const text =
      'Sargsyan said on Wednesday that Yerevan would not sign any deal before the end of the year.';
    expect(governing(text, 'sign', '2026-11-27')).toBe('Wednesday');
    const other = "The ministry said on Monday that the two leaders won't meet in Geneva in March.";
    expect(governing(other, 'meet', '2026-11-27')).toBe('Monday');
  });

  it('still dates a happening that is not denied by its own clause', () => {
    const text =
      'Sargsyan said on Wednesday that Yerevan would sign the deal before the end of the year.';
    expect(governing(text, 'sign', '2026-11-27')).toBe('before the end of the year');
  });
});

describe('governingDate and two dates side by side', () => {
  it('takes the narrower of two dates that name one time', () => {
    const text =
      'On May 8th, earlier this month, the entire G7 committed to phasing out the import of Russian oil.';
    expect(governing(text, 'committed', '2022-05-31')).toBe('May 8th');
  });

  it('keeps two dates apart when words stand between them', () => {
    const text = 'After the vote on March 1, the president signed the law last week.';
    expect(governing(text, 'signed', '2021-03-16')).toBe('last week');
  });
});

describe('governingDate and "since X, when ..."', () => {
  it('dates what happened "when" by X itself, not the stretch since X', () => {
    const text = 'The floods are the worst in the region since August 2002, when 41 people died.';
    const dates = findDates(text, '2028-08-19');
    const at = text.indexOf('died');
    const date = governingDate(
      text,
      dates,
      { start: 0, end: text.length },
      { start: at, end: at + 4 },
    );
    expect(date?.range).toEqual({
      text: 'August 2002',
      start: '2002-08-01',
      end: '2002-08-31',
      precision: 'month',
    });
    expect(governing(text, 'are the worst', '2028-08-19')).toBe('since August 2002');
  });

  it('keeps a plain date before "when"', () => {
    const text = 'He left in 1998, when the war began.';
    expect(governing(text, 'began', '2021-03-16')).toBe('1998');
  });
});
