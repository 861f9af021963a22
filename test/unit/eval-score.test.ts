import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGoldFile, parseGoldFile } from '../../electron/core/eval/gold-file.ts';
import type { GoldFile } from '../../electron/core/eval/gold-file.ts';
import { evaluateFiles } from '../../electron/core/eval/run-eval.ts';
import { countFile, score } from '../../electron/core/eval/score.ts';
import type { SuggestedEvent } from '../../electron/core/eval/score.ts';
import type {
  EntitySuggestion,
  EntityType,
} from '../../electron/core/suggest/entity-suggestion.ts';
import { emptySuggestContext } from '../../electron/core/suggest/entity-suggestion.ts';
import { suggestEntities } from '../../electron/core/suggest/suggest-entities.ts';

const TEXT = 'Blinken met Motegi in Tokyo. Later they flew to Seoul.';
//            0      7   11     18 21   26                48   53

function gold(events: GoldFile['events'] = []): GoldFile {
  return {
    id: 'tiny',
    source: 'hand-made',
    license: 'test',
    published: '2021-03-16',
    text: TEXT,
    entities: [
      { name: 'Antony Blinken', type: 'person', mentions: [{ start: 0, end: 7, text: 'Blinken' }] },
      { name: 'Motegi', type: 'person', mentions: [{ start: 12, end: 18, text: 'Motegi' }] },
      { name: 'Tokyo', type: 'location', mentions: [{ start: 22, end: 27, text: 'Tokyo' }] },
      { name: 'Seoul', type: 'location', mentions: [{ start: 48, end: 53, text: 'Seoul' }] },
    ],
    events,
  };
}

function entity(start: number, end: number, type: EntityType): EntitySuggestion {
  return {
    start,
    end,
    type,
    text: TEXT.slice(start, end),
    source: 'recognizer',
    origin: 'model',
    confidence: 1,
  };
}

const event = (start: number, end: number, date: string | null = null): SuggestedEvent => ({
  evidence: { start, end },
  date_start: date,
  date_end: date,
});

const goldEvent = (
  start: number,
  end: number,
  date: string | null,
): GoldFile['events'][number] => ({
  title: 't',
  date_text: date,
  date_start: date,
  date_end: date,
  location: null,
  participants: [],
  evidence: { start, end, text: TEXT.slice(start, end) },
});

