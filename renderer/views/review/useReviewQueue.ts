import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type {
  ApiInput,
  EntitySummary,
  HistoryState,
  SuggestionGroupView,
} from '../../../electron/common/api/contract.ts';
import { messageOf } from '../../api/api-error.ts';
import { useApi } from '../../api/api-provider.tsx';
import { useApiMutation } from '../../api/use-api-mutation.ts';
import { useApiQuery } from '../../api/use-api-query.ts';
import { linkTarget } from '../../annotate/link-target.ts';
import { itemKey, type Decision } from './decisions.ts';

/**
 * The review queue's groups and the decisions on them: which groups are open, the places left
 * out, the group being linked to an entity or asked about a change of type, and `decide`, which
 * makes one undoable step and, once the list has reloaded, puts the focus on the row where the
 * decided group was.
 */
export function useReviewQueue(readOnly: boolean) {
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

  const toggleOpen = (key: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });

  const leaveOut = (key: string, item: Parameters<typeof itemKey>[0], out: boolean) =>
    setLeftOut((current) => {
      const next = new Map(current);
      const set = new Set(next.get(key));
      if (out) set.add(itemKey(item));
      else set.delete(itemKey(item));
      next.set(key, set);
      return next;
    });

  return {
    groups,
    loadError,
    listRef,
    rowButtons,
    activeKey,
    setActiveKey,
    open,
    toggleOpen,
    leftOut,
    leaveOut,
    linking,
    setLinking,
    asking,
    setAsking,
    busy,
    decide,
  };
}
