import './BriefingView.css';
import './briefing/CitationPicker.css';
import './briefing/preview-paper.css';
import { useMemo, useState, type Ref } from 'react';
import type { NotebookInfo, Section } from '../../electron/common/api/contract.ts';
import { useApiMutation } from '../api/use-api-mutation.ts';
import { useApiQuery } from '../api/use-api-query.ts';
import { ViewHeader } from '../components/ViewHeader.tsx';
import { AddSection } from './briefing/AddSection.tsx';
import { BriefingPicker } from './briefing/BriefingPicker.tsx';
import { BriefingPreview } from './briefing/BriefingPreview.tsx';
import type { NotebookChoices } from './briefing/choices.ts';
import { ExportBar } from './briefing/ExportBar.tsx';
import { HeadingFields } from './briefing/HeadingFields.tsx';
import { addSection, changeSection, deleteSection, moveSection } from './briefing/section-edits.ts';
import { SectionEditor } from './briefing/SectionEditor.tsx';
import { SectionList } from './briefing/SectionList.tsx';
import { useBriefingDraft } from './briefing/useBriefingDraft.ts';
import { useBriefingExport } from './briefing/useBriefingExport.ts';

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
  const { run } = useApiMutation();
  const notebookTitle = info?.title ?? 'Briefing';
  const { draft, summaries, edit, save, show, latest, previewHtml, leftOut, previewError } =
    useBriefingDraft(notebookTitle);
  const exports = useBriefingExport(save, latest);
  const [chosenSection, setSelectedSection] = useState<string | null>('bluf');
  // The chosen section while it is in the briefing shown, else its first text section.
  const selectedSection = draft.sections.some((s) => s.id === chosenSection)
    ? chosenSection
    : (draft.sections.find((s) => s.kind === 'text')?.id ?? null);
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

  const removeSection = (id: string) => {
    edit(deleteSection(id));
    if (selectedSection === id) setSelectedSection(null);
  };

  const appendSection = (section: Section) => {
    edit(addSection(section));
    setSelectedSection(section.id);
  };

  const section = draft.sections.find((s) => s.id === selectedSection) ?? null;
  const saveNow = () => void save();

  return (
    <section className="view" aria-labelledby="briefing-heading">
      <ViewHeader
        id="briefing-heading"
        title="Briefing"
        headingRef={headingRef}
        subtitle="Compose a sourced brief and export it"
        actions={
          <ExportBar
            exporting={exports.exporting}
            paper={exports.paper}
            onPaper={exports.setPaper}
            onExport={(format) => void exports.runExport(format)}
          />
        }
      />
      <div className="view-body briefing-layout">
        <div className="briefing-composer" aria-label="Composer" role="region">
          <BriefingPicker
            id={draft.id}
            summaries={summaries}
            readOnly={readOnly}
            onPick={(id) => void show(id)}
            onCreate={() => void createNew()}
            onDelete={() => void deleteBriefing()}
          />
          <HeadingFields
            draft={draft}
            choices={choices}
            readOnly={readOnly}
            onEdit={edit}
            onSave={saveNow}
          />

          <div className="briefing-group">
            <h2 className="briefing-group-title">Sections</h2>
            <SectionList
              sections={draft.sections}
              leftOut={leftOut}
              selectedId={selectedSection}
              disabled={readOnly}
              onSelect={setSelectedSection}
              onMove={(id, by) => edit(moveSection(id, by))}
              onDelete={removeSection}
            />
            <AddSection disabled={readOnly} onAdd={appendSection} />
          </div>

          {section !== null && (
            <SectionEditor
              section={section}
              choices={choices}
              readOnly={readOnly}
              onChange={(change) => edit(changeSection(section.id, change))}
              onSave={saveNow}
            />
          )}
        </div>

        <BriefingPreview
          html={previewHtml}
          error={previewError}
          empty={info !== null && info.articleCount === 0}
        />
      </div>
    </section>
  );
}
