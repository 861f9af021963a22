import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { HighlightView } from '../../../electron/common/api/contract.ts';
import { messageOf } from '../../api/api-error.ts';
import { useApiQuery } from '../../api/use-api-query.ts';
import {
  CITATION_KIND_LABELS,
  citables,
  searchCitables,
  type Citable,
  type NotebookChoices,
} from './choices.ts';

const NO_HIGHLIGHTS: HighlightView[] = [];

/**
 * An inline panel under the analyst's text: search the notebook's entities, events, articles
 * and highlighted quotes, and insert the reference to one (arrows to move, Enter to insert,
 * Escape to close). The composer puts the focus back in the text either way.
 */
export function CitationPicker({
  choices,
  onInsert,
  onClose,
}: {
  choices: NotebookChoices | null;
  onInsert: (reference: string) => void;
  onClose: () => void;
}) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  // Highlights are read from every article: only once the picker opens, then from the cache.
  const highlightsQuery = useApiQuery('listHighlights', {});
  const highlights = highlightsQuery.isError ? NO_HIGHLIGHTS : (highlightsQuery.data ?? null);
  const error = highlightsQuery.error === null ? null : messageOf(highlightsQuery.error);
  const panel = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const listId = useId();

  useEffect(() => {
    input.current?.focus();
    // Under a tall text the panel may open below the fold: bring all of it into view.
    panel.current?.scrollIntoView({ block: 'nearest' });
  }, []);

  const all = useMemo(
    () => (choices === null ? [] : citables(choices, highlights ?? [])),
    [choices, highlights],
  );
  const shown = useMemo(() => searchCitables(all, query), [all, query]);
  const activeIndex = Math.min(active, Math.max(shown.length - 1, 0));

  useEffect(() => {
    list.current
      ?.querySelector(`[id="${CSS.escape(`${listId}-${activeIndex}`)}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex, listId]);

  const choose = (item: Citable | undefined) => {
    if (item !== undefined) onInsert(item.reference);
  };

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + 10,
      PageUp: activeIndex - 10,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      setActive(Math.max(0, Math.min(target, shown.length - 1)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(shown[activeIndex]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  }

  const loading = choices === null || highlights === null;
  let empty: string | null = null;
  if (!loading && shown.length === 0) {
    empty =
      query.trim() === ''
        ? 'Nothing to cite yet: import articles in the Library, then mark entities, highlight quotes and add events in the Reader.'
        : `Nothing matches “${query.trim()}”.`;
  }

  return (
    <div className="briefing-cite" role="group" aria-label="Cite" ref={panel}>
      <input
        ref={input}
        type="text"
        role="combobox"
        aria-label="Search what to cite"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown.length > 0 ? `${listId}-${activeIndex}` : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder="Search entities, events, articles and quotes…"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listId}
        ref={list}
        role="listbox"
        aria-label="What to cite"
        className="briefing-cite-list"
        aria-busy={loading}
      >
        {shown.map((item, index) => (
          <li
            key={item.reference}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === activeIndex}
            className="briefing-cite-option"
            // Keep the focus in the search field: insert on mousedown, before the blur.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(item);
            }}
            onMouseMove={() => setActive(index)}
          >
            <span className="briefing-cite-kind">{CITATION_KIND_LABELS[item.kind]}</span>
            <span className="briefing-cite-label">{item.label}</span>
            <span className="briefing-cite-detail">{item.detail}</span>
          </li>
        ))}
      </ul>
      {loading && <p className="loading">Loading what the notebook holds…</p>}
      {empty !== null && <p className="briefing-hint">{empty}</p>}
      {error !== null && (
        <p className="briefing-error" role="alert">
          Highlights could not be listed: {error}
        </p>
      )}
      <p className="briefing-hint">
        ↑ ↓ to choose, Enter to insert the reference, Esc to go back to the text.
      </p>
    </div>
  );
}
