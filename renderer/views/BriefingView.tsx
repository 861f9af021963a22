import './BriefingView.css';
import './briefing/CitationPicker.css';
import './briefing/preview-paper.css';
import { useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type Ref } from 'react';
import type { BriefingId, NotebookInfo, Section } from '../../electron/common/api/contract.ts';
import { messageOf } from '../api/api-error.ts';
import { useApi } from '../api/api-provider.tsx';
import { useApiMutation } from '../api/use-api-mutation.ts';
import { useApiQuery } from '../api/use-api-query.ts';
import { CITE_COMBO } from '../commands/commands.ts';
import { ariaCombo, currentPlatform, formatCombo, matchesCombo } from '../commands/keys.ts';
import { ViewHeader } from '../components/ViewHeader.tsx';
import { CitationPicker } from './briefing/CitationPicker.tsx';
import type { NotebookChoices } from './briefing/choices.ts';
import { saveFiles } from './briefing/export-files.ts';
import { FilterEditor } from './briefing/FilterEditor.tsx';
import {
  GENERATED_SECTION_KINDS,
  textPlaceholder,
  type GeneratedSectionKind,
} from '../../electron/common/model/briefing.ts';
import { useBriefingDraft } from './briefing/useBriefingDraft.ts';
import { KIND_LABELS, SectionList, sectionName } from './briefing/SectionList.tsx';

type Format = 'md' | 'pdf' | 'docx' | 'json' | 'csv' | OtherFormat;
/** Formats for other programs: reference managers and annotation tools. */
type OtherFormat = 'csl' | 'bibtex' | 'ris' | 'w3c';

const DEFAULT_LABEL = 'Default briefing of the whole notebook';
const PLATFORM = currentPlatform();

