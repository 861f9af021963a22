import './MentionsPane.css';
import { useState } from 'react';
import type {
  ArticleId,
  EntityDetail,
  MentionInContext,
} from '../../../electron/common/api/contract.ts';
import { plural, typeLabel } from '../../annotate/entity-types.ts';

const refOf = (m: MentionInContext) => `${m.articleId}/${m.mentionId}`;

/** Context cut at a word boundary: no half words at the edges. */
const CLIPPED = 20;
function contextBefore(before: string): string {
  if (before.length < CLIPPED) return before.trimStart();
  return `…${before.replace(/^\S*\s+/, '')}`;
}
function contextAfter(after: string): string {
  if (after.length < CLIPPED) return after.trimEnd();
  return `${after.replace(/\s+\S*$/, '')}…`;
}

/**
 * Every mention of the entity, in context, grouped by article: a click opens the Reader there;
 * checked mentions can be split off into a new entity.
 */
export function MentionsPane({
  entity,
  types,
  readOnly,
  onOpenMention,
  onSplit,
}: {
  entity: EntityDetail;
  types: string[];
  readOnly: boolean;
  onOpenMention: (articleId: ArticleId, start: number, end: number) => void;
  onSplit: (mentions: MentionInContext[], name: string, type: string) => Promise<boolean>;
}) {
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [name, setName] = useState<string | null>(null);
  const [type, setType] = useState(entity.type);

  const groups = new Map<ArticleId, { title: string; mentions: MentionInContext[] }>();
  for (const mention of entity.mentions) {
    let group = groups.get(mention.articleId);
    if (group === undefined) {
      group = { title: mention.articleTitle, mentions: [] };
      groups.set(mention.articleId, group);
    }
    group.mentions.push(mention);
  }
  const chosen = entity.mentions.filter((m) => checked.has(refOf(m)));
  const splitName = name ?? chosen[0]?.quote ?? '';

  function toggle(mention: MentionInContext) {
    const next = new Set(checked);
    if (!next.delete(refOf(mention))) next.add(refOf(mention));
    setChecked(next);
  }

  return (
    <section className="entity-mentions" aria-labelledby="mentions-heading">
      <div className="pane-header">
        <h2 id="mentions-heading" className="pane-title">
          Mentions <span className="side-count">{entity.mentions.length}</span>
        </h2>
      </div>
      {chosen.length > 0 && (
        <form
          className="split-bar"
          aria-label="Split into a new entity"
          onSubmit={(event) => {
            event.preventDefault();
            if (splitName.trim() === '') return;
            void onSplit(chosen, splitName.trim(), type).then((ok) => {
              if (ok) {
                setChecked(new Set());
                setName(null);
              }
            });
          }}
        >
          <p className="split-title">Split {plural(chosen.length, 'mention')} into a new entity</p>
          <div className="detail-row">
            <input
              className="text-input"
              aria-label="Name of the new entity"
              value={splitName}
              onChange={(event) => setName(event.target.value)}
            />
            <select
              className="text-input split-type"
              aria-label="Type of the new entity"
              value={type}
              onChange={(event) => setType(event.target.value)}
            >
              {(types.includes(entity.type) ? types : [...types, entity.type]).map((t) => (
                <option key={t} value={t}>
                  {typeLabel(t)}
                </option>
              ))}
            </select>
          </div>
          <div className="detail-row">
            <button
              type="submit"
              className="button primary"
              disabled={readOnly || splitName.trim() === ''}
            >
              Split into new entity
            </button>
            <button type="button" className="button" onClick={() => setChecked(new Set())}>
              Clear
            </button>
          </div>
        </form>
      )}
      <div className="mentions-scroll">
        {entity.mentions.length === 0 && (
          <p className="side-empty">No mentions left: merge this entity or delete it.</p>
        )}
        {[...groups].map(([articleId, group]) => (
          <section key={articleId} className="mention-group" aria-label={group.title}>
            <h3 className="mention-group-title">
              {group.title}
              <span className="side-count">{group.mentions.length}</span>
            </h3>
            <ul className="mention-list">
              {group.mentions.map((mention) => (
                <li key={mention.mentionId} className="mention-item">
                  <input
                    type="checkbox"
                    className="entity-check"
                    aria-label={`Select “${mention.quote}” to split off`}
                    checked={checked.has(refOf(mention))}
                    onChange={() => toggle(mention)}
                  />
                  <button
                    type="button"
                    className="mention-context"
                    title="Open in the Reader"
                    onClick={() => onOpenMention(articleId, mention.start, mention.end)}
                  >
                    {contextBefore(mention.before)}
                    <mark className="mention-quote">{mention.quote}</mark>
                    {contextAfter(mention.after)}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}
