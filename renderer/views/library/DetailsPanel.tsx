import './DetailsPanel.css';
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { ArticleId, ArticleSummary } from '../../../electron/common/api/contract.ts';
import { ApiError, messageOf } from '../../api/api-error.ts';
import { Icon } from '../../components/Icon.tsx';
import { formatTimestamp } from '../../format/dates.ts';

export type Metadata = Partial<
  Pick<
    ArticleSummary,
    'title' | 'source' | 'authors' | 'published' | 'url' | 'dateline' | 'language' | 'tags'
  >
>;

type Field = 'title' | 'source' | 'authors' | 'published' | 'url' | 'dateline' | 'language';

const FIELDS: { field: Field; label: string; hint?: string; placeholder?: string }[] = [
  { field: 'title', label: 'Title' },
  { field: 'source', label: 'Source', placeholder: 'e.g. Reuters' },
  { field: 'authors', label: 'Authors', hint: 'Separate names with commas.' },
  {
    field: 'published',
    label: 'Published',
    hint: 'YYYY, YYYY-MM or YYYY-MM-DD: as precise as the source says.',
    placeholder: 'YYYY-MM-DD',
  },
  { field: 'url', label: 'URL', placeholder: 'https://…' },
  { field: 'dateline', label: 'Dateline', placeholder: 'e.g. Washington' },
  { field: 'language', label: 'Language', placeholder: 'e.g. en' },
];

function shown(article: ArticleSummary, field: Field): string {
  if (field === 'authors') return article.authors.join(', ');
  if (field === 'published') return article.published ?? '';
  return article[field];
}

function parsed(field: Field, value: string): Metadata {
  if (field === 'authors') {
    return {
      authors: value
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean),
    };
  }
  if (field === 'published') return { published: value.trim() === '' ? null : value.trim() };
  return { [field]: value } as Metadata;
}

/**
 * The checks the notebook makes too, answered before asking it: the same words, at once, and no
 * refused request (a browser logs every refused request as an error).
 */
function invalid(field: Field, value: string): string | null {
  const text = value.trim();
  if (field === 'title' && text === '') return 'The title is empty.';
  if (field === 'published' && text !== '') {
    const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
    if (match === null) return 'Expected a date as YYYY, YYYY-MM or YYYY-MM-DD.';
    const [, year, month, day] = match.map(Number) as [number, number, number?, number?];
    const daysInMonth = month === undefined ? 31 : new Date(Date.UTC(year, month, 0)).getUTCDate();
    const badMonth = month !== undefined && !Number.isNaN(month) && (month < 1 || month > 12);
    const badDay = day !== undefined && !Number.isNaN(day) && (day < 1 || day > daysInMonth);
    if (badMonth || badDay) return `No such date: ${text}.`;
  }
  return null;
}

/** Which field an API message is about: "Invalid input for updateArticle (metadata.url): …". */
function fieldOf(error: unknown): { field: Field | 'tags' | null; message: string } {
  const message = messageOf(error);
  if (!(error instanceof ApiError)) return { field: null, message };
  const match = /\(metadata\.(\w+)[^)]*\):\s*(.*)$/s.exec(message);
  if (match === null) return { field: null, message };
  const field = match[1] as Field | 'tags';
  const text = match[2]!.replace(/\.$/, '');
  return { field, message: text.charAt(0).toUpperCase() + text.slice(1) + '.' };
}

/**
 * Every metadata field as it stands: sent whole with each change, so a field the change leaves
 * alone can never be reset by a default on the way (the core compares, and names only the fields
 * that changed in its undo label).
 */
function currentMetadata(article: ArticleSummary): Metadata {
  const { title, source, authors, published, url, dateline, language, tags } = article;
  return { title, source, authors, published, url, dateline, language, tags };
}

