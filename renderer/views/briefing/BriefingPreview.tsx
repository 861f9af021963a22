import type { MouseEvent } from 'react';

// Footnote links jump inside the preview; the page's address (it holds the session) stays.
function onPreviewClick(event: MouseEvent<HTMLElement>) {
  const link = (event.target as HTMLElement).closest('a');
  const href = link?.getAttribute('href') ?? '';
  if (!href.startsWith('#')) return;
  event.preventDefault();
  const target = event.currentTarget.querySelector(`[id="${CSS.escape(href.slice(1))}"]`);
  target?.scrollIntoView({ block: 'center' });
}

/** The brief as it will be exported, beside the composer; a hint while the notebook is empty. */
export function BriefingPreview({
  html,
  error,
  empty,
}: {
  /** Sanitized; null while it renders. */
  html: string | null;
  error: string | null;
  empty: boolean;
}) {
  return (
    <div className="briefing-preview-pane" role="region" aria-label="Preview">
      {empty && (
        <p className="briefing-empty-hint">
          Compose a briefing here once the notebook holds articles: import some in the Library and
          the brief fills with actors, events and sources, each with its footnotes.
        </p>
      )}
      {error !== null && (
        <p className="briefing-error" role="alert">
          {error}
        </p>
      )}
      {html === null ? (
        <p className="loading">Rendering the preview…</p>
      ) : (
        <article
          className="briefing-paper"
          data-testid="briefing-preview"
          onClick={onPreviewClick}
          // Safe twice: the core renders no markup from the text, and sanitizePreview purifies.
          dangerouslySetInnerHTML={{ __html: html }}
        />
      )}
    </div>
  );
}
