import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../electron/common/model/article.ts';
import type { ArticleId } from '../../electron/common/model/ids.ts';
import { articlesToRelearn } from '../../electron/core/service/entity-suggester.ts';

/**
 * Summaries of `count` articles added one a minute, newest first (listArticles' order);
 * `decided` gives each its decisions.
 */
function notebook(
  count: number,
  decided: (i: number) => { mentionCount: number; rejectedCount: number },
): ArticleSummary[] {
  return Array.from(
    { length: count },
    (_, i) =>
      ({
        id: `a${i}` as ArticleId,
        addedAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
        ...decided(i),
      }) as ArticleSummary,
  ).reverse();
}

describe('the decisions a notebook learns from again when it opens', () => {
  it('keeps a rejection in an article older than 1,000 newer ones without decisions', () => {
    const summaries = notebook(1200, (i) => ({
      mentionCount: 0,
      rejectedCount: i === 3 ? 2 : 0,
    }));
    expect(articlesToRelearn(summaries)).toEqual(['a3']);
  });

  it('takes every article with a rejection, the newest 300 with marks, oldest first', () => {
    const summaries = notebook(700, (i) => ({
      mentionCount: i % 2 === 0 ? 1 : 0,
      rejectedCount: i < 5 ? 1 : 0,
    }));
    const ids = articlesToRelearn(summaries);
    expect(ids.slice(0, 5)).toEqual(['a0', 'a1', 'a2', 'a3', 'a4']);
    expect(
      ids.filter((id) => Number(id.slice(1)) % 2 === 0 && Number(id.slice(1)) >= 5),
    ).toHaveLength(300);
    expect(ids.at(-1)).toBe('a698');
  });

  it('counts an article whose rejections an older catalog did not count as holding one', () => {
    const summaries = notebook(3, (i) => ({ mentionCount: 0, rejectedCount: i === 1 ? -1 : 0 }));
    expect(articlesToRelearn(summaries)).toEqual(['a1']);
  });
});
