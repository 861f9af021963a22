import { confidenceBand, confidenceText } from '../../../../electron/common/model/confidence.ts';
import { paletteOf, typeLabel } from '../../../annotate/entity-types.ts';
import { linkTarget, targetText } from '../../../annotate/link-target.ts';
import type { Mark } from '../marks.ts';
import type { PopoverActions } from './popover-actions.ts';

/**
 * A suggestion: accept it (here, in the article, everywhere), as another type or entity, or
 * reject it.
 */
export function SuggestionBody({
  mark,
  types,
  readOnly,
  sameText,
  actions,
}: {
  mark: Mark & { kind: 'suggestion' };
  types: string[];
  readOnly: boolean;
  sameText: number;
  actions: PopoverActions;
}) {
  const s = mark.suggestion;
  const ambiguous = s.candidates !== undefined;
  return (
    <>
      <div className="popover-head">
        <span className={`entity-chip chip-outline chip-${paletteOf(s.type)}`}>
          {typeLabel(s.type)}?
        </span>
        <span className="popover-title">{s.text}</span>
      </div>
      <p className={`popover-target${ambiguous ? ' which' : ''}`}>
        {ambiguous ? `Which ${s.text}?` : targetText(s)}
      </p>
      <p className="popover-note">
        {ambiguous
          ? 'More than one entity goes by this name here: choose who it is.'
          : s.source === 'registry'
            ? `Known name of ${s.entityName ?? 'an entity'} in your registry.`
            : 'Suggested by the offline recognizer.'}{' '}
        <span className={`suggestion-confidence ${confidenceBand(s.confidence)}`}>
          {confidenceText(s.confidence)}.
        </span>
      </p>
      {ambiguous && (
        <div className="popover-candidates" role="group" aria-label={`Which ${s.text}?`}>
          {s.candidates!.map((candidate, index) => (
            <button
              key={candidate.entityId ?? candidate.name}
              type="button"
              className="button small"
              disabled={readOnly}
              {...(index === 0 && { 'data-autofocus': true })}
              onClick={() => actions.acceptAs(mark, linkTarget(candidate))}
            >
              {candidate.name}
              {candidate.entityId === undefined ? ' (new)' : ''}
            </button>
          ))}
        </div>
      )}
      <div className="popover-actions">
        {!ambiguous && (
          <button
            type="button"
            className="button small primary"
            disabled={readOnly}
            data-autofocus
            aria-keyshortcuts="Enter"
            onClick={() => actions.accept(mark, 'one')}
          >
            Accept <kbd>Enter</kbd>
          </button>
        )}
        <button
          type="button"
          className="button small"
          disabled={readOnly}
          aria-keyshortcuts="Delete Backspace"
          onClick={() => actions.reject(mark, false)}
        >
          Reject <kbd>Del</kbd>
        </button>
      </div>
      <p className="popover-label">Accept as</p>
      <div className="popover-types">
        {types
          .filter((type) => type !== s.type)
          .map((type) => (
            <button
              key={type}
              type="button"
              className="toolbar-button"
              disabled={readOnly}
              onClick={() => actions.acceptAs(mark, { type })}
            >
              <span className={`type-dot t-${paletteOf(type)}`} aria-hidden="true" />
              {typeLabel(type)}
            </button>
          ))}
      </div>
      <div className="popover-menu">
        <button
          type="button"
          className="menu-item"
          disabled={readOnly || ambiguous}
          onClick={() => actions.accept(mark, 'article')}
        >
          Accept all ‘{s.text}’ in this article{sameText > 1 ? ` (${sameText})` : ''}
        </button>
        <button
          type="button"
          className="menu-item"
          disabled={readOnly || ambiguous}
          onClick={() => actions.accept(mark, 'everywhere')}
        >
          Accept all ‘{s.text}’ in every article
        </button>
        <button
          type="button"
          className="menu-item danger"
          disabled={readOnly}
          onClick={() => actions.reject(mark, true)}
        >
          Reject ‘{s.text}’ everywhere
        </button>
      </div>
    </>
  );
}
