import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type {
  Briefing,
  BriefingId,
  BriefingSummary,
  Section,
  SectionFilter,
} from '../../../electron/common/api/contract.ts';
import { defaultSections } from '../../../electron/common/model/briefing.ts';
import { messageOf } from '../../api/api-error.ts';
import { useApiMutation } from '../../api/use-api-mutation.ts';
import { useApiQuery } from '../../api/use-api-query.ts';
import { sanitizePreview } from './sanitize.ts';

/** The fields the composer edits; the default briefing (id null) is not stored until edited. */
export interface Draft {
  id: BriefingId | null;
  title: string;
  author: string;
  date: string;
  classification: string;
  /** Narrows every generated section (issue 18). */
  filter: SectionFilter;
  sections: Section[];
}

const SAVE_DELAY_MS = 500;
const NO_BRIEFINGS: BriefingSummary[] = [];
const NO_SECTIONS: string[] = [];

/** `sections`: the default briefing's as the notebook renders it (a Network once there are links). */
function defaultDraft(title: string, sections: Section[] = defaultSections()): Draft {
  return {
    id: null,
    title,
    author: '',
    date: '',
    classification: '',
    filter: {},
    sections,
  };
}

function draftOf(briefing: Briefing): Draft {
  return {
    id: briefing.id,
    title: briefing.title,
    author: briefing.author,
    date: briefing.date ?? '',
    classification: briefing.classification,
    filter: briefing.filter,
    sections: briefing.sections,
  };
}

/**
 * The briefing being composed: the stored one shown (or the default briefing), the user's
 * edits saved 500 ms after the last one (one save at a time), and the preview. A change made
 * elsewhere (an undo, another window) reloads the draft unless edits are pending; the draft's
 * own saves come back as the notebook's change too, and are recognised, not reloaded.
 */
export function useBriefingDraft(notebookTitle: string) {
  const { run } = useApiMutation();
  const [shownId, setShownId] = useState<BriefingId | null>(null);
  const [draft, setDraft] = useState<Draft>(() => defaultDraft(notebookTitle));
  const listed = useApiQuery('listBriefings', {}).data;
  const summaries = listed ?? NO_BRIEFINGS;
  const stored = useApiQuery('getBriefing', { id: shownId ?? '' }, { enabled: shownId !== null });
  const preview = useApiQuery('renderBriefing', shownId === null ? {} : { id: shownId });

  // The latest draft, whether it has edits not yet saved, and the chain of saves (one at a time).
  const latest = useRef(draft);
  const dirty = useRef(false);
  const saveTimer = useRef<number | undefined>(undefined);
  const saving = useRef<Promise<void>>(Promise.resolve());
  const inFlight = useRef(false);
  // The briefing as this draft last saved it: its echo from the notebook is not a reload.
  const lastSaved = useRef<string | null>(null);

  // The view opens on the briefing created or edited last, once the list says which (issue 18).
  const reopened = useRef(false);
  useEffect(() => {
    if (reopened.current || listed === undefined) return;
    reopened.current = true;
    const last = listed.find((summary) => summary.lastEdited);
    if (last !== undefined && !dirty.current) setShownId(last.id);
  }, [listed]);

  // The stored briefing, when it is not what this draft just saved and no edit is pending.
  const storedBriefing = stored.data;
  const storedGone = shownId !== null && stored.isError;
  const renderedDefault = shownId === null ? preview.data?.sections : undefined;
  useEffect(() => {
    if (dirty.current || inFlight.current) return;
    let next: Draft | null = null;
    if (storedGone)
      next = defaultDraft(notebookTitle); // an undo took its creation back
    else if (shownId === null) next = defaultDraft(notebookTitle, renderedDefault);
    else if (storedBriefing !== undefined && storedBriefing.id === shownId) {
      if (JSON.stringify(storedBriefing) === lastSaved.current) return;
      next = draftOf(storedBriefing);
    }
    if (next === null) return;
    latest.current = next;
    setDraft(next);
  }, [storedBriefing, storedGone, shownId, notebookTitle, renderedDefault]);

  const save = useCallback((): Promise<void> => {
    window.clearTimeout(saveTimer.current);
    saving.current = saving.current.then(async () => {
      if (!dirty.current) return;
      dirty.current = false;
      inFlight.current = true;
      const quiet = { busy: false } as const;
      let id = latest.current.id;
      if (id === null) {
        const title = latest.current.title.trim();
        id = (await run('createBriefing', title === '' ? {} : { title }, quiet))?.id ?? null;
        if (id !== null) {
          latest.current = { ...latest.current, id };
          setDraft((d) => ({ ...d, id }));
          setShownId(id);
        }
      }
      if (id !== null) {
        const now = latest.current;
        const result = await run(
          'updateBriefing',
          {
            id,
            ...(now.title.trim() === '' ? {} : { title: now.title.trim() }),
            author: now.author.trim(),
            date: now.date === '' ? null : now.date,
            classification: now.classification.trim(),
            filter: now.filter,
            sections: now.sections,
          },
          quiet,
        );
        if (result !== undefined) lastSaved.current = JSON.stringify(result.briefing);
      }
      inFlight.current = false;
    });
    return saving.current;
  }, [run]);

  const edit = useCallback(
    (change: (draft: Draft) => Draft) => {
      const next = change(latest.current);
      latest.current = next;
      dirty.current = true;
      setDraft(next);
      window.clearTimeout(saveTimer.current);
      saveTimer.current = window.setTimeout(() => void save(), SAVE_DELAY_MS);
    },
    [save],
  );

  // Save what is pending when the view goes away.
  useEffect(() => () => void save(), [save]);

  /** Show another briefing (null: the default one), after saving this one's edits. */
  const show = useCallback(
    async (id: BriefingId | null) => {
      await save();
      lastSaved.current = null;
      setShownId(id);
      if (id === null) {
        const next = defaultDraft(notebookTitle);
        latest.current = next;
        setDraft(next);
      }
    },
    [save, notebookTitle],
  );

  const previewHtml = useMemo(
    () => (preview.data === undefined ? null : sanitizePreview(preview.data.html)),
    [preview.data],
  );
  return {
    draft,
    summaries,
    edit,
    save,
    show,
    /** The current draft, edits included (for exports after `save`). */
    latest,
    previewHtml,
    /** The sections the brief leaves out because they are empty. */
    leftOut: preview.data?.leftOut ?? NO_SECTIONS,
    previewError: preview.error === null ? null : messageOf(preview.error),
  };
}
