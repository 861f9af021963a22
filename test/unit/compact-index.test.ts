import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CompactIndex } from '../../electron/core/search/compact-index.ts';
import { PostingsFile } from '../../electron/core/search/postings-file.ts';
import { tempFolder } from '../support/temp-folder.ts';

const doc = (n: number, text: string) => ({
  id: `a:${n}`,
  title: `Article ${n}`,
  text,
  extra: '',
});

describe('the compact index, frozen into typed arrays', () => {
  it('finds the same documents after a freeze, after additions and removals, and after a reload', async () => {
    const index = new CompactIndex();
    for (let n = 0; n < 100; n++)
      index.add(doc(n, `shipbuilding report ${n % 2 ? 'odd' : 'even'}`));
    const ids = (query: string) =>
      index
        .search(query, false, 500, new Set())
        .map((hit) => hit.id)
        .sort();
    const before = ids('shipbuilding odd');
    expect(before).toHaveLength(50);
    index.freeze();
    expect(ids('shipbuilding odd')).toEqual(before);
    index.add(doc(100, 'shipbuilding odd'));
    index.remove('a:1');
    const after = ids('shipbuilding odd');
    expect(after).toEqual([...before.filter((id) => id !== 'a:1'), 'a:100'].sort());
    index.freeze();
    // Most documents removed: the index compacts its frozen lists.
    for (let n = 2; n < 90; n++) index.remove(`a:${n}`);
    const few = ids('shipbuilding');
    expect(few).toHaveLength(100 - 89 + 1);
    // Written (the removed documents dropped), then searched from the postings file, as is an
    // index loaded from it.
    const folder = await tempFolder();
    const [indexPath, postingsPath] = [join(folder, 'index.json'), join(folder, 'postings.bin')];
    await index.write(indexPath, postingsPath, {});
    expect(ids('shipbuilding')).toEqual(few);
    index.add(doc(101, 'shipbuilding'));
    expect(ids('shipbuilding')).toEqual([...few, 'a:101'].sort());
    const [header, docsLine, ...lines] = (await readFile(indexPath, 'utf8')).split('\n');
    const reload = (docs: string) =>
      CompactIndex.load(
        (async function* () {
          yield* [docs, ...lines];
        })(),
        PostingsFile.open(postingsPath, JSON.parse(header!).postings),
      );
    const found = async (docs: string) =>
      (await reload(docs))
        .search('shipbuilding', false, 500, new Set())
        .map((hit) => hit.id)
        .sort();
    expect(await found(docsLine!)).toEqual(few);
    // A file written before 7 December: each document `[id, kind, articleId, label]`.
    const older = JSON.parse(docsLine!) as { docs: string[][]; lengths: number[] };
    older.docs = older.docs.map(([id]) => [id!, 'article', '', `Article ${id}`]);
    expect(await found(JSON.stringify(older))).toEqual(few);
  });
});

describe('the compact index, searched from its postings file', () => {
  it('ranks as it did in memory, whatever the order of the lists read, and after a second write', async () => {
    const index = new CompactIndex();
    // Lists of different lengths: `harbour` in every document, `crane` in a fifth, `dredger`
    // in a few, so that a short list is read after a long one and the other way round.
    for (let n = 0; n < 300; n++) {
      const words = ['harbour', n % 5 === 0 ? 'crane' : 'quay', n % 97 === 0 ? 'dredger' : ''];
      index.add(doc(n, words.join(' ').repeat((n % 3) + 1)));
    }
    const queries = [
      'harbour',
      'dredger',
      'harbour crane',
      'dredger harbour',
      'crane',
      'cra',
      'dredgr',
    ];
    const run = () =>
      queries.map((query) =>
        index.search(query, true, 20, new Set()).map((hit) => [hit.id, hit.score]),
      );
    const inMemory = run();
    expect(inMemory[1]).toHaveLength(4);
    const folder = await tempFolder();
    const paths = [join(folder, 'index.json'), join(folder, 'postings.bin')] as const;
    await index.write(...paths, {});
    expect(run()).toEqual(inMemory);
    expect(run().reverse()).toEqual(inMemory.reverse());
    // The second write reads every list from the first's file.
    index.add(doc(300, 'dredger'));
    await index.write(...paths, {});
    const [header, ...lines] = (await readFile(paths[0], 'utf8')).split('\n');
    const reloaded = await CompactIndex.load(
      (async function* () {
        yield* lines;
      })(),
      PostingsFile.open(paths[1], JSON.parse(header!).postings),
    );
    const ids = (target: CompactIndex) =>
      target.search('dredger', false, 20, new Set()).map((hit) => hit.id);
    expect(ids(reloaded)).toEqual(ids(index));
    expect(ids(reloaded)).toContain('a:300');
    expect(reloaded.search('harbour', false, 500, new Set())).toHaveLength(300);
  });
});
