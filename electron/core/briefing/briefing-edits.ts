import { DossierError } from '../../common/errors.ts';
import { eventLinks } from '../annotate/link-chart.ts';
import type { NotebookView } from '../annotate/notebook-view.ts';
import type { NotebookChange } from '../commands/notebook-change.ts';
import {
  BriefingSchema,
  defaultBriefing,
  defaultSections,
  newBriefingId,
  newBriefingTitle,
  newSectionId,
  type Briefing,
  type BriefingId,
  type BriefingsFile,
  type Section,
  type SectionFilter,
  type SectionInput,
} from '../../common/model/briefing.ts';
import type { BriefingLike } from './briefing-document.ts';

/** What briefing edits read: the notebook with its briefings. NotebookStore provides it. */
export interface BriefingNotebookView extends NotebookView {
  readonly title: string;
  readonly briefingsFile: BriefingsFile;
}

export function requireBriefing(view: BriefingNotebookView, id: BriefingId): Briefing {
  const briefing = view.briefingsFile.briefings.find((b) => b.id === id);
  if (briefing === undefined) throw new DossierError('not-found', `No briefing with id ${id}.`);
  return briefing;
}

/** The briefing asked for, or the default briefing of the whole notebook. */
export function briefingOrDefault(
  view: BriefingNotebookView,
  id: BriefingId | undefined,
): BriefingLike {
  return id === undefined ? defaultBriefing(view.title, linked(view)) : requireBriefing(view, id);
}

/** Whether the notebook has a network to draw: relations, or events that tie two entities. */
function linked(view: NotebookView): boolean {
  return view.relationsFile.relations.length > 0 || eventLinks(view.eventsFile).length > 0;
}

export function createBriefing(
  view: BriefingNotebookView,
  title: string | undefined,
  today: string,
): NotebookChange & { briefingId: BriefingId } {
  const briefing: Briefing = {
    id: newBriefingId(),
    title: title ?? newBriefingTitle(view.briefingsFile.briefings.map((b) => b.title)),
    author: '',
    date: today,
    classification: '',
    filter: {},
    sections: defaultSections(linked(view)).map((section) => ({ ...section, id: newSectionId() })),
  };
  return {
    label: `Create the briefing “${briefing.title}”`,
    briefings: {
      ...view.briefingsFile,
      briefings: [...view.briefingsFile.briefings, briefing],
      lastEditedBriefingId: briefing.id,
    },
    briefingId: briefing.id,
  };
}

export interface BriefingEdit {
  title?: string;
  author?: string;
  date?: string | null;
  classification?: string;
  filter?: SectionFilter;
  sections?: SectionInput[];
}

export function updateBriefing(
  view: BriefingNotebookView,
  id: BriefingId,
  edit: BriefingEdit,
): NotebookChange {
  const before = requireBriefing(view, id);
  const sections: Section[] | undefined = edit.sections?.map(
    (section) => ({ ...section, id: section.id ?? newSectionId() }) as Section,
  );
  const candidate = {
    ...before,
    ...(edit.title !== undefined && { title: edit.title }),
    ...(edit.author !== undefined && { author: edit.author }),
    ...(edit.date !== undefined && { date: edit.date }),
    ...(edit.classification !== undefined && { classification: edit.classification }),
    ...(edit.filter !== undefined && { filter: edit.filter }),
    ...(sections !== undefined && { sections }),
  };
  const parsed = BriefingSchema.safeParse(candidate);
  if (!parsed.success) {
    throw new DossierError(
      'invalid-input',
      `The briefing cannot be saved: ${parsed.error.issues[0]?.message ?? 'invalid'}.`,
    );
  }
  const changed = (
    ['title', 'author', 'date', 'classification', 'filter', 'sections'] as const
  ).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(parsed.data[key]));
  return {
    label:
      changed.length === 0
        ? `Edit the briefing “${before.title}”`
        : `Edit ${changed.join(', ')} of the briefing “${parsed.data.title}”`,
    briefings: {
      ...view.briefingsFile,
      briefings: view.briefingsFile.briefings.map((b) => (b.id === id ? parsed.data : b)),
      lastEditedBriefingId: id,
    },
  };
}

export function deleteBriefing(view: BriefingNotebookView, id: BriefingId): NotebookChange {
  const briefing = requireBriefing(view, id);
  return {
    label: `Delete the briefing “${briefing.title}”`,
    briefings: {
      ...view.briefingsFile,
      briefings: view.briefingsFile.briefings.filter((b) => b.id !== id),
      lastEditedBriefingId:
        view.briefingsFile.lastEditedBriefingId === id
          ? null
          : view.briefingsFile.lastEditedBriefingId,
    },
  };
}
