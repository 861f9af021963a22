import './ReviewView.css';
import { useMemo, useState, type KeyboardEvent, type Ref } from 'react';
import type {
  ArticleId,
  NotebookInfo,
  SuggestionGroupView,
} from '../../electron/common/api/contract.ts';
import { orderedTypes, plural, typeKey } from '../annotate/entity-types.ts';
import { EmptyState } from '../components/EmptyState.tsx';
import { ViewHeader } from '../components/ViewHeader.tsx';
import { isTextField } from '../commands/keys.ts';
import type { Decision } from './review/decisions.ts';
import { ReviewGroup } from './review/ReviewGroup.tsx';
import { useReviewQueue } from './review/useReviewQueue.ts';

type Order = 'ambiguous' | 'least' | 'most';

/** The groups in the order chosen: as listed (ambiguous first), or by their confidence. */
function ordered(groups: SuggestionGroupView[], order: Order): SuggestionGroupView[] {
  if (order === 'ambiguous') return groups;
  const sign = order === 'least' ? 1 : -1;
  return [...groups].sort((a, b) => sign * (a.confidence - b.confidence));
}

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
  const readOnly = info?.readOnly ?? false;
  const types = useMemo(() => orderedTypes(info?.entityTypes), [info?.entityTypes]);
  const queue = useReviewQueue(readOnly);
  const [order, setOrder] = useState<Order>('ambiguous');
  const { loadError, listRef, rowButtons, decide, leftOut, linking, asking } = queue;
  const groups = useMemo(
    () => (queue.groups === null ? null : ordered(queue.groups, order)),
    [queue.groups, order],
  );
  const { setLinking, setAsking } = queue;

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
            <label className="review-order">
              Order{' '}
              <select value={order} onChange={(e) => setOrder(e.target.value as Order)}>
                <option value="ambiguous">Ambiguous first</option>
                <option value="least">Least likely right first</option>
                <option value="most">Most likely right first</option>
              </select>
            </label>
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
                  active={queue.activeKey === group.key}
                  open={queue.open.has(group.key)}
                  leftOut={leftOut.get(group.key) ?? new Set()}
                  readOnly={readOnly || queue.busy}
                  linking={linking === group.key}
                  asking={asking?.key === group.key ? asking.entity : null}
                  onFocus={() => queue.setActiveKey(group.key)}
                  onToggle={() => queue.toggleOpen(group.key)}
                  onLeaveOut={(item, out) => queue.leaveOut(group.key, item, out)}
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
