import { z } from 'zod';
import type { AnnotationId, ArticleId } from '../model/ids.ts';
import {
  BriefingIdSchema,
  SectionFilterSchema,
  SectionInputSchema,
  type Briefing,
  type BriefingId,
  type Section,
} from '../model/briefing.ts';
import { IsoDateSchema } from '../model/dates.ts';
import type { Credibility } from '../model/source.ts';
export type { Briefing, BriefingId, Section, SectionFilter } from '../model/briefing.ts';
import type { HistoryState } from './change.ts';
import { NoInput } from './input-fields.ts';

// Briefings (the API's area, issue 6): briefings, their preview and the exports
// (electron/core/briefing).

/** What exportBriefing writes (issue 6; docx, references and brat: issue 19). */
export const EXPORT_FORMATS = [
  'md',
  'pdf',
  'docx',
  'json',
  'csv',
  'csl',
  'bibtex',
  'ris',
  'brat',
  'w3c',
  'graphml',
  'gexf',
] as const;

export const briefingInputs = {
  listBriefings: NoInput,
  getBriefing: z.object({ id: BriefingIdSchema }).strict(),
  /** A new briefing, a copy of the default one (summary, key actors, timeline, sources). */
  createBriefing: z
    .object({ title: z.string().trim().min(1, 'the title is empty').max(300).optional() })
    .strict(),
  updateBriefing: z
    .object({
      id: BriefingIdSchema,
      title: z.string().trim().min(1, 'the title is empty').max(300).optional(),
      author: z.string().trim().max(300).optional(),
      date: IsoDateSchema.nullable().optional(),
      classification: z.string().trim().max(200).optional(),
      /** One filter for the whole briefing, besides each section's (issue 18). */
      filter: SectionFilterSchema.optional(),
      sections: z.array(SectionInputSchema).max(200).optional(),
    })
    .strict(),
  deleteBriefing: z.object({ id: BriefingIdSchema }).strict(),
  /** Markdown and safe HTML of a briefing (no id: the default briefing of the notebook). */
  renderBriefing: z.object({ id: BriefingIdSchema.optional() }).strict(),
  /**
   * A briefing (md, pdf, docx) or the whole notebook (json, csv: three files; brat: two per
   * article and annotation.conf), or the articles
   * as references (csl, bibtex, ris: all, or those the briefing `id` cites) as files for the host
   * to save; text files as UTF-8, the PDF as base64.
   */
  exportBriefing: z
    .object({
      id: BriefingIdSchema.optional(),
      format: z.enum(EXPORT_FORMATS, `the format is one of ${EXPORT_FORMATS.join(', ')}`),
      paper: z.enum(['a4', 'letter']).optional(),
    })
    .strict(),
  /** Every highlight in the notebook, for the composer's citation picker (quotes). */
  listHighlights: NoInput,
};
export interface BriefingSummary {
  id: BriefingId;
  title: string;
  author: string;
  date: string | null;
  sectionCount: number;
  /** The briefing created or edited last, which the Briefing view opens (issue 18). */
  lastEdited: boolean;
}
/** A highlight as something to cite: `[@quote:articleId:start-end]`. */
export interface HighlightView {
  articleId: ArticleId;
  articleTitle: string;
  highlightId: AnnotationId;
  start: number;
  end: number;
  quote: string;
  comment: string;
  /** How credible the analyst judges the words (1–6), null until graded. */
  credibility: Credibility | null;
}
export interface ExportedFileView {
  /** Suggested file name. */
  name: string;
  mediaType: string;
  encoding: 'utf8' | 'base64';
  content: string;
}
export interface BriefingOutputs {
  listBriefings: BriefingSummary[];
  getBriefing: Briefing;
  createBriefing: HistoryState & { id: BriefingId };
  updateBriefing: HistoryState & { briefing: Briefing };
  deleteBriefing: HistoryState;
  /** `sections`: the briefing's, or the default briefing's (with a Network once there are links). */
  /** `leftOut`: the ids of the sections with nothing in them, which the brief leaves out. */
  renderBriefing: {
    title: string;
    markdown: string;
    html: string;
    sections: Section[];
    leftOut: string[];
  };
  exportBriefing: { files: ExportedFileView[] };
  listHighlights: HighlightView[];
}
