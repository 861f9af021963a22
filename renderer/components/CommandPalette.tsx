import './CommandPalette.css';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type {
  ArticleId,
  ArticleSummary,
  EntityId,
  SearchHit,
} from '../../electron/common/api/contract.ts';
import { specKeys, type Command } from '../commands/commands.ts';
import { useReturnFocus } from '../commands/focus.ts';
import { fold, foldedScore, fuzzyScore } from '../commands/fuzzy.ts';
import { formatCombo, type Platform } from '../commands/keys.ts';
import { Icon } from './Icon.tsx';
import { usePaletteSearch } from './usePaletteSearch.ts';

export type PaletteMode = 'commands' | 'search';

interface Item {
  key: string;
  label: string;
  detail?: string;
  shortcut?: string;
  run: () => void;
}

interface Section {
  id: string;
  title: string;
  items: Item[];
  /** The best score in the section: sections with better matches come first. */
  best: number;
}

const PER_SECTION = 6;
const NUMBER = new Intl.NumberFormat();
/** A substring or every word of the query: looser matches would list most titles. */
const NAME_THRESHOLD = 700;

const KIND_LABEL: Record<SearchHit['kind'], string> = {
  article: 'Article',
  entity: 'Entity',
  event: 'Event',
  note: 'Note',
};

/**
 * The command palette (Ctrl/Cmd+K): a combobox over a listbox of commands, articles, entities
 * and full-text results. An inline overlay, not a modal: Escape, a click outside or running an
 * item closes it and gives the focus back.
 */
