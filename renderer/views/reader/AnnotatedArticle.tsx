import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type Ref,
} from 'react';
import type {
  ApiInput,
  ApiMethod,
  ApiOutputs,
  ArticleSummary,
  ArticleView,
  HistoryState,
} from '../../../electron/common/api/contract.ts';
import { messageOf } from '../../api/api-error.ts';
import { useApi } from '../../api/api-provider.tsx';
import { useApiMutation } from '../../api/use-api-mutation.ts';
import { useApiQuery } from '../../api/use-api-query.ts';
import { selectionOffsets } from '../../annotate/dom-offsets.ts';
import { orderedTypes, plural, typeKey } from '../../annotate/entity-types.ts';
import { crossesParagraphs, trimSpan, wholeWordSpan } from '../../annotate/segments.ts';
import { formatPartialDate, formatTimestamp, formatWords } from '../../format/dates.ts';
import { AnnotationPopover } from './AnnotationPopover.tsx';
import type { PopoverActions, PopoverState } from './popover/popover-actions.ts';
import { ArticleText, type ArticleTextHandle, type Flash } from './ArticleText.tsx';
import { marksOf, type Mark } from './marks.ts';
import { SelectionToolbar, type MarkTarget, type PendingSelection } from './SelectionToolbar.tsx';
import { SidePanel, type AcceptAs, type SuggestionGroup } from './SidePanel.tsx';
import { CopyNotice } from './CopyNotice.tsx';
import { SourceGrades } from './SourceGrades.tsx';
import { EventEditor } from '../../events/EventEditor.tsx';
import type { EditorTarget } from '../../events/event-form.ts';
import { EventSuggestions, openEventFromSelection } from '../../events/EventSuggestions.tsx';
import type { ReaderContext } from '../ReaderView.tsx';

/** The commands the Reader runs: each answers with the undo and redo labels. */
type ReaderCommand = {
  [M in ApiMethod]: ApiOutputs[M] extends HistoryState ? M : never;
}[ApiMethod];

const POPOVER_WIDTH = 320;

function isTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}

