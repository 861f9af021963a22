import './EntitiesView.css';
import { useCallback, useEffect, useMemo, useState, type Ref } from 'react';
import type {
  ApiInput,
  ArticleId,
  DuplicateCandidate,
  EntityDetail,
  EntityId,
  EntitySummary,
  NotebookInfo,
} from '../../electron/common/api/contract.ts';
import { ApiError, messageOf } from '../api/api-error.ts';
import { useApi } from '../api/api-provider.tsx';
import { useApiMutation } from '../api/use-api-mutation.ts';
import { useApiQuery } from '../api/use-api-query.ts';
import { entityMatches } from '../annotate/EntityPicker.tsx';
import { orderedTypes, plural, typeLabel } from '../annotate/entity-types.ts';
import { EmptyState } from '../components/EmptyState.tsx';
import { ViewHeader } from '../components/ViewHeader.tsx';
import { EntityDetailPane, type EntityEdit } from './entities/EntityDetailPane.tsx';
import { EntityList } from './entities/EntityList.tsx';
import { MentionsPane } from './entities/MentionsPane.tsx';

/** Which entity to open when the view appears (from the Reader's "Open in Entities"). */
export interface EntityFocus {
  id: EntityId;
  nonce: number;
}

const NO_DUPLICATES: DuplicateCandidate[] = [];

/** The busier of two entities is the one the other merges into. */
function mergeTarget(a: EntitySummary, b: EntitySummary): [EntitySummary, EntitySummary] {
  if (b.mentionCount > a.mentionCount) return [b, a];
  if (b.mentionCount === a.mentionCount && b.name.length > a.name.length) return [b, a];
  return [a, b];
}

