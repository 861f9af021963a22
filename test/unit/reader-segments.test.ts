import { describe, expect, it } from 'vitest';
import {
  bucketByParagraph,
  crossesParagraphs,
  segmentRange,
  trimSpan,
  wholeWordSpan,
  type Segment,
} from '../../renderer/annotate/segments.ts';

interface Mark {
  id: string;
  start: number;
  end: number;
}

const mark = (id: string, start: number, end: number): Mark => ({ id, start, end });

/** Each segment as "text[ids]", to read the expectations at a glance. */
function describeSegments(text: string, segments: Segment<Mark>[]): string[] {
  return segments.map(
    (s) => `${text.slice(s.start, s.end)}[${s.covers.map((c) => c.id).join(',')}]`,
  );
}

function expectContiguous(from: number, to: number, segments: Segment<Mark>[]) {
  expect(segments[0]?.start).toBe(from);
  expect(segments.at(-1)?.end).toBe(to);
  for (let i = 1; i < segments.length; i++) {
    expect(segments[i]!.start).toBe(segments[i - 1]!.end);
    expect(segments[i]!.end).toBeGreaterThan(segments[i]!.start);
  }
}

describe('segmentRange', () => {
  const text = 'Antony Blinken met Lloyd Austin in Tokyo.';

  it('returns the whole range as one bare segment when nothing is annotated', () => {
    const segments = segmentRange(0, text.length, []);
    expect(describeSegments(text, segments)).toEqual([`${text}[]`]);
  });

  it('returns nothing for an empty range', () => {
    expect(segmentRange(5, 5, [mark('a', 5, 6)])).toEqual([]);
  });

  it('cuts around separate mentions', () => {
    const segments = segmentRange(0, text.length, [mark('b', 19, 31), mark('a', 0, 14)]);
    expect(describeSegments(text, segments)).toEqual([
      'Antony Blinken[a]',
      ' met []',
      'Lloyd Austin[b]',
      ' in Tokyo.[]',
    ]);
    expectContiguous(0, text.length, segments);
  });

  it('nests an entity inside a highlight, outermost first', () => {
    const segments = segmentRange(0, text.length, [mark('m', 7, 14), mark('h', 0, 18)]);
    expect(describeSegments(text, segments)).toEqual([
      'Antony [h]',
      'Blinken[h,m]',
      ' met[h]',
      ' Lloyd Austin in Tokyo.[]',
    ]);
  });

  it('renders a highlight that crosses two mentions', () => {
    // "Blinken met Lloyd" highlighted; mentions "Antony Blinken" and "Lloyd Austin".
    const segments = segmentRange(0, text.length, [
      mark('m1', 0, 14),
      mark('m2', 19, 31),
      mark('h', 7, 24),
    ]);
    expect(describeSegments(text, segments)).toEqual([
      'Antony [m1]',
      'Blinken[m1,h]',
      ' met [h]',
      'Lloyd[h,m2]',
      ' Austin[m2]',
      ' in Tokyo.[]',
    ]);
    expectContiguous(0, text.length, segments);
  });

  it('keeps adjacent annotations apart, with no empty segment between them', () => {
    const segments = segmentRange(0, 14, [mark('a', 0, 6), mark('b', 6, 14)]);
    expect(describeSegments(text, segments)).toEqual(['Antony[a]', ' Blinken[b]']);
  });

  it('puts identical spans in the same segment, in input order', () => {
    const segments = segmentRange(0, 14, [mark('x', 0, 14), mark('y', 0, 14)]);
    expect(describeSegments(text, segments)).toEqual(['Antony Blinken[x,y]']);
  });

  it('orders covers outermost first whatever the input order', () => {
    const segments = segmentRange(0, 14, [
      mark('in', 7, 14),
      mark('out', 0, 14),
      mark('mid', 5, 14),
    ]);
    expect(segments.at(-1)!.covers.map((c) => c.id)).toEqual(['out', 'mid', 'in']);
  });

  it('clips annotations to the range (a highlight across two paragraphs)', () => {
    const two = 'First paragraph.\nSecond one.';
    const h = mark('h', 6, 23);
    expect(describeSegments(two, segmentRange(0, 16, [h]))).toEqual(['First []', 'paragraph.[h]']);
    expect(describeSegments(two, segmentRange(17, 28, [h]))).toEqual(['Second[h]', ' one.[]']);
  });

  it('ignores empty annotations and annotations outside the range', () => {
    const segments = segmentRange(0, 14, [
      mark('e', 3, 3),
      mark('out', 20, 25),
      mark('edge', 14, 18),
    ]);
    expect(describeSegments(text, segments)).toEqual(['Antony Blinken[]']);
  });

  it('counts offsets in UTF-16 code units (emoji, accents)', () => {
    // "🇺🇸" is four code units; "é" precomposed is one, "é" decomposed is two.
    const t = '🇺🇸 Café — José Manuel Albares 👋 met Chung Eui-yong.';
    const cafe = t.indexOf('Café');
    const jose = t.indexOf('José');
    const chung = t.indexOf('Chung');
    expect(cafe).toBe(5);
    const segments = segmentRange(0, t.length, [
      mark('place', cafe, cafe + 'Café'.length),
      mark('person', jose, jose + 'José Manuel Albares'.length),
      mark('wave', t.indexOf('👋'), t.indexOf('👋') + 2),
      mark('chung', chung, chung + 'Chung Eui-yong'.length),
    ]);
    expect(describeSegments(t, segments)).toEqual([
      '🇺🇸 []',
      'Café[place]',
      ' — []',
      'José Manuel Albares[person]',
      ' []',
      '👋[wave]',
      ' met []',
      'Chung Eui-yong[chung]',
      '.[]',
    ]);
    // No segment cuts a surrogate pair in half.
    const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    for (const s of segments) expect(t.slice(s.start, s.end)).not.toMatch(loneSurrogate);
    // A decomposed accent ("e" + U+0301) counts as two code units, like the notebook's offsets.
    const decomposed = 'Cafe\u0301 Chung';
    const around = segmentRange(0, decomposed.length, [mark('cafe', 0, 5), mark('c', 6, 11)]);
    expect(describeSegments(decomposed, around)).toEqual(['Cafe\u0301[cafe]', ' []', 'Chung[c]']);
  });

  // How fast: `npm run bench` (the Reader on the article with 1,000 mentions), not a timed test.
  it('handles many annotations (1,000 mentions in one paragraph)', () => {
    const words = Array.from({ length: 2000 }, (_, i) => `w${i}`);
    const long = words.join(' ');
    const marks: Mark[] = [];
    let at = 0;
    words.forEach((word, i) => {
      if (i % 2 === 0) marks.push(mark(`m${i}`, at, at + word.length));
      at += word.length + 1;
    });
    const segments = segmentRange(0, long.length, marks);
    expect(segments.filter((s) => s.covers.length > 0)).toHaveLength(1000);
    expectContiguous(0, long.length, segments);
  });
});

