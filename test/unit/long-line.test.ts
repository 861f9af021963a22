import { describe, expect, it } from 'vitest';
import { findDates } from '../../electron/core/dates/resolve-date.ts';
import { termsOf } from '../../electron/core/search/search-terms.ts';
import { recognizeEntities } from '../../electron/core/suggest/entity-recognizer.ts';
import { suggestEvents, type MentionInput } from '../../electron/core/suggest/event-candidates.ts';
import { splitSentences, type TextSpan } from '../../electron/core/dates/sentences.ts';
import {
  suggestEntities,
  type SuggestContext,
} from '../../electron/core/suggest/suggest-entities.ts';
import { longLine } from '../support/long-line.ts';
import { countWork } from '../support/work-meter.ts';

// Issue 22: a pasted page with no line breaks. Every text path must give, on one long line, what
// it gives on each of the line's pieces alone, and do work in proportion to the line.

const context: SuggestContext = {
  registry: [
    { entityId: 'e1', name: 'Edi Rama', type: 'person' },
    { entityId: 'e2', name: 'European Union', type: 'organization' },
    { entityId: 'e3', name: 'Lloyd Austin', type: 'person' },
    { entityId: 'e4', name: 'Tirana', type: 'location' },
    { entityId: 'e5', name: 'NATO', type: 'organization' },
  ],
  rejectedNames: ['Reuters'],
  rejectedSpans: [{ start: 10, end: 18 }],
};

/** Spans found in a piece read alone, moved to where the piece stands in the long line. */
function shifted<T extends TextSpan>(at: number, spans: T[]): T[] {
  return spans.map((span) => ({ ...span, start: span.start + at, end: span.end + at }));
}

/** A block's items of a long-line list, moved to the block's own offsets. */
function inBlock<T extends TextSpan>(items: T[], start: number, block: string): T[] {
  return items
    .filter((m) => m.start >= start && m.end <= start + block.length)
    .map((m) => ({ ...m, start: m.start - start, end: m.end - start }));
}

/**
 * 300 kB: the code before issue 22's fix (7933975^) stalled on it, past a minute of CPU on these
 * four cases without finishing them; the fixed code reads it in a few seconds. How the work grows
 * with the line is counted below, without a clock.
 */
describe('a 300 kB article on one line', () => {
  const { text, blocks, starts } = longLine(300_000);
  // The slower paths are compared piece by piece on every 4th piece (about 400 of them).
  const sample = blocks.flatMap((block, i) => (i % 4 === 0 ? [{ block, at: starts[i]! }] : []));
  const inSample = <T extends TextSpan>(spans: T[]): T[] =>
    sample.flatMap(({ block, at }) =>
      spans.filter((s) => s.start >= at && s.end <= at + block.length),
    );

  it('is split into the sentences of its pieces', () => {
    expect(text.length).toBeGreaterThanOrEqual(300_000);
    expect(text).not.toContain('\n');
    const sentences = splitSentences(text);
    expect(sentences.length).toBeGreaterThan(4_000);
    expect(sentences).toEqual(
      blocks.flatMap((block, i) => shifted(starts[i]!, splitSentences(block))),
    );
  });

  it('has the dates of its pieces', { timeout: 60_000 }, () => {
    const dates = findDates(text, '2021-03-17');
    expect(dates.length).toBeGreaterThan(1_000);
    expect(inSample(dates)).toEqual(
      sample.flatMap(({ block, at }) => shifted(at, findDates(block, '2021-03-17'))),
    );
  });

  it(
    'gets entity and event suggestions that match the text, as its pieces get them',
    { timeout: 120_000 },
    () => {
      const entities = suggestEntities(text, context);
      expect(entities.length).toBeGreaterThan(2_000);
      const misplaced = entities.filter(
        (s, i) => s.text !== text.slice(s.start, s.end) || s.start < (entities[i - 1]?.end ?? 0),
      );
      expect(misplaced).toEqual([]);
      // Every registry name is suggested wherever it stands.
      const rama = [...text.matchAll(/Edi Rama/g)].map((m) => m.index);
      expect(entities.filter((s) => s.entityId === 'e1').map((s) => s.start)).toEqual(rama);

      const mentions: MentionInput[] = entities;
      const events = suggestEvents(text, '2021-03-17', mentions, { merge: false });
      expect(events.length).toBeGreaterThan(1_000);
      expect(
        events.filter((e) => e.evidence.text !== text.slice(e.evidence.start, e.evidence.end)),
      ).toEqual([]);
      // An event reads its article's context (who was named together, the last place, the last
      // day a time of day such as "at 9 a.m." belongs to), so the long line may add participants
      // and date a time of day by an earlier piece; each piece's own happenings, types and the
      // dates it writes stay.
      const key = (e: { evidence: TextSpan; date: { text: string } | null; type: string }) =>
        `${e.evidence.start}:${e.evidence.end}:${e.type}:` +
        (e.date !== null && /\b(?:a\.m\.|p\.m\.|noon|midnight)/i.test(e.date.text)
          ? 'a time of day'
          : JSON.stringify(e.date));
      const alone = sample.flatMap(({ block, at }) =>
        suggestEvents(block, '2021-03-17', inBlock(mentions, at, block), { merge: false }).map(
          (event) => key({ ...event, evidence: shifted(at, [event.evidence])[0]! }),
        ),
      );
      const found = new Set(events.map(key));
      expect(alone.length).toBeGreaterThan(200);
      expect(alone.filter((k) => !found.has(k))).toEqual([]);
    },
  );

  it('is indexed for search word by word', () => {
    const terms = termsOf(text);
    expect(terms.length).toBeGreaterThan(30_000);
    expect(terms).toEqual(blocks.flatMap(termsOf));
  });
});

describe('the work on a line', () => {
  /**
   * A path on a text: what it needs is prepared first, then the path itself runs, and only the
   * path's work is counted (no clock; see work-meter.ts).
   */
  type Path = (text: string) => () => unknown;
  const workOn = (chars: number, path: Path): number => {
    const run = path(longLine(chars, 11).text);
    return countWork(() => void run());
  };
  const paths: [string, Path][] = [
    ['sentence splitting', (text) => () => splitSentences(text)],
    ['entity recognition', (text) => () => recognizeEntities(text)],
    [
      'entity suggestions',
      (text) => {
        const recognized = recognizeEntities(text);
        return () => suggestEntities(text, context, recognized);
      },
    ],
    ['dates', (text) => () => findDates(text, '2021-03-17')],
    [
      'event suggestions',
      (text) => {
        const entities = suggestEntities(text, context);
        return () => suggestEvents(text, '2021-03-17', entities);
      },
    ],
    ['search terms', (text) => () => termsOf(text)],
  ];

  it.each(paths)('grows in proportion to the line: %s', (_name, path) => {
    path('Warm up: Edi Rama met Antony J. Blinken in Tirana on March 16, 2021.')();
    const small = workOn(40_000, path);
    const double = workOn(80_000, path);
    // Linear work doubles; the rescans that issue 22 found made it four times as large.
    expect(double / small).toBeLessThan(2.3);
    expect(double / small).toBeGreaterThan(1.7);
  });
});
