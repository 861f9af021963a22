import './SectionList.css';
import { useRef } from 'react';
import type { Section } from '../../../electron/common/api/contract.ts';

export const KIND_LABELS: Record<Section['kind'], string> = {
  text: 'Text',
  actors: 'Key actors',
  timeline: 'Timeline',
  quotes: 'Key quotes',
  network: 'Network',
  profiles: 'Entity profiles',
  sources: 'Sources',
};

export function sectionName(section: Section): string {
  return section.heading.trim() === '' ? KIND_LABELS[section.kind] : section.heading;
}

/** The briefing's sections in order: choose one, move it up or down, or delete it. */
export function SectionList({
  sections,
  leftOut,
  selectedId,
  disabled,
  onSelect,
  onMove,
  onDelete,
}: {
  sections: Section[];
  /** Ids of the sections the brief leaves out because they are empty. */
  leftOut: readonly string[];
  selectedId: string | null;
  disabled: boolean;
  onSelect: (id: string) => void;
  onMove: (id: string, by: -1 | 1) => void;
  onDelete: (id: string) => void;
}) {
  const list = useRef<HTMLOListElement>(null);

  /** After a move the button keeps the focus (or its twin, when it reached the end). */
  const move = (id: string, by: -1 | 1) => {
    onMove(id, by);
    requestAnimationFrame(() => {
      const root = list.current;
      if (root === null) return;
      const wanted = root.querySelector<HTMLButtonElement>(
        `[data-move="${id}:${by}"]:not(:disabled)`,
      );
      const other = root.querySelector<HTMLButtonElement>(`[data-move="${id}:${-by}"]`);
      (wanted ?? other)?.focus();
    });
  };

  if (sections.length === 0) {
    return <p className="briefing-hint">No sections yet: add one below.</p>;
  }
  return (
    <ol className="briefing-sections" ref={list} aria-label="Sections">
      {sections.map((section, index) => {
        const name = sectionName(section);
        const selected = section.id === selectedId;
        return (
          <li key={section.id} className={`briefing-section${selected ? ' selected' : ''}`}>
            <button
              type="button"
              className="briefing-section-name"
              aria-pressed={selected}
              onClick={() => onSelect(section.id)}
            >
              <span className="briefing-section-kind">{KIND_LABELS[section.kind]}</span>
              <span className="briefing-section-heading">{name}</span>
              {leftOut.includes(section.id) && (
                <span className="briefing-section-left-out">Empty: not in the brief</span>
              )}
            </button>
            <span className="briefing-section-tools">
              <button
                type="button"
                className="icon-button"
                data-move={`${section.id}:-1`}
                aria-label={`Move “${name}” up`}
                title="Move up"
                disabled={disabled || index === 0}
                onClick={() => move(section.id, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="icon-button"
                data-move={`${section.id}:1`}
                aria-label={`Move “${name}” down`}
                title="Move down"
                disabled={disabled || index === sections.length - 1}
                onClick={() => move(section.id, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                className="icon-button danger"
                aria-label={`Delete “${name}”`}
                title="Delete section"
                disabled={disabled}
                onClick={() => onDelete(section.id)}
              >
                ×
              </button>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
