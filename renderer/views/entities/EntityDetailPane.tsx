import './EntityDetailPane.css';
import { useState } from 'react';
import type { ArticleId, EntityDetail } from '../../../electron/common/api/contract.ts';
import { paletteOf, plural, typeLabel } from '../../annotate/entity-types.ts';
import { Markdown } from '../../annotate/Markdown.tsx';
import { Icon } from '../../components/Icon.tsx';

export interface EntityEdit {
  name?: string;
  type?: string;
  aliases?: string[];
  description?: string;
}

/** One entity: its names, type and description, editable in place; and where it appears. */
export function EntityDetailPane({
  entity,
  types,
  readOnly,
  onEdit,
  onDelete,
  onOpenArticle,
}: {
  entity: EntityDetail;
  types: string[];
  readOnly: boolean;
  /** Resolves to an error message, or null when the change was made. */
  onEdit: (edit: EntityEdit) => Promise<string | null>;
  onDelete: () => void;
  onOpenArticle: (articleId: ArticleId) => void;
}) {
  const [name, setName] = useState(entity.name);
  const [alias, setAlias] = useState('');
  const [description, setDescription] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function edit(change: EntityEdit): Promise<boolean> {
    const message = await onEdit(change);
    setError(message);
    return message === null;
  }

  const articles = new Map<ArticleId, { title: string; count: number }>();
  for (const mention of entity.mentions) {
    const entry = articles.get(mention.articleId);
    if (entry === undefined)
      articles.set(mention.articleId, { title: mention.articleTitle, count: 1 });
    else entry.count += 1;
  }
  const allTypes = types.includes(entity.type) ? types : [...types, entity.type];
  const nameChanged = name.trim() !== '' && name.trim() !== entity.name;

  return (
    <section className="entity-detail" aria-labelledby="entity-detail-heading">
      <header className="entity-detail-header">
        <span className={`entity-chip chip-${paletteOf(entity.type)}`}>
          {typeLabel(entity.type)}
        </span>
        <h2 id="entity-detail-heading" className="entity-detail-title">
          {entity.name}
        </h2>
        <button
          type="button"
          className="icon-button danger"
          aria-label={`Delete entity ${entity.name}`}
          title="Delete entity (its mentions are removed; Undo brings them back)"
          disabled={readOnly}
          onClick={onDelete}
        >
          <Icon name="trash" />
        </button>
      </header>
      <p className="entity-detail-stats">
        {plural(entity.mentionCount, 'mention')} in {plural(entity.articleCount, 'article')}
      </p>
      {error !== null && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}

      <form
        className="detail-field"
        onSubmit={(event) => {
          event.preventDefault();
          if (nameChanged) void edit({ name: name.trim() });
        }}
      >
        <label htmlFor="entity-name">Name</label>
        <div className="detail-row">
          <input
            id="entity-name"
            className="text-input"
            value={name}
            disabled={readOnly}
            onChange={(event) => setName(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') setName(entity.name);
            }}
          />
          <button type="submit" className="button" disabled={!nameChanged || readOnly}>
            Rename
          </button>
        </div>
      </form>

      <div className="detail-field">
        <label htmlFor="entity-type">Type</label>
        <select
          id="entity-type"
          className="text-input"
          value={entity.type}
          disabled={readOnly}
          onChange={(event) => void edit({ type: event.target.value })}
        >
          {allTypes.map((type) => (
            <option key={type} value={type}>
              {typeLabel(type)}
            </option>
          ))}
        </select>
      </div>

      <div className="detail-field">
        <span className="detail-label" id="aliases-label">
          Aliases
        </span>
        <ul className="alias-chips" aria-labelledby="aliases-label">
          {entity.aliases.length === 0 && <li className="alias-none">None yet</li>}
          {entity.aliases.map((known) => (
            <li key={known} className="alias-chip">
              {known}
              <button
                type="button"
                className="alias-remove"
                aria-label={`Remove alias ${known}`}
                disabled={readOnly}
                onClick={() => void edit({ aliases: entity.aliases.filter((a) => a !== known) })}
              >
                <Icon name="close" size={12} />
              </button>
            </li>
          ))}
        </ul>
        <form
          className="detail-row"
          onSubmit={(event) => {
            event.preventDefault();
            const added = alias.trim();
            if (added === '' || entity.aliases.includes(added)) return;
            void edit({ aliases: [...entity.aliases, added] }).then((ok) => {
              if (ok) setAlias('');
            });
          }}
        >
          <input
            className="text-input"
            aria-label="New alias"
            placeholder="Add an alias…"
            value={alias}
            disabled={readOnly}
            onChange={(event) => setAlias(event.target.value)}
          />
          <button type="submit" className="button" disabled={alias.trim() === '' || readOnly}>
            Add
          </button>
        </form>
      </div>

      <div className="detail-field">
        <div className="detail-label-row">
          <span className="detail-label">Description</span>
          {description === null && (
            <button
              type="button"
              className="link-button"
              disabled={readOnly}
              onClick={() => setDescription(entity.description)}
            >
              {entity.description.trim() === '' ? 'Write one' : 'Edit'}
            </button>
          )}
        </div>
        {description === null ? (
          <Markdown
            source={entity.description}
            className="description-preview"
            empty="Who or what this is, in your words (Markdown)."
          />
        ) : (
          <form
            className="description-form"
            onSubmit={(event) => {
              event.preventDefault();
              void edit({ description }).then((ok) => {
                if (ok) setDescription(null);
              });
            }}
          >
            <textarea
              className="text-input description-input"
              aria-label="Description (Markdown)"
              rows={5}
              value={description}
              onChange={(event) => setDescription(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                  event.preventDefault();
                  event.currentTarget.form?.requestSubmit();
                } else if (event.key === 'Escape') {
                  setDescription(null);
                }
              }}
            />
            {description.trim() !== '' && (
              <div className="description-live" aria-label="Preview">
                <Markdown source={description} className="description-preview" />
              </div>
            )}
            <div className="detail-row">
              <button type="submit" className="button primary">
                Save
              </button>
              <button type="button" className="button" onClick={() => setDescription(null)}>
                Cancel
              </button>
            </div>
          </form>
        )}
      </div>

      <div className="detail-field">
        <span className="detail-label">Articles</span>
        <ul className="detail-articles">
          {[...articles].map(([articleId, entry]) => (
            <li key={articleId}>
              <button type="button" className="link-row" onClick={() => onOpenArticle(articleId)}>
                <span className="link-row-title">{entry.title}</span>
                <span className="link-row-count">{entry.count}</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
