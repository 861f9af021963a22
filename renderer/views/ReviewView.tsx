import {
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type Ref,
} from 'react';
import type {
  ApiInput,
  ArticleId,
  EntitySummary,
  HistoryState,
  NotebookInfo,
  SuggestionGroupView,
} from '../../electron/common/api/contract.ts';
import { messageOf } from '../api/api-error.ts';
import { useApi } from '../api/api-provider.tsx';
import { useApiMutation } from '../api/use-api-mutation.ts';
import { useApiQuery } from '../api/use-api-query.ts';
import { EntityPicker } from '../annotate/EntityPicker.tsx';
import { orderedTypes, paletteOf, plural, typeKey, typeLabel } from '../annotate/entity-types.ts';
import { EmptyState } from '../components/EmptyState.tsx';
import { ViewHeader } from '../components/ViewHeader.tsx';
import { isTextField } from '../commands/keys.ts';
import { linkTarget, typeChangeQuestion } from '../annotate/link-target.ts';
import '../styles/review.css';

/** How many places of a group show before it is opened. */
const PREVIEW = 2;

type Decision =
  | { kind: 'accept' }
  | { kind: 'retype'; type: string }
  | { kind: 'candidate'; index: number }
  | { kind: 'entity'; entity: EntitySummary; allowTypeChange?: boolean }
  | { kind: 'reject' };

const itemKey = (item: { articleId: ArticleId; start: number }) =>
  `${item.articleId}:${item.start}`;

/**
 * The review queue: every open suggestion of the notebook, grouped by name and proposed entity,
 * ambiguous ones ("which Kim?") first. A group is accepted, rejected, retyped or filed under an
 * entity in one step (one undo), from the keyboard: arrows move, A accepts, R rejects, P/O/L
 * accept as a type, 1…9 file under a candidate, E links to another entity, Enter opens the
 * group's places, whose check boxes leave some out of the decision.
 */
