import type { NotebookChoices } from './choices.ts';
import { FilterEditor } from './FilterEditor.tsx';
import type { DraftEdit } from './section-edits.ts';
import type { Draft } from './useBriefingDraft.ts';

type HeadingField = 'title' | 'author' | 'date' | 'classification';

/**
 * The brief's heading: title, author, date and handling (leaving a field saves at once), and the
 * filter of the whole briefing.
 */
export function HeadingFields({
  draft,
  choices,
  readOnly,
  onEdit,
  onSave,
}: {
  draft: Draft;
  choices: NotebookChoices | null;
  readOnly: boolean;
  onEdit: (edit: DraftEdit) => void;
  onSave: () => void;
}) {
  const input = (field: HeadingField, extra: { type?: string; placeholder?: string } = {}) => (
    <input
      {...extra}
      value={draft[field]}
      onChange={(e) => onEdit((d) => ({ ...d, [field]: e.target.value }))}
      onBlur={onSave}
    />
  );
  return (
    <fieldset className="briefing-meta" disabled={readOnly}>
      <legend>Heading</legend>
      <label className="briefing-field">
        <span>Title</span>
        {input('title')}
      </label>
      <div className="briefing-row">
        <label className="briefing-field">
          <span>Author</span>
          {input('author')}
        </label>
        <label className="briefing-field">
          <span>Date</span>
          {input('date', { type: 'date' })}
        </label>
      </div>
      <label className="briefing-field">
        <span>Classification or handling</span>
        {input('classification', { placeholder: 'e.g. UNCLASSIFIED' })}
      </label>
      <FilterEditor
        filter={draft.filter}
        kind={null}
        label="Filters for the whole briefing"
        choices={choices}
        disabled={readOnly}
        onChange={(filter) => {
          onEdit((d) => ({ ...d, filter }));
          onSave();
        }}
      />
    </fieldset>
  );
}
