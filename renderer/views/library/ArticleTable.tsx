import './ArticleTable.css';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import type { ArticleId, ArticleSummary } from '../../../electron/common/api/contract.ts';
import { Icon } from '../../components/Icon.tsx';
import { formatPartialDate, formatTimestamp } from '../../format/dates.ts';
import { FIRST_DIRECTION, type Sort, type SortKey } from './filter-sort.ts';

export const ROW_HEIGHT = 36;
const HEADER_HEIGHT = 33;
const NUMBER = new Intl.NumberFormat();
const ADDED_DAY = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

/**
 * `format` with its results kept (at most one per article): Intl's formatting was a visible part
 * of rendering the rows that scroll into view, and the same rows come back.
 */
function remembered(format: (value: string) => string): (value: string) => string {
  const results = new Map<string, string>();
  return (value) => {
    let result = results.get(value);
    if (result === undefined) {
      result = format(value);
      results.set(value, result);
    }
    return result;
  };
}

const publishedText = remembered((published) => formatPartialDate(published) || '—');
const addedText = remembered((addedAt) => ADDED_DAY.format(new Date(addedAt)));
const addedTitle = remembered(formatTimestamp);

interface Column {
  key: SortKey;
  label: string;
  className: string;
  numeric?: boolean;
}

const COLUMNS: Column[] = [
  { key: 'title', label: 'Title', className: 'lc-title' },
  { key: 'source', label: 'Source', className: 'lc-source' },
  { key: 'published', label: 'Date', className: 'lc-date' },
  { key: 'wordCount', label: 'Words', className: 'lc-words', numeric: true },
  { key: 'entityCount', label: 'Entities', className: 'lc-entities', numeric: true },
  { key: 'mentionCount', label: 'Mentions', className: 'lc-mentions', numeric: true },
  { key: 'tags', label: 'Tags', className: 'lc-tags' },
  { key: 'addedAt', label: 'Added', className: 'lc-added' },
];

/**
 * The Library's table: only the rows in view are in the page (about 30 of 10,000), placed in a
 * body as tall as all the rows. One row is the tab stop; the arrow keys move it, Enter
 * opens the article in the Reader and Delete deletes it (Undo brings it back).
 */
