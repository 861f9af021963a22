import type { Section } from '../../../electron/common/api/contract.ts';
import type { GeneratedSectionKind } from '../../../electron/common/model/briefing.ts';
import { KIND_LABELS } from './SectionList.tsx';
import type { Draft } from './useBriefingDraft.ts';

/** The composer's edits of a draft's sections, each a new draft (the draft hook saves it). */
export type DraftEdit = (draft: Draft) => Draft;

function localId(): string {
  return `s-${Math.random().toString(36).slice(2, 10)}`;
}

export function newTextSection(): Section {
  return { kind: 'text', id: localId(), heading: 'Analysis', markdown: '' };
}

export function newGeneratedSection(kind: GeneratedSectionKind): Section {
  return { kind, id: localId(), heading: KIND_LABELS[kind], filter: {} };
}

export const changeSection =
  (id: string, change: (section: Section) => Section): DraftEdit =>
  (d) => ({ ...d, sections: d.sections.map((s) => (s.id === id ? change(s) : s)) });

export const moveSection =
  (id: string, by: -1 | 1): DraftEdit =>
  (d) => {
    const index = d.sections.findIndex((s) => s.id === id);
    const target = index + by;
    if (index < 0 || target < 0 || target >= d.sections.length) return d;
    const sections = [...d.sections];
    [sections[index], sections[target]] = [sections[target]!, sections[index]!];
    return { ...d, sections };
  };

export const deleteSection =
  (id: string): DraftEdit =>
  (d) => ({ ...d, sections: d.sections.filter((s) => s.id !== id) });

export const addSection =
  (section: Section): DraftEdit =>
  (d) => ({ ...d, sections: [...d.sections, section] });