export function AnnotatedArticle({
  article,
  headingRef,
  info,
  reveal,
  onOpenEntity,
}: {
  article: ArticleView;
  articles: ArticleSummary[];
  headingRef: Ref<HTMLHeadingElement>;
} & ReaderContext) {
  const id = article.id;
  const { api } = useApi();
  const { run } = useApiMutation();
  const suggestionsQuery = useApiQuery('listSuggestions', { articleId: id });
  const suggestions = suggestionsQuery.data ?? null;
  const suggestionsError =
    suggestionsQuery.error === null
      ? null
      : `Suggestions are unavailable: ${messageOf(suggestionsQuery.error)}`;
  const [pending, setPending] = useState<PendingSelection | null>(null);
  const [popover, setPopover] = useState<PopoverState | null>(null);
  const [flash, setFlash] = useState<Flash | null>(null);
  // Issue 5 (events): the event form, opened on a selection ("New event").
  const [eventForm, setEventForm] = useState<EditorTarget | null>(null);
  const [formCount, setFormCount] = useState(0);
  const canvasRef = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const articleText = useRef<ArticleTextHandle>(null);
  const toolbarRef = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);
  const revealed = useRef<number | null>(null);

  const text = article.text;
  const readOnly = info?.readOnly ?? false;
  const types = useMemo(() => orderedTypes(info?.entityTypes), [info?.entityTypes]);

  const marks = useMemo(() => marksOf(article, suggestions ?? []), [article, suggestions]);
  const markByKey = useMemo(() => new Map(marks.map((m) => [m.key, m])), [marks]);
  const highlights = useMemo(
    () =>
      marks
        .filter((m): m is Mark & { kind: 'highlight' } => m.kind === 'highlight')
        .sort((a, b) => a.start - b.start),
    [marks],
  );

  /**
   * Run a change and say what it did, with Undo. `attempt` reports a failure in a toast;
   * `perform` leaves it to the caller (the toolbar shows it beside the selection).
   */
  const perform = useCallback(
    <M extends ReaderCommand>(
      method: M,
      input: ApiInput<M>,
      describe?: (result: ApiOutputs[M]) => string,
      errors: 'toast' | 'caller' = 'caller',
    ) =>
      run(method, input, {
        describe: (result) => describe?.(result) ?? result.undoLabel ?? 'Done',
        undoable: true,
        errors,
      }),
    [run],
  );
  const attempt = useCallback(
    <M extends ReaderCommand>(
      method: M,
      input: ApiInput<M>,
      describe?: (result: ApiOutputs[M]) => string,
    ) => perform(method, input, describe, 'toast'),
    [perform],
  );

  // ---- Positions, in the canvas's coordinates (it scrolls with the text) ----

  const placeBelow = useCallback((rect: DOMRect) => {
    const canvas = canvasRef.current!.getBoundingClientRect();
    const maxLeft = canvas.width - POPOVER_WIDTH - 12;
    return {
      top: rect.bottom - canvas.top + 8,
      left: Math.max(12, Math.min(rect.left - canvas.left, maxLeft)),
    };
  }, []);

  const elementOf = useCallback((key: string) => {
    return (
      textRef.current?.querySelector<HTMLElement>(`[data-mark-start="${CSS.escape(key)}"]`) ?? null
    );
  }, []);

  const openPopover = useCallback(
    (key: string, anchor: Element, editing = false) => {
      setPending(null);
      setPopover({ key, ...placeBelow(anchor.getBoundingClientRect()), editing });
    },
    [placeBelow],
  );

  const closePopover = useCallback(
    (returnFocus = true) => {
      if (returnFocus && popover !== null) {
        (elementOf(popover.key) ?? textRef.current)?.focus({ preventScroll: true });
      }
      setPopover(null);
    },
    [popover, elementOf],
  );

  // ---- Selection → toolbar ----

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
    setPopover(null);
    setPending({
      ...span,
      quote: text.slice(span.start, span.end),
      top: below ? rect.bottom - canvas.top + 8 : rect.top - canvas.top - 8,
      left: Math.max(12, Math.min(rect.left - canvas.left, canvas.width - 480)),
      below,
      mode: 'buttons',
      error: null,
      busy: false,
    });
  }, [text]);

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

  // The entities the selected words already name, offered first (issue 15); when the notebook
  // cannot say, the type buttons remain.
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
        setPending((current) =>
          current === null ? null : { ...current, busy: false, error: messageOf(error) },
        );
      }
    },
    [pending, text, perform, id, closeToolbar],
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
        setPopover({ key: `h:${result.highlightId}`, ...placeBelow(rect), editing: true });
      }
    } catch (error) {
      setPending((current) =>
        current === null ? null : { ...current, busy: false, error: messageOf(error) },
      );
    }
  }, [pending, perform, id, closeToolbar, placeBelow]);

  // With a selection: P, O, L (and any type's key) mark it, H highlights it, Escape lets go.
  useEffect(() => {
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

  // Escape closes the popover wherever the focus is.
  useEffect(() => {
    if (popover === null) return;
    function onKeyDown(event: globalThis.KeyboardEvent) {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      closePopover();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [popover, closePopover]);

  // A click elsewhere closes the toolbar's panels and the popover.
  useEffect(() => {
    if (pending === null && popover === null) return;
    function onMouseDown(event: globalThis.MouseEvent) {
      const target = event.target as Node;
      if (toolbarRef.current?.contains(target)) return;
      if (document.querySelector('.annotation-popover')?.contains(target)) return;
      if (textRef.current?.contains(target)) return;
      setPending(null);
      setPopover(null);
    }
    document.addEventListener('mousedown', onMouseDown);
    return () => document.removeEventListener('mousedown', onMouseDown);
  }, [pending, popover]);

  // ---- Clicking and keyboard on annotations ----

  function onTextMouseDown(event: MouseEvent<HTMLDivElement>) {
    if (event.button === 0) dragging.current = true;
  }

  function onTextClick(event: MouseEvent<HTMLDivElement>) {
    const selection = document.getSelection();
    if (selection !== null && !selection.isCollapsed) return;
    const segment = (event.target as Element).closest<HTMLElement>('[data-mark]');
    const key = segment?.dataset.mark;
    if (segment == null || key === undefined) {
      setPopover(null);
      return;
    }
    openPopover(key, elementOf(key) ?? segment);
  }

  function onTextKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const target = event.target as HTMLElement;
    const key = target.dataset.markStart;
    if (key === undefined) return;
    event.preventDefault();
    openPopover(key, target);
  }

  // ---- Showing a place in the text (from the Entities view or the side panel) ----

  const revealSpan = useCallback((start: number, end: number) => {
    const root = textRef.current;
    const target = articleText.current?.reveal(start, end) ?? null;
    if (root === null || target === null) return;
    target.scrollIntoView({ block: 'center' });
    const focusable = target.closest<HTMLElement>('[tabindex]');
    if (focusable !== null && root.contains(focusable)) focusable.focus({ preventScroll: true });
    setFlash((current) => ({ start, end, nonce: (current?.nonce ?? 0) + 1 }));
  }, []);

  useEffect(() => {
    if (reveal === null || reveal.articleId !== id || revealed.current === reveal.nonce) return;
    revealed.current = reveal.nonce;
    // After the shell has focused the heading (which scrolls to the top).
    const timer = setTimeout(() => revealSpan(reveal.start, reveal.end), 60);
    return () => clearTimeout(timer);
  }, [reveal, id, revealSpan]);

  useEffect(() => {
    if (flash === null) return;
    const timer = setTimeout(() => setFlash(null), 1800);
    return () => clearTimeout(timer);
  }, [flash]);

  // ---- Actions on annotations ----

  const sameTextCount = useCallback(
    (value: string) => (suggestions ?? []).filter((s) => s.text === value).length,
    [suggestions],
  );

  const actions: PopoverActions = {
    openEntity: (entityId) => {
      setPopover(null);
      onOpenEntity(entityId);
    },
    relink: (mark, target, allowTypeChange) => {
      setPopover(null);
      void attempt('relinkMention', {
        articleId: id,
        mentionId: mark.id,
        target,
        ...(allowTypeChange === true && { allowTypeChange }),
      });
    },
    acceptAs: (mark, as) => {
      const s = mark.suggestion;
      closePopover();
      void attempt('acceptSuggestionGroup', {
        items: [{ articleId: id, start: s.start, end: s.end }],
        ...as,
      });
    },
    removeMention: (mark) => {
      closePopover();
      void attempt('removeMention', { articleId: id, mentionId: mark.id });
    },
    accept: (mark, scope) => {
      const s = mark.suggestion;
      closePopover();
      const input =
        scope === 'one'
          ? { articleId: id, start: s.start, end: s.end }
          : scope === 'article'
            ? { articleId: id, text: s.text }
            : { text: s.text };
      void attempt('acceptSuggestions', input, (result) =>
        scope === 'one'
          ? `Accepted “${s.text}”`
          : `Accepted ${plural(result.accepted, 'suggestion')} of “${s.text}”`,
      );
    },
    reject: (mark, everywhere) => {
      const s = mark.suggestion;
      closePopover();
      void attempt(
        'rejectSuggestion',
        { articleId: id, start: s.start, end: s.end, everywhere },
        () => (everywhere ? `“${s.text}” will not be suggested again` : `Rejected “${s.text}”`),
      );
    },
    saveComment: (mark, comment) => {
      void attempt('editHighlight', { articleId: id, highlightId: mark.id, comment });
    },
    removeHighlight: (mark) => {
      closePopover();
      void attempt('removeHighlight', { articleId: id, highlightId: mark.id });
    },
  };

  const itemsOf = (group: SuggestionGroup) =>
    group.items.map(({ start, end }) => ({ articleId: id, start, end }));

  const acceptGroup = (group: SuggestionGroup, as: AcceptAs = {}) =>
    void attempt(
      'acceptSuggestionGroup',
      { items: itemsOf(group), ...as },
      (result) => `Accepted ${plural(result.accepted, 'suggestion')} of “${group.text}”`,
    );

  const rejectGroup = (group: SuggestionGroup) =>
    void attempt(
      'rejectSuggestionGroup',
      { items: itemsOf(group) },
      () => `Rejected “${group.text}” in this article`,
    );

  // Ambiguous suggestions stay open: the analyst says who each is (here or in Review).
  const acceptAll = () =>
    void attempt(
      'acceptSuggestions',
      { articleId: id },
      (result) =>
        `Accepted ${plural(result.accepted, 'suggestion')} in this article` +
        (result.ambiguous > 0
          ? `; ${plural(result.ambiguous, 'ambiguous one')} left for you to choose`
          : ''),
    );

  const popoverMark = popover === null ? undefined : markByKey.get(popover.key);

  const meta = [
    article.source,
    article.authors.join(', '),
    formatPartialDate(article.published),
    formatWords(article.wordCount),
  ].filter((part) => part !== '');
  const counts = [
    article.mentions.length > 0 ? plural(article.mentions.length, 'mention') : '',
    suggestions !== null && suggestions.length > 0 ? plural(suggestions.length, 'suggestion') : '',
  ].filter((part) => part !== '');

  return (
    <section className="view reader-view" aria-label="Reader">
      <div className="reader-columns">
        <div className="view-body reader-scroll">
          <div className="reader-canvas" ref={canvasRef}>
            <article className="reader-article" lang={article.language || undefined}>
              <header className="article-header">
                <h1 className="article-title" ref={headingRef} tabIndex={-1}>
                  {article.title}
                </h1>
                <p className="article-meta">
                  {meta.map((part, index) => (
                    <span key={index}>{part}</span>
                  ))}
                </p>
                <p className="article-added">
                  Added {formatTimestamp(article.addedAt)}
                  {counts.length > 0 && ` · ${counts.join(' · ')}`}
                </p>
                <CopyNotice article={article} />
                <SourceGrades articleId={article.id} />
              </header>
              {/* Clicks and keys reach the annotations through their segments, delegated here. */}
              <div
                className="article-text"
                ref={textRef}
                tabIndex={-1}
                onMouseDown={onTextMouseDown}
                onClick={onTextClick}
                onKeyDown={onTextKeyDown}
              >
                <ArticleText
                  ref={articleText}
                  text={text}
                  paragraphs={article.paragraphs}
                  marks={marks}
                  activeKey={popover?.key ?? null}
                  flash={flash}
                />
              </div>
            </article>
            {pending !== null && (
              <SelectionToolbar
                pending={pending}
                types={types}
                readOnly={readOnly}
                toolbarRef={toolbarRef}
                offered={offers}
                onMark={(target) => void markSelection(target)}
                onHighlight={() => void highlightSelection()}
                onMode={(mode) =>
                  setPending((current) =>
                    current === null ? null : { ...current, mode, error: null },
                  )
                }
                onClose={closeToolbar}
                onEvent={() => {
                  const { start, end, quote } = pending;
                  openEventFromSelection(api, id, { start, end, quote }).then(
                    (target) => {
                      setEventForm(target);
                      setFormCount((n) => n + 1);
                      closeToolbar();
                    },
                    (error: unknown) =>
                      setPending((current) =>
                        current === null ? null : { ...current, error: messageOf(error) },
                      ),
                  );
                }}
              />
            )}
            {popover !== null && popoverMark !== undefined && (
              <AnnotationPopover
                key={popover.key}
                mark={popoverMark}
                state={popover}
                types={types}
                readOnly={readOnly}
                sameText={
                  popoverMark.kind === 'suggestion' ? sameTextCount(popoverMark.suggestion.text) : 0
                }
                actions={actions}
                onClose={() => closePopover()}
              />
            )}
          </div>
        </div>
        <SidePanel
          suggestions={suggestions}
          suggestionsError={suggestionsError}
          highlights={highlights}
          readOnly={readOnly}
          onAcceptGroup={acceptGroup}
          onRejectGroup={rejectGroup}
          onAcceptAll={acceptAll}
          onReveal={(start, end) => {
            const key = marks.find(
              (m) => m.kind === 'suggestion' && m.start === start && m.end === end,
            )?.key;
            revealSpan(start, end);
            const element = key === undefined ? null : elementOf(key);
            if (key !== undefined && element !== null) openPopover(key, element);
          }}
          onOpenNote={(mark) => {
            revealSpan(mark.start, mark.end);
            const element = elementOf(mark.key);
            if (element !== null) openPopover(mark.key, element);
          }}
        >
          {eventForm?.kind === 'create' && eventForm.articleId === id && (
            <section className="side-section" aria-label="New event">
              <EventEditor
                // A new selection is a new form: its fields start from that selection's draft.
                key={formCount}
                target={eventForm}
                readOnly={readOnly}
                onCancel={() => setEventForm(null)}
                onSaved={() => setEventForm(null)}
              />
            </section>
          )}
          <div className="side-section">
            <EventSuggestions articleId={id} readOnly={readOnly} onReveal={revealSpan} />
          </div>
        </SidePanel>
      </div>
    </section>
  );
}
