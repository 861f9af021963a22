import './FilterEditor.css';
import { useId, useState, type ReactNode } from 'react';
import type { SectionFilter } from '../../../electron/common/api/contract.ts';
import { EntityCombo } from '../../events/EntityCombo.tsx';
import {
  describeFilter,
  filterProblem,
  tagsOf,
  tidyFilter,
  typeFilterOf,
  type GeneratedSection,
  type NotebookChoices,
} from './choices.ts';
import { defaultLimit } from '../../../electron/common/model/briefing.ts';

const MAX_LIMIT = 10_000;

interface Choice {
  key: string;
  label: string;
}

/**
 * A list the filter holds (tags, articles, entities): the chosen ones as removable chips, then
 * a way to add one (a select of what is left, unless `children` brings its own).
 */
function ListField({
  id,
  label,
  one,
  options,
  chosen,
  emptyHint,
  disabled,
  onToggle,
  children,
}: {
  id: string;
  label: string;
  /** The singular, for the buttons and placeholders: "tag". */
  one: string;
  options: Choice[];
  chosen: string[];
  /** Said instead of the select when the notebook has none to offer. */
  emptyHint?: string;
  disabled: boolean;
  onToggle: (key: string) => void;
  children?: ReactNode;
}) {
  const left = options.filter((o) => !chosen.includes(o.key));
  let add = children;
  if (add === undefined && options.length === 0) {
    add = <p className="briefing-hint">{emptyHint}</p>;
  } else if (add === undefined) {
    add = (
      <select
        id={id}
        value=""
        disabled={disabled || left.length === 0}
        onChange={(e) => e.target.value !== '' && onToggle(e.target.value)}
      >
        <option value="">{`Add ${/^[aeiou]/i.test(one) ? 'an' : 'a'} ${one}…`}</option>
        {left.map((o) => (
          <option key={o.key} value={o.key}>
            {o.label}
          </option>
        ))}
      </select>
    );
  }
  return (
    <div className="briefing-field">
      <label htmlFor={id}>{label}</label>
      {chosen.length > 0 && (
        <ul className="briefing-chips" aria-label={`Chosen ${label.toLowerCase()}`}>
          {chosen.map((key) => {
            const name = options.find((o) => o.key === key)?.label ?? `A deleted ${one}`;
            return (
              <li key={key} className="briefing-chip">
                <span>{name}</span>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove ${one} “${name}”`}
                  title="Remove"
                  disabled={disabled}
                  onClick={() => onToggle(key)}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {add}
    </div>
  );
}

/**
 * What a generated section draws on (model/briefing.ts, SectionFilter): tags, articles,
 * entities, types, a date window and a limit, chosen from the notebook. Collapsed, it says the
 * filter in a line; every change is saved as a briefing edit (and so undone like one).
 */
export function FilterEditor({
  filter,
  kind,
  label = 'Filters',
  choices,
  disabled,
  onChange,
}: {
  filter: SectionFilter;
  /** The section's kind; null: the whole briefing's filter (no types, no limit). */
  kind: GeneratedSection['kind'] | null;
  label?: string;
  choices: NotebookChoices | null;
  disabled: boolean;
  onChange: (filter: SectionFilter) => void;
}) {
  const [open, setOpen] = useState(false);
  const [limitText, setLimitText] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const panelId = useId();

  const change = (next: SectionFilter) => {
    const tidy = tidyFilter(next);
    const wrong = filterProblem(tidy);
    setProblem(wrong);
    if (wrong === null) onChange(tidy);
  };

  const toggle = (key: 'tags' | 'articleIds' | 'entityIds' | 'types', value: string) => {
    const list: string[] = filter[key] ?? [];
    change({
      ...filter,
      [key]: list.includes(value) ? list.filter((v) => v !== value) : [...list, value],
    });
  };

  const setLimit = (text: string) => {
    setLimitText(text);
    if (text.trim() === '') {
      change({ ...filter, limit: undefined });
      return;
    }
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1 || value > MAX_LIMIT) {
      setProblem(`The limit is a whole number from 1 to ${MAX_LIMIT.toLocaleString('en')}.`);
      return;
    }
    change({ ...filter, limit: value });
  };

  const summary = choices === null ? '…' : describeFilter(filter, choices, kind);
  const tags = choices === null ? [] : tagsOf(choices);
  const typeFilter = choices === null ? null : typeFilterOf(kind, choices);
  const articles = [...(choices?.articles ?? [])].sort((a, b) => a.title.localeCompare(b.title));

  return (
    <div className="briefing-filters">
      <button
        type="button"
        className="briefing-filters-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">{open ? '▾' : '▸'}</span>
        <span>
          {label}:{' '}
          <span data-testid={kind === null ? 'briefing-filter-summary' : 'filter-summary'}>
            {summary}
          </span>
        </span>
      </button>
      {open && (
        <div id={panelId} className="briefing-filters-panel" role="group" aria-label={label}>
          {choices === null ? (
            <p className="loading">Loading the notebook’s tags, articles and entities…</p>
          ) : (
            <>
              <ListField
                id={`${panelId}-tag`}
                label="Tags"
                one="tag"
                options={tags.map((t) => ({ key: t, label: t }))}
                chosen={filter.tags ?? []}
                emptyHint="No tags in the notebook yet: tag articles in the Library or events in the Timeline."
                disabled={disabled}
                onToggle={(t) => toggle('tags', t)}
              />
              <ListField
                id={`${panelId}-article`}
                label="Articles"
                one="article"
                options={articles.map((a) => ({ key: a.id, label: a.title }))}
                chosen={filter.articleIds ?? []}
                emptyHint="No articles yet: import some in the Library."
                disabled={disabled}
                onToggle={(id) => toggle('articleIds', id)}
              />
              <ListField
                id={`${panelId}-entity`}
                label="Entities"
                one="entity"
                options={choices.entities.map((e) => ({ key: e.id, label: e.name }))}
                chosen={filter.entityIds ?? []}
                disabled={disabled}
                onToggle={(id) => toggle('entityIds', id)}
              >
                <EntityCombo
                  id={`${panelId}-entity`}
                  entities={choices.entities}
                  placeholder="Add an entity: type a name…"
                  exclude={filter.entityIds ?? []}
                  disabled={disabled}
                  onPick={(entity) => toggle('entityIds', entity.id)}
                />
              </ListField>

              {typeFilter !== null && (
                <fieldset className="briefing-types">
                  <legend>{typeFilter.label}</legend>
                  {typeFilter.types.map((type) => (
                    <label key={type} className="briefing-check">
                      <input
                        type="checkbox"
                        checked={filter.types?.includes(type) ?? false}
                        disabled={disabled}
                        onChange={() => toggle('types', type)}
                      />
                      {typeFilter.name(type)}
                    </label>
                  ))}
                  <p className="briefing-hint">None ticked: every type.</p>
                </fieldset>
              )}

              <div className="briefing-row">
                <label className="briefing-field">
                  <span>From</span>
                  <input
                    type="date"
                    value={filter.from ?? ''}
                    max={filter.to}
                    disabled={disabled}
                    onChange={(e) => change({ ...filter, from: e.target.value || undefined })}
                  />
                </label>
                <label className="briefing-field">
                  <span>To</span>
                  <input
                    type="date"
                    value={filter.to ?? ''}
                    min={filter.from}
                    disabled={disabled}
                    onChange={(e) => change({ ...filter, to: e.target.value || undefined })}
                  />
                </label>
              </div>

              {kind !== null && (
                <label className="briefing-field">
                  <span>At most (items{kind === 'actors' ? ' per type' : ''})</span>
                  <input
                    type="number"
                    inputMode="numeric"
                    min={1}
                    max={MAX_LIMIT}
                    placeholder={
                      defaultLimit(kind) === undefined
                        ? 'No limit'
                        : `${defaultLimit(kind)} (default)`
                    }
                    value={limitText ?? filter.limit?.toString() ?? ''}
                    disabled={disabled}
                    onChange={(e) => setLimit(e.target.value)}
                    onBlur={() => setLimitText(null)}
                  />
                </label>
              )}

              {problem !== null && (
                <p className="briefing-error" role="alert">
                  {problem}
                </p>
              )}

              <button
                type="button"
                className="button"
                disabled={disabled || summary === describeFilter({}, choices, kind)}
                onClick={() => {
                  setLimitText(null);
                  change({});
                }}
              >
                Clear filters
              </button>
            </>
          )}
        </div>
      )}
    </div>
  );
}
