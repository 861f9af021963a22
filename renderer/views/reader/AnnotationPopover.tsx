import { useEffect, useRef, type KeyboardEvent } from 'react';
import { typeKey } from '../../annotate/entity-types.ts';
import { Icon } from '../../components/Icon.tsx';
import type { Mark } from './marks.ts';
import { HighlightBody } from './popover/HighlightBody.tsx';
import { MentionBody } from './popover/MentionBody.tsx';
import type { PopoverActions, PopoverState } from './popover/popover-actions.ts';
import { SuggestionBody } from './popover/SuggestionBody.tsx';

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
