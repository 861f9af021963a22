import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from 'react';
import type { ArticleId } from '../../../electron/common/api/contract.ts';
import { messageOf } from '../../api/api-error.ts';
import { useApiQuery } from '../../api/use-api-query.ts';
import { selectionOffsets } from '../../annotate/dom-offsets.ts';
import { typeKey } from '../../annotate/entity-types.ts';
import { crossesParagraphs, trimSpan, wholeWordSpan } from '../../annotate/segments.ts';
import type { MarkTarget, PendingSelection } from './SelectionToolbar.tsx';
import { useReaderCommand } from './useReaderCommand.ts';

function isTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}

/**
 * The words the analyst selects in the text and the toolbar over them: the selection read
 * (whole words, after a drag ends), the entities those words already name, offered first
 * (issue 15), and marking or highlighting them, from the toolbar or the keys (P, O, L and any
 * type's key mark, H highlights, Enter takes the first offer, Escape lets go). A refusal is
 * shown beside the selection.
 */
export function useSelectionToolbar({
  articleId: id,
  text,
  readOnly,
  types,
  canvasRef,
  textRef,
  toolbarRef,
  onSelect,
  onHighlighted,
}: {
  articleId: ArticleId;
  text: string;
  readOnly: boolean;
  types: string[];
  canvasRef: RefObject<HTMLDivElement | null>;
  textRef: RefObject<HTMLDivElement | null>;
  toolbarRef: RefObject<HTMLDivElement | null>;
  /** Words were selected (the popover gives way to the toolbar). */
  onSelect: () => void;
  /** A highlight was made of the selection, which stood at `rect`: open its comment. */
  onHighlighted: (key: string, rect: DOMRect) => void;
}) {
  const { perform } = useReaderCommand();
  const [pending, setPending] = useState<PendingSelection | null>(null);
  const dragging = useRef(false);

  const readSelection = useCallback(() => {
    const root = textRef.current;
    if (root === null || canvasRef.current === null) return;
    if (toolbarRef.current?.contains(document.activeElement)) return;
    const found = selectionOffsets(root, text.length);
    const trimmed = found === null ? null : trimSpan(text, found.start, found.end);
    const span = trimmed === null ? null : wholeWordSpan(text, trimmed);
    if (found === null || span === null) {
      setPending((current) => (current !== null && current.mode !== 'buttons' ? current : null));
      return;
    }
    const rect = found.range.getBoundingClientRect();
    const canvas = canvasRef.current.getBoundingClientRect();
    const below = rect.top - canvas.top < 80;
    onSelect();
    const place = {
      top: below ? rect.bottom - canvas.top + 8 : rect.top - canvas.top - 8,
      left: Math.max(12, Math.min(rect.left - canvas.left, canvas.width - 480)),
      below,
    };
    // One selection can fire selectionchange twice: read again, the same words keep the
    // toolbar's state (a refusal shown, a mark under way) instead of starting it afresh.
    setPending((current) =>
      current !== null && current.start === span.start && current.end === span.end
        ? { ...current, ...place }
        : {
            ...span,
            quote: text.slice(span.start, span.end),
            ...place,
            mode: 'buttons',
            error: null,
            busy: false,
          },
    );
  }, [text, canvasRef, textRef, toolbarRef, onSelect]);

  useEffect(() => {
    let frame = 0;
    const onSelectionChange = () => {
      if (dragging.current) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(readSelection);
    };
    const onMouseUp = () => {
      if (!dragging.current) return;
      dragging.current = false;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(readSelection);
    };
    document.addEventListener('selectionchange', onSelectionChange);
    document.addEventListener('mouseup', onMouseUp);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', onSelectionChange);
      document.removeEventListener('mouseup', onMouseUp);
    };
  }, [readSelection]);

  // When the notebook cannot say which entities the words name, the type buttons remain.
  const pendingQuote = pending?.quote ?? null;
  const offered = useApiQuery(
    'entitiesNamed',
    { name: pendingQuote ?? '' },
    { enabled: pendingQuote !== null },
  ).data;
  const offers = useMemo(() => offered ?? [], [offered]);

  const closeToolbar = useCallback(() => {
    setPending(null);
    document.getSelection()?.removeAllRanges();
  }, []);

  const showError = useCallback(
    (error: unknown) =>
      setPending((current) =>
        current === null ? null : { ...current, busy: false, error: messageOf(error) },
      ),
    [],
  );

  const markSelection = useCallback(
    async (target: MarkTarget) => {
      if (pending === null) return;
      const { start, end, quote } = pending;
      if (crossesParagraphs(text, pending)) {
        // The notebook would refuse it too; saying so here spares a round trip.
        setPending({
          ...pending,
          error: 'A mention cannot cross paragraphs; select words within one paragraph.',
        });
        return;
      }
      setPending({ ...pending, busy: true, error: null });
      try {
        await perform('markMention', { articleId: id, start, end, quote, target });
        closeToolbar();
      } catch (error) {
        showError(error);
      }
    },
    [pending, text, perform, id, closeToolbar, showError],
  );

  const highlightSelection = useCallback(async () => {
    if (pending === null) return;
    const { start, end, quote } = pending;
    setPending({ ...pending, busy: true, error: null });
    try {
      const result = await perform('addHighlight', {
        articleId: id,
        start,
        end,
        quote,
        comment: '',
      });
      const rect = document.getSelection()?.rangeCount
        ? document.getSelection()!.getRangeAt(0).getBoundingClientRect()
        : null;
      closeToolbar();
      if (result !== undefined && rect !== null && canvasRef.current !== null) {
        onHighlighted(`h:${result.highlightId}`, rect);
      }
    } catch (error) {
      showError(error);
    }
  }, [pending, perform, id, closeToolbar, canvasRef, onHighlighted, showError]);

  // Listen before the toolbar is painted: from useEffect, a key pressed as soon as the toolbar
  // shows was lost (e2e runs without traces caught it).
  useLayoutEffect(() => {
    if (pending === null) return;
    function onKeyDown(event: globalThis.KeyboardEvent) {
      if (event.defaultPrevented || event.isComposing) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        closeToolbar();
        return;
      }
      if (pending === null || pending.mode !== 'buttons' || pending.busy || readOnly) return;
      if (event.ctrlKey || event.metaKey || event.altKey || isTextField(event.target)) return;
      const key = event.key.toUpperCase();
      if (event.key === 'Enter' && offers[0] !== undefined) {
        event.preventDefault();
        void markSelection({ entityId: offers[0].id });
        return;
      }
      if (key === 'H') {
        event.preventDefault();
        void highlightSelection();
        return;
      }
      const type = types.find((t) => typeKey(t) === key);
      if (type !== undefined) {
        event.preventDefault();
        void markSelection({ type });
      }
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [pending, readOnly, types, offers, closeToolbar, highlightSelection, markSelection]);

  return {
    pending,
    setPending,
    offers,
    closeToolbar,
    showError,
    markSelection,
    highlightSelection,
    /** A drag in the text begins: the selection is read when it ends. */
    startDrag: () => {
      dragging.current = true;
    },
  };
}
