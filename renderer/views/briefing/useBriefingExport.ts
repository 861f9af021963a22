import { useState, type RefObject } from 'react';
import { messageOf } from '../../api/api-error.ts';
import { useApi } from '../../api/api-provider.tsx';
import { saveFiles } from './export-files.ts';
import type { Draft } from './useBriefingDraft.ts';

export type Format = 'md' | 'pdf' | 'docx' | 'json' | 'csv' | OtherFormat;
/** Formats for other programs: reference managers and annotation tools. */
export type OtherFormat = 'csl' | 'bibtex' | 'ris' | 'w3c';
export type Paper = 'a4' | 'letter';

/**
 * The briefing's exports: its pending edits saved first, then the files made by the notebook
 * (a read run on demand, not cached) and handed to the save dialog. One export at a time.
 */
export function useBriefingExport(save: () => Promise<void>, latest: RefObject<Draft>) {
  const { api, notify } = useApi();
  const [paper, setPaper] = useState<Paper>('a4');
  const [exporting, setExporting] = useState<Format | null>(null);

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

  return { paper, setPaper, exporting, runExport };
}