function localId(): string {
  return `s-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * The Briefing: the composer (which briefing, its heading fields, its sections in order and the
 * chosen section's text) beside a live preview of the brief, with the exports.
 */
export function BriefingView({
  headingRef,
  info,
}: {
  headingRef: Ref<HTMLHeadingElement>;
  info: NotebookInfo | null;
}) {
  const { api, notify } = useApi();
  const { run } = useApiMutation();
  const notebookTitle = info?.title ?? 'Briefing';
  const { draft, summaries, edit, save, show, latest, previewHtml, previewError } =
    useBriefingDraft(notebookTitle);
  const [chosenSection, setSelectedSection] = useState<string | null>('bluf');
  // The chosen section while it is in the briefing shown, else its first text section.
  const selectedSection = draft.sections.some((s) => s.id === chosenSection)
    ? chosenSection
    : (draft.sections.find((s) => s.kind === 'text')?.id ?? null);
  const [newKind, setNewKind] = useState<GeneratedSectionKind>('timeline');
  const [other, setOther] = useState<OtherFormat>('csl');
  const [paper, setPaper] = useState<'a4' | 'letter'>('a4');
  const [exporting, setExporting] = useState<Format | null>(null);
  // The span of the text the citation picker replaces (the selection, or the `[@` typed).
  const [citeAt, setCiteAt] = useState<{ start: number; end: number } | null>(null);
  const textArea = useRef<HTMLTextAreaElement>(null);
  const readOnly = info?.readOnly ?? false;
  const entityTypes = info?.entityTypes;

  // What filters and citations choose from.
  const articles = useApiQuery('listArticles', {}).data;
  const entities = useApiQuery('listEntities', {}).data;
  const events = useApiQuery('listEvents', {}).data;
  const choices = useMemo<NotebookChoices | null>(
    () =>
      articles === undefined || entities === undefined || events === undefined
        ? null
        : { articles, entities, events, entityTypes: entityTypes ?? [] },
    [articles, entities, events, entityTypes],
  );

  const pick = (value: string) => void show(value === '' ? null : (value as BriefingId));

  const createNew = async () => {
    await save();
    const created = await run(
      'createBriefing',
      {},
      { describe: () => 'Created a new briefing.', undoable: true },
    );
    if (created !== undefined) await show(created.id);
  };

  const deleteBriefing = async () => {
    const id = latest.current.id;
    if (id === null) return;
    await save();
    const deleted = await run(
      'deleteBriefing',
      { id },
      { describe: () => 'Deleted the briefing.', undoable: true },
    );
    if (deleted !== undefined) await show(null);
  };

  const updateSection = (id: string, change: (section: Section) => Section) =>
    edit((d) => ({ ...d, sections: d.sections.map((s) => (s.id === id ? change(s) : s)) }));

  const moveSection = (id: string, by: -1 | 1) =>
    edit((d) => {
      const index = d.sections.findIndex((s) => s.id === id);
      const target = index + by;
      if (index < 0 || target < 0 || target >= d.sections.length) return d;
      const sections = [...d.sections];
      [sections[index], sections[target]] = [sections[target]!, sections[index]!];
      return { ...d, sections };
    });

  const deleteSection = (id: string) => {
    edit((d) => ({ ...d, sections: d.sections.filter((s) => s.id !== id) }));
    if (selectedSection === id) setSelectedSection(null);
  };

  const addSection = (section: Section) => {
    edit((d) => ({ ...d, sections: [...d.sections, section] }));
    setSelectedSection(section.id);
  };

  const runExport = async (format: Format) => {
    setExporting(format);
    try {
      await save();
      const id = latest.current.id;
      const { files } = await api.exportBriefing({
        ...(id === null ? {} : { id }),
        format,
        ...(format === 'pdf' || format === 'docx' ? { paper } : {}),
      });
      await saveFiles(files);
    } catch (error) {
      notify(messageOf(error), 'error');
    } finally {
      setExporting(null);
    }
  };

  // Footnote links jump inside the preview; the page's address (it holds the session) stays.
  const onPreviewClick = (event: MouseEvent<HTMLDivElement>) => {
    const link = (event.target as HTMLElement).closest('a');
    const href = link?.getAttribute('href') ?? '';
    if (!href.startsWith('#')) return;
    event.preventDefault();
    const target = event.currentTarget.querySelector(`[id="${CSS.escape(href.slice(1))}"]`);
    target?.scrollIntoView({ block: 'center' });
  };

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

  const insertCitation = (sectionId: string, reference: string) => {
    if (citeAt === null) return;
    const { start, end } = citeAt;
    updateSection(sectionId, (s) =>
      s.kind === 'text'
        ? { ...s, markdown: s.markdown.slice(0, start) + reference + s.markdown.slice(end) }
        : s,
    );
    closeCitations(start + reference.length);
  };

  const onTextKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!matchesCombo(event.nativeEvent, CITE_COMBO, PLATFORM)) return;
    event.preventDefault();
    event.stopPropagation();
    openCitations();
  };

  const section = draft.sections.find((s) => s.id === selectedSection) ?? null;
  const empty = info !== null && info.articleCount === 0;
  const ariaCite = ariaCombo(CITE_COMBO, PLATFORM);

  return (
    <section className="view" aria-labelledby="briefing-heading">
      <ViewHeader
        id="briefing-heading"
        title="Briefing"
        headingRef={headingRef}
        subtitle="Compose a sourced brief and export it"
        actions={
          <div className="briefing-exports" role="group" aria-label="Export">
            <button
              type="button"
              className="button"
              disabled={exporting !== null}
              onClick={() => void runExport('md')}
            >
              Markdown
            </button>
            <span className="briefing-pdf">
              <button
                type="button"
                className="button"
                disabled={exporting !== null}
                onClick={() => void runExport('pdf')}
              >
                {exporting === 'pdf' ? 'PDF…' : 'PDF'}
              </button>
              <button
                type="button"
                className="button"
                disabled={exporting !== null}
                onClick={() => void runExport('docx')}
              >
                Word
              </button>
              <select
                aria-label="Paper size"
                value={paper}
                onChange={(e) => setPaper(e.target.value as 'a4' | 'letter')}
              >
                <option value="a4">A4</option>
                <option value="letter">Letter</option>
              </select>
            </span>
            <button
              type="button"
              className="button"
              disabled={exporting !== null}
              onClick={() => void runExport('json')}
            >
              JSON
            </button>
            <button
              type="button"
              className="button"
              disabled={exporting !== null}
              onClick={() => void runExport('csv')}
            >
              CSV
            </button>
            <span className="briefing-pdf">
              <select
                aria-label="Other format"
                value={other}
                onChange={(e) => setOther(e.target.value as OtherFormat)}
              >
                <option value="csl">References: CSL-JSON</option>
                <option value="bibtex">References: BibTeX</option>
                <option value="ris">References: RIS</option>
                <option value="w3c">Annotations: W3C JSON-LD</option>
              </select>
              <button
                type="button"
                className="button"
                disabled={exporting !== null}
                onClick={() => void runExport(other)}
              >
                Export other
              </button>
            </span>
          </div>
        }
      />
      <div className="view-body briefing-layout">
        <div className="briefing-composer" aria-label="Composer" role="region">
          <div className="briefing-picker">
            <label className="briefing-field">
              <span>Briefing</span>
              <select value={draft.id ?? ''} onChange={(e) => pick(e.target.value)}>
                {(draft.id === null || summaries.length === 0) && (
                  <option value="">{DEFAULT_LABEL}</option>
                )}
                {summaries.map((b) => (
                  <option key={b.id} value={b.id}>
                    {b.title}
                  </option>
                ))}
              </select>
            </label>
            <div className="briefing-picker-actions">
              <button
                type="button"
                className="button"
                disabled={readOnly}
                onClick={() => void createNew()}
              >
                New briefing
              </button>
              {draft.id !== null && (
                <button
                  type="button"
                  className="button"
                  disabled={readOnly}
                  onClick={() => void deleteBriefing()}
                >
                  Delete briefing
                </button>
              )}
            </div>
            {draft.id === null && (
              <p className="briefing-hint">
                The default briefing covers the whole notebook; your first edit saves it as a
                briefing of its own.
              </p>
            )}
          </div>

          <fieldset className="briefing-meta" disabled={readOnly}>
            <legend>Heading</legend>
            <label className="briefing-field">
              <span>Title</span>
              <input
                value={draft.title}
                onChange={(e) => edit((d) => ({ ...d, title: e.target.value }))}
                onBlur={() => void save()}
              />
            </label>
            <div className="briefing-row">
              <label className="briefing-field">
                <span>Author</span>
                <input
                  value={draft.author}
                  onChange={(e) => edit((d) => ({ ...d, author: e.target.value }))}
                  onBlur={() => void save()}
                />
              </label>
              <label className="briefing-field">
                <span>Date</span>
                <input
                  type="date"
                  value={draft.date}
                  onChange={(e) => edit((d) => ({ ...d, date: e.target.value }))}
                  onBlur={() => void save()}
                />
              </label>
            </div>
            <label className="briefing-field">
              <span>Classification or handling</span>
              <input
                value={draft.classification}
                placeholder="e.g. UNCLASSIFIED"
                onChange={(e) => edit((d) => ({ ...d, classification: e.target.value }))}
                onBlur={() => void save()}
              />
            </label>
            <FilterEditor
              filter={draft.filter}
              kind={null}
              label="Whole briefing"
              choices={choices}
              disabled={readOnly}
              onChange={(filter) => {
                edit((d) => ({ ...d, filter }));
                void save();
              }}
            />
          </fieldset>

          <div className="briefing-group">
            <h2 className="briefing-group-title">Sections</h2>
            <SectionList
              sections={draft.sections}
              selectedId={selectedSection}
              disabled={readOnly}
              onSelect={setSelectedSection}
              onMove={moveSection}
              onDelete={deleteSection}
            />
            <div className="briefing-add">
              <button
                type="button"
                className="button"
                disabled={readOnly}
                onClick={() =>
                  addSection({ kind: 'text', id: localId(), heading: 'Analysis', markdown: '' })
                }
              >
                Add text
              </button>
              <select
                aria-label="Kind of generated section"
                value={newKind}
                disabled={readOnly}
                onChange={(e) => setNewKind(e.target.value as GeneratedSectionKind)}
              >
                {GENERATED_SECTION_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {KIND_LABELS[kind]}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="button"
                disabled={readOnly}
                onClick={() =>
                  addSection({
                    kind: newKind,
                    id: localId(),
                    heading: KIND_LABELS[newKind],
                    filter: {},
                  })
                }
              >
                Add section
              </button>
            </div>
          </div>

          {section !== null && (
            <fieldset className="briefing-editor" disabled={readOnly}>
              <legend>{sectionName(section)}</legend>
              <label className="briefing-field">
                <span>Heading</span>
                <input
                  value={section.heading}
                  onChange={(e) =>
                    updateSection(section.id, (s) => ({ ...s, heading: e.target.value }))
                  }
                  onBlur={() => void save()}
                />
              </label>
              {section.kind === 'text' ? (
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
                    onKeyDown={onTextKeyDown}
                    onChange={(e) => {
                      const { value, selectionStart: caret } = e.target;
                      updateSection(section.id, (s) =>
                        s.kind === 'text' ? { ...s, markdown: value } : s,
                      );
                      // Typing `[@` opens the picker; what it inserts replaces the two characters.
                      if (
                        value.length === section.markdown.length + 1 &&
                        value.slice(caret - 2, caret) === '[@'
                      ) {
                        setCiteAt({ start: caret - 2, end: caret });
                      }
                    }}
                    onBlur={() => void save()}
                  />
                  {citeAt !== null && (
                    <CitationPicker
                      api={api}
                      choices={choices}
                      onInsert={(reference) => insertCitation(section.id, reference)}
                      onClose={() => closeCitations()}
                    />
                  )}
                  <span id="briefing-cite-hint" className="briefing-hint">
                    Cite with the Cite button or by typing <code>[@</code>: an entity, event,
                    article or highlighted quote becomes a footnote to its sources.
                  </span>
                </div>
              ) : (
                <>
                  <p className="briefing-hint">
                    Generated from the notebook: {KIND_LABELS[section.kind].toLowerCase()}, each
                    item with footnotes to its sources.
                  </p>
                  <FilterEditor
                    key={section.id}
                    filter={section.filter}
                    kind={section.kind}
                    choices={choices}
                    disabled={readOnly}
                    onChange={(filter) => {
                      updateSection(section.id, (s) => (s.kind === 'text' ? s : { ...s, filter }));
                      void save();
                    }}
                  />
                </>
              )}
            </fieldset>
          )}
        </div>

        <div className="briefing-preview-pane" role="region" aria-label="Preview">
          {empty && (
            <p className="briefing-empty-hint">
              Compose a briefing here once the notebook holds articles: import some in the Library
              and the brief fills with actors, events and sources, each with its footnotes.
            </p>
          )}
          {previewError !== null && (
            <p className="briefing-error" role="alert">
              {previewError}
            </p>
          )}
          {previewHtml === null ? (
            <p className="loading">Rendering the preview…</p>
          ) : (
            <article
              className="briefing-paper"
              data-testid="briefing-preview"
              onClick={onPreviewClick}
              // Safe twice: the core renders no markup from the text, and sanitizePreview purifies.
              dangerouslySetInnerHTML={{ __html: previewHtml }}
            />
          )}
        </div>
      </div>
    </section>
  );
}