describe('bucketByParagraph', () => {
  it('gives each paragraph the annotations that touch it', () => {
    const paragraphs = [
      { start: 0, end: 10 },
      { start: 12, end: 20 },
      { start: 22, end: 30 },
    ];
    const a = mark('a', 2, 5);
    const across = mark('across', 8, 14);
    const c = mark('c', 25, 30);
    const empty = mark('empty', 13, 13);
    expect(bucketByParagraph(paragraphs, [a, across, c, empty])).toEqual([
      [a, across],
      [across],
      [c],
    ]);
  });
});

describe('wholeWordSpan', () => {
  const text = 'reporters in Geneva on Monday: “Kim’s” reply.';

  it('widens a selection that starts or ends inside a word to the whole word', () => {
    const start = text.indexOf('eva');
    const end = text.indexOf('on M') + 4;
    expect(wholeWordSpan(text, { start, end })).toEqual({
      start: text.indexOf('Geneva'),
      end: text.indexOf('Monday') + 6,
    });
  });

  it('leaves whole words and punctuation-only selections as they are', () => {
    const geneva = { start: text.indexOf('Geneva'), end: text.indexOf('Geneva') + 6 };
    expect(wholeWordSpan(text, geneva)).toEqual(geneva);
    const colon = { start: text.indexOf(':'), end: text.indexOf(':') + 1 };
    expect(wholeWordSpan(text, colon)).toEqual(colon);
    const kim = { start: text.indexOf('Kim'), end: text.indexOf('Kim') + 2 };
    expect(wholeWordSpan(text, kim)).toEqual({ start: kim.start, end: kim.start + 3 });
  });
});

describe('trimSpan', () => {
  const text = ' Antony Blinken \n and Austin ';

  it('drops white space at both ends', () => {
    expect(trimSpan(text, 0, 16)).toEqual({ start: 1, end: 15 });
  });

  it('accepts a backwards selection', () => {
    expect(trimSpan(text, 15, 1)).toEqual({ start: 1, end: 15 });
  });

  it('returns null for white space only', () => {
    expect(trimSpan(text, 15, 18)).toBeNull();
    expect(trimSpan(text, 4, 4)).toBeNull();
  });

  it('keeps the span inside the text', () => {
    expect(trimSpan(text, -5, 999)).toEqual({ start: 1, end: text.length - 1 });
  });

  it('tells a span that crosses paragraphs', () => {
    expect(crossesParagraphs(text, { start: 1, end: 22 })).toBe(true);
    expect(crossesParagraphs(text, { start: 1, end: 15 })).toBe(false);
  });
});
