import { useRef, useState, type KeyboardEvent } from 'react';
import type { Section } from '../../../electron/common/api/contract.ts';
import { textPlaceholder } from '../../../electron/common/model/briefing.ts';
import { CITE_COMBO } from '../../commands/commands.ts';
import { ariaCombo, currentPlatform, formatCombo, matchesCombo } from '../../commands/keys.ts';
import type { NotebookChoices } from './choices.ts';
import { CitationPicker } from './CitationPicker.tsx';
import { FilterEditor } from './FilterEditor.tsx';
import { KIND_LABELS, sectionName } from './SectionList.tsx';

const PLATFORM = currentPlatform();

type TextSection = Extract<Section, { kind: 'text' }>;

/**
 * The chosen section: its heading, then its Markdown with the citation picker (the Cite button,
 * its keys, or `[@` typed), or the filter of a generated section.
 */
export function SectionEditor({
  section,
  choices,
  readOnly,
  onChange,
  onSave,
}: {
  section: Section;
  choices: NotebookChoices | null;
  readOnly: boolean;
  onChange: (change: (section: Section) => Section) => void;
  onSave: () => void;
}) {
  return (
    <fieldset className="briefing-editor" disabled={readOnly}>
      <legend>{sectionName(section)}</legend>
      <label className="briefing-field">
        <span>Heading</span>
        <input
          value={section.heading}
          onChange={(e) => onChange((s) => ({ ...s, heading: e.target.value }))}
          onBlur={onSave}
        />
      </label>
      {section.kind === 'text' ? (
        <SectionText
          section={section}
          choices={choices}
          readOnly={readOnly}
          onMarkdown={(change) =>
            onChange((s) => (s.kind === 'text' ? { ...s, markdown: change(s.markdown) } : s))
          }
          onSave={onSave}
        />
      ) : (
        <>
          <p className="briefing-hint">
            Generated from the notebook: {KIND_LABELS[section.kind].toLowerCase()}, each item with
            footnotes to its sources.
          </p>
          <FilterEditor
            key={section.id}
            filter={section.filter}
            kind={section.kind}
            choices={choices}
            disabled={readOnly}
            onChange={(filter) => {
              onChange((s) => (s.kind === 'text' ? s : { ...s, filter }));
              onSave();
            }}
          />
        </>
      )}
    </fieldset>
  );
}

function SectionText({
  section,
  choices,
  readOnly,
  onMarkdown,
  onSave,
}: {
  section: TextSection;
  choices: NotebookChoices | null;
  readOnly: boolean;
  /** A change of the text as it stands in the draft. */
  onMarkdown: (change: (markdown: string) => string) => void;
  onSave: () => void;
}) {
  // The span of the text the citation picker replaces (the selection, or the `[@` typed).
  const [citeAt, setCiteAt] = useState<{ start: number; end: number } | null>(null);
  const textArea = useRef<HTMLTextAreaElement>(null);
  const ariaCite = ariaCombo(CITE_COMBO, PLATFORM);

  const openCitations = () => {
    const area = textArea.current;
    if (area === null) return;
    setCiteAt({ start: area.selectionStart, end: area.selectionEnd });
  };

  /** Back to the text, the caret at `caret`, once React has rendered the new value. */
  const closeCitations = (caret?: number) => {
    const at = caret ?? citeAt?.end;
    setCiteAt(null);
    requestAnimationFrame(() => {
      const area = textArea.current;
      if (area === null) return;
      area.focus();
      if (at !== undefined) area.setSelectionRange(at, at);
    });
  };

  const insertCitation = (reference: string) => {
    if (citeAt === null) return;
    const { start, end } = citeAt;
    onMarkdown((markdown) => markdown.slice(0, start) + reference + markdown.slice(end));
    closeCitations(start + reference.length);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!matchesCombo(event.nativeEvent, CITE_COMBO, PLATFORM)) return;
    event.preventDefault();
    event.stopPropagation();
    openCitations();
  };

  return (
    <div className="briefing-field">
      <span className="briefing-text-label">
        <label htmlFor="briefing-text">Section text (Markdown)</label>
        <button
          type="button"
          className="button"
          aria-keyshortcuts={ariaCite}
          aria-expanded={citeAt !== null}
          disabled={readOnly}
          onClick={() => (citeAt === null ? openCitations() : closeCitations())}
        >
          Cite… <kbd>{formatCombo(CITE_COMBO, PLATFORM)}</kbd>
        </button>
      </span>
      <textarea
        id="briefing-text"
        ref={textArea}
        rows={10}
        value={section.markdown}
        placeholder={textPlaceholder(section)}
        aria-describedby="briefing-cite-hint"
        aria-keyshortcuts={ariaCite}
        onKeyDown={onKeyDown}
        onChange={(e) => {
          const { value, selectionStart: caret } = e.target;
          onMarkdown(() => value);
          // Typing `[@` opens the picker; what it inserts replaces the two characters.
          if (
            value.length === section.markdown.length + 1 &&
            value.slice(caret - 2, caret) === '[@'
          ) {
            setCiteAt({ start: caret - 2, end: caret });
          }
        }}
        onBlur={onSave}
      />
      {citeAt !== null && (
        <CitationPicker
          choices={choices}
          onInsert={insertCitation}
          onClose={() => closeCitations()}
        />
      )}
      <span id="briefing-cite-hint" className="briefing-hint">
        Cite with the Cite button or by typing <code>[@</code>: an entity, event, article or
        highlighted quote becomes a footnote to its sources.
      </span>
    </div>
  );
}