const BYTES = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${BYTES.format(bytes / 1024)} KB`;
  return `${BYTES.format(bytes / (1024 * 1024))} MB`;
}

/** The selected article's metadata, editable in place, beside the table (the third pane). */
export function DetailsPanel({
  article,
  copyNote,
  readOnly,
  onUpdate,
  onOpen,
  onDelete,
  onClose,
}: {
  article: ArticleSummary;
  /** What the article copies, when it is a wire copy (sources/article-sources.ts). */
  copyNote: string | undefined;
  readOnly: boolean;
  onUpdate: (id: ArticleId, metadata: Metadata) => Promise<void>;
  onOpen: (id: ArticleId) => void;
  onDelete: (article: ArticleSummary) => void;
  onClose: () => void;
}) {
  const id = useId();
  // Only what the user changed; the rest follows the notebook (after an undo, say).
  const [edits, setEdits] = useState<Partial<Record<Field, string>>>({});
  const [errors, setErrors] = useState<Partial<Record<Field | 'tags' | 'form', string>>>({});
  const [saving, setSaving] = useState(false);
  // Tags just sent and not yet back from the notebook: the next change builds on them.
  const [pendingTags, setPendingTags] = useState<string[] | null>(null);
  const tags = pendingTags ?? article.tags;

  const changed = FIELDS.filter(
    ({ field }) => edits[field] !== undefined && edits[field] !== shown(article, field),
  );
  const dirty = changed.length > 0;

  async function save(event?: FormEvent) {
    event?.preventDefault();
    if (!dirty || saving) return;
    const refused: Partial<Record<Field, string>> = {};
    for (const { field } of changed) {
      const message = invalid(field, edits[field]!);
      if (message !== null) refused[field] = message;
    }
    if (Object.keys(refused).length > 0) {
      setErrors(refused);
      return;
    }
    let metadata: Metadata = { ...currentMetadata(article), tags };
    for (const { field } of changed) metadata = { ...metadata, ...parsed(field, edits[field]!) };
    setSaving(true);
    setErrors({});
    try {
      await onUpdate(article.id, metadata);
      setEdits({});
    } catch (error) {
      const { field, message } = fieldOf(error);
      setErrors({ [field ?? 'form']: message });
    } finally {
      setSaving(false);
    }
  }

  function cancel() {
    setEdits({});
    setErrors({});
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Escape' && dirty) {
      event.preventDefault();
      cancel();
    }
  }

  async function updateTags(next: string[]) {
    setErrors((current) => ({ ...current, tags: undefined }));
    setPendingTags(next);
    try {
      await onUpdate(article.id, { ...currentMetadata(article), tags: next });
    } catch (error) {
      setErrors((current) => ({ ...current, tags: fieldOf(error).message }));
    } finally {
      // The list has been reloaded by now; a later change still in flight keeps its own.
      setPendingTags((current) => (current === next ? null : current));
    }
  }

  const original = article.original;
  return (
    <aside
      className="details-panel"
      aria-labelledby={`${id}-heading`}
      onKeyDown={(event) => {
        // Esc undoes unsaved edits first (the form handles that), then closes the panel.
        if (event.key === 'Escape' && !event.defaultPrevented) onClose();
      }}
    >
      <div className="details-header">
        <h2 id={`${id}-heading`} className="details-title">
          Details
        </h2>
        <button
          type="button"
          className="icon-button"
          aria-label="Close details"
          title="Close details (Esc)"
          onClick={onClose}
        >
          <Icon name="close" />
        </button>
      </div>
      <div className="details-actions">
        <button type="button" className="button primary" onClick={() => onOpen(article.id)}>
          <Icon name="reader" />
          Open in Reader
        </button>
        {!readOnly && (
          <button type="button" className="button" onClick={() => onDelete(article)}>
            <Icon name="trash" />
            Delete
          </button>
        )}
      </div>
      {copyNote !== undefined && (
        <p className="details-copy-note" role="note">
          {copyNote}
        </p>
      )}

      <TagEditor
        tags={tags}
        readOnly={readOnly}
        error={errors.tags}
        onChange={(tags) => void updateTags(tags)}
      />
      <form
        className="details-form"
        aria-label="Article metadata"
        onSubmit={(event) => void save(event)}
        onKeyDown={onKeyDown}
        noValidate
      >
        {FIELDS.map(({ field, label, hint, placeholder }) => {
          const error = errors[field];
          const described = [hint && `${id}-${field}-hint`, error && `${id}-${field}-error`]
            .filter(Boolean)
            .join(' ');
          return (
            <div className="field" key={field}>
              <label htmlFor={`${id}-${field}`}>{label}</label>
              <input
                id={`${id}-${field}`}
                type="text"
                value={edits[field] ?? shown(article, field)}
                placeholder={placeholder}
                autoComplete="off"
                spellCheck={field === 'title'}
                readOnly={readOnly}
                aria-invalid={error !== undefined}
                aria-describedby={described || undefined}
                onChange={(event) => {
                  const value = event.target.value;
                  setEdits((current) => ({ ...current, [field]: value }));
                  setErrors((current) => ({ ...current, [field]: undefined, form: undefined }));
                }}
              />
              {hint !== undefined && (
                <span id={`${id}-${field}-hint`} className="field-hint">
                  {hint}
                </span>
              )}
              {error !== undefined && (
                <p id={`${id}-${field}-error`} className="field-error" role="alert">
                  {error}
                </p>
              )}
            </div>
          );
        })}
        {errors.form !== undefined && (
          <p className="field-error" role="alert">
            {errors.form}
          </p>
        )}
        {!readOnly && (
          <div className="panel-actions">
            <button type="submit" className="button primary" disabled={!dirty || saving}>
              {saving ? 'Saving…' : 'Save'}
            </button>
            <button type="button" className="button" disabled={!dirty || saving} onClick={cancel}>
              Cancel
            </button>
          </div>
        )}
      </form>

      <section className="details-section" aria-labelledby={`${id}-original`}>
        <h3 id={`${id}-original`} className="details-subtitle">
          Original file
        </h3>
        {original === null ? (
          <p className="details-muted">None: this article was pasted as text.</p>
        ) : (
          <dl className="details-facts">
            <dt>Name</dt>
            <dd title={original.name}>{original.name}</dd>
            <dt>Type</dt>
            <dd>{original.mediaType}</dd>
            <dt>Size</dt>
            <dd>{formatBytes(original.bytes)}</dd>
            <dt>SHA-256</dt>
            <dd>
              <code className="sha">{original.sha256}</code>
            </dd>
          </dl>
        )}
        <dl className="details-facts">
          <dt>Added</dt>
          <dd>{formatTimestamp(article.addedAt)}</dd>
          <dt>Words</dt>
          <dd>{article.wordCount.toLocaleString()}</dd>
        </dl>
      </section>
    </aside>
  );
}

/** Tags as chips: Enter adds, × or Backspace (in the empty field) removes; each step undoable. */
function TagEditor({
  tags,
  readOnly,
  error,
  onChange,
}: {
  tags: string[];
  readOnly: boolean;
  error: string | undefined;
  onChange: (tags: string[]) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);

  function add() {
    const tag = draft.trim().replace(/\s+/g, ' ');
    if (tag === '') return;
    setDraft('');
    if (!tags.includes(tag)) onChange([...tags, tag]);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add();
    } else if (event.key === 'Backspace' && draft === '' && tags.length > 0) {
      event.preventDefault();
      onChange(tags.slice(0, -1));
    }
  }

  return (
    <section className="details-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="details-subtitle">
        Tags
      </h3>
      <ul className="tag-list" aria-label="Tags">
        {tags.map((tag) => (
          <li key={tag} className="tag-chip">
            <span>{tag}</span>
            {!readOnly && (
              <button
                type="button"
                className="tag-remove"
                aria-label={`Remove tag ${tag}`}
                title={`Remove tag “${tag}”`}
                onClick={() => {
                  onChange(tags.filter((other) => other !== tag));
                  inputRef.current?.focus();
                }}
              >
                <Icon name="close" size={12} />
              </button>
            )}
          </li>
        ))}
        {tags.length === 0 && <li className="details-muted">No tags yet.</li>}
      </ul>
      {!readOnly && (
        <div className="field">
          <label htmlFor={`${id}-input`} className="visually-hidden">
            Add a tag
          </label>
          <input
            id={`${id}-input`}
            ref={inputRef}
            type="text"
            value={draft}
            placeholder="Add a tag and press Enter"
            autoComplete="off"
            maxLength={100}
            aria-invalid={error !== undefined}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={onKeyDown}
          />
        </div>
      )}
      {error !== undefined && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
