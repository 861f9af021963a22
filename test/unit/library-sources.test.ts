import { describe, expect, it } from 'vitest';
import type { ArticleSummary, SourceView } from '../../electron/common/api/contract.ts';
import { articleSources, copyNotes } from '../../renderer/sources/article-sources.ts';
import {
  filterArticles,
  filterIndex,
  NO_FILTERS,
  sortArticles,
  sourceFacets,
} from '../../renderer/views/library/filter-sort.ts';

function source(id: string, name: string, articles: string[], extra: Partial<SourceView> = {}) {
  return {
    id,
    name,
    aliases: [],
    reliability: null,
    notes: '',
    articles,
    republished: [],
    ...extra,
  } as unknown as SourceView;
}

function article(id: string, title: string, rawSource: string, copyOf: string | null = null) {
  return {
    id,
    title,
    source: rawSource,
    tags: [],
    published: null,
    copyOf: copyOf === null ? null : { articleId: copyOf, similarity: 0.96 },
  } as unknown as ArticleSummary;
}

// "UrduPoint News / Sputnik": Sputnik wrote it, UrduPoint republished it.
const SOURCES = [
  source('sputnik00000', 'Sputnik', ['a1', 'a2'], { reliability: 'C' }),
  source('urdupoint000', 'UrduPoint News', ['a2'], { republished: ['a2'] as never }),
  source('statedept000', 'United States Department of State', ['a3'], {
    aliases: ['U.S. Department of State'],
  }),
];
const ARTICLES = [
  article('a1', 'Tokyo talks', 'Sputnik'),
  article('a2', 'Tokyo talks (UrduPoint)', 'UrduPoint News / Sputnik', 'a1'),
  article('a3', 'Readout', 'Press Releases – United States Department of State'),
];

describe('the Library’s sources are the notebook’s source records', () => {
  it('names each article’s writer with its grade, and who republished it', () => {
    const { labels } = articleSources(SOURCES);
    expect(labels.get('a1')).toBe('Sputnik [C]');
    expect(labels.get('a2')).toBe('Sputnik [C] via UrduPoint News');
    expect(labels.get('a3')).toBe('United States Department of State');
  });

  it('filters by a source: its articles, written or republished, whatever their raw outlet text', () => {
    const { sourceIds } = articleSources(SOURCES);
    const by = (id: string) =>
      filterArticles(filterIndex(ARTICLES), { ...NO_FILTERS, source: id }, sourceIds).map(
        (a) => a.id,
      );
    expect(by('sputnik00000')).toEqual(['a1', 'a2']);
    expect(by('urdupoint000')).toEqual(['a2']);
    expect(by('statedept000')).toEqual(['a3']);
  });

  it('offers each source once in the filter, by name with its grade and article count', () => {
    expect(sourceFacets([...SOURCES, source('empty0000000', 'Nobody', [])])).toEqual([
      ['sputnik00000', 'Sputnik [C]', 2],
      ['statedept000', 'United States Department of State', 1],
      ['urdupoint000', 'UrduPoint News', 1],
    ]);
  });

  it('sorts the source column by the names it shows', () => {
    const { labels } = articleSources(SOURCES);
    const sorted = sortArticles(ARTICLES, { key: 'source', direction: 'ascending' }, labels);
    expect(sorted.map((a) => a.id)).toEqual(['a1', 'a2', 'a3']);
  });

  it('says what a wire copy copies, and how much of it', () => {
    const notes = copyNotes(ARTICLES);
    expect(notes.get('a2')).toBe('Copy of “Tokyo talks” (Sputnik), 96% the same text');
    expect(notes.has('a1')).toBe(false);
  });
});