describe('score', () => {
  it('scores the participants of matched events, a short form counting for its entity', () => {
    const goldFile = gold([
      { ...goldEvent(0, 27, null), participants: ['Antony Blinken', 'Motegi'] },
    ]);
    const named = (names: string[]) => ({ ...event(0, 27), participants: names });
    const right = countFile({
      gold: goldFile,
      entities: [],
      events: [named(['Blinken', 'Tokyo'])],
    });
    expect(right.participants).toEqual({ tp: 1, suggested: 2, gold: 2 });
    // One gold participant is claimed once; an unmatched suggestion names nobody.
    const twice = countFile({
      gold: goldFile,
      entities: [],
      events: [named(['Blinken', 'Antony Blinken'])],
    });
    expect(twice.participants).toEqual({ tp: 1, suggested: 2, gold: 2 });
    const missed = countFile({ gold: goldFile, entities: [], events: [] });
    expect(missed.participants).toEqual({ tp: 0, suggested: 0, gold: 0 });
  });

  it('is perfect when suggestions equal the gold', () => {
    const entities = [
      entity(0, 7, 'person'),
      entity(12, 18, 'person'),
      entity(22, 27, 'location'),
      entity(48, 53, 'location'),
    ];
    const report = score([{ gold: gold(), entities, events: [] }]);
    expect(report.files).toBe(1);
    expect(report.entities).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(report.entities.byType.person).toEqual({ precision: 1, recall: 1, f1: 1 });
    // No organization anywhere: 0/0 counts as 0, not 1.
    expect(report.entities.byType.organization).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(report.events).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(report.dates).toEqual({ accuracy: 0, dated: 0 });
  });

  it('counts half, a wrong type and a wrong span as misses', () => {
    const entities = [
      entity(0, 7, 'person'), // right
      entity(12, 18, 'organization'), // wrong type
      entity(22, 28, 'location'), // wrong span (takes the period)
      entity(48, 53, 'location'), // right
    ];
    const report = score([{ gold: gold(), entities, events: [] }]);
    expect(report.entities).toMatchObject({ precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(report.entities.byType.person).toEqual({ precision: 1, recall: 0.5, f1: 0.6667 });
    expect(report.entities.byType.organization).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('micro-averages over files', () => {
    const one = { gold: gold(), entities: [entity(0, 7, 'person')], events: [] };
    const two = {
      gold: gold(),
      entities: [entity(0, 7, 'person'), entity(12, 18, 'person'), entity(22, 27, 'location')],
      events: [],
    };
    const report = score([one, two]);
    expect(report.files).toBe(2);
    expect(report.entities.precision).toBe(1);
    expect(report.entities.recall).toBe(0.5); // 4 of 8
  });

  it('matches each suggested event to the gold event it overlaps most, one to one', () => {
    const golds = [goldEvent(0, 28, '2021-03-16'), goldEvent(29, 54, '2021-03-17')];
    const events = [
      event(0, 30, '2021-03-16'), // overlaps the first most: match, right date
      event(20, 54, '2021-03-18'), // overlaps the second most: match, wrong date
      event(40, 54), // would match the second, already taken: unmatched
    ];
    const report = score([{ gold: gold(golds), entities: [], events }]);
    expect(report.events).toEqual({ precision: 0.6667, recall: 1, f1: 0.8 });
    expect(report.dates).toEqual({ accuracy: 0.5, dated: 2 });
  });

  it('lets two gold events on one sentence be matched by two suggestions', () => {
    const golds = [goldEvent(0, 28, null), goldEvent(0, 28, '2021-03-16')];
    const one = score([{ gold: gold(golds), entities: [], events: [event(0, 28)] }]);
    expect(one.events).toEqual({ precision: 1, recall: 0.5, f1: 0.6667 });
    expect(one.dates).toEqual({ accuracy: 0, dated: 1 });
    const two = score([
      { gold: gold(golds), entities: [], events: [event(0, 28), event(0, 28, '2021-03-16')] },
    ]);
    expect(two.events).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
});

describe('gold files', () => {
  it('refuses a mention whose offsets do not match its quote, naming the file and span', () => {
    const bad = {
      ...gold(),
      entities: [
        { name: 'Tokyo', type: 'location', mentions: [{ start: 21, end: 26, text: 'Tokyo' }] },
      ],
    };
    expect(() => parseGoldFile(bad, 'bad.json')).toThrow(
      /bad\.json: entities\[0\] \(Tokyo\) mentions\[0\] \[21, 26\) quotes "Tokyo" but the text there is " Toky"/,
    );
  });

  it('refuses a file that is not in the format', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dossier-gold-'));
    const path = join(dir, 'broken.json');
    await writeFile(path, JSON.stringify({ id: 'x', text: 'y' }));
    await expect(loadGoldFile(path)).rejects.toThrow(/broken\.json: not a gold file/);
  });
});

async function goldPaths(): Promise<string[]> {
  const dir = 'test/fixtures/gold';
  const names = await readdir(dir);
  // news-* gold (other outlets, written to measure, not to tune on) is reported in docs/EVAL.md.
  return names
    .filter((n) => n.endsWith('.json') && !n.startsWith('news-'))
    .map((n) => join(dir, n));
}

describe('cold-start quality (regression)', () => {
  it('keeps entity-mention F1 at 0.75 or more on the project’s gold files', async () => {
    const paths = await goldPaths();
    expect(paths.length).toBeGreaterThanOrEqual(6);
    const run = await evaluateFiles(paths, (text) => ({
      entities: suggestEntities(text, emptySuggestContext()),
      events: [],
    }));
    expect(run.report.entities.f1).toBeGreaterThanOrEqual(0.75);
  });
});
