import { describe, expect, it } from 'vitest';
import { CompactIndex } from '../../electron/core/search/compact-index.ts';

const doc = (n: number, text: string) => ({
  id: `a:${n}`,
  kind: 'article' as const,
  label: `Article ${n}`,
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
    const lines = [...index.toLines()].join('').split('\n');
    const reloaded = await CompactIndex.load(
      (async function* () {
        yield* lines;
      })(),
    );
    expect(
      reloaded
        .search('shipbuilding', false, 500, new Set())
        .map((hit) => hit.id)
        .sort(),
    ).toEqual(few);
  });
});
