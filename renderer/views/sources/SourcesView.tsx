import { useMemo, useState, type Ref } from 'react';
import type { ArticleId, NotebookInfo, SourceView } from '../../../electron/common/api/contract.ts';
import { messageOf } from '../../api/api-error.ts';
import { useApiQuery } from '../../api/use-api-query.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ViewHeader } from '../../components/ViewHeader.tsx';
import { SourceDetails } from './SourceDetails.tsx';
import './SourcesView.css';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * The notebook's sources (issue 18): every outlet its articles name, with its reliability,
 * aliases, articles and wire copies; the one selected is graded, renamed, merged or annotated
 * beside the list, and its articles open in the Reader.
 */
export function SourcesView({
  headingRef,
  info,
  onOpenArticle,
}: {
  headingRef: Ref<HTMLHeadingElement>;
  info: NotebookInfo | null;
  onOpenArticle: (id: ArticleId) => void;
}) {
  const sourcesQuery = useApiQuery('listSources', {});
  const articlesQuery = useApiQuery('listArticles', {});
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const readOnly = info?.readOnly ?? false;

  const sources = useMemo(
    () =>
      [...(sourcesQuery.data ?? [])]
        .filter((source) => source.articles.length > 0)
        .sort((a, b) => collator.compare(a.name, b.name)),
    [sourcesQuery.data],
  );
  const articles = useMemo(
    () => new Map((articlesQuery.data ?? []).map((article) => [article.id as string, article])),
    [articlesQuery.data],
  );
  const shown = useMemo(() => {
    const words = query.toLocaleLowerCase().trim();
    if (words === '') return sources;
    return sources.filter((source) =>
      [source.name, ...source.aliases].some((name) => name.toLocaleLowerCase().includes(words)),
    );
  }, [sources, query]);
  const selected = sources.find((source) => source.id === selectedId) ?? null;
  const copiesOf = (source: SourceView) =>
    source.articles.filter((id) => (articles.get(id)?.copyOf ?? null) !== null).length;

  const header = (
    <ViewHeader
      id="sources-heading"
      title="Sources"
      headingRef={headingRef}
      subtitle={
        sourcesQuery.data === undefined
          ? undefined
          : `${sources.length} ${sources.length === 1 ? 'source' : 'sources'} · reliability A (completely reliable) to F (cannot be judged)`
      }
    />
  );

  if (sources.length === 0) {
    return (
      <section className="view" aria-labelledby="sources-heading">
        {header}
        <div className="view-body">
          {sourcesQuery.isPending ? (
            <p className="loading">Loading the sources…</p>
          ) : (
            <EmptyState icon="sources" title="No sources yet">
              <p>Every outlet the imported articles name becomes a source, listed here to grade.</p>
              {sourcesQuery.error !== null && <p>{messageOf(sourcesQuery.error)}</p>}
            </EmptyState>
          )}
        </div>
      </section>
    );
  }

  return (
    <section className="view sources-view" aria-labelledby="sources-heading">
      {header}
      <div className="sources-layout">
        <div className="sources-list-pane">
          <input
            className="text-input sources-filter"
            type="search"
            aria-label="Filter sources by name or alias"
            placeholder="Filter…"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
          <ul className="sources-list" aria-label="Sources">
            {shown.map((source) => {
              const copies = copiesOf(source);
              return (
                <li key={source.id}>
                  <button
                    type="button"
                    className="source-row"
                    aria-current={source.id === selectedId ? 'true' : undefined}
                    onClick={() => setSelectedId(source.id)}
                  >
                    <span className="source-row-grade" aria-hidden="true">
                      {source.reliability ?? '–'}
                    </span>
                    <span className="source-row-names">
                      <span className="source-row-name">
                        {source.name}
                        <span className="visually-hidden">
                          ,{' '}
                          {source.reliability === null
                            ? 'ungraded'
                            : `graded ${source.reliability}`}
                          ,
                        </span>
                      </span>
                      {source.aliases.length > 0 && (
                        <span className="source-row-aliases">{source.aliases.join(' · ')}</span>
                      )}
                    </span>
                    <span className="source-row-counts">
                      {source.articles.length}{' '}
                      {source.articles.length === 1 ? 'article' : 'articles'}
                      {copies > 0 && `, ${copies} ${copies === 1 ? 'copy' : 'copies'}`}
                    </span>
                  </button>
                </li>
              );
            })}
            {shown.length === 0 && <li className="pane-empty">No source matches the filter.</li>}
          </ul>
        </div>
        <div className="sources-detail-pane">
          {selected === null ? (
            <p className="pane-empty">
              Choose a source to grade its reliability, rename it, merge it into another or read its
              articles.
            </p>
          ) : (
            <SourceDetails
              key={`${selected.id}:${selected.name}:${selected.notes}`}
              source={selected}
              others={sources.filter((other) => other.id !== selected.id)}
              articles={articles}
              readOnly={readOnly}
              onMerged={setSelectedId}
              onOpenArticle={onOpenArticle}
            />
          )}
        </div>
      </div>
    </section>
  );
}
