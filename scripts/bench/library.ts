// The Library's sorting and filtering (renderer/views/library/filter-sort.ts, pure functions) over
// every article summary of a notebook: what a click on a column header or a keystroke in the
// filter box costs the renderer before it draws.
import type { ArticleSummary } from '../../electron/common/model/article.ts';
import {
  FIRST_DIRECTION,
  filterArticles,
  filterIndex,
  makeTitleKeys,
  sortArticles,
  type Filters,
  type SortKey,
  NO_FILTERS,
} from '../../renderer/views/library/filter-sort.ts';
import { emptySourcesFile } from '../../electron/common/model/source.ts';
import { SourceRegistry } from '../../electron/core/sources/source-registry.ts';
import { articleSources } from '../../renderer/sources/article-sources.ts';
import { stats, timeIt, type Stat } from './stats.ts';

export async function measureLibrary(summaries: ArticleSummary[]): Promise<{
  library_sort_ms: Stat;
  library_filter_ms: Stat;
  library_filter_words_ms: number;
  library_title_keys_ms: number;
}> {
  // The source column and filter name the notebook's sources, as listSources gives them.
  const sourceList = new SourceRegistry(emptySourcesFile(), summaries).sources;
  const { labels, sourceIds } = articleSources(sourceList);
  // Once on a few articles first, as the Library sorts the list when it shows it: the timings
  // are of compiled code, not of its first interpretation.
  for (const key of Object.keys(FIRST_DIRECTION) as SortKey[])
    sortArticles(summaries.slice(0, 1000), { key, direction: 'ascending' }, labels);
  // The Library makes the titles' sort keys while the page is idle, before any sort by title
  // (LibraryView.tsx): what that costs in all, spread over idle moments.
  const titleKeys = await timeIt(async () => void makeTitleKeys(summaries, 0, () => true));
  const sorts: number[] = [];
  for (const key of Object.keys(FIRST_DIRECTION) as SortKey[]) {
    for (const direction of ['ascending', 'descending'] as const) {
      sorts.push(
        await timeIt(async () => void sortArticles(summaries, { key, direction }, labels)),
      );
    }
  }
  const source = sourceList.find((record) => record.articles.length > 0)?.id ?? '';
  const filters: Partial<Filters>[] = [
    { text: 'secretary' },
    { text: 'secretary blinken' },
    { text: 'zz-no-such-word' },
    { source },
    { from: '2021', to: '2021-06' },
    { text: 'assistance', from: '2020' },
  ];
  // The Library keeps its filter index between keystrokes (LibraryView.tsx).
  let index = filterIndex([]);
  const indexing = await timeIt(async () => {
    index = filterIndex(summaries);
  });
  const filtering: number[] = [];
  for (const filter of filters) {
    filtering.push(
      await timeIt(async () => void filterArticles(index, { ...NO_FILTERS, ...filter }, sourceIds)),
    );
  }
  return {
    library_sort_ms: stats(sorts),
    library_filter_ms: stats(filtering),
    library_filter_words_ms: Math.round(indexing),
    library_title_keys_ms: Math.round(titleKeys),
  };
}
