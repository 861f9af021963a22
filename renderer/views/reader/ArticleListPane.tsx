import './ArticleListPane.css';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useRef } from 'react';
import type { ArticleId, ArticleSummary } from '../../../electron/common/api/contract.ts';
import { formatPartialDate, formatWords } from '../../format/dates.ts';

/** A list item's height before it is measured (a title on one line; two-line titles are taller). */
const LIST_ITEM_HEIGHT = 56;
/** The list's padding, above the first item and below the last (as around the others). */
const LIST_PADDING = 8;

/**
 * The articles beside the one being read, to move between them without leaving the Reader. Only
 * the items in view are in the page: at 10,000 articles, laying out every item made opening an
 * article take seconds.
 */
export function ArticleListPane({
  articles,
  openId,
  onOpen,
}: {
  articles: ArticleSummary[];
  openId: ArticleId | null;
  onOpen: (id: ArticleId) => void;
}) {
  const scrollRef = useRef<HTMLElement>(null);
  const itemKey = useCallback((index: number) => articles[index]?.id ?? index, [articles]);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read in render only
  const virtualizer = useVirtualizer({
    count: articles.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => LIST_ITEM_HEIGHT,
    overscan: 6,
    paddingStart: LIST_PADDING,
    paddingEnd: LIST_PADDING,
    getItemKey: itemKey,
  });
  return (
    <nav className="article-list-pane" aria-label="Articles" ref={scrollRef}>
      <ul style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const item = articles[row.index]!;
          return (
            <li
              key={item.id}
              ref={virtualizer.measureElement}
              data-index={row.index}
              aria-setsize={articles.length}
              aria-posinset={row.index + 1}
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <button
                type="button"
                className="article-list-item"
                aria-current={item.id === openId ? 'true' : undefined}
                onClick={(event) => {
                  // The second click of a double-click on a Library title, which opened the
                  // Reader with the first, lands here: it must not open the article beneath it.
                  if (event.detail < 2) onOpen(item.id);
                }}
              >
                <span className="article-list-title">{item.title}</span>
                <span className="article-list-meta">
                  {[item.source, formatPartialDate(item.published)]
                    .filter((part) => part !== '')
                    .join(' · ') || formatWords(item.wordCount)}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
