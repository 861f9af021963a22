import { describe, expect, it } from 'vitest';
import { indexInPlan } from '../../electron/core/store/snapshot-plan.ts';

describe("where a file is in a snapshot's plan", () => {
  it('finds every root file and article, and no file the plan does not hold', () => {
    const articles = Array.from(
      { length: 1_001 },
      (_, i) => `articles/${(i * 7919).toString(36)}.json`,
    )
      .sort()
      .filter((_, i) => i % 3 !== 0);
    const files = ['notebook.json', 'entities.json', 'events.json', ...articles];
    files.forEach((file, i) => expect(indexInPlan(files, file)).toBe(i));
    for (const missing of ['relations.json', 'articles/0.json', 'articles/zzzz.json', 'articles/'])
      expect(indexInPlan(files, missing)).toBe(-1);
    expect(indexInPlan([], 'articles/a.json')).toBe(-1);
    expect(indexInPlan(['notebook.json'], 'articles/a.json')).toBe(-1);
  });
});