export function EntitiesView({
  headingRef,
  info,
  focus,
  onOpenMention,
}: {
  headingRef: Ref<HTMLHeadingElement>;
  info: NotebookInfo | null;
  focus: EntityFocus | null;
  onOpenMention: (articleId: ArticleId, start: number, end: number) => void;
}) {
  const { notify } = useApi();
  const { run: runCommand } = useApiMutation();
  const entitiesQuery = useApiQuery('listEntities', {});
  const entities = entitiesQuery.data ?? null;
  const loadError = entitiesQuery.error === null ? null : messageOf(entitiesQuery.error);
  // When the notebook cannot say, no duplicates are proposed.
  const duplicates = useApiQuery('findDuplicateEntities', {}).data ?? NO_DUPLICATES;
  const [selectedId, setSelectedId] = useState<EntityId | null>(focus?.id ?? null);
  const [checked, setChecked] = useState<ReadonlySet<EntityId>>(new Set());
  const [query, setQuery] = useState('');
  const [typeFilter, setTypeFilter] = useState('');
  const [mergeInto, setMergeInto] = useState<EntityId | null>(null);
  const readOnly = info?.readOnly ?? false;
  const types = useMemo(() => orderedTypes(info?.entityTypes), [info?.entityTypes]);

  // The detail follows the list: an entity that left the registry (deleted, merged away, an
  // undone split) is not asked for.
  const selectedExists = entities?.some((e) => e.id === selectedId) ?? false;
  const detailQuery = useApiQuery(
    'getEntity',
    { id: selectedId ?? '' },
    { enabled: selectedId !== null && selectedExists },
  );
  const detail = detailQuery.data ?? null;
  const detailError = detailQuery.error;
  useEffect(() => {
    // Merged away or deleted (perhaps by an undo): nothing to show, and nothing to report.
    if (
      detailError === null ||
      (detailError instanceof ApiError && detailError.code === 'not-found')
    ) {
      return;
    }
    notify(messageOf(detailError), 'error');
  }, [detailError, notify]);

  /** Run a change to the registry, said in a toast with Undo; undefined when it failed. */
  const run = useCallback(
    <M extends 'mergeEntities' | 'deleteEntity' | 'splitEntity'>(
      method: M,
      input: ApiInput<M>,
      describe: () => string,
    ) => runCommand(method, input, { describe, undoable: true }),
    [runCommand],
  );

  const shown = useMemo(
    () =>
      (entities ?? [])
        .filter((e) => (typeFilter === '' || e.type === typeFilter) && entityMatches(e, query))
        .sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name)),
    [entities, typeFilter, query],
  );
  const byId = useMemo(() => new Map((entities ?? []).map((e) => [e.id, e])), [entities]);
  const checkedEntities = [...checked]
    .map((id) => byId.get(id))
    .filter((e): e is EntitySummary => e !== undefined);
  const usedTypes = useMemo(
    () => [...new Set([...types, ...(entities ?? []).map((e) => e.type)])],
    [types, entities],
  );
  const shownDetail = detail !== null && detail.id === selectedId && selectedExists ? detail : null;

  function toggle(id: EntityId) {
    const next = new Set(checked);
    if (!next.delete(id)) next.add(id);
    setChecked(next);
  }

  async function merge(target: EntitySummary, sources: EntitySummary[]) {
    const done = await run(
      'mergeEntities',
      { targetId: target.id, sourceIds: sources.map((s) => s.id) },
      () => `Merged ${sources.map((s) => `“${s.name}”`).join(', ')} into “${target.name}”`,
    );
    if (done !== undefined) {
      setChecked(new Set());
      setMergeInto(null);
      setSelectedId(target.id);
    }
  }

  const edit = useCallback(
    async (entity: EntityDetail, change: EntityEdit): Promise<string | null> => {
      try {
        await runCommand(
          'updateEntity',
          { id: entity.id, ...change },
          {
            describe: (result) => result.undoLabel ?? `Updated “${entity.name}”`,
            undoable: true,
            errors: 'caller',
          },
        );
        return null;
      } catch (error) {
        return messageOf(error);
      }
    },
    [runCommand],
  );

  const header = (
    <ViewHeader
      id="entities-heading"
      title="Entities"
      headingRef={headingRef}
      subtitle={
        entities !== null && entities.length > 0
          ? plural(entities.length, 'entity', 'entities')
          : undefined
      }
    />
  );

  if (entities === null || entities.length === 0) {
    return (
      <section className="view" aria-labelledby="entities-heading">
        {header}
        <div className="view-body">
          {entities === null && loadError === null ? (
            <p className="loading">Loading the registry…</p>
          ) : (
            <EmptyState icon="entities" title="No entities yet">
              <p>
                Mark people, organizations and places in the Reader, or accept suggestions; they are
                listed here.
              </p>
              {loadError !== null && <p className="entities-error">{loadError}</p>}
            </EmptyState>
          )}
        </div>
      </section>
    );
  }

  const mergeTargetId =
    mergeInto !== null && checked.has(mergeInto)
      ? mergeInto
      : ([...checkedEntities].sort((a, b) => b.mentionCount - a.mentionCount)[0]?.id ?? null);

  return (
    <section className="view entities-view" aria-labelledby="entities-heading">
      {header}
      <div className="entities-layout">
        <div className="entities-list-pane">
          <div className="entity-filters" role="search" aria-label="Filter entities">
            <input
              className="text-input"
              type="search"
              aria-label="Filter by name or alias"
              placeholder="Filter…"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
            />
            <select
              className="text-input"
              aria-label="Filter by type"
              value={typeFilter}
              onChange={(event) => setTypeFilter(event.target.value)}
            >
              <option value="">All types</option>
              {usedTypes.map((type) => (
                <option key={type} value={type}>
                  {typeLabel(type)}
                </option>
              ))}
            </select>
          </div>
          {checkedEntities.length >= 2 && mergeTargetId !== null && (
            <form
              className="merge-bar"
              aria-label="Merge entities"
              onSubmit={(event) => {
                event.preventDefault();
                const target = byId.get(mergeTargetId);
                if (target === undefined) return;
                void merge(
                  target,
                  checkedEntities.filter((e) => e.id !== target.id),
                );
              }}
            >
              <label className="merge-label" htmlFor="merge-target">
                Merge {checkedEntities.length} entities into
              </label>
              <div className="detail-row">
                <select
                  id="merge-target"
                  className="text-input"
                  value={mergeTargetId}
                  onChange={(event) => setMergeInto(event.target.value as EntityId)}
                >
                  {checkedEntities.map((e) => (
                    <option key={e.id} value={e.id}>
                      {e.name} ({typeLabel(e.type)})
                    </option>
                  ))}
                </select>
                <button type="submit" className="button primary" disabled={readOnly}>
                  Merge
                </button>
                <button type="button" className="button" onClick={() => setChecked(new Set())}>
                  Clear
                </button>
              </div>
            </form>
          )}
          {checkedEntities.length === 1 && (
            <p className="merge-hint">Select one more entity (checkbox or Ctrl+click) to merge.</p>
          )}
          {duplicates.length > 0 && (
            <details className="duplicates" open>
              <summary>
                Possible duplicates <span className="side-count">{duplicates.length}</span>
              </summary>
              <ul className="duplicate-list">
                {duplicates.map((pair) => {
                  const [target, source] = mergeTarget(...pair.entities);
                  return (
                    <li key={`${target.id}-${source.id}`} className="duplicate">
                      <div className="duplicate-names">
                        <span className="duplicate-name">{target.name}</span>
                        <span className="duplicate-sep" aria-hidden="true">
                          ≈
                        </span>
                        <span className="duplicate-name">{source.name}</span>
                        <span className="duplicate-reason">{pair.reason}</span>
                      </div>
                      <button
                        type="button"
                        className="button small"
                        disabled={readOnly}
                        aria-label={`Merge “${source.name}” into “${target.name}”`}
                        title={`Merge “${source.name}” into “${target.name}”`}
                        onClick={() => void merge(target, [source])}
                      >
                        Merge
                      </button>
                    </li>
                  );
                })}
              </ul>
            </details>
          )}
          {shown.length === 0 ? (
            <p className="side-empty">No entity matches the filter.</p>
          ) : (
            <EntityList
              entities={shown}
              selectedId={selectedId}
              checked={checked}
              onSelect={setSelectedId}
              onToggle={toggle}
            />
          )}
        </div>
        <div className="entities-detail-pane">
          {shownDetail === null ? (
            <p className="pane-empty">
              {selectedId !== null && selectedExists
                ? 'Loading…'
                : 'Choose an entity to see its names, description and every mention.'}
            </p>
          ) : (
            <EntityDetailPane
              key={`${shownDetail.id}:${shownDetail.name}`}
              entity={shownDetail}
              types={types}
              readOnly={readOnly}
              onEdit={(change) => edit(shownDetail, change)}
              onDelete={() =>
                void run(
                  'deleteEntity',
                  { id: shownDetail.id },
                  () =>
                    `Deleted “${shownDetail.name}” and its ${plural(shownDetail.mentionCount, 'mention')}`,
                ).then((done) => {
                  if (done !== undefined) setSelectedId(null);
                })
              }
              onOpenArticle={(articleId) => {
                const first = shownDetail.mentions.find((m) => m.articleId === articleId);
                if (first !== undefined) onOpenMention(articleId, first.start, first.end);
              }}
            />
          )}
        </div>
        <div className="entities-mentions-pane">
          {shownDetail !== null && (
            <MentionsPane
              key={shownDetail.id}
              entity={shownDetail}
              types={types}
              readOnly={readOnly}
              onOpenMention={onOpenMention}
              onSplit={async (mentions, name, type) => {
                const done = await run(
                  'splitEntity',
                  {
                    entityId: shownDetail.id,
                    mentions: mentions.map((m) => ({
                      articleId: m.articleId,
                      mentionId: m.mentionId,
                    })),
                    name,
                    type,
                  },
                  () => `Split ${plural(mentions.length, 'mention')} into “${name}”`,
                );
                return done !== undefined;
              }}
            />
          )}
        </div>
      </div>
    </section>
  );
}
