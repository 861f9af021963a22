import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ReadingPool } from '../../electron/core/suggest/reading-pool.ts';
import { readText } from '../../electron/core/suggest/text-reading.ts';

const standIn = pathToFileURL(join(import.meta.dirname, '../support/dying-reading-worker.mjs'));
const task = (text: string) => ({ text, published: '2021-03-16' as const });

afterEach(() => {
  delete process.env.DOSSIER_TEST_READER_FAILS_TO_START;
});

describe('the suggestions’ worker (ReadingPool)', () => {
  it('reads a text exactly as this thread does', async () => {
    const text = readFileSync(
      join(import.meta.dirname, '../fixtures/articles/wire-2021-03-16-blinken-austin.txt'),
      'utf8',
    );
    const inWorker = await new ReadingPool().read(task(text), 120_000);
    expect(inWorker.recognized.length).toBeGreaterThan(10);
    expect(inWorker).toEqual(readText(task(text)));
  });

  it('fails the text whose worker ended or threw, with the reason, and reads the next in a new one', async () => {
    const pool = new ReadingPool(standIn);
    await expect(pool.read(task('exit'), 60_000)).rejects.toThrow(
      'the reader stopped (exit code 3)',
    );
    await expect(pool.read(task('throw'), 60_000)).rejects.toThrow('a bug in the recognizer');
    await expect(pool.read(task('fine'), 60_000)).resolves.toEqual({ recognized: [], dates: [] });
  });

  it('keeps no process alive once warmed with nothing to read (dossier serve exits on SIGTERM)', () => {
    const ports = () => process.getActiveResourcesInfo().filter((kind) => kind === 'MessagePort');
    const before = ports().length;
    new ReadingPool(standIn).warm();
    expect(ports()).toHaveLength(before);
  });

  it('fails every waiting text with the reason when the worker cannot start, and never hangs', async () => {
    process.env.DOSSIER_TEST_READER_FAILS_TO_START = '1';
    const pool = new ReadingPool(standIn);
    const waiting = [pool.read(task('one'), 60_000), pool.read(task('two'), 60_000)];
    for (const reading of waiting) await expect(reading).rejects.toThrow('the lexicon is missing');
  });
});