export function ReviewView({
  headingRef,
  info,
  onOpenMention,
}: {
  headingRef: Ref<HTMLHeadingElement>;
  info: NotebookInfo | null;
  onOpenMention: (articleId: ArticleId, start: number, end: number) => void;
}) {
  const { notify } = useApi();
  const { run } = useApiMutation();
  const groupsQuery = useApiQuery('listSuggestionGroups', {});
  const groups = groupsQuery.data ?? null;
  const loadError =
    groupsQuery.error === null
      ? null
      : `Suggestions are unavailable: ${messageOf(groupsQuery.error)}`;
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  /** Places left out of the decision, by group. */
  const [leftOut, setLeftOut] = useState<ReadonlyMap<string, ReadonlySet<string>>>(new Map());
  const [linking, setLinking] = useState<string | null>(null);
  const [asking, setAsking] = useState<{ key: string; entity: EntitySummary } | null>(null);
  const [busy, setBusy] = useState(false);
  const listRef = useRef<HTMLUListElement>(null);
  /** The row to focus once the list has reloaded after a decision. */
  const focusIndex = useRef<number | null>(null);
  const readOnly = info?.readOnly ?? false;
  const types = useMemo(() => orderedTypes(info?.entityTypes), [info?.entityTypes]);

  const rowButtons = () => [
    ...(listRef.current?.querySelectorAll<HTMLButtonElement>('.review-name') ?? []),
  ];

  useLayoutEffect(() => {
    if (focusIndex.current === null || groups === null) return;
    const rows = rowButtons();
    const row = rows[Math.min(focusIndex.current, rows.length - 1)];
    focusIndex.current = null;
    (row ?? document.getElementById('review-heading'))?.focus();
  }, [groups]);

  const included = useCallback(
    (group: SuggestionGroupView) => {
      const out = leftOut.get(group.key);
      return group.items
        .filter((item) => !out?.has(itemKey(item)))
        .map(({ articleId, start, end }) => ({ articleId, start, end }));
    },
    [leftOut],
  );

  const decide = useCallback(
    async (group: SuggestionGroupView, decision: Decision) => {
      if (readOnly || busy) return;
      const items = included(group);
      const said = {
        describe: (result: HistoryState) => result.undoLabel ?? 'Done',
        undoable: true,
      };
      const accept = (
        input: Omit<ApiInput<'acceptSuggestionGroup'>, 'items'> & { items: typeof items },
      ) => run('acceptSuggestionGroup', input, said);
      if (items.length === 0) {
        notify('Every place of this group is left out: tick at least one.', 'error');
        return;
      }
      let call: () => Promise<HistoryState | undefined>;
      switch (decision.kind) {
        case 'accept':
          if (group.candidates !== undefined) {
            notify(`Which ${group.text}? Choose one of the candidates (1…9).`, 'error');
            return;
          }
          call = () => accept({ items });
          break;
        case 'retype':
          if (decision.type === group.type && group.candidates !== undefined) return;
          call = () => accept({ items, type: decision.type });
          break;
        case 'candidate': {
          const candidate = group.candidates?.[decision.index];
          if (candidate === undefined) return;
          call = () => accept({ items, ...linkTarget(candidate) });
          break;
        }
        case 'entity':
          if (decision.entity.type !== group.type && decision.allowTypeChange !== true) {
            setLinking(null);
            setAsking({ key: group.key, entity: decision.entity });
            return;
          }
          call = () =>
            accept({
              items,
              entityId: decision.entity.id,
              ...(decision.allowTypeChange === true && { allowTypeChange: true }),
            });
          break;
        case 'reject':
          call = () => run('rejectSuggestionGroup', { items }, said);
          break;
      }
      const rows = rowButtons();
      const index = rows.findIndex((row) => row.dataset.key === group.key);
      setBusy(true);
      const result = await call();
      setBusy(false);
      if (result === undefined) return;
      focusIndex.current = Math.max(0, index);
      setLinking(null);
      setAsking(null);
    },
    [busy, included, notify, readOnly, run],
  );

  function onListKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (isTextField(event.target)) return;
    const row = (event.target as Element).closest<HTMLElement>('[data-group]');
    const group = groups?.find((g) => g.key === row?.dataset.group);
    if (group === undefined) return;
    const rows = rowButtons();
    const at = rows.findIndex((button) => button.dataset.key === group.key);
    const key = event.key;
    const move = (to: number) => {
      event.preventDefault();
      rows[Math.max(0, Math.min(to, rows.length - 1))]?.focus();
    };
    if (key === 'ArrowDown') return move(at + 1);
    if (key === 'ArrowUp') return move(at - 1);
    if (key === 'Home') return move(0);
    if (key === 'End') return move(rows.length - 1);
    const letter = key.toUpperCase();
    let decision: Decision | null = null;
    if (letter === 'A') decision = { kind: 'accept' };
    else if (letter === 'R') decision = { kind: 'reject' };
    else if (/^[1-9]$/.test(key)) decision = { kind: 'candidate', index: Number(key) - 1 };
    else if (letter === 'E' && !readOnly) {
      event.preventDefault();
      setAsking(null);
      setLinking(group.key);
      return;
    } else {
      const type = types.find((t) => typeKey(t) === letter);
      if (type !== undefined) decision = { kind: 'retype', type };
    }
    if (decision === null) return;
    event.preventDefault();
    void decide(group, decision);
  }

  const total = groups?.reduce((sum, g) => sum + g.items.length, 0) ?? 0;
  const waiting = groups?.filter((g) => g.candidates !== undefined).length ?? 0;

  return (
    <section className="view review-view" aria-labelledby="review-heading">
      <ViewHeader
        id="review-heading"
        title="Review"
        headingRef={headingRef}
        subtitle={
          groups !== null && groups.length > 0
            ? `${plural(total, 'open suggestion')} in ${plural(groups.length, 'group')}` +
              (waiting > 0 ? ` · ${plural(waiting, 'group')} to resolve` : '')
            : undefined
        }
      />
      <div className="view-body review-body">
        {loadError !== null && <p className="review-error">{loadError}</p>}
        {loadError === null && groups === null && (
          <p className="loading">Gathering the suggestions of every article…</p>
        )}
        {groups !== null && groups.length === 0 && (
          <EmptyState icon="review" title="No open suggestions">
            <p>
              The names suggested in every article wait here for a decision, the ambiguous ones
              (which Kim?) first.
            </p>
          </EmptyState>
        )}
        {groups !== null && groups.length > 0 && (
          <>
            <p className="review-keys" id="review-keys">
              <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>A</kbd> accept · <kbd>R</kbd> reject ·{' '}
              <kbd>P</kbd> <kbd>O</kbd> <kbd>L</kbd> accept as a type · <kbd>1</kbd>…<kbd>9</kbd>{' '}
              file under a candidate · <kbd>E</kbd> link to an entity · <kbd>Enter</kbd> show the
              places
            </p>
            <ul
              ref={listRef}
              className="review-groups"
              aria-label="Suggestion groups"
              aria-describedby="review-keys"
              onKeyDown={onListKeyDown}
            >
              {groups.map((group) => (
                <ReviewGroup
                  key={group.key}
                  group={group}
                  types={types}
                  active={activeKey === group.key}
                  open={open.has(group.key)}
                  leftOut={leftOut.get(group.key) ?? new Set()}
                  readOnly={readOnly || busy}
                  linking={linking === group.key}
                  asking={asking?.key === group.key ? asking.entity : null}
                  onFocus={() => setActiveKey(group.key)}
                  onToggle={() =>
                    setOpen((current) => {
                      const next = new Set(current);
                      if (!next.delete(group.key)) next.add(group.key);
                      return next;
                    })
                  }
                  onLeaveOut={(item, out) =>
                    setLeftOut((current) => {
                      const next = new Map(current);
                      const set = new Set(next.get(group.key));
                      if (out) set.add(itemKey(item));
                      else set.delete(itemKey(item));
                      next.set(group.key, set);
                      return next;
                    })
                  }
                  onDecide={(decision) => void decide(group, decision)}
                  onLink={(show) => {
                    setAsking(null);
                    setLinking(show ? group.key : null);
                  }}
                  onCancelAsk={() => setAsking(null)}
                  onOpenMention={onOpenMention}
                />
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}

function ReviewGroup({
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
            {group.articleCount > 1 ? ` in ${group.articleCount} articles` : ''} · confidence{' '}
            {Math.round(group.score * 100)}%
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