export function CommandPalette({
  mode,
  commands,
  articles,
  platform,
  onClose,
  onOpenArticle,
  onOpenEntity,
  onOpenTimeline,
}: {
  mode: PaletteMode;
  commands: readonly Command[];
  articles: readonly ArticleSummary[];
  platform: Platform;
  onClose: () => void;
  onOpenArticle: (id: ArticleId) => void;
  onOpenEntity: (id: EntityId) => void;
  onOpenTimeline: () => void;
}) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const { returnFocus } = useReturnFocus();

  useEffect(() => {
    inputRef.current?.focus();
  }, []);

  const trimmed = query.trim();
  const { entities, hits } = usePaletteSearch(trimmed);

  // Folded once per list, not at every keystroke (10,000 titles took most of a keystroke's time).
  const titles = useMemo(() => articles.map((article) => fold(article.title)), [articles]);
  const names = useMemo(
    () => entities.map((entity) => [entity.name, ...entity.aliases].map(fold)),
    [entities],
  );

  const sections = useMemo(() => {
    const done = (run: () => void) => () => {
      returnFocus();
      onClose();
      run();
    };
    const result: Section[] = [];
    if (mode === 'commands') {
      const items: (Item & { score: number })[] = [];
      for (const command of commands) {
        if (!command.enabled) continue;
        const score = Math.max(
          fuzzyScore(trimmed, command.label) ?? -Infinity,
          (fuzzyScore(trimmed, `${command.group} ${command.keywords ?? ''}`) ?? -Infinity) - 400,
        );
        if (score === -Infinity) continue;
        const combo = specKeys(command, platform)[0];
        items.push({
          key: `command:${command.id}`,
          label: command.label,
          shortcut: combo === undefined ? undefined : formatCombo(combo, platform),
          run: done(command.run),
          score,
        });
      }
      if (trimmed !== '') items.sort((a, b) => b.score - a.score);
      // A query's best command still comes first when it is a good match.
      result.push({
        id: 'commands',
        title: 'Commands',
        items: items.slice(0, trimmed === '' ? items.length : PER_SECTION + 2),
        best: (items[0]?.score ?? -Infinity) + 1,
      });
    }
    if (trimmed !== '') {
      const q = fold(trimmed);
      const found = articles
        .map((article, index) => ({
          article,
          score: foldedScore(q, titles[index]!) ?? -Infinity,
        }))
        .filter((match) => match.score >= NAME_THRESHOLD)
        .sort((a, b) => b.score - a.score)
        .slice(0, PER_SECTION);
      result.push({
        id: 'articles',
        title: 'Articles',
        items: found.map(({ article }) => ({
          key: `article:${article.id}`,
          label: article.title,
          detail: article.source || undefined,
          run: done(() => onOpenArticle(article.id)),
        })),
        best: found[0]?.score ?? -Infinity,
      });
      const named = entities
        .map((entity, index) => ({
          entity,
          score: Math.max(...names[index]!.map((name) => foldedScore(q, name) ?? -Infinity)),
        }))
        .filter((match) => match.score >= NAME_THRESHOLD)
        .sort((a, b) => b.score - a.score)
        .slice(0, PER_SECTION);
      result.push({
        id: 'entities',
        title: 'Entities',
        items: named.map(({ entity }) => ({
          key: `entity:${entity.id}`,
          label: entity.name,
          detail: entity.type,
          run: done(() => onOpenEntity(entity.id)),
        })),
        best: named[0]?.score ?? -Infinity,
      });
      const shown = new Set<string>([
        ...found.map((m) => m.article.id),
        ...named.map((m) => m.entity.id),
      ]);
      result.push({
        id: 'search',
        title: 'Search everywhere',
        items: (hits?.hits ?? [])
          .filter((hit) => !shown.has(hit.id))
          .map((hit) => ({
            key: `hit:${hit.kind}:${hit.id}`,
            label: hit.title,
            detail: `${KIND_LABEL[hit.kind]} · ${hit.snippet}`,
            run: done(() => {
              if (hit.kind === 'article') onOpenArticle(hit.id as ArticleId);
              else if (hit.kind === 'entity') onOpenEntity(hit.id as EntityId);
              else if (hit.kind === 'note' && hit.articleId !== undefined) {
                onOpenArticle(hit.articleId as ArticleId);
              } else onOpenTimeline();
            }),
          })),
        // Full-text results come after the names, whatever their score.
        best: -Infinity,
      });
    }
    const withItems = result.filter((section) => section.items.length > 0);
    return trimmed === '' ? withItems : withItems.sort((a, b) => b.best - a.best);
  }, [
    mode,
    commands,
    articles,
    titles,
    entities,
    names,
    hits,
    trimmed,
    platform,
    onClose,
    onOpenArticle,
    onOpenEntity,
    onOpenTimeline,
    returnFocus,
  ]);

  const items = sections.flatMap((section) => section.items);
  const activeIndex = items.length === 0 ? -1 : Math.min(active, items.length - 1);
  const activeItem = activeIndex >= 0 ? items[activeIndex] : undefined;
  const optionId = (item: Item) => `${id}-${item.key.replace(/[^\w-]/g, '_')}`;
  const searching = trimmed.length >= 2 && hits === null && mode === 'search';

  useEffect(() => {
    if (activeItem === undefined) return;
    document.getElementById(optionId(activeItem))?.scrollIntoView({ block: 'nearest' });
  });

  function close() {
    returnFocus();
    onClose();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (items.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + items.length) % items.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      activeItem?.run();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') {
      // The palette has one control; Tab would leave it open behind the focus.
      event.preventDefault();
    }
  }

  const label = mode === 'search' ? 'Search everywhere' : 'Command palette';
  const indexing = hits?.indexing ?? null;
  let empty: string | null = null;
  if (items.length === 0) {
    if (trimmed === '') empty = 'Type to search articles, entities, events and notes.';
    else if (searching) empty = 'Searching…';
    else if (hits?.error !== undefined) empty = hits.error;
    else if (indexing !== null)
      empty = `Nothing matches “${trimmed}” in the articles indexed so far.`;
    else empty = `Nothing matches “${trimmed}”.`;
  }

  return (
    <>
      <div className="overlay-backdrop" aria-hidden="true" onMouseDown={close} />
      <div className="palette" role="dialog" aria-label={label}>
        <div className="palette-input">
          <Icon name="search" />
          <input
            ref={inputRef}
            type="text"
            role="combobox"
            aria-label={
              mode === 'search'
                ? 'Search articles, entities, events and notes'
                : 'Type a command, or an article or entity name'
            }
            placeholder={
              mode === 'search'
                ? 'Search articles, entities, events and notes…'
                : 'Type a command, or an article or entity name…'
            }
            aria-expanded={items.length > 0}
            aria-controls={`${id}-list`}
            aria-autocomplete="list"
            aria-activedescendant={activeItem === undefined ? undefined : optionId(activeItem)}
            autoComplete="off"
            spellCheck={false}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
          />
        </div>
        <div id={`${id}-list`} role="listbox" aria-label={label} className="palette-list">
          {sections.map((section) => (
            <div key={section.id} role="group" aria-labelledby={`${id}-${section.id}`}>
              <div id={`${id}-${section.id}`} className="palette-section" role="presentation">
                {section.title}
              </div>
              {section.items.map((item) => {
                const selected = item === activeItem;
                return (
                  <div
                    key={item.key}
                    id={optionId(item)}
                    role="option"
                    aria-selected={selected}
                    className="palette-option"
                    onMouseDown={(event) => event.preventDefault()}
                    onMouseMove={() => {
                      if (!selected) setActive(items.indexOf(item));
                    }}
                    onClick={item.run}
                  >
                    <span className="palette-label">{item.label}</span>
                    {item.detail !== undefined && (
                      <span className="palette-detail">{item.detail}</span>
                    )}
                    {item.shortcut !== undefined && (
                      <kbd className="palette-shortcut">{item.shortcut}</kbd>
                    )}
                  </div>
                );
              })}
            </div>
          ))}
        </div>
        {empty !== null && (
          <p className="palette-empty" role="status">
            {empty}
          </p>
        )}
        {indexing !== null && trimmed.length >= 2 && (
          <p className="palette-indexing">
            {/* Announced once; the count, which changes every second, is not. */}
            <span role="status">Indexing the articles for search, the first time:</span>{' '}
            {NUMBER.format(indexing.indexed)} of {NUMBER.format(indexing.total)}. The results grow
            as it goes.
          </p>
        )}
        <p className="palette-footer" aria-hidden="true">
          <kbd>↑</kbd>
          <kbd>↓</kbd> to move <kbd>{platform === 'mac' ? '↩' : 'Enter'}</kbd> to run <kbd>Esc</kbd>{' '}
          to close
        </p>
      </div>
    </>
  );
}