export function ArticleTable({
  rows,
  sourceLabels,
  copyNotes,
  sort,
  selectedId,
  readOnly,
  onSort,
  onSelect,
  onOpen,
  onDelete,
}: {
  rows: ArticleSummary[];
  /** Each article's sources by name and grade (sources/article-sources.ts). */
  sourceLabels: ReadonlyMap<string, string>;
  /** What each wire copy copies. */
  copyNotes: ReadonlyMap<string, string>;
  sort: Sort;
  selectedId: ArticleId | null;
  readOnly: boolean;
  onSort: (sort: Sort) => void;
  onSelect: (id: ArticleId) => void;
  onOpen: (id: ArticleId) => void;
  onDelete: (article: ArticleSummary) => void;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  /**
   * The article whose row takes the focus once it is rendered (after a key press). By id, not
   * "the active row": a render that comes before the new selection must not take it.
   */
  const focusTarget = useRef<ArticleId | null>(null);

  const selectedIndex = selectedId === null ? -1 : rows.findIndex((row) => row.id === selectedId);
  const activeIndex = selectedIndex >= 0 ? selectedIndex : 0;

  // Stable while the rows are: the virtualizer measures every row again when its key function
  // changes, 10,000 at every render of a scroll.
  const itemKey = useCallback((index: number) => rows[index]?.id ?? index, [rows]);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read in render
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    getItemKey: itemKey,
  });

  // The selected row comes into view when the Library opens, and after sorting or filtering.
  useLayoutEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
    // Only when the row's place changes, not on every scroll.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedIndex]);

  useEffect(() => {
    if (focusTarget.current === null) return;
    const index = rows.findIndex((row) => row.id === focusTarget.current);
    const row = bodyRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`);
    if (row) {
      focusTarget.current = null;
      row.focus({ preventScroll: true });
    }
  });

  function moveTo(index: number) {
    const target = rows[Math.max(0, Math.min(rows.length - 1, index))];
    if (target === undefined) return;
    focusTarget.current = target.id;
    onSelect(target.id);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const current = rows[activeIndex];
    switch (event.key) {
      case 'ArrowDown':
        moveTo(activeIndex + 1);
        break;
      case 'ArrowUp':
        moveTo(activeIndex - 1);
        break;
      case 'PageDown':
        moveTo(activeIndex + page);
        break;
      case 'PageUp':
        moveTo(activeIndex - page);
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(rows.length - 1);
        break;
      case 'Enter':
        if (current !== undefined) onOpen(current.id);
        break;
      case 'Delete':
        if (current === undefined || readOnly) return;
        // The next row takes the focus (or the previous one, at the end).
        {
          const next = rows[activeIndex + 1] ?? rows[activeIndex - 1];
          if (next !== undefined) {
            focusTarget.current = next.id;
            onSelect(next.id);
          }
        }
        onDelete(current);
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  function headerClick(key: SortKey) {
    onSort(
      sort.key === key
        ? { key, direction: sort.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: FIRST_DIRECTION[key] },
    );
  }

  const items = virtualizer.getVirtualItems();

  // Divs with ARIA table roles rather than a <table>: each row is placed absolutely and contained,
  // so a row scrolling in is laid out alone, where a table laid out all its rows together.
  return (
    <div className="table-scroll" ref={scrollRef}>
      <div
        role="table"
        className="library-table"
        aria-label="Articles"
        aria-rowcount={rows.length + 1}
        aria-describedby="library-count"
      >
        <div role="rowgroup" className="library-head">
          <div role="row" aria-rowindex={1} className="library-row">
            {COLUMNS.map((column) => {
              const sorted = sort.key === column.key;
              return (
                <div
                  key={column.key}
                  role="columnheader"
                  className={`${column.className}${column.numeric ? ' numeric' : ''}`}
                  aria-sort={sorted ? sort.direction : undefined}
                >
                  <button
                    type="button"
                    className="sort-button"
                    title={`Sort by ${column.label.toLowerCase()}`}
                    onClick={() => headerClick(column.key)}
                  >
                    <span>{column.label}</span>
                    <span className="sort-arrow" aria-hidden="true">
                      {sorted ? (sort.direction === 'ascending' ? '↑' : '↓') : ''}
                    </span>
                  </button>
                </div>
              );
            })}
            <div role="columnheader" className="lc-actions">
              <span className="visually-hidden">Actions</span>
            </div>
          </div>
        </div>
        <div
          role="rowgroup"
          className="library-body"
          ref={bodyRef}
          style={{ height: virtualizer.getTotalSize() }}
          onKeyDown={onKeyDown}
        >
          {items.map((item) => {
            const article = rows[item.index]!;
            return (
              <ArticleRow
                key={article.id}
                article={article}
                sourceLabel={sourceLabels.get(article.id) ?? article.source}
                copyNote={copyNotes.get(article.id)}
                index={item.index}
                top={item.start - HEADER_HEIGHT}
                selected={article.id === selectedId}
                tabStop={item.index === activeIndex}
                readOnly={readOnly}
                onSelect={onSelect}
                onOpen={onOpen}
                onDelete={onDelete}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}

/**
 * One article's row. Memoized: while the list scrolls, the rows already in the page keep their
 * props and are not rendered again; only the rows coming into view are.
 */
const ArticleRow = memo(function ArticleRow({
  article,
  sourceLabel,
  copyNote,
  index,
  top,
  selected,
  tabStop,
  readOnly,
  onSelect,
  onOpen,
  onDelete,
}: {
  article: ArticleSummary;
  sourceLabel: string;
  copyNote: string | undefined;
  index: number;
  /** Its offset in the body: rows are placed absolutely, out of each other's layout. */
  top: number;
  selected: boolean;
  /** The row that Tab reaches (the selected one, else the first). */
  tabStop: boolean;
  readOnly: boolean;
  onSelect: (id: ArticleId) => void;
  onOpen: (id: ArticleId) => void;
  onDelete: (article: ArticleSummary) => void;
}) {
  // Only the hovered or selected row has its delete button (the only rows that showed it): a
  // button with an SVG in every row was a quarter of the cost of the rows scrolling into view
  // (issue #8). The Delete key and the details pane delete too.
  const [hovered, setHovered] = useState(false);
  return (
    <div
      role="row"
      data-index={index}
      aria-rowindex={index + 2}
      aria-selected={selected}
      tabIndex={tabStop ? 0 : -1}
      className={selected ? 'library-row selected' : 'library-row'}
      style={{ top }}
      onClick={() => onSelect(article.id)}
      onDoubleClick={() => onOpen(article.id)}
      onFocus={(event) => {
        if (event.target === event.currentTarget && !selected) onSelect(article.id);
      }}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
    >
      <div role="cell" className="lc-title">
        {/* Spans, not <button>s: Chromium styles a button several times slower (issue #8). The
            span is inline: the cell clips it and draws the ellipsis. */}
        <span
          role="button"
          className="row-link"
          tabIndex={-1}
          title={article.title}
          onClick={(event) => {
            event.stopPropagation();
            onOpen(article.id);
          }}
        >
          {article.title}
        </span>
      </div>
      <div
        role="cell"
        className="cell-muted lc-source"
        title={[sourceLabel, copyNote].filter(Boolean).join('. ') || undefined}
      >
        {copyNote !== undefined && <span className="badge copy-badge">copy</span>}
        {sourceLabel || '—'}
      </div>
      <div role="cell" className="cell-muted lc-date">
        {publishedText(article.published ?? '')}
      </div>
      <div role="cell" className="numeric cell-muted lc-words">
        {NUMBER.format(article.wordCount)}
      </div>
      <div
        role="cell"
        className={`numeric lc-entities ${article.entityCount === 0 ? 'cell-zero' : 'cell-muted'}`}
      >
        {NUMBER.format(article.entityCount)}
      </div>
      <div
        role="cell"
        className={`numeric lc-mentions ${article.mentionCount === 0 ? 'cell-zero' : 'cell-muted'}`}
      >
        {NUMBER.format(article.mentionCount)}
      </div>
      <div role="cell" className="lc-tags" title={article.tags.join(', ') || undefined}>
        {article.tags.map((tag) => (
          <span key={tag} className="tag-pill">
            {tag}
          </span>
        ))}
      </div>
      <div role="cell" className="cell-muted lc-added" title={addedTitle(article.addedAt)}>
        {addedText(article.addedAt)}
      </div>
      <div role="cell" className="lc-actions">
        {!readOnly && (hovered || selected) && (
          <span
            role="button"
            className="icon-button danger"
            tabIndex={-1}
            aria-label={`Delete “${article.title}”`}
            title="Delete (Undo brings it back)"
            onClick={(event) => {
              // The second click of a double-click that opens the row: the first selected it, the
              // details pane narrowed the list, and this button came under the pointer.
              if (event.detail > 1) return;
              event.stopPropagation();
              onDelete(article);
            }}
          >
            <Icon name="trash" />
          </span>
        )}
      </div>
    </div>
  );
});
