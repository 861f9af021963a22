import './LibraryView.css';
import { useEffect, useMemo, useRef, useState, type Ref } from 'react';
import type { ArticleId, ArticleSummary } from '../../electron/common/api/contract.ts';
import { EmptyState } from '../components/EmptyState.tsx';
import { Icon } from '../components/Icon.tsx';
import { ViewHeader } from '../components/ViewHeader.tsx';
import { ImportPanel } from '../import/ImportPanel.tsx';
import { fromFileList } from '../import/pick-files.ts';
import type { Importer } from '../import/useImport.ts';
import { ArticleTable } from './library/ArticleTable.tsx';
import { DetailsPanel, type Metadata } from './library/DetailsPanel.tsx';
import { useApiQuery } from '../api/use-api-query.ts';
import { articleSources, copyNotes } from '../sources/article-sources.ts';
import {
  filterArticles,
  filterIndex,
  hasFilters,
  isDateBound,
  makeTitleKeys,
  NO_FILTERS,
  sortArticles,
  sourceFacets,
  tagFacets,
  type Filters,
} from './library/filter-sort.ts';
import type { LibraryUi, LibraryUiUpdate } from './library/library-ui.ts';
import { PasteArticlePanel } from './PasteArticlePanel.tsx';
import { whenIdle } from '../components/when-idle.ts';

const NUMBER = new Intl.NumberFormat();
const TEXT_DEBOUNCE_MS = 150;
/** A page never idle still gets its titles' sort keys made, a few at a time, this often (ms). */
const TITLE_KEYS_TIMEOUT_MS = 500;
/** What the file dialog offers first (the core says why anything else fails). */
const ACCEPT = '.txt,.md,.markdown,.html,.htm,.xhtml,.pdf,.docx,.rss,.atom,.xml';

export function LibraryView({
  articles,
  readOnly,
  headingRef,
  ui,
  onUi,
  importer,
  canUndoImport,
  onOpen,
  onDelete,
  onAdd,
  onUpdate,
  onUndo,
}: {
  articles: ArticleSummary[] | null;
  readOnly: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  ui: LibraryUi;
  onUi: LibraryUiUpdate;
  importer: Importer;
  /** The notebook's last step is an import. */
  canUndoImport: boolean;
  onOpen: (id: ArticleId) => void;
  onDelete: (article: ArticleSummary) => void;
  onAdd: (title: string, text: string) => Promise<void>;
  onUpdate: (id: ArticleId, metadata: Metadata) => Promise<void>;
  onUndo: () => void;
}) {
  // The panel starts open on an empty notebook.
  const [pasteOpen, setPasteOpen] = useState<boolean | null>(null);
  const filesRef = useRef<HTMLInputElement>(null);
  const folderRef = useRef<HTMLInputElement>(null);
  const empty = articles !== null && articles.length === 0;
  const showPaste = !readOnly && (pasteOpen ?? empty);
  const count = articles?.length ?? 0;

  function chooseFiles(kind: 'files' | 'folder') {
    if (importer.importWithDialog !== undefined) void importer.importWithDialog(kind);
    else (kind === 'files' ? filesRef : folderRef).current?.click();
  }

  return (
    <section className="view library-view" aria-labelledby="library-heading">
      <ViewHeader
        id="library-heading"
        title="Library"
        headingRef={headingRef}
        subtitle={
          articles === null
            ? 'Loading…'
            : `${NUMBER.format(count)} ${count === 1 ? 'article' : 'articles'}`
        }
        actions={
          !readOnly && (
            <>
              <button
                type="button"
                className="button primary"
                onClick={() => chooseFiles('files')}
                title="Import files: .txt, .md, .html, .pdf, .docx, RSS and Atom feeds"
              >
                <Icon name="import" />
                Import
              </button>
              <button type="button" className="button" onClick={() => chooseFiles('folder')}>
                <Icon name="folder" />
                Import folder
              </button>
              <button
                type="button"
                className="button"
                aria-expanded={showPaste}
                aria-controls="paste-panel"
                onClick={() => setPasteOpen(!showPaste)}
              >
                <Icon name="paste" />
                Paste text
              </button>
            </>
          )
        }
      />
      {!readOnly && (
        <>
          <input
            ref={filesRef}
            type="file"
            multiple
            accept={ACCEPT}
            className="visually-hidden"
            tabIndex={-1}
            aria-label="Choose files to import"
            onChange={(event) => {
              const files = fromFileList(event.target.files);
              event.target.value = '';
              void importer.importPicked(files);
            }}
          />
          <input
            ref={(input) => {
              folderRef.current = input;
              input?.setAttribute('webkitdirectory', '');
            }}
            type="file"
            multiple
            className="visually-hidden"
            tabIndex={-1}
            aria-label="Choose a folder to import"
            onChange={(event) => {
              const files = fromFileList(event.target.files);
              event.target.value = '';
              void importer.importPicked(files);
            }}
          />
        </>
      )}
      {importer.job !== null && (
        <ImportPanel
          job={importer.job}
          canUndo={canUndoImport}
          onCancel={importer.cancel}
          onDismiss={importer.dismiss}
          onUndo={() => {
            importer.dismiss();
            onUndo();
          }}
          onOpen={onOpen}
        />
      )}
      {showPaste && (
        <div id="paste-panel">
          <PasteArticlePanel
            onAdd={(title, text) => {
              // Stay open for the next article, even though the Library is no longer empty.
              setPasteOpen(true);
              return onAdd(title, text);
            }}
            onClose={() => setPasteOpen(false)}
            disabled={readOnly}
          />
        </div>
      )}
      {articles === null ? (
        <div className="view-body" />
      ) : empty ? (
        <div className="view-body">
          <EmptyState icon="library" title="No articles yet">
            <p>Import files or paste an article to start. Drop files anywhere on this window.</p>
          </EmptyState>
        </div>
      ) : (
        <LibraryPanes
          articles={articles}
          readOnly={readOnly}
          ui={ui}
          onUi={onUi}
          onOpen={onOpen}
          onDelete={onDelete}
          onUpdate={onUpdate}
        />
      )}
    </section>
  );
}

