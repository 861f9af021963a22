import './PasteArticlePanel.css';
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { messageOf } from '../api/api-error.ts';

/** An inline panel (no modal) to add an article from pasted text. */
export function PasteArticlePanel({
  onAdd,
  onClose,
  disabled,
}: {
  onAdd: (title: string, text: string) => Promise<void>;
  onClose: () => void;
  disabled: boolean;
}) {
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const ready = title.trim() !== '' && text.trim() !== '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    await attemptAdd();
  }

  async function attemptAdd() {
    if (adding) return;
    if (!ready) {
      setError(
        title.trim() === ''
          ? 'Give the article a title before adding it.'
          : 'Paste the article’s text before adding it.',
      );
      return;
    }
    setAdding(true);
    setError(null);
    try {
      await onAdd(title, text);
      setTitle('');
      setText('');
      titleRef.current?.focus();
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setAdding(false);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (
      event.key === 'Enter' &&
      (event.ctrlKey || event.metaKey || event.target === titleRef.current)
    ) {
      // Also when Add is disabled (the browser then ignores Enter): say what is missing.
      event.preventDefault();
      void attemptAdd();
    }
  }

  return (
    <form
      className="paste-panel"
      aria-labelledby={`${id}-heading`}
      onSubmit={submit}
      onKeyDown={onKeyDown}
      noValidate
    >
      <div className="panel-header">
        <h2 id={`${id}-heading`} className="panel-title">
          Paste an article
        </h2>
        <p className="panel-hint">
          A blank line starts a new paragraph. Once added, the text never changes, so your marks
          stay anchored.
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-title`}>Title</label>
        <input
          id={`${id}-title`}
          ref={titleRef}
          type="text"
          value={title}
          autoComplete="off"
          spellCheck={false}
          maxLength={1000}
          placeholder="e.g. Talks resume in Geneva"
          onChange={(event) => {
            setTitle(event.target.value);
            setError(null);
          }}
          disabled={disabled}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-text`}>Text</label>
        <textarea
          id={`${id}-text`}
          value={text}
          rows={8}
          placeholder="Paste the article’s text here"
          onChange={(event) => {
            setText(event.target.value);
            setError(null);
          }}
          disabled={disabled}
        />
      </div>
      {error !== null && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="panel-actions">
        <button type="submit" className="button primary" disabled={!ready || adding || disabled}>
          {adding ? 'Adding…' : 'Add'}
        </button>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
        <span className="panel-shortcut" aria-hidden="true">
          Ctrl+Enter to add · Esc to close
        </span>
      </div>
    </form>
  );
}
