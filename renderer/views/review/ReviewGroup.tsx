import { useRef } from 'react';
import type {
  ArticleId,
  EntitySummary,
  SuggestionGroupView,
} from '../../../electron/common/api/contract.ts';
import { confidenceBand, confidenceText } from '../../../electron/common/model/confidence.ts';
import { EntityPicker } from '../../annotate/EntityPicker.tsx';
import { paletteOf, plural, typeKey, typeLabel } from '../../annotate/entity-types.ts';
import { typeChangeQuestion } from '../../annotate/link-target.ts';
import { itemKey, type Decision } from './decisions.ts';

/** How many places of a group show before it is opened. */
const PREVIEW = 2;

/**
 * One group of the review queue: the name, its proposed entity or candidates, the decisions,
 * and its places (the first two until opened), each with a check box to leave it out.
 */
export function ReviewGroup({
  group,
  types,
  active,
  open,
  leftOut,
  readOnly,
  linking,
  asking,
  onFocus,
  onToggle,
  onLeaveOut,
  onDecide,
  onLink,
  onCancelAsk,
  onOpenMention,
}: {
  group: SuggestionGroupView;
  types: string[];
  active: boolean;
  open: boolean;
  leftOut: ReadonlySet<string>;
  readOnly: boolean;
  linking: boolean;
  asking: EntitySummary | null;
  onFocus: () => void;
  onToggle: () => void;
  onLeaveOut: (item: SuggestionGroupView['items'][number], out: boolean) => void;
  onDecide: (decision: Decision) => void;
  onLink: (show: boolean) => void;
  onCancelAsk: () => void;
  onOpenMention: (articleId: ArticleId, start: number, end: number) => void;
}) {
  const ambiguous = group.candidates !== undefined;
  const placesId = `review-places-${group.key.replace(/[^\w-]/g, '_')}`;
  const shown = open ? group.items : group.items.slice(0, PREVIEW);
  const count = group.items.length;
  const nameRef = useRef<HTMLButtonElement>(null);
  return (
    <li
      className={`review-group${active ? ' active' : ''}${ambiguous ? ' ambiguous' : ''}`}
      data-group={group.key}
    >
      <div className="review-row">
        <button
          type="button"
          ref={nameRef}
          className="review-name"
          data-key={group.key}
          aria-expanded={open}
          aria-controls={placesId}
          onFocus={onFocus}
          onClick={onToggle}
        >
          <span className={`type-dot t-${paletteOf(group.type)}`} aria-hidden="true" />
          <span className="review-text">{group.text}</span>
          <span className={`review-target${ambiguous ? ' which' : ''}`}>
            {ambiguous
              ? `Which ${group.text}?`
              : `→ ${group.entityName ?? group.text}${group.entityId === undefined ? ' (new)' : ''}`}
          </span>
          <span className="review-meta">
            {typeLabel(group.type)} · ×{count}
            {group.articleCount > 1 ? ` in ${group.articleCount} articles` : ''} ·{' '}
            <span className={`review-confidence ${confidenceBand(group.confidence)}`}>
              {confidenceText(group.confidence)}
            </span>
          </span>
        </button>
        <div className="review-actions" role="group" aria-label={`Decide “${group.text}”`}>
          {ambiguous ? (
            group.candidates!.slice(0, 9).map((candidate, index) => (
              <button
                key={candidate.entityId ?? candidate.name}
                type="button"
                className="button small"
                disabled={readOnly}
                aria-keyshortcuts={String(index + 1)}
                onClick={() => onDecide({ kind: 'candidate', index })}
              >
                <kbd>{index + 1}</kbd> {candidate.name}
                {candidate.entityId === undefined ? ' (new)' : ''}
              </button>
            ))
          ) : (
            <button
              type="button"
              className="button small primary"
              disabled={readOnly}
              aria-keyshortcuts="A"
              onClick={() => onDecide({ kind: 'accept' })}
            >
              Accept <kbd>A</kbd>
            </button>
          )}
          <button
            type="button"
            className="button small"
            disabled={readOnly}
            aria-keyshortcuts="R"
            onClick={() => onDecide({ kind: 'reject' })}
          >
            Reject <kbd>R</kbd>
          </button>
          {types
            .filter((type) => type !== group.type && typeKey(type) !== undefined)
            .map((type) => (
              <button
                key={type}
                type="button"
                className="button small"
                disabled={readOnly}
                aria-keyshortcuts={typeKey(type)}
                title={`Accept as ${typeLabel(type).toLowerCase()}`}
                onClick={() => onDecide({ kind: 'retype', type })}
              >
                As {typeLabel(type).toLowerCase()} <kbd>{typeKey(type)}</kbd>
              </button>
            ))}
          <button
            type="button"
            className="button small"
            disabled={readOnly}
            aria-keyshortcuts="E"
            aria-expanded={linking}
            onClick={() => onLink(!linking)}
          >
            Link… <kbd>E</kbd>
          </button>
        </div>
      </div>
      {linking && (
        <div className="review-panel">
          <EntityPicker
            label={`File “${group.text}” under an entity`}
            initialQuery={group.text}
            onPick={(entity) => onDecide({ kind: 'entity', entity })}
            onCancel={() => {
              onLink(false);
              nameRef.current?.focus();
            }}
          />
        </div>
      )}
      {asking !== null && (
        <div className="review-panel review-ask" role="group" aria-label="Link anyway?">
          <p>{typeChangeQuestion(asking, group.type, count)}</p>
          <div className="review-ask-actions">
            <button
              type="button"
              className="button small primary"
              autoFocus
              onClick={() => onDecide({ kind: 'entity', entity: asking, allowTypeChange: true })}
            >
              Link anyway
            </button>
            <button
              type="button"
              className="button small"
              onClick={() => {
                onCancelAsk();
                nameRef.current?.focus();
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
      <ul className="review-places" id={placesId} aria-label={`Places of “${group.text}”`}>
        {shown.map((item) => {
          const key = itemKey(item);
          return (
            <li key={key} className="review-place">
              {open && (
                <input
                  type="checkbox"
                  className="review-check"
                  checked={!leftOut.has(key)}
                  aria-label={`Include the “${group.text}” of “${item.articleTitle}” at ${item.start}`}
                  onChange={(event) => onLeaveOut(item, !event.target.checked)}
                />
              )}
              <button
                type="button"
                className="review-article link-button"
                onClick={() => onOpenMention(item.articleId, item.start, item.end)}
              >
                {item.articleTitle}
              </button>
              <span className="review-context">
                {item.before}
                <strong className="review-hit">{group.text}</strong>
                {item.after}
              </span>
            </li>
          );
        })}
        {!open && count > PREVIEW && (
          <li className="review-more">
            {plural(count - PREVIEW, 'more place')} (Enter shows them)
          </li>
        )}
      </ul>
    </li>
  );
}
