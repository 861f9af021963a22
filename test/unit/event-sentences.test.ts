import { describe, expect, it } from 'vitest';
import { findDateline, splitSentences } from '../../electron/core/dates/sentences.ts';

function sentences(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it('does not end a sentence after titles, initials, months or "St."', () => {
    const text =
      "Secretary Antony J. Blinken met Dr. Jill Biden on Jan. 5 at St. Paul's. Mr. Austin left. Gen. Milley stayed.";
    expect(sentences(text)).toEqual([
      "Secretary Antony J. Blinken met Dr. Jill Biden on Jan. 5 at St. Paul's.",
      'Mr. Austin left.',
      'Gen. Milley stayed.',
    ]);
  });

  it('keeps "U.S." inside a sentence and ends one when a sentence follows it', () => {
    const text =
      'The U.S. State Department imposed sanctions on the U.S. The move angered Beijing.';
    expect(sentences(text)).toEqual([
      'The U.S. State Department imposed sanctions on the U.S.',
      'The move angered Beijing.',
    ]);
  });

  it('keeps a quotation whole and ends after its closing quote', () => {
    const text =
      '"This trip matters. We will engage... This is the plan," an official said. Talks follow.';
    expect(sentences(text)).toEqual([
      '"This trip matters. We will engage... This is the plan," an official said.',
      'Talks follow.',
    ]);
    expect(sentences('He said: "We are ready." Then he left.')).toEqual([
      'He said: "We are ready."',
      'Then he left.',
    ]);
  });

  it('ends at line breaks, at ? and !, and not inside numbers', () => {
    const text = 'Turnout was 10.5 percent\nWho won? Nobody! The count (No. 7) continues.';
    expect(sentences(text)).toEqual([
      'Turnout was 10.5 percent',
      'Who won?',
      'Nobody!',
      'The count (No. 7) continues.',
    ]);
  });

  it('gives offsets into the exact text, trimmed', () => {
    const text = '  First one.   Second one.  ';
    const spans = splitSentences(text);
    expect(spans).toEqual([
      { start: 2, end: 12 },
      { start: 15, end: 26 },
    ]);
  });
});

describe('findDateline', () => {
  it.each([
    ['WASHINGTON (Reuters) - The talks began.', 'WASHINGTON (Reuters) - '],
    ['KYIV, March 16 (AP) — Sirens sounded.', 'KYIV, March 16 (AP) — '],
    [
      ' date 2021-03-16 WASHINGTON (UrduPoint News / Sputnik - 16th March, 2021) US Secretaries',
      'WASHINGTON (UrduPoint News / Sputnik - 16th March, 2021) ',
    ],
    ['NEW YORK -- Markets fell.', 'NEW YORK -- '],
  ])('%s', (text, dateline) => {
    const span = findDateline(text);
    expect(span).not.toBeNull();
    expect(text.slice(span!.start, span!.end)).toBe(dateline);
  });

  it('finds none in an ordinary opening', () => {
    expect(findDateline('The talks began on Monday in Vienna.')).toBeNull();
    expect(findDateline('NATO leaders met on Monday.')).toBeNull();
  });
});
