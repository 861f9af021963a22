import type { Ref } from 'react';
import type { ArticleId, ArticleSummary, ArticleView } from '../../electron/core/api/contract.ts';
import { EmptyState } from '../components/EmptyState.tsx';
import { ViewHeader } from '../components/ViewHeader.tsx';
import { formatPartialDate, formatTimestamp, formatWords } from '../format/dates.ts';

export function ReaderView({
  article,
  articles,
  openId,
  loading,
  headingRef,
  onOpen,
  onShowLibrary,
}: {
  article: ArticleView | null;
  articles: ArticleSummary[];
  openId: ArticleId | null;
  loading: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  onOpen: (id: ArticleId) => void;
  onShowLibrary: () => void;
}) {
  if (articles.length === 0 || (openId === null && !loading)) {
    return (
      <div className="reader-layout single">
        <ReaderPane
          article={null}
          loading={false}
          headingRef={headingRef}
          onShowLibrary={onShowLibrary}
        />
      </div>
    );
  }
  return (
    <div className="reader-layout">
      <ArticleListPane articles={articles} openId={openId} onOpen={onOpen} />
      <ReaderPane
        article={article}
        loading={loading}
        headingRef={headingRef}
        onShowLibrary={onShowLibrary}
      />
    </div>
  );
}

/** The articles beside the one being read, to move between them without leaving the Reader. */
function ArticleListPane({
  articles,
  openId,
  onOpen,
}: {
  articles: ArticleSummary[];
  openId: ArticleId | null;
  onOpen: (id: ArticleId) => void;
}) {
  return (
    <nav className="article-list-pane" aria-label="Articles">
      <ul>
        {articles.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              className="article-list-item"
              aria-current={item.id === openId ? 'true' : undefined}
              onClick={() => onOpen(item.id)}
            >
              <span className="article-list-title">{item.title}</span>
              <span className="article-list-meta">
                {[item.source, formatPartialDate(item.published)]
                  .filter((part) => part !== '')
                  .join(' · ') || formatWords(item.wordCount)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function ReaderPane({
  article,
  loading,
  headingRef,
  onShowLibrary,
}: {
  article: ArticleView | null;
  loading: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  onShowLibrary: () => void;
}) {
  if (article === null) {
    return (
      <section className="view reader-view" aria-labelledby="reader-heading">
        <ViewHeader id="reader-heading" title="Reader" headingRef={headingRef} />
        <div className="view-body">
          {loading ? (
            <p className="loading">Opening the article…</p>
          ) : (
            <EmptyState
              icon="reader"
              title="No article open"
              action={
                <button type="button" className="button" onClick={onShowLibrary}>
                  Go to the Library
                </button>
              }
            >
              <p>Open an article from the Library (Alt+1) to read it here.</p>
            </EmptyState>
          )}
        </div>
      </section>
    );
  }
  const meta = [
    article.source,
    article.authors.join(', '),
    formatPartialDate(article.published),
    formatWords(article.wordCount),
  ].filter((part) => part !== '');
  return (
    <section className="view reader-view" aria-label="Reader">
      <div className="view-body reader-scroll">
        <article className="reader-article" lang={article.language || undefined}>
          <header className="article-header">
            <h1 className="article-title" ref={headingRef} tabIndex={-1}>
              {article.title}
            </h1>
            <p className="article-meta">
              {meta.map((part, index) => (
                <span key={index}>{part}</span>
              ))}
            </p>
            <p className="article-added">Added {formatTimestamp(article.addedAt)}</p>
          </header>
          <div className="article-text">
            {article.paragraphs.map((paragraph) => (
              <p key={paragraph.start} data-start={paragraph.start} data-end={paragraph.end}>
                {article.text.slice(paragraph.start, paragraph.end)}
              </p>
            ))}
          </div>
        </article>
      </div>
    </section>
  );
}
