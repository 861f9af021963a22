import { useState } from 'react';
import type { ArticleId } from '../../../electron/common/api/contract.ts';
import { NO_FILTERS, type Filters, type Sort } from './filter-sort.ts';

/** What the Library shows: kept in App, so it survives a visit to the Reader. */
export interface LibraryUi {
  sort: Sort;
  filters: Filters;
  /** The row with the focus, whose details show in the side panel. */
  selectedId: ArticleId | null;
}

export const INITIAL_LIBRARY_UI: LibraryUi = {
  sort: { key: 'addedAt', direction: 'descending' },
  filters: NO_FILTERS,
  selectedId: null,
};

export type LibraryUiUpdate = (change: (ui: LibraryUi) => LibraryUi) => void;

export function useLibraryUi(): [LibraryUi, LibraryUiUpdate] {
  const [ui, setUi] = useState<LibraryUi>(INITIAL_LIBRARY_UI);
  return [ui, setUi];
}
