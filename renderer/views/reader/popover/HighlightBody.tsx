import { useEffect, useRef, useState } from 'react';
import { Markdown } from '../../../annotate/Markdown.tsx';
import { CredibilitySelect } from '../../../sources/GradeSelect.tsx';
import { clip, type Mark } from '../marks.ts';
import type { PopoverActions } from './popover-actions.ts';

/** A highlight: its comment (Markdown), edited in place, its credibility (1–6), and removal. */
export function HighlightBody({
  mark,
  readOnly,
  startEditing,
  actions,
}: {
  mark: Mark & { kind: 'highlight' };
  readOnly: boolean;
  startEditing: boolean;
  actions: PopoverActions;
}) {
  const [draft, setDraft] = useState<string | null>(startEditing ? mark.comment : null);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(draft !== null);
  useEffect(() => {
    // Back from the editor: the focus returns to the button that opened it.
    if (draft === null && wasEditing.current) editButton.current?.focus();
    wasEditing.current = draft !== null;
  }, [draft]);
  const save = () => {
    if (draft !== null && draft !== mark.comment) actions.saveComment(mark, draft);
    setDraft(null);
  };
  return (
    <>
      <div className="popover-head">
        <span className="entity-chip chip-highlight">Highlight</span>
        <span className="popover-quote inline">“{clip(mark.quote, 60)}”</span>
      </div>
      {draft === null ? (
        <>
          <Markdown source={mark.comment} className="popover-comment" empty="No comment." />
          <label className="popover-credibility">
            <span>Credibility</span>
            <CredibilitySelect
              label="Credibility of the quote"
              value={mark.credibility}
              disabled={readOnly}
              onChange={(credibility) => actions.gradeHighlight(mark, credibility)}
            />
          </label>
          <div className="popover-actions">
            <button
              ref={editButton}
              type="button"
              className="button small"
              data-autofocus
              disabled={readOnly}
              onClick={() => setDraft(mark.comment)}
            >
              {mark.comment.trim() === '' ? 'Add a comment' : 'Edit comment'}
            </button>
            <button
              type="button"
              className="button small danger"
              disabled={readOnly}
              onClick={() => actions.removeHighlight(mark)}
            >
              Remove highlight
            </button>
          </div>
        </>
      ) : (
        <form
          className="comment-form"
          onSubmit={(event) => {
            event.preventDefault();
            save();
          }}
        >
          <label className="popover-label" htmlFor="highlight-comment">
            Comment (Markdown, optional)
          </label>
          <textarea
            id="highlight-comment"
            className="comment-input"
            value={draft}
            rows={4}
            data-autofocus
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                save();
              }
            }}
          />
          <div className="popover-actions">
            <button type="submit" className="button small primary">
              Save <kbd>Ctrl+Enter</kbd>
            </button>
            <button type="button" className="button small" onClick={() => setDraft(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </>
  );
}
