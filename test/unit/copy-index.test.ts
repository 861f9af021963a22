import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localApi } from '../../electron/core/api/dispatch.ts';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { COPY_THRESHOLD, CopyIndex, signatureOf } from '../../electron/core/sources/copy-index.ts';
import type { ArticleId } from '../../electron/common/model/ids.ts';
import type { NotebookEvent } from '../../electron/common/api/contract.ts';
import { tempFolder } from '../support/temp-folder.ts';

// Issue 21: the wire-copy index kept in typed arrays and numeric band keys, its cache appended
// to rather than rewritten. What an analyst depends on: the same copies found, and a damaged
// cache costing time, never a copy missed.

const RECORD_BYTES = 12 + 64 * 4;
const WORDS = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}`);

/** A reproducible story of `n` words from a seeded generator. */
function story(seed: number, n = 300): string {
  let state = seed;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0);
  return Array.from({ length: n }, () => WORDS[next() % WORDS.length]).join(' ');
}

const id = (n: number) => `a${String(n).padStart(11, '0')}` as ArticleId;

/** Jaccard estimate of two signatures, and the first band of 4 hashes they share (-1: none). */
function compare(a: Uint32Array, b: Uint32Array): { similarity: number; band: number } {
  let same = 0;
  for (let i = 0; i < 64; i++) if (a[i] === b[i]) same++;
  const band = Array.from({ length: 16 }, (_, k) => k).findIndex((k) =>
    [0, 1, 2, 3].every((row) => a[k * 4 + row] === b[k * 4 + row]),
  );
  return { similarity: same / 64, band };
}

describe('the wire-copy index', () => {
  it('finds, for each new text, the most similar indexed text that shares a band, as comparing every pair does', () => {
    const index = new CopyIndex();
    const signatures: Uint32Array[] = [];
    let copies = 0;
    for (let n = 0; n < 400; n++) {
      const words = story(n % 150).split(' ');
      // Later texts: earlier stories cut, wrapped or glued to another, as republishers do.
      const text =
        n < 150
          ? words.join(' ')
          : n % 3 === 0
            ? `Republished ${n} ${words.join(' ')} copyright`
            : n % 3 === 1
              ? words.slice(0, 200 + (n % 90)).join(' ')
              : `${words.join(' ')} ${story(n, 250)}`;
      const signature = signatureOf(text);
      const found = index.copyOf(signature, () => true);
      const expected = signatures
        .map((other, k) => ({ k, ...compare(signature, other) }))
        .filter(({ band, similarity }) => band >= 0 && similarity >= COPY_THRESHOLD)
        .sort((a, b) => a.band - b.band || a.k - b.k);
      const best = Math.max(...expected.map(({ similarity }) => similarity));
      if (expected.length === 0) expect(found).toBeNull();
      else {
        copies++;
        expect(found?.similarity).toBe(best);
        // Of equally similar texts, the first met band by band, oldest first (as before issue 21).
        expect(found?.articleId).toBe(id(expected.find((e) => e.similarity === best)!.k));
      }
      index.add(id(n), signature);
      signatures.push(signature);
    }
    expect(copies).toBeGreaterThan(150); // the test met many copies, ties among them
  });

  it('skips what is no longer in the notebook, and reads back what it wrote, up to damage', () => {
    const index = new CopyIndex();
    for (let n = 0; n < 100; n++) index.add(id(n), signatureOf(story(n)));
    const copy = signatureOf(`Via an outlet ${story(42)}`);
    expect(index.copyOf(copy, () => true)?.articleId).toBe(id(42));
    expect(index.copyOf(copy, (other) => other !== id(42))).toBeNull();

    const bytes = index.toBytes();
    expect(bytes.length).toBe(100 * RECORD_BYTES);
    expect(index.toBytes(60)).toEqual(bytes.subarray(60 * RECORD_BYTES));
    const damaged = bytes.slice(0, 70 * RECORD_BYTES + 100);
    damaged.fill(0, 50 * RECORD_BYTES, 50 * RECORD_BYTES + 12);
    const read = new CopyIndex();
    expect(read.addBytes(damaged)).toBe(50 * RECORD_BYTES);
    expect(read.size).toBe(50);
    expect(read.copyOf(signatureOf(`Via ${story(7)}`), () => true)?.articleId).toBe(id(7));
  });
});

describe('the signatures cache of an import', () => {
  const cache = (folder: string) => join(folder, 'cache', 'copy-signatures.bin');
  const importText = async (service: NotebookService, name: string, text: string) => {
    const data = Buffer.from(text).toString('base64');
    return (await localApi(service).importFiles({ files: [{ name, data }] })).results;
  };

  it('grows by what each import adds, and a damaged one is written whole again, no copy missed', async () => {
    const folder = join(await tempFolder(), 'nb');
    let service = await NotebookService.open(folder);
    const [first] = await importText(service, 'a.txt', story(1));
    await importText(service, 'b.txt', story(2));
    expect((await stat(cache(folder))).size).toBe(2 * RECORD_BYTES);
    await service.close();

    service = await NotebookService.open(folder);
    const before = await readFile(cache(folder));
    const [copy] = await importText(service, 'c.txt', `Republished: ${story(1)}`);
    expect(copy).toMatchObject({ status: 'imported', copyOf: { articleId: first!.id } });
    const after = await readFile(cache(folder));
    expect(after.length).toBe(3 * RECORD_BYTES);
    expect(after.subarray(0, before.length)).toEqual(before);
    await service.close();

    // Cut inside the second record: the articles it no longer holds are signed again.
    await writeFile(cache(folder), after.subarray(0, RECORD_BYTES + 40));
    service = await NotebookService.open(folder);
    const [again] = await importText(service, 'd.txt', `Via a wire: ${story(2)}`);
    expect(again!.copyOf).toBeDefined();
    expect((await stat(cache(folder))).size).toBe(4 * RECORD_BYTES);
    await service.close();
  });

  it('is signed again when lost, with progress, and saved as it goes', async () => {
    const folder = join(await tempFolder(), 'nb');
    let service = await NotebookService.open(folder);
    // One article past the 1,000 signed between two reports and saves: the fewest that show
    // a report on the way (importFiles takes 1,000 files at most).
    const files = Array.from({ length: 1001 }, (_, n) => ({
      name: `story-${n}.txt`,
      data: Buffer.from(story(1000 + n, 60)).toString('base64'),
    }));
    await localApi(service).importFiles({ files: files.slice(0, 1000) });
    await localApi(service).importFiles({ files: files.slice(1000) });
    await service.close();
    await rm(cache(folder));

    service = await NotebookService.open(folder);
    const events: NotebookEvent[] = [];
    service.onEvent((event) => events.push(event));
    const [copy] = await importText(service, 'copy.txt', `Via a wire: ${story(1005, 60)}`);
    expect(copy!.copyOf).toBeDefined();
    expect(events).toContainEqual(
      expect.objectContaining({
        type: 'import-progress',
        current: 'Reading the notebook for wire copies: 1,000 of 1,001 articles',
      }),
    );
    expect((await stat(cache(folder))).size).toBe(1002 * RECORD_BYTES);
    await service.close();
  }, 120_000);
});
