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
import type { ArticleSummary, ArticleView } from '../../../electron/common/api/contract.ts';
import { messageOf } from '../../api/api-error.ts';
import { useApi } from '../../api/api-provider.tsx';
import { useApiQuery } from '../../api/use-api-query.ts';
import { orderedTypes, plural } from '../../annotate/entity-types.ts';
import { formatPartialDate, formatTimestamp, formatWords } from '../../format/dates.ts';
import { AnnotationPopover } from './AnnotationPopover.tsx';
import type { PopoverState } from './popover/popover-actions.ts';
import { ArticleText, type ArticleTextHandle, type Flash } from './ArticleText.tsx';
import { marksOf, type Mark } from './marks.ts';
import { SelectionToolbar } from './SelectionToolbar.tsx';
import { SidePanel } from './SidePanel.tsx';
import { useAnnotationActions } from './useAnnotationActions.ts';
import { useSelectionToolbar } from './useSelectionToolbar.ts';
import { CopyNotice } from './CopyNotice.tsx';
import { SourceGrades } from './SourceGrades.tsx';
import { EventEditor } from '../../events/EventEditor.tsx';
import type { EditorTarget } from '../../events/event-form.ts';
import { EventSuggestions, openEventFromSelection } from '../../events/EventSuggestions.tsx';
import type { ReaderContext } from '../ReaderView.tsx';
import type { RelationEvidence } from '../chart/NewRelationDialog.tsx';
import { NewRelationFromSelection, entitiesInSpan } from './NewRelationFromSelection.tsx';

const POPOVER_WIDTH = 320;

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
  const suggestionsQuery = useApiQuery('listSuggestions', { articleId: id });
  const suggestions = suggestionsQuery.data ?? null;
  const suggestionsError =
    suggestionsQuery.error === null
      ? null
      : `Suggestions are unavailable: ${messageOf(suggestionsQuery.error)}`;
  const [popover, setPopover] = useState<PopoverState | null>(null);
  const [flash, setFlash] = useState<Flash | null>(null);
  // Issue 5 (events): the event form, opened on a selection ("New event").
  const [eventForm, setEventForm] = useState<EditorTarget | null>(null);
  const [formCount, setFormCount] = useState(0);
  const [relationDraft, setRelationDraft] = useState<RelationEvidence | null>(null);
  const canvasRef = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const articleText = useRef<ArticleTextHandle>(null);
  const toolbarRef = useRef<HTMLDivElement>(null);
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

  const hidePopover = useCallback(() => setPopover(null), []);
  const openHighlight = useCallback(
    (key: string, rect: DOMRect) => setPopover({ key, ...placeBelow(rect), editing: true }),
    [placeBelow],
  );
  const selection = useSelectionToolbar({
    articleId: id,
    text,
    readOnly,
    types,
    canvasRef,
    textRef,
    toolbarRef,
    onSelect: hidePopover,
    onHighlighted: openHighlight,
  });
  const { pending, setPending, closeToolbar } = selection;

  const openPopover = useCallback(
    (key: string, anchor: Element, editing = false) => {
      setPending(null);
      setPopover({ key, ...placeBelow(anchor.getBoundingClientRect()), editing });
    },
    [placeBelow, setPending],
  );

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
  }, [pending, popover, setPending]);

  // ---- Clicking and keyboard on annotations ----

  function onTextMouseDown(event: MouseEvent<HTMLDivElement>) {
    if (event.button === 0) selection.startDrag();
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

  const { actions, acceptGroup, rejectGroup, acceptAll } = useAnnotationActions({
    articleId: id,
    closePopover,
    onOpenEntity,
  });

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
                offered={selection.offers}
                onMark={(target) => void selection.markSelection(target)}
                onHighlight={() => void selection.highlightSelection()}
                onMode={(mode) =>
                  setPending((current) =>
                    current === null ? null : { ...current, mode, error: null },
                  )
                }
                onClose={closeToolbar}
                onRelation={
                  entitiesInSpan(article, pending.start, pending.end).length < 2
                    ? undefined
                    : () => {
                        const { start, end, quote } = pending;
                        setRelationDraft({ articleId: id, start, end, quote });
                        closeToolbar();
                      }
                }
                onEvent={() => {
                  const { start, end, quote } = pending;
                  openEventFromSelection(api, id, { start, end, quote }).then((target) => {
                    setEventForm(target);
                    setFormCount((n) => n + 1);
                    closeToolbar();
                  }, selection.showError);
                }}
              />
            )}
            {relationDraft !== null && (
              <NewRelationFromSelection
                article={article}
                evidence={relationDraft}
                onClose={() => setRelationDraft(null)}
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
