import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { findDates } from '../../electron/core/dates/resolve-date.ts';
import type { ArticleDecisions } from '../../electron/core/suggest/decision-learning.ts';
import { NotebookRecognizer } from '../../electron/core/suggest/notebook-recognizer.ts';
import { ReadingPool } from '../../electron/core/suggest/reading-pool.ts';
import {
  RecognizerTasks,
  type RecognizerTask,
} from '../../electron/core/suggest/recognizer-tasks.ts';
import { loadRecognizerModel } from '../../electron/core/suggest/statistical-recognizer.ts';

const standIn = pathToFileURL(join(import.meta.dirname, '../support/dying-reading-worker.mjs'));
const recognizer = { id: 1 };
const none: ArticleDecisions = { marked: [], rejected: [] };
const task = (text: string): RecognizerTask => ({
  kind: 'read',
  recognizer,
  articleId: 'a',
  text,
  published: '2021-03-16',
  decisions: none,
});

interface Gold {
  text: string;
  published: string;
  entities: {
    type: 'person' | 'organization' | 'location';
    mentions: { start: number; end: number }[];
  }[];
}
const gold = (name: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/gold', name), 'utf8')) as Gold;
const marked = ({ entities }: Gold) =>
  entities.flatMap(({ type, mentions }) =>
    mentions.map(({ start, end }) => ({ start, end, type })),
  );

/** What keeps this process alive of a child's: the process, its IPC channel, its stderr. */
const ports = () =>
  process.getActiveResourcesInfo().filter((kind) => /^(ProcessWrap|Pipe|PipeWrap)$/.test(kind));

afterEach(() => {
  delete process.env.DOSSIER_TEST_READER_FAILS_TO_START;
});

describe('the suggestions’ process (ReadingPool)', () => {
  it('recognizes and learns exactly as this thread does, the notebook’s decisions included', async () => {
    const wire = readFileSync(
      join(import.meta.dirname, '../fixtures/articles/wire-2021-03-16-blinken-austin.txt'),
      'utf8',
    );
    const state = gold('state-dept-2021-06-10-central-america-assistance.json');
    const news = gold('news-events-2015-08-21-korea-quasi-state-of-war.json');
    const algeria = gold('state-dept-2021-07-05-algeria-national-day.json');
    const article = (articleId: string, text: string, decisions = none) =>
      ({ recognizer, articleId, text, decisions }) as const;
    const tasks: RecognizerTask[] = [
      { kind: 'load', recognizer },
      { kind: 'read', ...article('wire', wire), published: '2021-03-16' },
      // The analyst marks every name of two articles and rejects a span of a third.
      { kind: 'learn', ...article('state', state.text, { marked: marked(state), rejected: [] }) },
      { kind: 'learn', ...article('news', news.text, { marked: marked(news), rejected: [] }) },
      {
        kind: 'read',
        ...article('algeria', algeria.text, { marked: [], rejected: [marked(algeria)[0]!] }),
        published: '2021-07-05',
      },
      { kind: 'read', ...article('wire', wire), published: '2021-03-16' },
      // An undo: the decisions of one article are taken back.
      { kind: 'learn', ...article('news', news.text) },
      { kind: 'read', ...article('state', state.text), published: null },
    ];
    const pool = new ReadingPool();
    const inWorker: unknown[] = [];
    for (const t of tasks) inWorker.push(await pool.run(t, 120_000));

    // As the app read them before issue 20: the recognizer on this thread.
    const model = await loadRecognizerModel();
    const here = new NotebookRecognizer(model);
    const expected = tasks.map((t) => {
      if (t.kind === 'load') return here.problem;
      if (t.kind === 'forget') return null;
      const learned = here.learn(t.articleId, t.text, t.decisions);
      if (t.kind === 'learn') return learned;
      const recognized = here.recognize(t.articleId, t.text);
      return { reading: { recognized, dates: findDates(t.text, t.published) }, learned };
    });
    expect(inWorker).toEqual(expected);
    // The same tasks on this thread (the command line) through the same function.
    const onThisThread = new RecognizerTasks();
    const ran: unknown[] = [];
    for (const t of tasks) ran.push(await onThisThread.run(t));
    expect(ran).toEqual(expected);
    // The decisions did change what is read.
    expect(inWorker.slice(2, 4)).toEqual([true, true]);
    expect(inWorker[5]).not.toEqual(inWorker[1]);
  });

  it('fails the text whose process ended or threw, with the reason, and reads the next in a new one', async () => {
    const pool = new ReadingPool(standIn);
    await expect(pool.run(task('exit'), 60_000)).rejects.toThrow(
      'the reader stopped (exit code 3)',
    );
    await expect(pool.run(task('throw'), 60_000)).rejects.toThrow('a bug in the recognizer');
    await expect(pool.run(task('fine'), 60_000)).resolves.toEqual({ recognized: [], dates: [] });
  });

  it('keeps no process alive once idle with nothing to read (dossier serve exits on SIGTERM)', async () => {
    const before = ports().length;
    await new ReadingPool(standIn).run(task('fine'), 60_000);
    expect(ports()).toHaveLength(before);
  });

  it('keeps the process alive while a text waits for the reader to start (a script awaiting it ran to its end)', async () => {
    const before = ports().length;
    const reading = new ReadingPool(standIn).run(task('fine'), 60_000);
    expect(ports().length).toBeGreaterThan(before);
    await reading;
    expect(ports()).toHaveLength(before);
  });

  it('fails every waiting text with the reason when the process cannot start, and never hangs', async () => {
    process.env.DOSSIER_TEST_READER_FAILS_TO_START = '1';
    const pool = new ReadingPool(standIn);
    const waiting = [pool.run(task('one'), 60_000), pool.run(task('two'), 60_000)];
    for (const reading of waiting) await expect(reading).rejects.toThrow('the lexicon is missing');
  });
});
