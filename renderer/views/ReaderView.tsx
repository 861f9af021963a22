import './reader/AnnotatedArticle.css';
import '../annotate/EntityPicker.css';
import './reader/AnnotationPopover.css';
import './ReaderView.css';
import type { Ref } from 'react';
import type {
  ArticleId,
  ArticleSummary,
  ArticleView,
  EntityId,
  NotebookInfo,
} from '../../electron/common/api/contract.ts';
import { EmptyState } from '../components/EmptyState.tsx';
import { ViewHeader } from '../components/ViewHeader.tsx';
import { AnnotatedArticle } from './reader/AnnotatedArticle.tsx';
import { ArticleListPane } from './reader/ArticleListPane.tsx';

/** Where the Reader should scroll to once the article is open (from the Entities view). */
export interface RevealRequest {
  articleId: ArticleId;
  start: number;
  end: number;
  nonce: number;
}

export interface ReaderContext {
  info: NotebookInfo | null;
  reveal: RevealRequest | null;
  onOpenEntity: (id: EntityId) => void;
}

export function ReaderView({
  article,
  articles,
  openId,
  loading,
  headingRef,
  onOpen,
  onShowLibrary,
  ...context
}: {
  article: ArticleView | null;
  articles: ArticleSummary[];
  openId: ArticleId | null;
  loading: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  onOpen: (id: ArticleId) => void;
  onShowLibrary: () => void;
} & ReaderContext) {
  if (articles.length === 0 || (openId === null && !loading)) {
    return (
      <div className="reader-layout single">
        <ReaderPane
          article={null}
          articles={articles}
          loading={false}
          headingRef={headingRef}
          onShowLibrary={onShowLibrary}
          context={context}
        />
      </div>
    );
  }
  return (
    <div className="reader-layout">
      <ArticleListPane articles={articles} openId={openId} onOpen={onOpen} />
      <ReaderPane
        article={article}
        articles={articles}
        loading={loading}
        headingRef={headingRef}
        onShowLibrary={onShowLibrary}
        context={context}
      />
    </div>
  );
}

function ReaderPane({
  article,
  articles,
  loading,
  headingRef,
  onShowLibrary,
  context,
}: {
  article: ArticleView | null;
  articles: ArticleSummary[];
  loading: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  onShowLibrary: () => void;
  context: ReaderContext;
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
  // Keyed by article: a new article starts with a fresh selection, popover and suggestions.
  return (
    <AnnotatedArticle
      key={article.id}
      article={article}
      articles={articles}
      headingRef={headingRef}
      {...context}
    />
  );
}
