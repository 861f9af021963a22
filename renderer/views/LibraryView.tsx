import { useState, type Ref } from 'react';
import type { ArticleId, ArticleSummary } from '../../electron/core/api/contract.ts';
import { EmptyState } from '../components/EmptyState.tsx';
import { Icon } from '../components/Icon.tsx';
import { ViewHeader } from '../components/ViewHeader.tsx';
import { formatPartialDate, formatTimestamp } from '../format/dates.ts';
import { PasteArticlePanel } from './PasteArticlePanel.tsx';

const NUMBER = new Intl.NumberFormat();

export function LibraryView({
  articles,
  openId,
  readOnly,
  headingRef,
  onOpen,
  onDelete,
  onAdd,
}: {
  articles: ArticleSummary[] | null;
  openId: ArticleId | null;
  readOnly: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  onOpen: (id: ArticleId) => void;
  onDelete: (article: ArticleSummary) => void;
  onAdd: (title: string, text: string) => Promise<void>;
}) {
  // The panel starts open on an empty notebook: pasting is the only way in for now.
  const [pasteOpen, setPasteOpen] = useState<boolean | null>(null);
  const empty = articles !== null && articles.length === 0;
  const showPaste = !readOnly && (pasteOpen ?? empty);
  const count = articles?.length ?? 0;

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
            <button
              type="button"
              className={showPaste ? 'button' : 'button primary'}
              aria-expanded={showPaste}
              aria-controls="paste-panel"
              onClick={() => setPasteOpen(!showPaste)}
            >
              <Icon name="paste" />
              Paste article
            </button>
          )
        }
      />
      <div className="view-body">
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
        {empty && (
          <EmptyState icon="library" title="No articles yet">
            <p>
              Paste an article’s title and text to add it. It will be listed here, ready to read and
              annotate.
            </p>
          </EmptyState>
        )}
        {articles !== null && articles.length > 0 && (
          <ArticleTable
            articles={articles}
            openId={openId}
            readOnly={readOnly}
            onOpen={onOpen}
            onDelete={onDelete}
          />
        )}
      </div>
    </section>
  );
}

function ArticleTable({
  articles,
  openId,
  readOnly,
  onOpen,
  onDelete,
}: {
  articles: ArticleSummary[];
  openId: ArticleId | null;
  readOnly: boolean;
  onOpen: (id: ArticleId) => void;
  onDelete: (article: ArticleSummary) => void;
}) {
  return (
    <table className="article-table" aria-label="Articles">
      <colgroup>
        <col className="col-title" />
        <col className="col-source" />
        <col className="col-date" />
        <col className="col-words" />
        <col className="col-added" />
        <col className="col-actions" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col">Source</th>
          <th scope="col">Published</th>
          <th scope="col" className="numeric">
            Words
          </th>
          <th scope="col">Added</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {articles.map((article) => (
          <tr
            key={article.id}
            className={article.id === openId ? 'selected' : undefined}
            onClick={() => onOpen(article.id)}
          >
            <td className="cell-title">
              <button
                type="button"
                className="row-link"
                title={`Open “${article.title}” in the Reader`}
                onClick={(event) => {
                  event.stopPropagation();
                  onOpen(article.id);
                }}
              >
                {article.title}
              </button>
            </td>
            <td className="cell-muted">{article.source || '—'}</td>
            <td className="cell-muted">{formatPartialDate(article.published) || '—'}</td>
            <td className="numeric cell-muted">{NUMBER.format(article.wordCount)}</td>
            <td className="cell-muted">{formatTimestamp(article.addedAt)}</td>
            <td className="cell-actions">
              {!readOnly && (
                <button
                  type="button"
                  className="icon-button danger"
                  aria-label={`Delete “${article.title}”`}
                  title="Delete (Undo brings it back)"
                  onClick={(event) => {
                    event.stopPropagation();
                    onDelete(article);
                  }}
                >
                  <Icon name="trash" />
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
