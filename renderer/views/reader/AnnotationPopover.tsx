import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { EntityId, EntitySummary } from '../../../electron/common/api/contract.ts';
import { EntityPicker } from '../../annotate/EntityPicker.tsx';
import { paletteOf, typeKey, typeLabel } from '../../annotate/entity-types.ts';
import { linkTarget, targetText, typeChangeQuestion } from '../../annotate/link-target.ts';
import { Markdown } from '../../annotate/Markdown.tsx';
import { Icon } from '../../components/Icon.tsx';
import { clip, type Mark } from './marks.ts';
import type { MarkTarget } from './SelectionToolbar.tsx';

export interface PopoverState {
  key: string;
  top: number;
  left: number;
  /** Open the highlight's comment editor at once (a new highlight). */
  editing?: boolean;
}

export interface PopoverActions {
  openEntity: (id: EntityId) => void;
  relink: (mark: Mark & { kind: 'mention' }, target: MarkTarget, allowTypeChange?: boolean) => void;
  removeMention: (mark: Mark & { kind: 'mention' }) => void;
  accept: (mark: Mark & { kind: 'suggestion' }, scope: 'one' | 'article' | 'everywhere') => void;
  /** Accept one suggestion as another type, or filed under a chosen entity (which Kim?). */
  acceptAs: (
    mark: Mark & { kind: 'suggestion' },
    as: { type: string } | { entityId: EntityId } | { name: string },
  ) => void;
  reject: (mark: Mark & { kind: 'suggestion' }, everywhere: boolean) => void;
  saveComment: (mark: Mark & { kind: 'highlight' }, comment: string) => void;
  removeHighlight: (mark: Mark & { kind: 'highlight' }) => void;
}

function isTextField(target: EventTarget): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;
}

/** What one can do with the mention, suggestion or highlight the analyst clicked. */
export function AnnotationPopover({
  mark,
  state,
  types,
  readOnly,
  sameText,
  actions,
  onClose,
}: {
  mark: Mark;
  state: PopoverState;
  types: string[];
  readOnly: boolean;
  /** How many open suggestions in this article have the same text. */
  sameText: number;
  actions: PopoverActions;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = ref.current;
    const first =
      root?.querySelector<HTMLElement>('[data-autofocus]') ?? root?.querySelector('button');
    first?.focus({ preventScroll: true });
  }, [mark.key]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
      return;
    }
    if (readOnly || isTextField(event.target) || event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    if (mark.kind === 'suggestion') {
      if (event.key === 'Backspace' || event.key === 'Delete') {
        event.preventDefault();
        actions.reject(mark, false);
      }
    } else if (mark.kind === 'mention') {
      const type = types.find((t) => typeKey(t)?.toLowerCase() === event.key.toLowerCase());
      if (type !== undefined && type !== mark.type) {
        event.preventDefault();
        actions.relink(mark, { type });
      } else if (event.key === 'Delete' || event.key === 'Backspace') {
        event.preventDefault();
        actions.removeMention(mark);
      }
    }
  }

  return (
    <div
      ref={ref}
      className="annotation-popover"
      style={{ top: state.top, left: state.left }}
      role="dialog"
      aria-label={
        mark.kind === 'mention'
          ? `Mention of ${mark.name}`
          : mark.kind === 'suggestion'
            ? `Suggestion “${mark.suggestion.text}”`
            : 'Highlight'
      }
      onKeyDown={onKeyDown}
    >
      <button
        type="button"
        className="popover-close icon-button"
        aria-label="Close"
        onClick={onClose}
      >
        <Icon name="close" size={14} />
      </button>
      {mark.kind === 'mention' && (
        <MentionBody mark={mark} types={types} readOnly={readOnly} actions={actions} />
      )}
      {mark.kind === 'suggestion' && (
        <SuggestionBody
          mark={mark}
          types={types}
          readOnly={readOnly}
          sameText={sameText}
          actions={actions}
        />
      )}
      {mark.kind === 'highlight' && (
        <HighlightBody
          mark={mark}
          readOnly={readOnly}
          startEditing={state.editing === true}
          actions={actions}
        />
      )}
    </div>
  );
}

function MentionBody({
  mark,
  types,
  readOnly,
  actions,
}: {
  mark: Mark & { kind: 'mention' };
  types: string[];
  readOnly: boolean;
  actions: PopoverActions;
}) {
  const [linking, setLinking] = useState(false);
  const [asking, setAsking] = useState<EntitySummary | null>(null);
  const linkAnyway = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // The popover focused its first button when it opened; the question appears later.
    if (asking !== null) linkAnyway.current?.focus({ preventScroll: true });
  }, [asking]);
  return (
    <>
      <div className="popover-head">
        <span className={`entity-chip chip-${paletteOf(mark.type)}`}>{typeLabel(mark.type)}</span>
        <span className="popover-title">{mark.name}</span>
      </div>
      {mark.quote !== mark.name && <p className="popover-quote">“{mark.quote}”</p>}
      <div className="popover-actions">
        <button
          type="button"
          className="button small"
          data-autofocus
          onClick={() => actions.openEntity(mark.entityId)}
        >
          Open in Entities
        </button>
        <button
          type="button"
          className="button small danger"
          disabled={readOnly}
          aria-keyshortcuts="Delete"
          onClick={() => actions.removeMention(mark)}
        >
          Remove
        </button>
      </div>
      <p className="popover-label">Retype as</p>
      <div className="popover-types">
        {types
          .filter((type) => type !== mark.type)
          .map((type) => {
            const key = typeKey(type);
            return (
              <button
                key={type}
                type="button"
                className="toolbar-button"
                disabled={readOnly}
                aria-keyshortcuts={key}
                onClick={() => actions.relink(mark, { type })}
              >
                <span className={`type-dot t-${paletteOf(type)}`} aria-hidden="true" />
                {typeLabel(type)}
                {key !== undefined && <kbd>{key}</kbd>}
              </button>
            );
          })}
      </div>
      {asking !== null ? (
        <div className="popover-ask" role="group" aria-label="Link anyway?">
          <p>{typeChangeQuestion(asking, mark.type)}</p>
          <div className="popover-actions">
            <button
              type="button"
              className="button small primary"
              ref={linkAnyway}
              onClick={() => actions.relink(mark, { entityId: asking.id }, true)}
            >
              Link anyway
            </button>
            <button type="button" className="button small" onClick={() => setAsking(null)}>
              Cancel
            </button>
          </div>
        </div>
      ) : linking ? (
        <EntityPicker
          label={`Link “${clip(mark.quote, 40)}” to another entity`}
          exclude={mark.entityId}
          onPick={(entity) => {
            if (entity.type === mark.type) actions.relink(mark, { entityId: entity.id });
            else {
              setLinking(false);
              setAsking(entity);
            }
          }}
          onCancel={() => setLinking(false)}
        />
      ) : (
        <button
          type="button"
          className="link-button popover-link"
          disabled={readOnly}
          onClick={() => setLinking(true)}
        >
          Link to another entity…
        </button>
      )}
    </>
  );
}

function SuggestionBody({
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
            : 'Suggested by the offline recognizer.'}
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

function HighlightBody({
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
