import { useState } from 'react';
import type { Section } from '../../../electron/common/api/contract.ts';
import {
  GENERATED_SECTION_KINDS,
  type GeneratedSectionKind,
} from '../../../electron/common/model/briefing.ts';
import { newGeneratedSection, newTextSection } from './section-edits.ts';
import { KIND_LABELS } from './SectionList.tsx';

/** Adds a section of the analyst's text, or one generated from the notebook of a chosen kind. */
export function AddSection({
  disabled,
  onAdd,
}: {
  disabled: boolean;
  onAdd: (section: Section) => void;
}) {
  const [kind, setKind] = useState<GeneratedSectionKind>('timeline');
  return (
    <div className="briefing-add">
      <button
        type="button"
        className="button"
        disabled={disabled}
        onClick={() => onAdd(newTextSection())}
      >
        Add text
      </button>
      <select
        aria-label="Kind of generated section"
        value={kind}
        disabled={disabled}
        onChange={(e) => setKind(e.target.value as GeneratedSectionKind)}
      >
        {GENERATED_SECTION_KINDS.map((k) => (
          <option key={k} value={k}>
            {KIND_LABELS[k]}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button"
        disabled={disabled}
        onClick={() => onAdd(newGeneratedSection(kind))}
      >
        Add section
      </button>
    </div>
  );
}
