import { useId, useState } from 'react';
import type {
  ArticleId,
  ArticleSummary,
  SourceView,
} from '../../../electron/common/api/contract.ts';
import { messageOf } from '../../api/api-error.ts';
import { useApiMutation } from '../../api/use-api-mutation.ts';
import { ReliabilitySelect, useGradeSource } from '../../sources/GradeSelect.tsx';

/** One source: its grade, name, notes, a merge into another, and its articles. */
export function SourceDetails({
  source,
  others,
  articles,
  readOnly,
  onMerged,
  onOpenArticle,
}: {
  source: SourceView;
  /** The sources it may be merged into. */
  others: SourceView[];
  articles: ReadonlyMap<string, ArticleSummary>;
  readOnly: boolean;
  /** The merge is done: the source is gone, its target holds its names and articles. */
  onMerged: (targetId: string) => void;
  onOpenArticle: (id: ArticleId) => void;
}) {
  const id = useId();
  const { run } = useApiMutation();
  const grade = useGradeSource();
  const [name, setName] = useState(source.name);
  const [notes, setNotes] = useState(source.notes);
  const [targetId, setTargetId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const republished = new Set<string>(source.republished);

  const rename = async () => {
    setError(null);
    try {
      await run(
        'updateSource',
        { id: source.id, name },
        {
          describe: () => `Renamed “${source.name}” to “${name.trim()}”`,
          undoable: true,
          errors: 'caller',
        },
      );
    } catch (failure) {
      setError(messageOf(failure));
    }
  };
  const merge = async () => {
    const target = others.find((other) => other.id === targetId);
    if (target === undefined) return;
    const done = await run(
      'mergeSources',
      { targetId: target.id, sourceIds: [source.id] },
      { describe: () => `Merged “${source.name}” into “${target.name}”`, undoable: true },
    );
    if (done !== undefined) onMerged(target.id);
  };

  return (
    <section className="source-detail" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="source-detail-title">
        {source.name}
      </h2>
      <div className="detail-field">
        <label htmlFor={`${id}-grade`}>Reliability</label>
        <span id={`${id}-grade`}>
          <ReliabilitySelect
            label={`Reliability of ${source.name}`}
            value={source.reliability}
            disabled={readOnly}
            onChange={(reliability) => grade(source, reliability)}
          />
        </span>
      </div>
      <form
        className="detail-field"
        onSubmit={(event) => {
          event.preventDefault();
          void rename();
        }}
      >
        <label htmlFor={`${id}-name`}>Name</label>
        <div className="detail-row">
          <input
            id={`${id}-name`}
            className="text-input"
            value={name}
            disabled={readOnly}
            aria-invalid={error !== null}
            aria-describedby={error === null ? undefined : `${id}-name-error`}
            onChange={(event) => setName(event.target.value)}
          />
          <button
            type="submit"
            className="button"
            disabled={readOnly || name.trim() === '' || name.trim() === source.name}
          >
            Rename
          </button>
        </div>
        {error !== null && (
          <p id={`${id}-name-error`} className="field-error" role="alert">
            {error}
          </p>
        )}
      </form>
      <div className="detail-field">
        <span className="detail-label">Also named</span>
        <p className="source-aliases">
          {source.aliases.length === 0 ? 'No other name yet' : source.aliases.join(' · ')}
        </p>
      </div>
      <form
        className="detail-field"
        onSubmit={(event) => {
          event.preventDefault();
          void run(
            'updateSource',
            { id: source.id, notes },
            { describe: () => `Saved the notes on “${source.name}”`, undoable: true },
          );
        }}
      >
        <label htmlFor={`${id}-notes`}>Notes</label>
        <textarea
          id={`${id}-notes`}
          className="text-input source-notes"
          rows={4}
          value={notes}
          disabled={readOnly}
          placeholder="Ownership, track record, why this grade…"
          onChange={(event) => setNotes(event.target.value)}
        />
        <div className="detail-row">
          <button type="submit" className="button" disabled={readOnly || notes === source.notes}>
            Save notes
          </button>
        </div>
      </form>
      {others.length > 0 && (
        <form
          className="detail-field"
          onSubmit={(event) => {
            event.preventDefault();
            void merge();
          }}
        >
          <label htmlFor={`${id}-merge`}>Merge into another source</label>
          <div className="detail-row">
            <select
              id={`${id}-merge`}
              className="text-input"
              value={targetId}
              disabled={readOnly}
              onChange={(event) => setTargetId(event.target.value)}
            >
              <option value="">Choose the source it is…</option>
              {others.map((other) => (
                <option key={other.id} value={other.id}>
                  {other.name}
                </option>
              ))}
            </select>
            <button type="submit" className="button" disabled={readOnly || targetId === ''}>
              Merge
            </button>
          </div>
        </form>
      )}
      <div className="detail-field">
        <span className="detail-label" id={`${id}-articles`}>
          Articles
        </span>
        <ul className="detail-articles" aria-labelledby={`${id}-articles`}>
          {source.articles.map((articleId) => {
            const article = articles.get(articleId);
            if (article === undefined) return null;
            return (
              <li key={articleId}>
                <button
                  type="button"
                  className="link-row"
                  onClick={() => onOpenArticle(article.id)}
                >
                  <span className="link-row-title">{article.title}</span>
                  {republished.has(articleId) && <span className="badge">republished</span>}
                  {article.copyOf !== null && <span className="badge">copy</span>}
                </button>
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