function LibraryPanes({
  articles,
  readOnly,
  ui,
  onUi,
  onOpen,
  onDelete,
  onUpdate,
}: {
  articles: ArticleSummary[];
  readOnly: boolean;
  ui: LibraryUi;
  onUi: LibraryUiUpdate;
  onOpen: (id: ArticleId) => void;
  onDelete: (article: ArticleSummary) => void;
  onUpdate: (id: ArticleId, metadata: Metadata) => Promise<void>;
}) {
  const { filters, sort, selectedId } = ui;
  // The titles' sort keys, made while the page is idle (see makeTitleKeys).
  useEffect(() => {
    let next = 0;
    return whenIdle((deadline) => {
      next = makeTitleKeys(articles, next, () => deadline.timeRemaining() > 1);
      return next < articles.length;
    }, TITLE_KEYS_TIMEOUT_MS);
  }, [articles]);
  // The text field answers at once; the table follows when typing pauses.
  const [text, setText] = useState(filters.text);
  useEffect(() => {
    if (text === filters.text) return;
    const timer = setTimeout(
      () => onUi((current) => ({ ...current, filters: { ...current.filters, text } })),
      TEXT_DEBOUNCE_MS,
    );
    return () => clearTimeout(timer);
  }, [text, filters.text, onUi]);

  const index = useMemo(() => filterIndex(articles), [articles]);
  // The source column and filter name the notebook's sources, graded (issue 18).
  const sourceList = useApiQuery('listSources', {}).data;
  const { labels, sourceIds } = useMemo(() => articleSources(sourceList ?? []), [sourceList]);
  const sources = useMemo(() => sourceFacets(sourceList ?? []), [sourceList]);
  const copies = useMemo(() => copyNotes(articles), [articles]);
  const tags = useMemo(() => tagFacets(articles), [articles]);
  const filtered = useMemo(
    () => filterArticles(index, filters, sourceIds),
    [index, filters, sourceIds],
  );
  const rows = useMemo(() => sortArticles(filtered, sort, labels), [filtered, sort, labels]);
  const selected =
    selectedId === null ? undefined : articles.find((article) => article.id === selectedId);
  const filtering = hasFilters(filters) || text.trim() !== '';

  const setFilter = (key: keyof Filters, value: string) =>
    onUi((current) => ({ ...current, filters: { ...current.filters, [key]: value } }));
  const clearFilters = () => {
    setText('');
    onUi((current) => ({ ...current, filters: NO_FILTERS }));
  };
  const select = (id: ArticleId | null) => onUi((current) => ({ ...current, selectedId: id }));

  return (
    <>
      <div className="filter-bar" role="search" aria-label="Filter articles">
        <div className="filter-search">
          <Icon name="search" />
          <input
            type="search"
            value={text}
            placeholder="Filter by title, source or tag"
            aria-label="Filter by title, source or tag"
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <select
          aria-label="Source"
          value={filters.source}
          onChange={(event) => setFilter('source', event.target.value)}
        >
          <option value="">All sources</option>
          {sources.map(([id, name, n]) => (
            <option key={id} value={id}>
              {name} ({n})
            </option>
          ))}
        </select>
        <select
          aria-label="Tag"
          value={filters.tag}
          onChange={(event) => setFilter('tag', event.target.value)}
          disabled={tags.length === 0 && filters.tag === ''}
        >
          <option value="">{tags.length === 0 ? 'No tags' : 'All tags'}</option>
          {tags.map(([tag, n]) => (
            <option key={tag} value={tag}>
              {tag} ({n})
            </option>
          ))}
        </select>
        <DateBound
          label="From"
          value={filters.from}
          placeholder="YYYY-MM-DD"
          onChange={(value) => setFilter('from', value)}
        />
        <DateBound
          label="To"
          value={filters.to}
          placeholder="YYYY-MM-DD"
          onChange={(value) => setFilter('to', value)}
        />
        {filtering && (
          <button type="button" className="link-button" onClick={clearFilters}>
            Clear filters
          </button>
        )}
        <span id="library-count" className="filter-count" aria-live="polite">
          {filtering ? `${NUMBER.format(rows.length)} of ${NUMBER.format(articles.length)}` : ''}
        </span>
      </div>
      <div className={selected === undefined ? 'library-panes' : 'library-panes with-details'}>
        <div className="library-list">
          {rows.length === 0 ? (
            <EmptyState
              icon="search"
              title="No article matches these filters"
              action={
                <button type="button" className="button" onClick={clearFilters}>
                  Clear filters
                </button>
              }
            >
              <p>Change or clear the filters to see the other articles.</p>
            </EmptyState>
          ) : (
            <ArticleTable
              rows={rows}
              sourceLabels={labels}
              copyNotes={copies}
              sort={sort}
              selectedId={selectedId}
              readOnly={readOnly}
              onSort={(next) => onUi((current) => ({ ...current, sort: next }))}
              onSelect={select}
              onOpen={onOpen}
              onDelete={onDelete}
            />
          )}
        </div>
        {selected !== undefined && (
          <DetailsPanel
            key={selected.id}
            article={selected}
            copyNote={copies.get(selected.id)}
            readOnly={readOnly}
            onUpdate={onUpdate}
            onOpen={onOpen}
            onDelete={onDelete}
            onClose={() => select(null)}
          />
        )}
      </div>
    </>
  );
}

function DateBound({
  label,
  value,
  placeholder,
  onChange,
}: {
  label: string;
  value: string;
  placeholder: string;
  onChange: (value: string) => void;
}) {
  const valid = isDateBound(value);
  return (
    <label className="date-bound">
      <span>{label}</span>
      <input
        type="text"
        inputMode="numeric"
        value={value}
        placeholder={placeholder}
        size={10}
        maxLength={10}
        aria-label={`Published ${label.toLowerCase()}`}
        aria-invalid={!valid}
        title={
          valid
            ? 'YYYY, YYYY-MM or YYYY-MM-DD. Articles dated only to a month or a year count when they may fall in the range.'
            : 'Write the date as YYYY, YYYY-MM or YYYY-MM-DD'
        }
        onChange={(event) => onChange(event.target.value)}
      />
    </label>
  );
}
