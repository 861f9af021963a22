import { useCallback, useEffect, useMemo, useState, type Ref } from 'react';
import type {
  ArticleId,
  DuplicateCandidate,
  EntityDetail,
  EntityId,
  EntitySummary,
  HistoryState,
  NotebookApi,
  NotebookInfo,
} from '../../electron/common/api/contract.ts';
import { ApiError, messageOf } from '../api/api-error.ts';
import { entityMatches } from '../annotate/EntityPicker.tsx';
import { orderedTypes, plural, typeLabel } from '../annotate/entity-types.ts';
import { EmptyState } from '../components/EmptyState.tsx';
import { ViewHeader } from '../components/ViewHeader.tsx';
import { EntityDetailPane, type EntityEdit } from './entities/EntityDetailPane.tsx';
import { EntityList } from './entities/EntityList.tsx';
import { MentionsPane } from './entities/MentionsPane.tsx';
import '../styles/entities.css';

/** Which entity to open when the view appears (from the Reader's "Open in Entities"). */
export interface EntityFocus {
  id: EntityId;
  nonce: number;
}

type Notify = (text: string, kind?: 'info' | 'error', undoable?: boolean) => void;

/** The busier of two entities is the one the other merges into. */
function mergeTarget(a: EntitySummary, b: EntitySummary): [EntitySummary, EntitySummary] {
  if (b.mentionCount > a.mentionCount) return [b, a];
  if (b.mentionCount === a.mentionCount && b.name.length > a.name.length) return [b, a];
  return [a, b];
}

export function EntitiesView({
  headingRef,
  api,
  info,
  changes,
  focus,
  notify,
  onOpenMention,
}: {
  headingRef: Ref<HTMLHeadingElement>;
  api: NotebookApi;
  info: NotebookInfo | null;
  changes: number;
  focus: EntityFocus | null;
  notify: Notify;
  onOpenMention: (articleId: ArticleId, start: number, end: number) => void;
}) {
  const [entities, setEntities] = useState<EntitySummary[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [duplicates, setDuplicates] = useState<DuplicateCandidate[]>([]);
  const [selectedId, setSelectedId] = useState<EntityId | null>(focus?.id ?? null);
  const [detail, setDetail] = useState<EntityDetail | null>(null);
  const [checked, setChecked] = useState<ReadonlySet<EntityId>>(new Set());
  const [query, setQuery] = useState('');
  const [typeFilter, setTypeFilter] = useState('');
  const [mergeInto, setMergeInto] = useState<EntityId | null>(null);
  const [reloads, setReloads] = useState(0);
  const readOnly = info?.readOnly ?? false;
  const types = useMemo(() => orderedTypes(info?.entityTypes), [info?.entityTypes]);

  useEffect(() => {
    let current = true;
    api.listEntities({}).then(
      (list) => {
        if (!current) return;
        setEntities(list);
        setLoadError(null);
      },
      (error: unknown) => {
        if (current) setLoadError(messageOf(error));
      },
    );
    api.findDuplicateEntities({}).then(
      (found) => {
        if (current) setDuplicates(found);
      },
      () => {
        if (current) setDuplicates([]);
      },
    );
    return () => {
      current = false;
    };
  }, [api, changes, reloads]);

  // The detail follows the list: an entity that left the registry (deleted, merged away, an
  // undone split) is not asked for.
  const selectedExists = entities?.some((e) => e.id === selectedId) ?? false;
  useEffect(() => {
    if (selectedId === null || !selectedExists) return;
    let current = true;
    api.getEntity({ id: selectedId }).then(
      (loaded) => {
        if (current) setDetail(loaded);
      },
      (error: unknown) => {
        if (!current) return;
        setDetail(null);
        // Merged away or deleted (perhaps by an undo): nothing to show, and nothing to report.
        if (error instanceof ApiError && error.code === 'not-found') setSelectedId(null);
        else notify(messageOf(error), 'error');
      },
    );
    return () => {
      current = false;
    };
  }, [api, selectedId, selectedExists, entities, notify]);

  const run = useCallback(
    async <T extends HistoryState>(
      call: () => Promise<T>,
      describe: (result: T) => string,
    ): Promise<T | null> => {
      try {
        const result = await call();
        notify(describe(result), 'info', true);
        return result;
      } catch (error) {
        notify(messageOf(error), 'error');
        return null;
      } finally {
        setReloads((n) => n + 1);
      }
    },
    [notify],
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
      () => api.mergeEntities({ targetId: target.id, sourceIds: sources.map((s) => s.id) }),
      () => `Merged ${sources.map((s) => `“${s.name}”`).join(', ')} into “${target.name}”`,
    );
    if (done !== null) {
      setChecked(new Set());
      setMergeInto(null);
      setSelectedId(target.id);
    }
  }

  const edit = useCallback(
    async (entity: EntityDetail, change: EntityEdit): Promise<string | null> => {
      try {
        const result = await api.updateEntity({ id: entity.id, ...change });
        notify(result.undoLabel ?? `Updated “${entity.name}”`, 'info', true);
        return null;
      } catch (error) {
        return messageOf(error);
      } finally {
        setReloads((n) => n + 1);
      }
    },
    [api, notify],
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
                  () => api.deleteEntity({ id: shownDetail.id }),
                  () =>
                    `Deleted “${shownDetail.name}” and its ${plural(shownDetail.mentionCount, 'mention')}`,
                ).then((done) => {
                  if (done !== null) setSelectedId(null);
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
                  () =>
                    api.splitEntity({
                      entityId: shownDetail.id,
                      mentions: mentions.map((m) => ({
                        articleId: m.articleId,
                        mentionId: m.mentionId,
                      })),
                      name,
                      type,
                    }),
                  () => `Split ${plural(mentions.length, 'mention')} into “${name}”`,
                );
                return done !== null;
              }}
            />
          )}
        </div>
      </div>
    </section>
  );
}
